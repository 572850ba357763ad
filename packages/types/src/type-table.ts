/**
 * The one table every part of qts reads: q's basic types with their codes, characters,
 * storage, nulls and infinities. The codec, display, conversions and the engine's
 * dispatch look types up here instead of switching on codes of their own.
 *
 * @packageDocumentation
 */

/** q type codes of the 18 basic (atom/vector) types. Atoms use the negative code. */
export const TypeCode = {
  boolean: 1,
  guid: 2,
  byte: 4,
  short: 5,
  int: 6,
  long: 7,
  real: 8,
  float: 9,
  char: 10,
  symbol: 11,
  timestamp: 12,
  month: 13,
  date: 14,
  datetime: 15,
  timespan: 16,
  minute: 17,
  second: 18,
  time: 19,
} as const;

/** Name of a basic q type, e.g. `'long'`. */
export type TypeName = keyof typeof TypeCode;

/** Code of a basic q type (1..19 without 3). */
export type BasicCode = (typeof TypeCode)[TypeName];

/** The TypedArray (or array) each basic type stores its items in, in q's own representation. */
export interface StorageOf {
  1: Uint8Array;
  2: Uint8Array;
  4: Uint8Array;
  5: Int16Array;
  6: Int32Array;
  7: BigInt64Array;
  8: Float32Array;
  9: Float64Array;
  10: Uint8Array;
  11: string[];
  12: BigInt64Array;
  13: Int32Array;
  14: Int32Array;
  15: Float64Array;
  16: BigInt64Array;
  17: Int32Array;
  18: Int32Array;
  19: Int32Array;
}

/**
 * The raw value of one item, as q stores it: numbers for 8/16/32-bit and floating types
 * (booleans and chars as their byte), `bigint` for 64-bit integer types, `string` for symbols,
 * 16 bytes for a guid. Temporal values are counted from 2000.01.01 in the type's unit.
 */
export interface RawOf {
  1: number;
  2: Uint8Array;
  4: number;
  5: number;
  6: number;
  7: bigint;
  8: number;
  9: number;
  10: number;
  11: string;
  12: bigint;
  13: number;
  14: number;
  15: number;
  16: bigint;
  17: number;
  18: number;
  19: number;
}

/** Storage family of a basic type: how its items are held in memory. */
export type StorageKind =
  'uint8' | 'guid' | 'int16' | 'int32' | 'int64' | 'float32' | 'float64' | 'symbol';

/** Everything qts knows about one basic q type. */
export interface TypeInfo<C extends BasicCode = BasicCode> {
  /** q type code (positive: the vector type). */
  readonly code: C;
  /** q type name as `key` shows it: `` `long$`` etc. */
  readonly name: TypeName;
  /** q type character, as used by casts (`"j"$`) and `meta`. */
  readonly char: string;
  /** Bytes per item on the wire and in memory (0 for symbols: variable). */
  readonly width: number;
  /** How items are stored. */
  readonly storage: StorageKind;
  /** Null item in q's representation, or `undefined` if the type has no null (boolean, byte). */
  readonly null: RawOf[C] | undefined;
  /** Positive infinity, or `undefined` if the type has none. */
  readonly inf: RawOf[C] | undefined;
  /** Negative infinity, or `undefined` if the type has none. */
  readonly ninf: RawOf[C] | undefined;
  /** True for types that count time from 2000.01.01 or midnight. */
  readonly temporal: boolean;
  /** Suffix q puts after a vector (`1 2 3h`) when the items alone would read as another type; '' if none. */
  readonly suffix: string;
  /** Allocate zero-filled storage for n items. */
  readonly alloc: (n: number) => StorageOf[C];
}

const INT16_NULL = -0x8000;
const INT32_NULL = -0x80000000;
const INT64_NULL = -0x8000000000000000n;
const INT16_INF = 0x7fff;
const INT32_INF = 0x7fffffff;
const INT64_INF = 0x7fffffffffffffffn;

const int16 = {
  null: INT16_NULL,
  inf: INT16_INF,
  ninf: -INT16_INF,
  storage: 'int16',
  width: 2,
} as const;
const int32 = {
  null: INT32_NULL,
  inf: INT32_INF,
  ninf: -INT32_INF,
  storage: 'int32',
  width: 4,
} as const;
const int64 = {
  null: INT64_NULL,
  inf: INT64_INF,
  ninf: -INT64_INF,
  storage: 'int64',
  width: 8,
} as const;
const float = { null: NaN, inf: Infinity, ninf: -Infinity } as const;
const none = { null: undefined, inf: undefined, ninf: undefined } as const;

const u8 = (n: number): Uint8Array => new Uint8Array(n);
const i16 = (n: number): Int16Array => new Int16Array(n);
const i32 = (n: number): Int32Array => new Int32Array(n);
const i64 = (n: number): BigInt64Array => new BigInt64Array(n);

/** The table itself, indexed by positive type code. */
export const TYPES: { readonly [C in BasicCode]: TypeInfo<C> } = {
  1: {
    code: 1,
    name: 'boolean',
    char: 'b',
    width: 1,
    storage: 'uint8',
    ...none,
    temporal: false,
    suffix: 'b',
    alloc: u8,
  },
  2: {
    code: 2,
    name: 'guid',
    char: 'g',
    width: 16,
    storage: 'guid',
    null: new Uint8Array(16),
    inf: undefined,
    ninf: undefined,
    temporal: false,
    suffix: '',
    alloc: (n) => new Uint8Array(n * 16),
  },
  4: {
    code: 4,
    name: 'byte',
    char: 'x',
    width: 1,
    storage: 'uint8',
    ...none,
    temporal: false,
    suffix: '',
    alloc: u8,
  },
  5: { code: 5, name: 'short', char: 'h', ...int16, temporal: false, suffix: 'h', alloc: i16 },
  6: { code: 6, name: 'int', char: 'i', ...int32, temporal: false, suffix: 'i', alloc: i32 },
  7: { code: 7, name: 'long', char: 'j', ...int64, temporal: false, suffix: '', alloc: i64 },
  8: {
    code: 8,
    name: 'real',
    char: 'e',
    width: 4,
    storage: 'float32',
    ...float,
    temporal: false,
    suffix: 'e',
    alloc: (n) => new Float32Array(n),
  },
  9: {
    code: 9,
    name: 'float',
    char: 'f',
    width: 8,
    storage: 'float64',
    ...float,
    temporal: false,
    suffix: 'f',
    alloc: (n) => new Float64Array(n),
  },
  10: {
    code: 10,
    name: 'char',
    char: 'c',
    width: 1,
    storage: 'uint8',
    null: 0x20,
    inf: undefined,
    ninf: undefined,
    temporal: false,
    suffix: '',
    alloc: u8,
  },
  11: {
    code: 11,
    name: 'symbol',
    char: 's',
    width: 0,
    storage: 'symbol',
    null: '',
    inf: undefined,
    ninf: undefined,
    temporal: false,
    suffix: '',
    alloc: (n) => new Array<string>(n).fill(''),
  },
  12: { code: 12, name: 'timestamp', char: 'p', ...int64, temporal: true, suffix: 'p', alloc: i64 },
  13: { code: 13, name: 'month', char: 'm', ...int32, temporal: true, suffix: 'm', alloc: i32 },
  14: { code: 14, name: 'date', char: 'd', ...int32, temporal: true, suffix: 'd', alloc: i32 },
  15: {
    code: 15,
    name: 'datetime',
    char: 'z',
    width: 8,
    storage: 'float64',
    ...float,
    temporal: true,
    suffix: 'z',
    alloc: (n) => new Float64Array(n),
  },
  16: { code: 16, name: 'timespan', char: 'n', ...int64, temporal: true, suffix: 'n', alloc: i64 },
  17: { code: 17, name: 'minute', char: 'u', ...int32, temporal: true, suffix: 'u', alloc: i32 },
  18: { code: 18, name: 'second', char: 'v', ...int32, temporal: true, suffix: 'v', alloc: i32 },
  19: { code: 19, name: 'time', char: 't', ...int32, temporal: true, suffix: 't', alloc: i32 },
};

/** All basic type codes in ascending order. */
export const BASIC_CODES: readonly BasicCode[] = Object.values(TypeCode).sort((a, b) => a - b);

/** Look up a basic type by code (either sign), name or q type character; `undefined` if unknown. */
export function typeInfo(key: number | string): TypeInfo | undefined {
  if (typeof key === 'number') return (TYPES as Record<number, TypeInfo>)[Math.abs(key)];
  if (key.length === 1)
    return BASIC_CODES.map((c) => TYPES[c] as TypeInfo).find((t) => t.char === key);
  const code = (TypeCode as Record<string, BasicCode>)[key];
  return code === undefined ? undefined : (TYPES[code] as TypeInfo);
}

/** True if `code` (either sign) is one of the 18 basic types. */
export function isBasicCode(code: number): code is BasicCode {
  return Object.prototype.hasOwnProperty.call(TYPES, Math.abs(code)) && code > 0;
}

/** The q attribute on a vector, list, dictionary or table: none, sorted, unique, parted or grouped. */
export type Attribute = '' | 's' | 'u' | 'p' | 'g';

/** Attributes in wire order: the index is the attribute byte kdb+ sends. */
export const ATTRIBUTES: readonly Attribute[] = ['', 's', 'u', 'p', 'g'];
