/**
 * The int64 epoch shift between q timestamps (ns since 2000.01.01) and Unix ns, done on
 * 32-bit halves: about twice as fast as a BigInt loop, and every null, infinity and overflow
 * is caught before the add, so 0Wp never wraps to 1707.
 */
import { EPOCH_OFFSET_NS } from '@qts/types';

const OFF_LO = Number(EPOCH_OFFSET_NS & 0xffffffffn);
const OFF_HI = Number(EPOCH_OFFSET_NS >> 32n);
/** Largest q timestamp whose Unix ns stays below INT64_MAX (kept free for a clamped +infinity). */
export const MAX_Q_NS = 0x7fffffffffffffffn - 1n - EPOCH_OFFSET_NS;
/** Smallest Unix ns that is a valid q timestamp: q's smallest valid value is -(2^63-2). */
export const MIN_UNIX_NS = -(0x7fffffffffffffffn - 1n) + EPOCH_OFFSET_NS;
const MAXQ_HI = Number(MAX_Q_NS >> 32n) | 0;
const MAXQ_LO = Number(MAX_Q_NS & 0xffffffffn);
const MINU_HI = Number(BigInt.asIntN(32, MIN_UNIX_NS >> 32n)) | 0;
const MINU_LO = Number(MIN_UNIX_NS & 0xffffffffn);

/** What one item of a shifted column turned out to be. */
export const Item = {
  Null: 1,
  PosInf: 2,
  NegInf: 3,
  Overflow: 4,
  Underflow: 5,
} as const;
/** One of the {@link Item} kinds. */
export type Item = (typeof Item)[keyof typeof Item];

/**
 * Shift q timestamps to Unix ns into `dst`, calling `special(i, kind)` for items that are not
 * plain values (null, ±infinity, beyond 2262) instead of writing them; `dst` is left 0 there.
 */
export function qToUnixNs(
  src: BigInt64Array,
  dst: BigInt64Array,
  special: (i: number, kind: Item) => void,
): void {
  const s32 = new Uint32Array(src.buffer, src.byteOffset, src.length * 2);
  const d32 = new Uint32Array(dst.buffer, dst.byteOffset, dst.length * 2);
  for (let i = 0, k = 0; i < src.length; i++, k += 2) {
    const lo = s32[k]!;
    const hi = s32[k + 1]!;
    const shi = hi | 0;
    if (shi > MAXQ_HI || (shi === MAXQ_HI && lo > MAXQ_LO)) {
      special(i, hi === 0x7fffffff && lo === 0xffffffff ? Item.PosInf : Item.Overflow);
      continue;
    }
    if (hi === 0x80000000 && lo <= 1) {
      special(i, lo === 0 ? Item.Null : Item.NegInf);
      continue;
    }
    const s = lo + OFF_LO;
    d32[k] = s >>> 0;
    d32[k + 1] = (shi + OFF_HI + (s > 0xffffffff ? 1 : 0)) | 0;
  }
}

/**
 * Shift Unix ns to q timestamps into `dst` from `dstOffset` for the items valid in `bitmap`
 * (bit `bitOffset + i`; no bitmap: all valid), calling
 * `special(i, kind)` for INT64_MAX (+infinity), -INT64_MAX (-infinity) and values before
 * q's range (underflow) instead of writing them.
 */
export function unixNsToQ(
  src: BigInt64Array,
  dst: BigInt64Array,
  dstOffset: number,
  bitmap: Uint8Array | undefined,
  bitOffset: number,
  special: (i: number, kind: Item) => void,
): void {
  const s32 = new Uint32Array(src.buffer, src.byteOffset, src.length * 2);
  const d32 = new Uint32Array(dst.buffer, dst.byteOffset, dst.length * 2);
  for (let i = 0, k = 0; i < src.length; i++, k += 2) {
    const b = bitOffset + i;
    if (bitmap !== undefined && ((bitmap[b >> 3]! >> (b & 7)) & 1) === 0) {
      special(i, Item.Null);
      continue;
    }
    const lo = s32[k]!;
    const hi = s32[k + 1]!;
    const shi = hi | 0;
    if (hi === 0x7fffffff && lo === 0xffffffff) {
      special(i, Item.PosInf);
      continue;
    }
    if (shi < MINU_HI || (shi === MINU_HI && lo < MINU_LO)) {
      special(i, hi === 0x80000000 && lo === 1 ? Item.NegInf : Item.Underflow);
      continue;
    }
    const s = lo - OFF_LO;
    const j = 2 * (dstOffset + i);
    d32[j] = s >>> 0;
    d32[j + 1] = (shi - OFF_HI - (s < 0 ? 1 : 0)) | 0;
  }
}
