import {
  ATTRIBUTES,
  Composition,
  Derived,
  Dictionary,
  IDENTITY,
  KError,
  KeyedTable,
  Lambda,
  MixedList,
  Primitive,
  Projection,
  QError,
  TYPES,
  Table,
  Vector,
  Atom,
  type Attribute,
  type BasicCode,
  type K,
  type TypeInfo,
} from '@qts/types';
import { DEFAULT_MAX_DEPTH, type DecodeOptions } from './options.js';
import { Reader } from './reader.js';
import { STORAGE_CODECS } from './storage.js';
import { TableReference } from './table-reference.js';
import { decodeText } from './text.js';

/** Fewest bytes any serialized object takes (a type byte and at least one more). */
const MIN_OBJECT_BYTES = 2;

type ObjectDecoder = (r: Reader, type: number, at: number) => K;

function basicInfo(code: number): TypeInfo | undefined {
  return (TYPES as Record<number, TypeInfo | undefined>)[code];
}

function attribute(r: Reader): Attribute {
  const at = r.pos;
  const b = r.u8('attribute');
  const a = ATTRIBUTES[b];
  if (a === undefined) throw r.fail(`attribute byte ${b} is not 0..4`, at);
  return a;
}

/** Run a value constructor, turning its validation error into a decode error here. */
function build<T>(r: Reader, at: number, make: () => T): T {
  try {
    return make();
  } catch (e) {
    if (e instanceof QError) throw r.fail(`${e.message}: ${e.detail ?? 'invalid value'}`, at);
    throw e;
  }
}

function items(r: Reader, n: number): K[] {
  const out = new Array<K>(n);
  for (let i = 0; i < n; i++) out[i] = readObject(r);
  return out;
}

function compound(what: string, body: ObjectDecoder): ObjectDecoder {
  return (r, type, at) => {
    r.enter(what);
    const v = body(r, type, at);
    r.leave();
    return v;
  };
}

function rejected(why: string): ObjectDecoder {
  return (r, type, at) => {
    throw r.fail(`type ${type}: ${why}`, at);
  };
}

const mixedList = compound('list', (r) => {
  const a = attribute(r);
  const n = r.count('list', MIN_OBJECT_BYTES);
  return new MixedList(items(r, n), a);
});

const dictionary = compound('dictionary', (r, type, at) => {
  const keys = readObject(r);
  const values = readObject(r);
  if (type === 99 && keys instanceof Table && values instanceof Table) {
    return build(r, at, () => new KeyedTable(keys, values));
  }
  return build(r, at, () => new Dictionary(keys, values, type === 127));
});

const table = compound('table', (r, _type, at) => {
  const a = attribute(r);
  const dictAt = r.pos;
  if (r.u8('table dictionary type') !== 99)
    throw r.fail('table does not hold a dictionary', dictAt);
  const dict = dictionary(r, 99, dictAt) as Dictionary;
  const { keys, values } = dict;
  if (keys.type !== 11) throw r.fail('table column names are not symbols', dictAt);
  if (values instanceof MixedList) {
    const names = (keys as Vector<11>).data;
    return build(r, at, () => new Table(names, values.items, a));
  }
  return new TableReference(dict, a);
});

const lambda = compound('lambda', (r, _type, at) => {
  const end = r.nulFrom('lambda context');
  const context = decodeText(r.bytes, r.pos, end);
  r.pos = end + 1;
  const source = readObject(r);
  if (source.type !== 10) throw r.fail(`lambda source has type ${source.type}, not 10`, at);
  const text = (source as Vector<10>).data;
  return new Lambda(decodeText(text, 0, text.length), context);
});

const primitive: ObjectDecoder = (r, type) => {
  const code = r.u8('primitive code');
  if (type === 101 && code === 0) return IDENTITY;
  return new Primitive(type as 101 | 102 | 103, code);
};

const applied = compound('projection', (r, type, at) => {
  const n = r.count(type === 104 ? 'projection' : 'composition', MIN_OBJECT_BYTES);
  const parts = items(r, n);
  return build(r, at, () => (type === 104 ? new Projection(parts) : new Composition(parts)));
});

const derived = compound('iterator', (r, type) => {
  return new Derived(type as 106 | 107 | 108 | 109 | 110 | 111, readObject(r));
});

const error: ObjectDecoder = (r) => {
  const end = r.nulFrom('error');
  const message = decodeText(r.bytes, r.pos, end);
  r.pos = end + 1;
  return new KError(message);
};

/** Decoders of every non-basic type, by signed type byte. */
const DECODERS = new Map<number, ObjectDecoder>([
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
  [112, rejected('a foreign (2: loaded) function cannot travel over IPC')],
  [-128, error],
]);

const enumeration = rejected(
  'enumerations never travel over IPC (kdb+ sends their symbols), so this is not kdb+ output',
);
const mapped = rejected('anymap and mapped types are materialised by kdb+ before sending');

/** Read one object (type byte and body) at the reader's position. */
export function readObject(r: Reader): K {
  const at = r.pos;
  const b = r.u8('type');
  const type = b > 127 ? b - 256 : b;
  if (type < 0 && type > -20) {
    const info = basicInfo(-type);
    if (info === undefined) throw r.fail(`unknown atom type ${type}`, at);
    return new Atom(info.code, STORAGE_CODECS[info.storage].readAtom(r, info) as never);
  }
  if (type > 0 && type < 20) {
    const info = basicInfo(type);
    if (info === undefined) throw r.fail(`unknown vector type ${type}`, at);
    const a = attribute(r);
    const codec = STORAGE_CODECS[info.storage];
    const n = r.count(info.name, codec.minItemBytes);
    return new Vector(info.code as BasicCode, codec.readVector(r, info, n) as never, a);
  }
  const decoder = DECODERS.get(type);
  if (decoder !== undefined) return decoder(r, type, at);
  if ((type >= 20 && type <= 76) || (type <= -20 && type >= -76)) return enumeration(r, type, at);
  if (type >= 77 && type <= 97) return mapped(r, type, at);
  throw r.fail(`unknown type ${type}`, at);
}

/** Reader options with defaults filled in. */
export function readerOptions(options: DecodeOptions | undefined, littleEndian: boolean) {
  return {
    littleEndian,
    copy: options?.copy ?? false,
    maxDepth: options?.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
}

/** Read exactly one object from `bytes[start..]`, which must end where the object does. */
export function readWhole(bytes: Uint8Array, start: number, options: Reader['options']): K {
  const r = new Reader(bytes, start, options);
  const value = readObject(r);
  if (r.pos !== bytes.length) {
    throw r.fail(`${bytes.length - r.pos} bytes left over after the value`);
  }
  return value;
}

/**
 * Decode one payload (the bytes after the 8-byte header: type byte, then body) into a K value.
 * Numeric, char, boolean and guid vectors are views over `bytes` when alignment allows (see
 * {@link DecodeOptions.copy}); symbols become strings (UTF-8).
 *
 * @param bytes - exactly one serialized object.
 * @param options - byte order, copying, depth limit.
 * @throws IpcDecodeError for truncated, oversized, wrongly typed or trailing input.
 */
export function decode(bytes: Uint8Array, options?: DecodeOptions): K {
  return readWhole(bytes, 0, readerOptions(options, options?.littleEndian ?? true));
}
