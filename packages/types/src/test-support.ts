import { QError } from './error.js';

/** Run `f` and return the QError it throws; fails the test if it throws nothing or something else. */
export function qerror(f: () => unknown): QError {
  try {
    f();
  } catch (e) {
    if (e instanceof QError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}
