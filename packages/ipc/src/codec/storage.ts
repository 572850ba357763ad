/**
 * How items of each storage family travel: one entry per {@link StorageKind} of the type
 * table, so a basic type's wire form follows from its `TYPES` row (width and storage) and
 * no code switches on type numbers.
 */
import type { StorageKind, TypeInfo } from '@qts/types';
import type { Reader } from './reader.js';
import { readSymbols } from './symbol-cache.js';
import { decodeText, writeCString } from './text.js';
import type { Writer } from './writer.js';

/** True when the host stores numbers little-endian, as every platform Node runs on does. */
export const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Reads and writes the atoms and vector items of one storage family. */
export interface StorageCodec {
  /** Fewest wire bytes one item takes (checks counts before allocating). */
  readonly minItemBytes: number;
  /** Read one atom's raw value. */
  readAtom(r: Reader, info: TypeInfo): unknown;
  /** Read `n` items into the family's storage (a view over the input when possible). */
  readVector(r: Reader, info: TypeInfo, n: number): unknown;
  /** Write one atom's raw value. */
  writeAtom(w: Writer, info: TypeInfo, raw: unknown): void;
  /** Write every item of `data`. */
  writeVector(w: Writer, info: TypeInfo, data: unknown): void;
  /** Wire bytes of `data`'s items; exact except for non-ASCII symbols. */
  vectorBytes(info: TypeInfo, data: unknown): number;
}

type NumericArray =
  Uint8Array | Int16Array | Int32Array | BigInt64Array | Float32Array | Float64Array;

interface NumericClass {
  new (length: number): NumericArray;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): NumericArray;
}

type Item = number | bigint;
type Get = (v: DataView, at: number, le: boolean) => Item;
type Set = (v: DataView, at: number, x: Item) => void;

/** kdb+'s NaN (sign bit set, x86 default NaN); JS would write 0x7ff8... for NaN. */
function writeNaN(width: number, v: DataView, at: number): void {
  if (width === 8) {
    v.setUint32(at, 0, true);
    v.setUint32(at + 4, 0xfff80000, true);
  } else v.setUint32(at, 0xffc00000, true);
}

function numeric(Class: NumericClass, get: Get, set: Set, isFloat = false): StorageCodec {
  return {
    minItemBytes: 1,
    readAtom(r, info) {
      r.need(info.width, `${info.name} atom`);
      const v = get(r.view, r.pos, r.options.littleEndian);
      r.pos += info.width;
      return v;
    },
    readVector(r, info, n) {
      const width = info.width;
      const length = n * width;
      if (length > r.remaining) r.need(length, `${info.name} vector of ${n}`);
      const at = r.pos;
      r.pos += length;
      const abs = r.bytes.byteOffset + at;
      if (width === 1) {
        return r.options.copy ? r.bytes.slice(at, at + n) : new Uint8Array(r.bytes.buffer, abs, n);
      }
      if (r.options.littleEndian && HOST_LITTLE_ENDIAN) {
        if (!r.options.copy && abs % width === 0) return new Class(r.bytes.buffer, abs, n);
        return new Class(r.bytes.buffer.slice(abs, abs + length), 0, n);
      }
      const out = new Class(n) as unknown as Item[];
      const le = r.options.littleEndian;
      for (let i = 0; i < n; i++) out[i] = get(r.view, at + i * width, le);
      return out;
    },
    writeAtom(w, info, raw) {
      w.ensure(info.width);
      if (isFloat && raw !== raw) writeNaN(info.width, w.view, w.pos);
      else set(w.view, w.pos, raw as Item);
      w.pos += info.width;
    },
    writeVector(w, info, raw) {
      const data = raw as NumericArray;
      const width = info.width;
      const length = data.length * width;
      w.ensure(length);
      const at = w.pos;
      if (HOST_LITTLE_ENDIAN) {
        w.buf.set(new Uint8Array(data.buffer, data.byteOffset, length), at);
      } else {
        for (let i = 0; i < data.length; i++) set(w.view, at + i * width, data[i] as Item);
      }
      if (isFloat) {
        const items = data as Float32Array | Float64Array;
        for (let i = 0; i < items.length; i++) {
          const x = items[i] as number;
          if (x !== x) writeNaN(width, w.view, at + i * width);
        }
      }
      w.pos = at + length;
    },
    vectorBytes(info, raw) {
      return (raw as NumericArray).length * info.width;
    },
  };
}

const bytes: StorageCodec = numeric(
  Uint8Array,
  (v, at) => v.getUint8(at),
  (v, at, x) => v.setUint8(at, x as number),
);

function readGuids(r: Reader, n: number): Uint8Array {
  r.need(n * 16, n === 1 ? 'guid atom' : `guid vector of ${n}`);
  const at = r.pos;
  r.pos += n * 16;
  return r.options.copy ? r.bytes.slice(at, at + n * 16) : r.bytes.subarray(at, at + n * 16);
}

const guid: StorageCodec = {
  minItemBytes: 16,
  readAtom(r) {
    return readGuids(r, 1);
  },
  readVector(r, _info, n) {
    return readGuids(r, n);
  },
  writeAtom(w, _info, raw) {
    w.bytes(raw as Uint8Array);
  },
  writeVector(w, _info, raw) {
    w.bytes(raw as Uint8Array);
  },
  vectorBytes(_info, raw) {
    return (raw as Uint8Array).length;
  },
};

const symbol: StorageCodec = {
  minItemBytes: 1,
  readAtom(r) {
    const end = r.nulFrom('symbol');
    const s = decodeText(r.bytes, r.pos, end);
    r.pos = end + 1;
    return s;
  },
  readVector(r, _info, n) {
    const out = new Array<string>(n);
    const end = readSymbols(r.bytes, r.pos, out);
    if (end < 0) throw r.fail(`symbol ${-end - 1} of ${n} has no terminating NUL`);
    r.pos = end;
    return out;
  },
  writeAtom(w, _info, raw) {
    writeCString(w, raw as string, 'symbol');
  },
  writeVector(w, _info, raw) {
    const items = raw as readonly string[];
    for (let i = 0; i < items.length; i++) writeCString(w, items[i] as string, 'symbol');
  },
  vectorBytes(_info, raw) {
    const items = raw as readonly string[];
    let n = items.length;
    for (let i = 0; i < items.length; i++) n += (items[i] as string).length;
    return n;
  },
};

/** The codec of each storage family of the type table. */
export const STORAGE_CODECS: { readonly [S in StorageKind]: StorageCodec } = {
  uint8: bytes,
  guid,
  symbol,
  int16: numeric(
    Int16Array,
    (v, at, le) => v.getInt16(at, le),
    (v, at, x) => v.setInt16(at, x as number, true),
  ),
  int32: numeric(
    Int32Array,
    (v, at, le) => v.getInt32(at, le),
    (v, at, x) => v.setInt32(at, x as number, true),
  ),
  int64: numeric(
    BigInt64Array,
    (v, at, le) => v.getBigInt64(at, le),
    (v, at, x) => v.setBigInt64(at, x as bigint, true),
  ),
  float32: numeric(
    Float32Array,
    (v, at, le) => v.getFloat32(at, le),
    (v, at, x) => v.setFloat32(at, x as number, true),
    true,
  ),
  float64: numeric(
    Float64Array,
    (v, at, le) => v.getFloat64(at, le),
    (v, at, x) => v.setFloat64(at, x as number, true),
    true,
  ),
};
