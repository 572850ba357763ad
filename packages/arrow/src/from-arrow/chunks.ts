/** Reading Arrow chunks: validity bits (sliced chunks keep the parent's bitmap) and values. */
import type { Data } from 'apache-arrow';

/** True if item i of the chunk is valid; bit `offset + i` of the parent's bitmap. */
export function isValid(d: Data, i: number): boolean {
  const bm = d.nullBitmap;
  if (bm === undefined || bm.length === 0 || d.nullCount === 0) return true;
  const b = d.offset + i;
  return ((bm[b >> 3]! >> (b & 7)) & 1) === 1;
}

/** Call `fn(i)` for every invalid item of a chunk. */
export function forEachInvalid(d: Data, fn: (i: number) => void): void {
  const bm = d.nullBitmap;
  if (bm === undefined || bm.length === 0 || d.nullCount === 0) return;
  for (let i = 0; i < d.length; i++) {
    const b = d.offset + i;
    // whole valid bytes are skipped eight items at a time
    if ((b & 7) === 0 && bm[b >> 3] === 0xff && i + 8 <= d.length) {
      i += 7;
      continue;
    }
    if (((bm[b >> 3]! >> (b & 7)) & 1) === 0) fn(i);
  }
}

/** Number of invalid items over all chunks. */
export function nullsIn(chunks: readonly Data[]): number {
  let n = 0;
  for (const d of chunks) {
    if (d.nullBitmap !== undefined && d.nullBitmap.length > 0) n += d.nullCount;
  }
  return n;
}

/** The bitmap of a chunk, or `undefined` when every item is valid. */
export function bitmapOf(d: Data): Uint8Array | undefined {
  const bm = d.nullBitmap;
  return bm === undefined || bm.length === 0 || d.nullCount === 0 ? undefined : bm;
}
