/**
 * Arrow integers, floats, booleans and decimals to q. Same-width types whose chunk has no nulls
 * are handed back without a copy; otherwise one copy, with Arrow nulls written as q's nulls.
 */
import { type Data, type Decimal, type Int as ArrowInt, util } from 'apache-arrow';
import {
  MixedList,
  QError,
  TYPES,
  Vector,
  string as qString,
  type BasicCode,
  type StorageOf,
} from '@qts/types';
import { bitmapOf, forEachInvalid, isValid, nullsIn } from './chunks.js';
import type { ArrowColumnIn, FromArrowContext } from './context.js';

type NumericStorage =
  Int16Array | Int32Array | BigInt64Array | Float32Array | Float64Array | Uint8Array;
type NumericCode = 4 | 5 | 6 | 7 | 8 | 9 | 10 | 12 | 13 | 14 | 16 | 17 | 18 | 19;

/**
 * Same-width copy (or view) of Arrow values into q storage of type `code`, nulls written as
 * q's null. Without a `kdb.type` hint, valid values that equal q's null or infinities are
 * reported, since q will read them as such.
 */
export function sameWidth<C extends NumericCode>(
  col: ArrowColumnIn,
  code: C,
  ctx: FromArrowContext,
): Vector<C> {
  const info = TYPES[code];
  const nullValue = info.null as number | bigint | undefined;
  const first = col.chunks[0];
  if (col.chunks.length === 1 && first !== undefined && nullsIn(col.chunks) === 0) {
    const values = (first.values as NumericStorage).subarray(0, first.length);
    if (values instanceof info.alloc(0).constructor) {
      if (ctx.hint === undefined) reportSentinels(values, code, first, ctx);
      return new Vector(code, values as StorageOf[C]);
    }
  }
  const out = info.alloc(col.length) as NumericStorage;
  let base = 0;
  let dropped = 0;
  for (const d of col.chunks) {
    const values = (d.values as NumericStorage).subarray(0, d.length);
    if (ctx.hint === undefined) reportSentinels(values, code, d, ctx);
    (out as Uint8Array).set(values as Uint8Array, base);
    const at = base;
    if (nullValue === undefined) forEachInvalid(d, (i) => ((out[at + i] = 0), dropped++));
    else forEachInvalid(d, (i) => ((out as unknown as (number | bigint)[])[at + i] = nullValue));
    base += d.length;
  }
  ctx.log.add(
    'null-dropped',
    ctx.column,
    dropped,
    null,
    `Arrow nulls written as 0 (q ${info.name} has no null)`,
  );
  return new Vector(code, out as StorageOf[C]);
}

/** Report valid values that q will read as its null or an infinity. */
function reportSentinels(
  values: NumericStorage,
  code: BasicCode,
  d: Data,
  ctx: FromArrowContext,
): void {
  const info = TYPES[code];
  if (info.null === undefined) return;
  if (values instanceof Float32Array || values instanceof Float64Array) {
    if (!values.includes(NaN)) return;
    let n = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i] && isValid(d, i)) n++;
    ctx.log.add('null-collision', ctx.column, n, NaN, 'NaN values read as q nulls');
    return;
  }
  const hay = values as unknown as { includes(x: unknown): boolean; [i: number]: unknown };
  for (const [target, kind] of [
    [info.null, 'null-collision'],
    [info.inf, 'infinity'],
    [info.ninf, 'infinity'],
  ] as const) {
    if (!hay.includes(target)) continue;
    let n = 0;
    for (let i = 0; i < values.length; i++) if (hay[i] === target && isValid(d, i)) n++;
    const what = kind === 'null-collision' ? 'q nulls' : 'q infinities';
    ctx.log.add(
      kind,
      ctx.column,
      n,
      target,
      `values equal to q's ${info.name} sentinel read as ${what}`,
    );
  }
}

/** Booleans: unpack Arrow's bits; Arrow nulls become 0b (reported). */
export function boolToQ(col: ArrowColumnIn, ctx: FromArrowContext): Vector<1> {
  const out = new Uint8Array(col.length);
  let base = 0;
  let dropped = 0;
  for (const d of col.chunks) {
    const bits = d.values as Uint8Array;
    const bm = bitmapOf(d);
    for (let i = 0; i < d.length; i++) {
      const b = d.offset + i;
      if (bm !== undefined && ((bm[b >> 3]! >> (b & 7)) & 1) === 0) {
        dropped++;
        continue;
      }
      out[base + i] = (bits[b >> 3]! >> (b & 7)) & 1;
    }
    base += d.length;
  }
  ctx.log.add(
    'null-dropped',
    ctx.column,
    dropped,
    null,
    'Arrow nulls written as 0b (q booleans have no null)',
  );
  return new Vector(1, out);
}

/**
 * Integers q lacks, widened: Int8 → short, Uint16 → int, Uint32 → long, Uint64 → long
 * (values above q's largest long follow `uint64`).
 */
export function widenInt(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
): Vector<5> | Vector<6> | Vector<7> | Vector<9> {
  const t = col.type as ArrowInt;
  if (t.bitWidth === 64) return uint64ToQ(col, ctx);
  const code = t.bitWidth === 8 ? 5 : t.bitWidth === 16 ? 6 : 7;
  const out = TYPES[code].alloc(col.length);
  const nullValue = TYPES[code].null;
  let base = 0;
  for (const d of col.chunks) {
    const values = d.values as Int8Array | Uint16Array | Uint32Array;
    const bm = bitmapOf(d);
    for (let i = 0; i < d.length; i++) {
      const b = d.offset + i;
      const valid = bm === undefined || ((bm[b >> 3]! >> (b & 7)) & 1) === 1;
      if (code === 7)
        (out as BigInt64Array)[base + i] = valid ? BigInt(values[i]!) : (nullValue as bigint);
      else (out as Int16Array)[base + i] = valid ? values[i]! : (nullValue as number);
    }
    base += d.length;
  }
  return new Vector(code, out as StorageOf[typeof code]) as Vector<5> | Vector<6> | Vector<7>;
}

const LONG_MAX_VALID = 0x7fffffffffffffffn - 1n;

function uint64ToQ(col: ArrowColumnIn, ctx: FromArrowContext): Vector<7> | Vector<9> {
  const policy = ctx.options.uint64;
  const n = col.length;
  const longs = new BigInt64Array(n);
  const floats = policy === 'float' ? new Float64Array(n) : undefined;
  let over = 0;
  let sample: bigint | undefined;
  let base = 0;
  for (const d of col.chunks) {
    const values = d.values as BigUint64Array;
    for (let i = 0; i < d.length; i++) {
      if (!isValid(d, i)) {
        longs[base + i] = -0x8000000000000000n;
        if (floats) floats[base + i] = NaN;
        continue;
      }
      const x = values[i]!;
      if (floats) floats[base + i] = Number(x);
      if (x > LONG_MAX_VALID) {
        if (over++ === 0) sample = x;
        if (policy === 'error') {
          throw new QError(
            'domain',
            `${ctx.column || '(vector)'}: uint64 ${x} beyond q's largest long (uint64: 'error')`,
          );
        }
        longs[base + i] = LONG_MAX_VALID;
      } else longs[base + i] = x;
    }
    base += d.length;
  }
  if (floats) {
    ctx.log.add(
      'precision',
      ctx.column,
      over,
      sample,
      'uint64 values beyond q longs written as floats',
    );
    return new Vector(9, floats);
  }
  ctx.log.add(
    'range',
    ctx.column,
    over,
    sample,
    "uint64 values beyond q's largest long clamped to 0W-1",
  );
  return new Vector(7, longs);
}

/** Float16 → real, decoding the raw half-float bits. */
export function float16ToQ(col: ArrowColumnIn): Vector<8> {
  const out = new Float32Array(col.length);
  let base = 0;
  for (const d of col.chunks) {
    const bits = d.values as Uint16Array;
    for (let i = 0; i < d.length; i++)
      out[base + i] = isValid(d, i) ? util.uint16ToFloat64(bits[i]!) : NaN;
    base += d.length;
  }
  return new Vector(8, out);
}

/** The unscaled integer of decimal item i (little-endian 32-bit words, two's complement). */
function decimalUnscaled(words: Uint32Array, i: number, nw: number): bigint {
  let v = 0n;
  for (let k = nw - 1; k >= 0; k--) v = (v << 32n) | BigInt(words[i * nw + k]!);
  return BigInt.asIntN(nw * 32, v);
}

/** Decimal text of an unscaled integer at a scale. */
function decimalText(v: bigint, scale: number): string {
  if (scale <= 0) return (v * 10n ** BigInt(-scale)).toString();
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString().padStart(scale + 1, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Decimal128/256 → floats (inexact values reported) or q strings of the exact text (`decimal: 'string'`). */
export function decimalToQ(col: ArrowColumnIn, ctx: FromArrowContext): Vector<9> | MixedList {
  const t = col.type as Decimal;
  const nw = t.bitWidth / 32;
  const strings = ctx.options.decimal === 'string' || ctx.hint === 'C';
  const floats = new Float64Array(col.length);
  const texts: Vector<10>[] = [];
  let inexact = 0;
  let sample: string | undefined;
  let base = 0;
  for (const d of col.chunks) {
    const words = d.values as Uint32Array;
    for (let i = 0; i < d.length; i++) {
      if (!isValid(d, i)) {
        floats[base + i] = NaN;
        texts.push(qString(''));
        continue;
      }
      const v = decimalUnscaled(words, i, nw);
      const text = decimalText(v, t.scale);
      if (strings) texts.push(qString(text));
      else {
        const f = Number(text);
        floats[base + i] = f;
        if (
          decimalText(BigInt(Math.round(f * 10 ** t.scale)), t.scale) !== text ||
          !Number.isSafeInteger(Number(v))
        ) {
          if (inexact++ === 0) sample = text;
        }
      }
    }
    base += d.length;
  }
  if (strings) {
    const nulls = nullsIn(col.chunks);
    ctx.log.add(
      'null-collision',
      ctx.column,
      nulls,
      null,
      'null decimals written as empty strings',
    );
    return new MixedList(texts);
  }
  ctx.log.add(
    'precision',
    ctx.column,
    inexact,
    sample,
    'decimals that a float cannot hold exactly',
  );
  return new Vector(9, floats);
}
