/**
 * Numeric kernels' plumbing, driven by the @qts/types TYPES table: read an atom or vector
 * as a Float64Array (nulls as NaN) or BigInt64Array (nulls kept), write results back to a
 * type's storage with its null, and q's result-type rules for arithmetic.
 */
import { checkAlloc } from '../eval/limits.js';
import {
  Atom,
  QError,
  TYPES,
  Vector,
  type BasicCode,
  type RawOf,
  type StorageOf,
} from '@qts/types';

/** A basic atom or vector. */
export type Leaf = Atom | Vector;

/** The positive type code of a leaf. */
export function codeOf(x: Leaf): BasicCode {
  return x instanceof Atom ? x.code : x.type;
}

/** Storage is 64-bit integer (long, timestamp, timespan). */
export function isWide(code: BasicCode): boolean {
  return TYPES[code].storage === 'int64';
}

/** Numeric or temporal: arithmetic applies. */
export function isNumeric(code: BasicCode): boolean {
  return code !== 2 && code !== 10 && code !== 11;
}

/** Integral (boolean, byte, short, int, long). */
export function isIntegral(code: BasicCode): boolean {
  return code === 1 || code === 4 || code === 5 || code === 6 || code === 7;
}

/** Temporal type. */
export function isTemporalCode(code: BasicCode): boolean {
  return TYPES[code].temporal;
}

const EMPTY_F = new Float64Array(1);

/** Items as numbers (nulls NaN, infinities ±Infinity for floats; ints keep their values). */
export function readF(x: Leaf): Float64Array {
  const code = codeOf(x);
  const info = TYPES[code];
  if (x instanceof Atom) {
    const out = new Float64Array(1);
    const v = x.value;
    out[0] = x.isNull ? NaN : typeof v === 'bigint' ? Number(v) : (v as number);
    return out;
  }
  if (code === 9 || code === 15) return x.data as Float64Array;
  if (code === 2 || code === 11) throw new QError('type', `${info.name} is not numeric`);
  const src = x.data as ArrayLike<number | bigint>;
  const n = src.length;
  checkAlloc(n);
  const out = n === 0 ? EMPTY_F.subarray(0, 0) : new Float64Array(n);
  const nul = info.null;
  if (typeof nul === 'bigint') {
    for (let i = 0; i < n; i++) {
      const v = src[i] as bigint;
      out[i] = v === nul ? NaN : Number(v);
    }
  } else if (nul === undefined || Number.isNaN(nul)) {
    for (let i = 0; i < n; i++) out[i] = src[i] as number;
  } else {
    for (let i = 0; i < n; i++) {
      const v = src[i] as number;
      out[i] = v === nul ? NaN : v;
    }
  }
  return out;
}

/** The long null, -2^63. */
export const NULL_J = -0x8000000000000000n;

/** Items as bigints (nulls as the long null; floats truncated, NaN null). */
export function readJ(x: Leaf): BigInt64Array {
  const code = codeOf(x);
  if (x instanceof Atom) {
    const out = new BigInt64Array(1);
    const v = x.value;
    out[0] = x.isNull ? NULL_J : typeof v === 'bigint' ? v : BigInt(Math.trunc(v as number));
    return out;
  }
  if (isWide(code)) return x.data as BigInt64Array;
  const src = x.data as ArrayLike<number>;
  const nul = TYPES[code].null as number | undefined;
  const out = new BigInt64Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const v = src[i] as number;
    out[i] = v === nul || Number.isNaN(v) ? NULL_J : BigInt(Math.trunc(v));
  }
  return out;
}

/** Number results (NaN = null) stored as type `code`; an atom when `atom`. */
export function writeF(code: BasicCode, values: Float64Array, atom: boolean): Leaf {
  const info = TYPES[code];
  let data: StorageOf[BasicCode];
  if (code === 9 || code === 15) data = values;
  else if (isWide(code)) {
    const out = new BigInt64Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      out[i] = Number.isNaN(v)
        ? NULL_J
        : v >= 9.2233720368547758e18
          ? 0x7fffffffffffffffn
          : v <= -9.2233720368547758e18
            ? -0x7fffffffffffffffn
            : BigInt(Math.trunc(v));
    }
    data = out;
  } else if (code === 8) data = Float32Array.from(values);
  else {
    const out = info.alloc(values.length) as Int32Array;
    const nul = (info.null as number | undefined) ?? 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      out[i] = Number.isNaN(v) ? nul : v;
    }
    data = out as StorageOf[BasicCode];
  }
  if (atom) return new Atom(code, (data as ArrayLike<RawOf[BasicCode]>)[0] as RawOf[BasicCode]);
  return new Vector(code, data);
}

/** Bigint results stored as type `code` (64-bit storage). */
export function writeJ(code: BasicCode, values: BigInt64Array, atom: boolean): Leaf {
  if (!isWide(code)) {
    const f = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) f[i] = values[i] === NULL_J ? NaN : Number(values[i]);
    return writeF(code, f, atom);
  }
  if (atom) return new Atom(code, values[0] as bigint);
  return new Vector(code, values);
}

/** q's result type of `+ - *` on two numeric (non-temporal) types. */
export function arithCode(a: BasicCode, b: BasicCode): BasicCode {
  const hi = Math.max(a, b) as BasicCode;
  if (hi <= 4 || (hi === 5 && Math.min(a, b) < 5)) return hi <= 4 ? 6 : 5;
  return hi;
}

/** Length of the result of a leaf pair (atoms conform). */
export function pairLength(x: Leaf, y: Leaf): number {
  if (x instanceof Atom) return y instanceof Atom ? 1 : y.length;
  return x.length;
}
