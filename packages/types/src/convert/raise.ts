import { QError } from '../error.js';

/** Throw q's error `message` (`'type'`, `'domain'`...) with a human `detail`; usable as an expression. */
export function raise(message: string, detail?: string): never {
  throw new QError(message, detail);
}
