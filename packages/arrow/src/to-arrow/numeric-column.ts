/**
 * Boolean, byte, short, int, long, real, float and timespan columns. Everything but boolean
 * hands the q storage to Arrow as is (no copy); nulls become validity bits from one scan.
 */
import {
  Bool,
  DurationNanosecond,
  Float32,
  Float64,
  Int16,
  Int32,
  Int64,
  Int8,
  Uint8,
  makeData,
  type Data,
} from 'apache-arrow';
import type { Vector } from '@qts/types';
import type { ToArrowContext } from './context.js';
import { bitmapBytes, floatValidity, int64Validity, intValidity } from './validity.js';

/** Pack q booleans (one byte each) into Arrow's bit-packed Bool. */
export function boolColumn(v: Vector<1>): Data<Bool> {
  const src = v.data;
  const n = src.length;
  const packed = new Uint8Array(bitmapBytes(n));
  const full = n & ~7;
  let i = 0;
  for (; i < full; i += 8) {
    packed[i >> 3] =
      (src[i] ? 1 : 0) |
      (src[i + 1] ? 2 : 0) |
      (src[i + 2] ? 4 : 0) |
      (src[i + 3] ? 8 : 0) |
      (src[i + 4] ? 16 : 0) |
      (src[i + 5] ? 32 : 0) |
      (src[i + 6] ? 64 : 0) |
      (src[i + 7] ? 128 : 0);
  }
  for (; i < n; i++) if (src[i]) packed[i >> 3]! |= 1 << (i & 7);
  return makeData({ type: new Bool(), data: packed, length: n, nullCount: 0 });
}

/** Bytes as Uint8 (no copy), or as Int8 over the same memory. */
export function byteColumn(v: Vector<4>, ctx: ToArrowContext): Data<Uint8 | Int8> {
  const d = v.data;
  if (ctx.options.byte === 'int8') {
    return makeData({
      type: new Int8(),
      data: new Int8Array(d.buffer, d.byteOffset, d.length),
      nullCount: 0,
    });
  }
  return makeData({ type: new Uint8(), data: d, nullCount: 0 });
}

function reportInfinity(ctx: ToArrowContext, count: number, what: string): void {
  ctx.log.add('infinity', ctx.column, count, what, `${what} infinities written as Arrow nulls`);
}

/** Short or int: no copy; the q null (and infinities under `intInfinity: 'null'`) are invalid. */
export function int16or32Column(v: Vector<5> | Vector<6>, ctx: ToArrowContext): Data {
  const infNull = ctx.options.intInfinity === 'null';
  if (v.type === 5) {
    const val = intValidity(v.data, -0x8000, infNull ? 0x7fff : NaN);
    reportInfinity(ctx, val.infCount, 'short');
    return makeData({
      type: new Int16(),
      data: v.data,
      nullBitmap: val.bitmap,
      nullCount: val.nullCount,
    });
  }
  const val = intValidity(v.data, -0x80000000, infNull ? 0x7fffffff : NaN);
  reportInfinity(ctx, val.infCount, 'int');
  return makeData({
    type: new Int32(),
    data: v.data,
    nullBitmap: val.bitmap,
    nullCount: val.nullCount,
  });
}

/** Long or timespan: no copy; 0N (and infinities under `intInfinity: 'null'`) are invalid. */
export function int64Column(v: Vector<7> | Vector<16>, ctx: ToArrowContext): Data {
  const val = int64Validity(v.data, ctx.options.intInfinity === 'null');
  reportInfinity(ctx, val.infCount, v.type === 7 ? 'long' : 'timespan');
  const props = { data: v.data, nullBitmap: val.bitmap, nullCount: val.nullCount };
  return v.type === 7
    ? makeData({ type: new Int64(), ...props })
    : makeData({ type: new DurationNanosecond(), ...props });
}

/** Real or float: no copy; NaN is invalid under `floatNull: 'null'` (values stay NaN underneath). */
export function floatColumn(v: Vector<8> | Vector<9>, ctx: ToArrowContext): Data {
  const type = v.type === 8 ? new Float32() : new Float64();
  if (ctx.options.floatNull === 'nan') return makeData({ type, data: v.data, nullCount: 0 });
  const val = floatValidity(v.data, false);
  return makeData({ type, data: v.data, nullBitmap: val.bitmap, nullCount: val.nullCount });
}
