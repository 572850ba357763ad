/**
 * Non-error control flow inside the evaluator: `:x` returning from a lambda.
 */
import type { K } from '@qts/types';

/** Thrown by `:x` and caught by the lambda call that runs it. */
export class ReturnSignal {
  /** @param value - the value returned. */
  constructor(readonly value: K) {}
}

/** Projection hole: an elided argument (`f[;2]`), shown as nothing. */
export { HOLE } from './hole.js';
