import { QError } from './error.js';
import { K } from './k.js';

/** A q error as a value (type -128), as it travels in an IPC response. */
export class KError extends K {
  /** Always -128. */
  readonly type = -128 as const;

  /** @param message - q's error text without the quote, e.g. `'length'`. */
  constructor(readonly message: string) {
    super();
  }

  /** An error counts as one item. */
  get length(): number {
    return 1;
  }

  /** The same error as a throwable {@link QError}. */
  toQError(): QError {
    return new QError(this.message);
  }
}
