/** Test support: run a decoder and capture what it throws. */
import { IpcDecodeError } from '../decode-error.js';

/** The IpcDecodeError `f` throws; fails the test if it returns or throws anything else. */
export function decodeError(f: () => unknown): IpcDecodeError {
  try {
    f();
  } catch (e) {
    if (e instanceof IpcDecodeError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

/** Run `f`: it may return, or throw an IpcDecodeError; anything else is rethrown. */
export function valueOrDecodeError(f: () => unknown): 'value' | 'error' {
  try {
    f();
    return 'value';
  } catch (e) {
    if (e instanceof IpcDecodeError) return 'error';
    throw e;
  }
}
