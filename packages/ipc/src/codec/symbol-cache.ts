import { decodeText } from './text.js';

/** Slots in the cache: a power of two. */
const SLOTS = 4096;
/** Longest symbol kept in the cache; longer ones are decoded every time. */
const MAX_CACHED = 24;

// Symbols repeat (tickers, table and column names), so one decoded string per distinct
// short ASCII symbol is shared across messages instead of building a new string per item.
// Strings are immutable, so sharing them is invisible to callers.
const slots = new Array<string | undefined>(SLOTS).fill(undefined);

function cached(bytes: Uint8Array, start: number, end: number, hash: number): string {
  const n = end - start;
  const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  const hit = slots[slot];
  if (hit !== undefined && hit.length === n) {
    let i = 0;
    while (i < n && hit.charCodeAt(i) === bytes[start + i]) i++;
    if (i === n) return hit;
  }
  const s = decodeText(bytes, start, end);
  slots[slot] = s;
  return s;
}

/**
 * Read `out.length` NUL-terminated symbols from `bytes` at `pos` into `out`, finding each NUL
 * and hashing the bytes in one pass. Short ASCII symbols come from the cache when seen before.
 *
 * @returns the position after the last NUL, or `-(i + 1)` if symbol `i` has no NUL.
 */
export function readSymbols(bytes: Uint8Array, pos: number, out: string[]): number {
  const len = bytes.length;
  for (let i = 0; i < out.length; i++) {
    const start = pos;
    let hash = 0x811c9dc5;
    let high = 0;
    let c = 0;
    while (pos < len && (c = bytes[pos] as number) !== 0) {
      high |= c;
      hash = Math.imul(hash ^ c, 0x01000193);
      pos++;
    }
    if (pos >= len) return -(i + 1);
    out[i] =
      high < 0x80 && pos - start <= MAX_CACHED
        ? cached(bytes, start, pos, hash)
        : decodeText(bytes, start, pos);
    pos++;
  }
  return pos;
}
