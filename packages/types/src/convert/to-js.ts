/**
 * q values to plain JS: `toJS(value, options)`, also `value.toJS(options)`.
 *
 * | q                               | JS (defaults)                                       | options                                      |
 * |---------------------------------|-----------------------------------------------------|----------------------------------------------|
 * | boolean                         | `boolean`                                           |                                              |
 * | guid                            | `'8c680a01-5a49-5aab-5a65-d4bfddb6a661'`            |                                              |
 * | byte, short, int                | `number`                                            | `vectors: 'typed'`: `Uint8Array`, `Int16Array`, `Int32Array` |
 * | long                            | `bigint`                                            | `long: 'number'` (beyond ±2^53: `domain`, or reported); `vectors: 'typed'`: `BigInt64Array` / `Float64Array` |
 * | real, float                     | `number`                                            | `vectors: 'typed'`: `Float32Array`, `Float64Array` |
 * | char atom                       | one-character `string` (its byte)                   |                                              |
 * | char vector (q string)          | `string`, bytes decoded as UTF-8                    | `encoding: 'latin1'`: one char per byte      |
 * | symbol                          | `string`                                            |                                              |
 * | timestamp, month, date, datetime| `Date` (UTC; timestamp sub-ms digits floored)       | `temporal: 'bigint'` ns since 1970, `'string'` ISO-8601; `subMillisecond: 'throw'` |
 * | timespan                        | `bigint` ns                                         | `'bigint'` the same, `'string'` ISO duration `PT1H2M3.5S` |
 * | minute, second, time            | `number`: minutes, seconds, ms since midnight (q's unit, as `"j"$`) | `'bigint'` ns since midnight, `'string'` `12:30:15.123` |
 * | null of any type                | `null` (char's null is a blank and stays `' '`)     | `nulls: 'raw'`: the item as q stores it (`Atom.value`) |
 * | infinity (`0W`, `-0Wp`…)        | `Infinity` / `-Infinity`                            | `infinities: 'raw'`: the item as q stores it |
 * | mixed list                      | `Array`                                             |                                              |
 * | dictionary, symbol keys         | plain object (`Object.fromEntries`)                 |                                              |
 * | dictionary, other keys          | `Map`                                               |                                              |
 * | table                           | array of row objects                                | `table: 'columns'`: `{ col: [...] }`         |
 * | keyed table                     | as the table `0!kt`: key columns first              | as table                                     |
 * | enumeration                     | its symbols (`domain` if they are not known)        |                                              |
 * | identity `::`                   | `null`                                              |                                              |
 * | other function                  | its q text (`{x+y}`, `+`)                           |                                              |
 * | error (-128)                    | a `QError` (returned, not thrown)                   |                                              |
 *
 * Notes:
 * - Temporal ranges: every timestamp fits a `Date`; dates, months and datetimes beyond
 *   `Date`'s ±8.64e15 ms (±275,000 years) raise `domain` instead of wrapping. `bigint` and
 *   ISO outputs are exact for all ranges (datetime: to the millisecond).
 * - `vectors: 'typed'` copies the storage, so nulls and infinities stay as q stores them
 *   (`-2147483648`, `NaN`), except a long vector as numbers (`Float64Array`), where null is
 *   `NaN` and infinities `±Infinity`. Other types give arrays.
 * - Lossy items (a long beyond ±2^53 as a number, sub-millisecond digits dropped into a
 *   `Date`, bytes that are not UTF-8) go to `onLossy` when it is given. Without it, a long
 *   that does not fit raises `domain`; sub-millisecond digits are dropped unless
 *   `subMillisecond: 'throw'`; invalid UTF-8 becomes U+FFFD.
 *
 * This module is loaded by k.ts: it only imports value classes as types.
 *
 * @packageDocumentation
 */
import type { Atom } from '../atom.js';
import type { Dictionary } from '../dictionary.js';
import type { EnumAtom, EnumVector } from '../enumeration.js';
import type { KError } from '../k-error.js';
import type { Primitive } from '../function.js';
import type { K } from '../k.js';
import type { MixedList } from '../list.js';
import { isInfRaw, isNullRaw } from '../nulls.js';
import type { Table } from '../table.js';
import {
  pointToEpochMs,
  temporalToDate,
  temporalToEpochNs,
  temporalToIso,
} from '../temporal/to-js.js';
import type { BasicCode, RawOf } from '../type-table.js';
import type { Vector } from '../vector.js';
import { formatGuid } from '../guid.js';
import { raise } from './raise.js';

/** A conversion that could not keep the value exactly; see {@link ToJSOptions.onLossy}. */
export interface LossyConversion {
  /** What was lost: long precision, sub-millisecond digits, or undecodable UTF-8. */
  readonly kind: 'long-precision' | 'sub-millisecond' | 'utf8';
  /** q type of the item. */
  readonly type: number;
  /** The raw item as q stores it. */
  readonly raw: unknown;
  /** Human explanation. */
  readonly detail: string;
}

/** Choices for {@link toJS}; every one is optional and the defaults are listed in the module table. */
export interface ToJSOptions {
  /** How 64-bit integers come out: `bigint` (default, exact) or `number` (checked against ±2^53). */
  readonly long?: 'bigint' | 'number';
  /** Temporal items as `Date`s (default; durations as numbers/bigints), epoch `bigint` ns, or ISO-8601 text. */
  readonly temporal?: 'date' | 'bigint' | 'string';
  /** Nulls as JS `null` (default) or as the raw item q stores. */
  readonly nulls?: 'null' | 'raw';
  /** Infinities as `±Infinity` (default) or as the raw item q stores. */
  readonly infinities?: 'number' | 'raw';
  /** Tables as an array of row objects (default) or one object of column arrays. */
  readonly table?: 'records' | 'columns';
  /** Numeric vectors as JS arrays (default) or TypedArray copies. */
  readonly vectors?: 'array' | 'typed';
  /** How the bytes of a char vector become a string: UTF-8 (default, as q text usually is) or one char a byte. */
  readonly encoding?: 'utf8' | 'latin1';
  /** A timestamp with sub-millisecond digits into a `Date`: drop them (default) or raise `domain`. */
  readonly subMillisecond?: 'truncate' | 'throw';
  /** Called for every lossy item instead of raising; conversion goes on with the nearest value. */
  readonly onLossy?: (loss: LossyConversion) => void;
}

interface Context {
  readonly long: 'bigint' | 'number';
  readonly temporal: 'date' | 'bigint' | 'string';
  readonly nulls: 'null' | 'raw';
  readonly infinities: 'number' | 'raw';
  readonly table: 'records' | 'columns';
  readonly vectors: 'array' | 'typed';
  readonly encoding: 'utf8' | 'latin1';
  readonly subMillisecond: 'truncate' | 'throw';
  readonly onLossy: ((loss: LossyConversion) => void) | undefined;
}

function context(o: ToJSOptions = {}): Context {
  return {
    long: o.long ?? 'bigint',
    temporal: o.temporal ?? 'date',
    nulls: o.nulls ?? 'null',
    infinities: o.infinities ?? 'number',
    table: o.table ?? 'records',
    vectors: o.vectors ?? 'array',
    encoding: o.encoding ?? 'utf8',
    subMillisecond: o.subMillisecond ?? 'truncate',
    onLossy: o.onLossy,
  };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function longToNumber(raw: bigint, ctx: Context): number {
  if (raw > MAX_SAFE || raw < -MAX_SAFE) {
    const detail = `${raw} is beyond ±2^53 and has no exact number`;
    if (ctx.onLossy === undefined) raise('domain', detail);
    ctx.onLossy({ kind: 'long-precision', type: -7, raw, detail });
  }
  return Number(raw);
}

function pointToDate(code: 12 | 13 | 14 | 15, raw: RawOf[12 | 13 | 14 | 15], ctx: Context): Date {
  if (code === 12) {
    const { droppedNs } = pointToEpochMs(12, raw as bigint);
    if (droppedNs !== 0n) {
      const detail = `timestamp ${raw} loses ${droppedNs} ns in a Date`;
      if (ctx.onLossy !== undefined)
        ctx.onLossy({ kind: 'sub-millisecond', type: -12, raw, detail });
      else if (ctx.subMillisecond === 'throw') raise('domain', detail);
    }
  }
  return temporalToDate(code, raw);
}

function temporalItem(code: BasicCode, raw: RawOf[BasicCode], ctx: Context): unknown {
  const c = code as 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19;
  if (ctx.temporal === 'bigint') return temporalToEpochNs(c, raw as RawOf[typeof c]);
  if (ctx.temporal === 'string') return temporalToIso(c, raw as RawOf[typeof c]);
  if (c <= 15) return pointToDate(c as 12 | 13 | 14 | 15, raw as RawOf[12], ctx);
  // Timespan as bigint ns; a time of day as the count of its own unit, as `"j"$` gives it
  // and as the constructors take it back (`K.minute(750)` is 12:30).
  return raw;
}

/** JS value of one raw item of basic type `code`. */
function itemToJS(code: BasicCode, raw: RawOf[BasicCode], ctx: Context): unknown {
  // A char's null is a blank: it is text, not a missing value.
  if (code !== 10 && isNullRaw(code, raw)) {
    if (ctx.nulls === 'raw') return code === 2 ? formatGuid(raw as Uint8Array) : raw;
    return null;
  }
  if (isInfRaw(code, raw)) {
    if (ctx.infinities === 'raw') return raw;
    return (typeof raw === 'bigint' ? raw < 0n : (raw as number) < 0) ? -Infinity : Infinity;
  }
  switch (code) {
    case 1:
      return raw !== 0;
    case 2:
      return formatGuid(raw as Uint8Array);
    case 7:
      return ctx.long === 'number' ? longToNumber(raw as bigint, ctx) : raw;
    case 10:
      return String.fromCharCode(raw as number);
    case 4:
    case 5:
    case 6:
    case 8:
    case 9:
    case 11:
      return raw;
    default:
      return temporalItem(code, raw, ctx);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');

function decodeChars(bytes: Uint8Array, ctx: Context): string {
  if (ctx.encoding === 'latin1') {
    let s = '';
    for (let i = 0; i < bytes.length; i += 8192)
      s += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return s;
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    const text = UTF8_LENIENT.decode(bytes);
    ctx.onLossy?.({
      kind: 'utf8',
      type: 10,
      raw: bytes,
      detail: 'char vector is not valid UTF-8; U+FFFD substituted',
    });
    return text;
  }
}

function typedVector(v: Vector, ctx: Context): unknown {
  switch (v.type) {
    case 4:
    case 5:
    case 6:
    case 8:
    case 9:
      return (v.data as Uint8Array).slice();
    case 7: {
      const data = v.data as BigInt64Array;
      if (ctx.long === 'bigint') return data.slice();
      const out = new Float64Array(data.length);
      for (let i = 0; i < data.length; i++) {
        const x = data[i] as bigint;
        out[i] = isNullRaw(7, x)
          ? NaN
          : isInfRaw(7, x)
            ? x < 0n
              ? -Infinity
              : Infinity
            : longToNumber(x, ctx);
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** The items of a vector as a JS array (a char vector too: one string a char). */
function vectorItems(v: Vector, ctx: Context): unknown[] {
  const n = v.length;
  const out = new Array<unknown>(n);
  if (v.type === 2) {
    for (let i = 0; i < n; i++) out[i] = itemToJS(2, v.raw(i), ctx);
  } else {
    const data = v.data as ArrayLike<RawOf[BasicCode]>;
    for (let i = 0; i < n; i++) out[i] = itemToJS(v.type, data[i] as RawOf[BasicCode], ctx);
  }
  return out;
}

function vectorToJS(v: Vector, ctx: Context): unknown {
  if (v.type === 10) return decodeChars(v.data as Uint8Array, ctx);
  if (ctx.vectors === 'typed') {
    const typed = typedVector(v, ctx);
    if (typed !== undefined) return typed;
  }
  return vectorItems(v, ctx);
}

function enumSymbols(e: EnumVector): string[] {
  const out = new Array<string>(e.length);
  for (let i = 0; i < e.length; i++) {
    const s = e.symbolAt(i);
    if (s === undefined)
      raise('domain', `enumeration over ${e.domain}: index ${e.indices[i]} has no known symbol`);
    out[i] = s;
  }
  return out;
}

/** Items of any list (vector, mixed list, table rows, enumeration) as a JS array of item values. */
function listItems(value: K, ctx: Context): unknown[] {
  const t = value.type;
  if (t > 0 && t < 20)
    return ctx.vectors === 'typed' && t !== 10
      ? Array.from(vectorToJS(value as Vector, ctx) as ArrayLike<unknown>)
      : vectorItems(value as Vector, ctx);
  if (t === 0) return (value as MixedList).items.map((x) => convert(x, ctx));
  if (t === 98) return tableRecords(value as Table, ctx);
  if (t >= 20 && t <= 76) return enumSymbols(value as EnumVector);
  if (t === 99 || t === 127) {
    const d = value as Dictionary;
    if (d.keys.type === 98 && d.values.type === 98) return tableRecords(mergeKeyed(d), ctx);
  }
  return raise('type', `type ${t} is not a list`);
}

/** A column as JS: typed or array for vectors, one item a row (char columns give chars). */
function columnToJS(col: K, ctx: Context): unknown {
  if (col.type > 0 && col.type < 20 && col.type !== 10 && ctx.vectors === 'typed')
    return vectorToJS(col as Vector, ctx);
  return listItems(col, ctx);
}

function tableRecords(t: TableLike, ctx: Context): Record<string, unknown>[] {
  const cols = t.data.map((c) => listItems(c, ctx));
  const rows = new Array<Record<string, unknown>>(t.length);
  for (let r = 0; r < rows.length; r++)
    rows[r] = Object.fromEntries(t.columns.map((name, c) => [name, cols[c]?.[r]]));
  return rows;
}

interface TableLike {
  readonly columns: readonly string[];
  readonly data: readonly K[];
  readonly length: number;
}

/** The keyed table `kt` as the plain table `0!kt`: key columns, then value columns. */
function mergeKeyed(d: Dictionary): TableLike {
  const k = d.keys as Table;
  const v = d.values as Table;
  return { columns: [...k.columns, ...v.columns], data: [...k.data, ...v.data], length: k.length };
}

function tableToJS(t: TableLike, ctx: Context): unknown {
  if (ctx.table === 'records') return tableRecords(t, ctx);
  return Object.fromEntries(t.columns.map((name, i) => [name, columnToJS(t.data[i] as K, ctx)]));
}

function dictionaryToJS(d: Dictionary, ctx: Context): unknown {
  if (d.keys.type === 98 && d.values.type === 98) return tableToJS(mergeKeyed(d), ctx);
  const values = listItems(d.values, ctx);
  if (d.keys.type === 11) {
    const keys = (d.keys as Vector<11>).data;
    return Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  }
  const keys = listItems(d.keys, ctx);
  return new Map(keys.map((k, i) => [k, values[i]]));
}

function convert(value: K, ctx: Context): unknown {
  const t = value.type;
  if (t < 0 && t > -20) {
    const a = value as Atom;
    return itemToJS(a.code, a.value, ctx);
  }
  if (t > 0 && t < 20) return vectorToJS(value as Vector, ctx);
  if (t === 0) return (value as MixedList).items.map((x) => convert(x, ctx));
  if (t === 98) return tableToJS(value as Table, ctx);
  if (t === 99 || t === 127) return dictionaryToJS(value as Dictionary, ctx);
  if (t >= 20 && t <= 76) return enumSymbols(value as EnumVector);
  if (t <= -20 && t >= -76) {
    const e = value as EnumAtom;
    return (
      e.symbol ??
      raise('domain', `enumeration over ${e.domain}: index ${e.index} has no known symbol`)
    );
  }
  if (t === 101 && (value as Primitive).code === 0) return null;
  if (t >= 100 && t <= 112) return value.toString();
  if (t === -128) return (value as KError).toQError();
  return raise('type', `no JS form for q type ${t}`);
}

/**
 * Plain JS form of a q value; see the module table for every mapping and the options.
 * @throws QError `domain` for a value JS cannot hold without wrapping or loss (a date beyond
 *   `Date`'s range, a long beyond ±2^53 as a number without `onLossy`); `type` for a q type
 *   with no JS form.
 */
export function toJS(value: K, options?: ToJSOptions): unknown {
  return convert(value, context(options));
}
