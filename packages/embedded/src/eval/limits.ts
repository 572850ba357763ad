/**
 * Resource limits that turn runaway q code into q errors instead of a dead process.
 */
import { QError } from '@qts/types';

/** Deepest lambda nesting before `'stack`. */
export const MAX_DEPTH = 2000;

/** Most items one new list may hold before `'wsfull` (64M: half a gigabyte of longs). */
export const MAX_ITEMS = 2 ** 26;

let deadline = 0;

/** Set the wall-clock time (ms since the epoch) after which large allocations stop with `'stop`; 0 for none. */
export function setDeadline(ms: number): void {
  deadline = ms;
}

/** Raise `'stop` if the session's deadline has passed (for long loops inside primitives). */
export function checkDeadline(): void {
  if (deadline !== 0 && Date.now() > deadline) throw new QError('stop', 'time limit reached');
}

/**
 * Raise `'wsfull` when a primitive would allocate more than the limit, and `'stop` when a
 * large allocation comes after the session's deadline (so long vector work can be cut short).
 */
export function checkAlloc(n: number): void {
  if (!Number.isFinite(n) || n > MAX_ITEMS)
    throw new QError('wsfull', `${n} items exceeds the limit`);
  if (n < 0) throw new QError('domain', `negative length ${n}`);
  if (n > 65536 && deadline !== 0 && Date.now() > deadline)
    throw new QError('stop', 'time limit reached');
}
