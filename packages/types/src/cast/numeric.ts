/**
 * Item conversions between storage kinds, as q's `$` does them for numbers:
 * integers narrow by clamping to the target's infinities, floats round half away from
 * zero, nulls stay null, widening keeps an infinity's value (`` `float$0Wh `` is 32767f).
 */
import { TYPES, type BasicCode } from '../type-table.js';

/** One raw item in, one raw item out (numbers, bigints). */
export type ItemFn = (x: never) => number | bigint;

/** How a source type's items read as numbers. */
export type SourceKind = 'int' | 'long' | 'float';

/** Storage kind of a type's items as a source of numbers. */
export function sourceKind(code: BasicCode): SourceKind {
  const s = TYPES[code].storage;
  return s === 'int64' ? 'long' : s === 'float32' || s === 'float64' ? 'float' : 'int';
}

/** True if the type's null is a value `$` carries over (not boolean, byte or char). */
export function castsNull(code: BasicCode): boolean {
  return TYPES[code].null !== undefined && code !== 10;
}

/** q's float to integer rounding: to nearest, halves away from zero. */
export function roundHalfAway(x: number): number {
  return x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
}

const TWO63 = 2 ** 63;

function toBoolean(kind: SourceKind): ItemFn {
  if (kind === 'long') return ((x: bigint) => (x !== 0n ? 1 : 0)) as ItemFn;
  // NaN is not 0, so a float null casts to 1b as its bit pattern does in q.
  return ((x: number) => (x !== 0 ? 1 : 0)) as ItemFn;
}

const INT_INF = 0x7fffffffn;

// A long above the int infinity is first held at it, then cut to its low byte: q's cast.md
// shows "x"$-2 -1 0 1 2+0Wi as 0xfdfeffffff (and calls it an error to be changed to 0x00).
// Below the int range the reference says nothing; the low byte is kept (0N gives 0x00).
function toByte(kind: SourceKind): ItemFn {
  if (kind === 'long')
    return ((x: bigint) => Number(BigInt.asUintN(8, x > INT_INF ? INT_INF : x))) as ItemFn;
  if (kind === 'int') return ((x: number) => x & 0xff) as ItemFn;
  return ((x: number) =>
    Number.isFinite(x) ? Number(BigInt.asUintN(8, BigInt(roundHalfAway(x)))) : 0) as ItemFn;
}

function toInt32(kind: SourceKind, from: BasicCode, to: BasicCode): ItemFn {
  const { null: nul, inf } = TYPES[to] as { null: number; inf: number };
  const srcNull = castsNull(from) ? TYPES[from].null : undefined;
  const clamp = (v: number): number => (v > inf ? inf : v < -inf ? -inf : v);
  if (kind === 'int') return ((x: number) => (x === srcNull ? nul : clamp(x))) as ItemFn;
  if (kind === 'long') {
    const big = BigInt(inf);
    return ((x: bigint) =>
      x === srcNull ? nul : x > big ? inf : x < -big ? -inf : Number(x)) as ItemFn;
  }
  return ((x: number) => (Number.isNaN(x) ? nul : clamp(roundHalfAway(x)))) as ItemFn;
}

function toInt64(kind: SourceKind, from: BasicCode, to: BasicCode): ItemFn {
  const { null: nul, inf } = TYPES[to] as { null: bigint; inf: bigint };
  const srcNull = castsNull(from) ? TYPES[from].null : undefined;
  if (kind === 'int') return ((x: number) => (x === srcNull ? nul : BigInt(x))) as ItemFn;
  if (kind === 'long') return ((x: bigint) => x) as ItemFn;
  return ((x: number) => {
    if (Number.isNaN(x)) return nul;
    const r = roundHalfAway(x);
    return r >= TWO63 ? inf : r <= -TWO63 ? -inf : BigInt(r);
  }) as ItemFn;
}

function toFloat(kind: SourceKind, from: BasicCode, single: boolean): ItemFn {
  const srcNull = castsNull(from) ? TYPES[from].null : undefined;
  const f = single ? Math.fround : (x: number): number => x;
  if (kind === 'int') return ((x: number) => (x === srcNull ? NaN : f(x))) as ItemFn;
  if (kind === 'long') return ((x: bigint) => (x === srcNull ? NaN : f(Number(x)))) as ItemFn;
  return ((x: number) => f(x)) as ItemFn;
}

/**
 * Converter of one raw item from type `from` to type `to`, reading both as plain numbers
 * in their storage (a date is its day count). Guid and symbol are not numbers: the caller
 * handles them.
 */
export function numericConverter(from: BasicCode, to: BasicCode): ItemFn {
  const kind = sourceKind(from);
  switch (TYPES[to].storage) {
    case 'uint8':
      return to === 1 ? toBoolean(kind) : toByte(kind);
    case 'int16':
    case 'int32':
      return toInt32(kind, from, to);
    case 'int64':
      return toInt64(kind, from, to);
    case 'float32':
      return toFloat(kind, from, true);
    default:
      return toFloat(kind, from, false);
  }
}
