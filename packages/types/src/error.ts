/**
 * A q error thrown into JS. `message` is q's own name for it (`type`, `length`, `rank`,
 * `domain`, `nyi`, or an undefined name such as `foo`), without the leading quote, so the
 * same error reads the same from the engine, over IPC and in JS.
 */
export class QError extends Error {
  override readonly name: string = 'QError';

  /**
   * @param message - q's error text, e.g. `'type'`.
   * @param detail - optional human explanation; kept apart so `message` stays q's text.
   */
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }

  /** The text the q console prints for this error: `'type`. */
  override toString(): string {
    return `'${this.message}`;
  }
}
