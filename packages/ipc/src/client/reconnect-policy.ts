/** When and how often to reconnect after an unexpected close. */
export interface ReconnectOptions {
  /** Attempts before giving up. Default `Infinity`. */
  readonly retries?: number;
  /** Delay before the first attempt in milliseconds. Default 100. */
  readonly initialDelay?: number;
  /** Largest delay in milliseconds. Default 10000. */
  readonly maxDelay?: number;
  /** Growth of the delay per attempt. Default 2. */
  readonly factor?: number;
  /** Fraction of each delay drawn at random (0..1) so many clients do not retry in step. Default 0.2. */
  readonly jitter?: number;
}

/** A reconnect policy with every field filled in. */
export type ReconnectPolicy = Required<ReconnectOptions>;

/** The policy for a `reconnect` option: `undefined` when reconnecting is off. */
export function reconnectPolicy(
  option: boolean | ReconnectOptions | undefined,
): ReconnectPolicy | undefined {
  if (option === undefined || option === false) return undefined;
  const given = option === true ? {} : option;
  return {
    retries: given.retries ?? Infinity,
    initialDelay: given.initialDelay ?? 100,
    maxDelay: given.maxDelay ?? 10_000,
    factor: given.factor ?? 2,
    jitter: Math.min(Math.max(given.jitter ?? 0.2, 0), 1),
  };
}

/**
 * Milliseconds to wait before attempt `attempt` (0-based): exponential backoff capped at
 * `maxDelay`, with the jittered part drawn from `random` (a number in [0, 1)).
 */
export function backoffDelay(
  policy: ReconnectPolicy,
  attempt: number,
  random: number = Math.random(),
): number {
  const base = Math.min(policy.initialDelay * policy.factor ** attempt, policy.maxDelay);
  return Math.round(base * (1 - policy.jitter) + base * policy.jitter * random);
}
