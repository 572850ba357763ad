/** Per-call options of a sync request. */
export interface CallOptions {
  /** Rejects the call with `ConnectionError('timeout')` after this many milliseconds (0 or absent: never). */
  readonly timeout?: number;
  /** Rejects the call with `ConnectionError('abort')` when the signal fires. */
  readonly signal?: AbortSignal;
}
