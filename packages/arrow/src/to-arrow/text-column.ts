/** Char columns, symbols (dictionary-encoded or Utf8) and q strings (lists of char vectors). */
import {
  Binary,
  Dictionary,
  Int32,
  Uint8,
  Utf8,
  makeData,
  makeVector,
  type Data,
} from 'apache-arrow';
import { QError, type Vector } from '@qts/types';
import { encodeUtf8, isUtf8 } from '../utf8.js';
import type { ToArrowContext } from './context.js';
import { ValidityBuilder } from './validity.js';

/** A Utf8 Data from JS strings, with an optional validity. */
export function utf8Data(
  strings: readonly string[],
  bitmap?: Uint8Array,
  nullCount = 0,
): Data<Utf8> {
  const { offsets, bytes } = encodeUtf8(strings);
  return makeData({
    type: new Utf8(),
    data: bytes,
    valueOffsets: offsets,
    nullBitmap: bitmap,
    nullCount,
  });
}

/**
 * A char vector used as a column: one Utf8 string per byte, bytes ≥ 0x80 as U+0080..U+00FF
 * (latin-1, so every byte comes back), or the bytes as Uint8 under `char: 'uint8'`.
 */
export function charColumn(v: Vector<10>, ctx: ToArrowContext): Data {
  const src = v.data;
  if (ctx.options.char === 'uint8') return makeData({ type: new Uint8(), data: src, nullCount: 0 });
  const n = src.length;
  const offsets = new Int32Array(n + 1);
  let size = 0;
  for (let i = 0; i < n; i++) {
    size += src[i]! < 0x80 ? 1 : 2;
    offsets[i + 1] = size;
  }
  const bytes = new Uint8Array(size);
  for (let i = 0, w = 0; i < n; i++) {
    const b = src[i]!;
    if (b < 0x80) bytes[w++] = b;
    else {
      bytes[w++] = 0xc0 | (b >> 6);
      bytes[w++] = 0x80 | (b & 0x3f);
    }
  }
  return makeData({ type: new Utf8(), data: bytes, valueOffsets: offsets, nullCount: 0 });
}

/** Symbols: `Dictionary<Int32, Utf8>` with one entry per distinct symbol, or plain Utf8; `` ` `` is null. */
export function symbolColumn(v: Vector<11>, ctx: ToArrowContext): Data {
  const src = v.data;
  const n = src.length;
  const validity = new ValidityBuilder(n);
  if (ctx.options.symbol === 'utf8') {
    for (let i = 0; i < n; i++) if (src[i] === '') validity.invalidate(i);
    const val = validity.finish();
    return utf8Data(src, val.bitmap, val.nullCount);
  }
  const codes = new Int32Array(n);
  const index = new Map<string, number>();
  const uniques: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = src[i]!;
    if (s === '') {
      validity.invalidate(i);
      continue;
    }
    let c = index.get(s);
    if (c === undefined) {
      c = uniques.length;
      uniques.push(s);
      index.set(s, c);
    }
    codes[i] = c;
  }
  const val = validity.finish();
  return makeData({
    type: new Dictionary(new Utf8(), new Int32()),
    data: codes,
    dictionary: makeVector(utf8Data(uniques)),
    nullBitmap: val.bitmap,
    nullCount: val.nullCount,
  });
}

/**
 * q strings (a list of char vectors) as Utf8, the char bytes taken as UTF-8. If any string is
 * not valid UTF-8 the column becomes Binary (same bytes) and that is reported.
 */
export function stringsColumn(items: readonly Vector<10>[], ctx: ToArrowContext): Data {
  const n = items.length;
  const offsets = new Int32Array(n + 1);
  let size = 0;
  for (let i = 0; i < n; i++) {
    size += items[i]!.data.length;
    if (size > 0x7fffffff) throw new QError('limit', 'string column beyond 2 GB');
    offsets[i + 1] = size;
  }
  const bytes = new Uint8Array(size);
  for (let i = 0; i < n; i++) bytes.set(items[i]!.data, offsets[i]);
  let binary = ctx.options.strings === 'binary';
  if (!binary) {
    let bad = 0;
    let sample: string | undefined;
    for (let i = 0; i < n; i++) {
      if (!isUtf8(bytes, offsets[i]!, offsets[i + 1]!) && bad++ === 0) {
        sample = Array.from(items[i]!.data.subarray(0, 16), (b) =>
          b.toString(16).padStart(2, '0'),
        ).join('');
      }
    }
    if (bad > 0) {
      binary = true;
      ctx.log.add(
        'encoding',
        ctx.column,
        bad,
        sample,
        'strings that are not UTF-8: column written as Binary',
      );
    }
  }
  const props = { data: bytes, valueOffsets: offsets, nullCount: 0 };
  return binary
    ? makeData({ type: new Binary(), ...props })
    : makeData({ type: new Utf8(), ...props });
}
