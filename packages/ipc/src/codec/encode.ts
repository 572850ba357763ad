import {
  ATTRIBUTES,
  Dictionary,
  EnumAtom,
  EnumVector,
  QError,
  TYPES,
  Table,
  type Atom,
  type Attribute,
  type Composition,
  type Derived,
  type K,
  type KError,
  type Lambda,
  type MixedList,
  type Primitive,
  type Projection,
  type TypeInfo,
  type Vector,
} from '@qts/types';
import type { EncodeOptions } from './options.js';
import { STORAGE_CODECS } from './storage.js';
import { TableReference } from './table-reference.js';
import { encodeText, writeCString } from './text.js';
import { Writer } from './writer.js';

/** Capability needed to send each basic type that older peers cannot read (docs: ipc.md). */
const MIN_CAPABILITY: Readonly<Record<number, number>> = { 2: 3, 12: 1, 16: 1 };

/** What the encoder needs while writing one value. */
interface EncodeContext {
  readonly capability: number;
}

/** Size estimate and writer of one family of q types. */
interface ObjectEncoder {
  /** Wire bytes, exact except for non-ASCII text (which only grows the buffer). */
  size(v: K): number;
  /** Write the type byte and body. */
  write(w: Writer, v: K, cx: EncodeContext): void;
}

function basicInfo(code: number): TypeInfo | undefined {
  return (TYPES as Record<number, TypeInfo | undefined>)[code];
}

function attributeByte(a: Attribute): number {
  return ATTRIBUTES.indexOf(a);
}

function checkCapability(code: number, cx: EncodeContext, name: string): void {
  const min = MIN_CAPABILITY[code];
  if (min !== undefined && cx.capability < min) {
    throw new QError('type', `${name} needs capability ${min}, the peer has ${cx.capability}`);
  }
}

function sizeOfAll(items: readonly K[]): number {
  let n = 0;
  for (const x of items) n += sizeOf(x);
  return n;
}

function writeAll(w: Writer, items: readonly K[], cx: EncodeContext): void {
  for (const x of items) writeObject(w, x, cx);
}

function header(w: Writer, type: number, attribute: Attribute, count: number): void {
  w.ensure(6);
  w.u8(type & 0xff);
  w.u8(attributeByte(attribute));
  w.i32(count);
}

const atom: ObjectEncoder = {
  size(v) {
    const a = v as Atom;
    const info = a.info as TypeInfo;
    return 1 + (info.storage === 'symbol' ? (a.value as string).length + 1 : info.width);
  },
  write(w, v, cx) {
    const a = v as Atom;
    const info = a.info as TypeInfo;
    checkCapability(info.code, cx, info.name);
    w.ensure(1);
    w.u8(a.type & 0xff);
    STORAGE_CODECS[info.storage].writeAtom(w, info, a.value);
  },
};

const vector: ObjectEncoder = {
  size(v) {
    const x = v as Vector;
    return 6 + STORAGE_CODECS[x.info.storage].vectorBytes(x.info as TypeInfo, x.data);
  },
  write(w, v, cx) {
    const x = v as Vector;
    const info = x.info as TypeInfo;
    checkCapability(info.code, cx, info.name);
    header(w, x.type, x.attribute, x.length);
    STORAGE_CODECS[info.storage].writeVector(w, info, x.data);
  },
};

const mixedList: ObjectEncoder = {
  size: (v) => 6 + sizeOfAll((v as MixedList).items),
  write(w, v, cx) {
    const x = v as MixedList;
    header(w, 0, x.attribute, x.length);
    writeAll(w, x.items, cx);
  },
};

const SYMBOLS = TYPES[11] as TypeInfo;

const table: ObjectEncoder = {
  size(v) {
    if (v instanceof TableReference) return 2 + sizeOf(v.dictionary);
    const t = v as Table;
    return 3 + 6 + STORAGE_CODECS.symbol.vectorBytes(SYMBOLS, t.columns) + 6 + sizeOfAll(t.data);
  },
  write(w, v, cx) {
    const t = v as Table | TableReference;
    w.ensure(2);
    w.u8(98);
    w.u8(attributeByte(t.attribute));
    if (t instanceof TableReference) return writeObject(w, t.dictionary, cx);
    w.ensure(1);
    w.u8(99);
    header(w, 11, '', t.columns.length);
    STORAGE_CODECS.symbol.writeVector(w, SYMBOLS, t.columns);
    header(w, 0, '', t.data.length);
    writeAll(w, t.data, cx);
  },
};

const dictionary: ObjectEncoder = {
  size: (v) => 1 + sizeOf((v as Dictionary).keys) + sizeOf((v as Dictionary).values),
  write(w, v, cx) {
    const d = v as Dictionary;
    w.ensure(1);
    w.u8(d.type);
    writeObject(w, d.keys, cx);
    writeObject(w, d.values, cx);
  },
};

function enumSymbols(v: EnumVector): string[] {
  const out = new Array<string>(v.length);
  for (let i = 0; i < v.length; i++) {
    const s = v.symbolAt(i);
    if (s === undefined) {
      throw new QError('type', `enumeration over ${v.domain} without its symbols cannot be sent`);
    }
    out[i] = s;
  }
  return out;
}

// kdb+ un-enumerates before sending, so an enumeration goes out as its symbols.
const enumeration: ObjectEncoder = {
  size(v) {
    if (v instanceof EnumAtom) return 2 + (v.symbol?.length ?? 0);
    return 6 + STORAGE_CODECS.symbol.vectorBytes(SYMBOLS, enumSymbols(v as EnumVector));
  },
  write(w, v) {
    if (v instanceof EnumAtom) {
      if (v.symbol === undefined) {
        throw new QError('type', `enumeration over ${v.domain} without its symbol cannot be sent`);
      }
      w.ensure(1);
      w.u8(-11 & 0xff);
      return writeCString(w, v.symbol, 'symbol');
    }
    const e = v as EnumVector;
    header(w, 11, e.attribute, e.length);
    STORAGE_CODECS.symbol.writeVector(w, SYMBOLS, enumSymbols(e));
  },
};

const lambda: ObjectEncoder = {
  size: (v) => 2 + (v as Lambda).context.length + 6 + (v as Lambda).source.length,
  write(w, v) {
    const f = v as Lambda;
    w.ensure(1);
    w.u8(100);
    writeCString(w, f.context, 'lambda context');
    const source = encodeText(f.source);
    header(w, 10, '', source.length);
    w.bytes(source);
  },
};

const primitive: ObjectEncoder = {
  size: () => 2,
  write(w, v) {
    w.ensure(2);
    w.u8(v.type);
    w.u8((v as Primitive).code);
  },
};

const applied: ObjectEncoder = {
  size: (v) => 5 + sizeOfAll((v as Projection | Composition).items),
  write(w, v, cx) {
    const items = (v as Projection | Composition).items;
    w.ensure(5);
    w.u8(v.type);
    w.i32(items.length);
    writeAll(w, items, cx);
  },
};

const derived: ObjectEncoder = {
  size: (v) => 1 + sizeOf((v as Derived).fn),
  write(w, v, cx) {
    w.ensure(1);
    w.u8(v.type);
    writeObject(w, (v as Derived).fn, cx);
  },
};

const error: ObjectEncoder = {
  size: (v) => 2 + (v as KError).message.length,
  write(w, v) {
    w.ensure(1);
    w.u8(0x80);
    writeCString(w, (v as KError).message, 'error message');
  },
};

/** Encoders of every non-basic type, by type number. */
const ENCODERS = new Map<number, ObjectEncoder>([
  [0, mixedList],
  [98, table],
  [99, dictionary],
  [127, dictionary],
  [100, lambda],
  [101, primitive],
  [102, primitive],
  [103, primitive],
  [104, applied],
  [105, applied],
  [106, derived],
  [107, derived],
  [108, derived],
  [109, derived],
  [110, derived],
  [111, derived],
  [-128, error],
]);

function encoderOf(v: K): ObjectEncoder {
  const t = v.type;
  if (t < 0 && t > -20 && basicInfo(-t) !== undefined) return atom;
  if (t > 0 && t < 20 && basicInfo(t) !== undefined) return vector;
  if (v instanceof EnumVector || v instanceof EnumAtom) return enumeration;
  const e = ENCODERS.get(t);
  if (e === undefined) throw new QError('type', `type ${t} cannot be sent over IPC`);
  if ((t === 99 || t === 127) && !(v instanceof Dictionary)) {
    throw new QError('type', `type ${t} value is not a Dictionary`);
  }
  if (t === 98 && !(v instanceof Table || v instanceof TableReference)) {
    throw new QError('type', 'type 98 value is not a Table');
  }
  return e;
}

/** Estimated wire size of `v` (payload, no header). */
export function sizeOf(v: K): number {
  return encoderOf(v).size(v);
}

/** Write `v` (type byte and body) at the writer's position. */
export function writeObject(w: Writer, v: K, cx: EncodeContext): void {
  encoderOf(v).write(w, v, cx);
}

/** Encoding context from options, with the capability checked. */
export function encodeContext(options: EncodeOptions | undefined): EncodeContext {
  const capability = options?.capability ?? 3;
  if (!Number.isInteger(capability) || capability < 0 || capability > 6) {
    throw new QError('domain', `capability ${capability} is not 0..6`);
  }
  return { capability };
}

/**
 * Encode a K value as an IPC payload: the bytes after the 8-byte header, as kdb+'s `-8!`
 * gives them from byte 8 on. Floats write kdb+'s own NaN bits; enumerations go out as their
 * symbols, as kdb+ sends them.
 *
 * @param value - any K value except a foreign function.
 * @param options - the peer's capability (default 3).
 * @throws QError `type` for a value that cannot travel (foreign, enumeration without its
 * symbols, symbol containing NUL, guid below capability 3).
 */
export function encode(value: K, options?: EncodeOptions): Uint8Array {
  const cx = encodeContext(options);
  const w = new Writer(sizeOf(value));
  writeObject(w, value, cx);
  return w.result();
}
