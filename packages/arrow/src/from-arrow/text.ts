/** Arrow strings, binaries, fixed-size binaries and dictionaries to q. */
import { type Data, type FixedSizeBinary, makeVector } from 'apache-arrow';
import { EnumVector, MixedList, QError, TYPES, Vector, type K } from '@qts/types';
import { decodeUtf8 } from '../utf8.js';
import { isValid } from './chunks.js';
import type { ArrowColumnIn, FromArrowContext } from './context.js';

/** Byte range of item i of a variable-width chunk (Int32 or BigInt64 offsets, already sliced). */
function range(d: Data, i: number): [number, number] {
  const offs = d.valueOffsets as Int32Array | BigInt64Array;
  return [Number(offs[i]!), Number(offs[i + 1]!)];
}

/** True for the view layouts (Utf8View, BinaryView), read through `get`. */
function isView(col: ArrowColumnIn): boolean {
  return col.type.typeId === 23 || col.type.typeId === 24;
}

/** Item i of every chunk as bytes, `undefined` for a null. */
function eachBytes(
  col: ArrowColumnIn,
  fn: (bytes: Uint8Array | undefined, i: number) => void,
): void {
  let base = 0;
  const encoder = new TextEncoder();
  for (const d of col.chunks) {
    if (isView(col)) {
      const v = makeVector(d);
      for (let i = 0; i < d.length; i++) {
        const x = v.get(i) as string | Uint8Array | null;
        fn(x === null ? undefined : typeof x === 'string' ? encoder.encode(x) : x, base + i);
      }
    } else {
      const bytes = d.values as Uint8Array;
      for (let i = 0; i < d.length; i++) {
        if (!isValid(d, i)) fn(undefined, base + i);
        else {
          const [s, e] = range(d, i);
          fn(bytes.subarray(s, e), base + i);
        }
      }
    }
    base += d.length;
  }
}

/**
 * Utf8 (any layout) → symbols by default; q strings with the `C` hint or `utf8: 'string'`; a
 * char column with the `c` hint (one latin-1 character per item). Null and `""` both become
 * the null symbol: a valid `""` is reported.
 */
export function utf8ToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
): Vector<10> | Vector<11> | MixedList {
  if (ctx.hint === 'c') return charColumnToQ(col, ctx);
  if (ctx.hint === 'C' || (ctx.hint === undefined && ctx.options.utf8 === 'string'))
    return bytesToLists(col, 10, ctx);
  const out = new Array<string>(col.length);
  let empty = 0;
  if (!isView(col)) {
    let base = 0;
    for (const d of col.chunks) {
      const bytes = d.values as Uint8Array;
      const offs = d.valueOffsets as Int32Array | BigInt64Array;
      const big = offs instanceof BigInt64Array;
      for (let i = 0; i < d.length; i++) {
        if (!isValid(d, i)) {
          out[base + i] = '';
          continue;
        }
        const s = big ? Number(offs[i]!) : (offs[i] as number);
        const e = big ? Number(offs[i + 1]!) : (offs[i + 1] as number);
        if (s === e) empty++;
        out[base + i] = decodeUtf8(bytes, s, e);
      }
      base += d.length;
    }
  } else {
    eachBytes(col, (b, i) => {
      if (b !== undefined && b.length === 0) empty++;
      out[i] = b === undefined ? '' : decodeUtf8(b, 0, b.length);
    });
  }
  ctx.log.add('null-collision', ctx.column, empty, '', 'empty strings read as the null symbol');
  return new Vector(11, out);
}

/** One latin-1 character per item back to a char vector (the inverse of the char column mapping). */
function charColumnToQ(col: ArrowColumnIn, ctx: FromArrowContext): Vector<10> {
  const out = new Uint8Array(col.length).fill(0x20);
  let bad = 0;
  eachBytes(col, (b, i) => {
    if (b === undefined) return;
    const s = decodeUtf8(b, 0, b.length);
    const c = s.charCodeAt(0);
    if (s.length !== 1 || c > 0xff) bad++;
    out[i] = Number.isNaN(c) ? 0x20 : c & 0xff;
  });
  ctx.log.add(
    'precision',
    ctx.column,
    bad,
    null,
    'items that are not one latin-1 character cut to one byte',
  );
  return new Vector(10, out);
}

/** Every item as a q byte (4) or char (10) vector in a general list; nulls become empty (reported). */
export function bytesToLists(col: ArrowColumnIn, code: 4 | 10, ctx: FromArrowContext): MixedList {
  const items: Vector[] = new Array<Vector>(col.length);
  let nulls = 0;
  eachBytes(col, (b, i) => {
    if (b === undefined) nulls++;
    items[i] = new Vector(code, b === undefined ? new Uint8Array(0) : b.slice());
  });
  ctx.log.add(
    'null-dropped',
    ctx.column,
    nulls,
    null,
    `null items written as empty ${code === 10 ? 'strings' : 'byte lists'}`,
  );
  return new MixedList(items);
}

/** FixedSizeBinary(16) as guids (`arrow.uuid` or the `g` hint), else as byte lists. */
export function fixedBinaryToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
  uuid: boolean,
): Vector<2> | MixedList {
  const width = (col.type as FixedSizeBinary).byteWidth;
  if (!(width === 16 && (uuid || ctx.hint === 'g'))) {
    const items: Vector[] = [];
    let nulls = 0;
    for (const d of col.chunks) {
      const bytes = d.values as Uint8Array;
      for (let i = 0; i < d.length; i++) {
        if (!isValid(d, i)) nulls++;
        items.push(
          new Vector(
            4,
            isValid(d, i) ? bytes.slice(i * width, i * width + width) : new Uint8Array(0),
          ),
        );
      }
    }
    ctx.log.add('null-dropped', ctx.column, nulls, null, 'null items written as empty byte lists');
    return new MixedList(items);
  }
  const first = col.chunks[0];
  if (col.chunks.length === 1 && first !== undefined && first.nullCount === 0) {
    return new Vector(2, (first.values as Uint8Array).subarray(0, first.length * 16));
  }
  const out = new Uint8Array(col.length * 16);
  let base = 0;
  for (const d of col.chunks) {
    const bytes = d.values as Uint8Array;
    for (let i = 0; i < d.length; i++)
      if (isValid(d, i)) out.set(bytes.subarray(i * 16, i * 16 + 16), (base + i) * 16);
    base += d.length;
  }
  return new Vector(2, out);
}

/**
 * Dictionary-encoded columns: the dictionary is converted once (symbols for strings), then
 * gathered by index; with `kdb.enum` a string dictionary becomes an enumeration.
 */
export function dictionaryToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
  convertDictionary: (dictionary: Data) => K,
): K {
  const out: K[] = [];
  const enumDomain = ctx.options.useMetadata ? col.metadata.get('kdb.enum') : undefined;
  const codes: number[] = [];
  for (const d of col.chunks) {
    const dictData = d.dictionary?.data;
    if (dictData === undefined || dictData.length !== 1) {
      throw new QError(
        'type',
        `${ctx.column || '(vector)'}: dictionary chunk without a single dictionary`,
      );
    }
    const dict = convertDictionary(dictData[0]!);
    out.push(gather(dict, d, ctx));
    if (enumDomain !== undefined) {
      const idx = d.values as Int32Array;
      for (let i = 0; i < d.length; i++) codes.push(idx[i]!);
    }
  }
  if (enumDomain !== undefined && out.length === 1 && col.chunks[0]!.dictionary !== undefined) {
    const dict = convertDictionary(col.chunks[0]!.dictionary.data[0]!);
    if (dict instanceof Vector && dict.type === 11) {
      return new EnumVector(
        20,
        enumDomain,
        BigInt64Array.from(codes, (c) => BigInt(c)),
        dict.data as string[],
      );
    }
  }
  return concatK(out, ctx);
}

/** Items of `dict` at the chunk's indices; invalid items get the type's null. */
function gather(dict: K, d: Data, ctx: FromArrowContext): K {
  const idx = d.values as
    Int32Array | Int8Array | Int16Array | BigInt64Array | Uint8Array | Uint16Array | Uint32Array;
  const at = (i: number): number => Number(idx[i]!);
  if (dict instanceof MixedList) {
    return new MixedList(Array.from({ length: d.length }, (_, i) => dict.items[at(i)]!));
  }
  if (!(dict instanceof Vector))
    throw new QError('type', `${ctx.column}: dictionary of ${dict.type}h`);
  const v = dict as Vector;
  const info = TYPES[v.type];
  if (v.type === 11) {
    const src = v.data as string[];
    const out = new Array<string>(d.length);
    for (let i = 0; i < d.length; i++) out[i] = isValid(d, i) ? src[at(i)]! : '';
    return new Vector(11, out);
  }
  const out = info.alloc(d.length) as Uint8Array;
  const src = v.data as Uint8Array;
  const w = v.type === 2 ? 16 : 1;
  const nullValue = info.null;
  for (let i = 0; i < d.length; i++) {
    if (isValid(d, i)) {
      if (w === 16) out.set(src.subarray(at(i) * 16, at(i) * 16 + 16), i * 16);
      else out[i] = src[at(i)]!;
    } else if (nullValue !== undefined && w === 1) (out as unknown as unknown[])[i] = nullValue;
  }
  return new Vector(v.type, out as never);
}

/** Join lists of the same kind (per-chunk results). */
export function concatK(parts: readonly K[], ctx: FromArrowContext): K {
  if (parts.length === 1) return parts[0]!;
  const first = parts[0];
  if (first === undefined) return new MixedList([]);
  if (first instanceof MixedList)
    return new MixedList(parts.flatMap((p) => (p as MixedList).items));
  if (first instanceof Vector) {
    const type = (first as Vector).type;
    if (type === 11)
      return new Vector(
        11,
        parts.flatMap((p) => (p as Vector<11>).data),
      );
    const total = parts.reduce((n, p) => n + p.length, 0);
    const out = TYPES[type].alloc(total) as Uint8Array;
    let at = 0;
    for (const p of parts) {
      const data = (p as Vector).data as Uint8Array;
      out.set(data, at);
      at += data.length;
    }
    return new Vector(type, out as never);
  }
  throw new QError('type', `${ctx.column}: cannot join ${first.type}h chunks`);
}
