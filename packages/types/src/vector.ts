import { Atom } from './atom.js';
import { QError } from './error.js';
import { K } from './k.js';
import { isInfRaw, isNullRaw, storageHasNulls } from './nulls.js';
import {
  TYPES,
  type Attribute,
  type BasicCode,
  type RawOf,
  type StorageOf,
  type TypeInfo,
} from './type-table.js';

const STORAGE_CLASS = {
  uint8: Uint8Array,
  guid: Uint8Array,
  int16: Int16Array,
  int32: Int32Array,
  int64: BigInt64Array,
  float32: Float32Array,
  float64: Float64Array,
  symbol: Array,
} as const;

/**
 * A vector of one basic q type, its items held in one TypedArray in q's own
 * representation (symbols in a `string[]`, guids as 16 bytes an item). The array is
 * adopted, not copied: a decoded vector can be a view over received bytes.
 *
 * @typeParam C - the basic type code, which is also `type`.
 */
export class Vector<C extends BasicCode = BasicCode> extends K {
  /**
   * @param type - basic type code (1..19).
   * @param data - storage of the type's class ({@link StorageOf}); not copied.
   * @param attribute - q attribute (`s`, `u`, `p`, `g`) or `''`.
   * @throws QError `type` if `data` is not the storage class of `type`.
   */
  constructor(
    readonly type: C,
    readonly data: StorageOf[C],
    readonly attribute: Attribute = '',
  ) {
    super();
    const info = TYPES[type] as TypeInfo | undefined;
    if (info === undefined) throw new QError('type', `no basic type ${String(type)}`);
    if (!(data instanceof STORAGE_CLASS[info.storage])) {
      throw new QError(
        'type',
        `${info.name} vector needs ${STORAGE_CLASS[info.storage].name} storage`,
      );
    }
    if (type === 2 && data.length % 16 !== 0)
      throw new QError('length', 'guid storage must hold 16 bytes an item');
  }

  /** The type table entry for this vector's type. */
  get info(): TypeInfo<C> {
    return TYPES[this.type];
  }

  /** Number of items. */
  get length(): number {
    return this.type === 2 ? this.data.length / 16 : this.data.length;
  }

  /** Raw item `i` in q's representation; q's null for an index out of range. */
  raw(i: number): RawOf[C] {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return nullRaw(this.type);
    if (this.type === 2) return (this.data as Uint8Array).subarray(i * 16, i * 16 + 16) as RawOf[C];
    return this.data[i] as RawOf[C];
  }

  /** Item `i` as an atom (q's `x i`: null when out of range). */
  at(i: number): Atom<C> {
    return new Atom(this.type, this.raw(i));
  }

  /** True if item `i` is null. */
  isNull(i: number): boolean {
    return isNullRaw(this.type, this.raw(i));
  }

  /** True if item `i` is an infinity. */
  isInf(i: number): boolean {
    return isInfRaw(this.type, this.raw(i));
  }

  /** True if any item is null (one scan). */
  hasNulls(): boolean {
    return storageHasNulls(this.type, this.data);
  }

  /** Items `start` to `end` (exclusive), sharing storage where the storage allows. */
  slice(start = 0, end = this.length): Vector<C> {
    const w = this.type === 2 ? 16 : 1;
    const data = Array.isArray(this.data)
      ? this.data.slice(start, end)
      : (this.data as Exclude<StorageOf[C], string[]>).subarray(start * w, end * w);
    return new Vector(this.type, data as StorageOf[C]);
  }

  /** The same items with another attribute (storage shared). */
  withAttribute(attribute: Attribute): Vector<C> {
    return new Vector(this.type, this.data, attribute);
  }

  /** Iterate the items as atoms. */
  *[Symbol.iterator](): IterableIterator<Atom<C>> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** The null item of a type, or its zero for types without a null (boolean, byte). */
export function nullRaw<C extends BasicCode>(code: C): RawOf[C] {
  const n = TYPES[code].null;
  if (n !== undefined) return (code === 2 ? new Uint8Array(16) : n) as RawOf[C];
  return 0 as RawOf[C];
}

/** Vector type of the 18 basic types, as one discriminated union on `type`. */
export type AnyVector = { [C in BasicCode]: Vector<C> }[BasicCode];

/** A boolean vector (`010b`). */ export type BooleanVector = Vector<1>;
/** A guid vector. */ export type GuidVector = Vector<2>;
/** A byte vector (`0x0102`). */ export type ByteVector = Vector<4>;
/** A short vector (`1 2h`). */ export type ShortVector = Vector<5>;
/** An int vector (`1 2i`). */ export type IntVector = Vector<6>;
/** A long vector (`1 2`). */ export type LongVector = Vector<7>;
/** A real vector (`1 2e`). */ export type RealVector = Vector<8>;
/** A float vector (`1 2f`). */ export type FloatVector = Vector<9>;
/** A char vector, i.e. a q string (`"ab"`). */ export type CharVector = Vector<10>;
/** A symbol vector (`` `a`b ``). */ export type SymbolVector = Vector<11>;
/** A timestamp vector. */ export type TimestampVector = Vector<12>;
/** A month vector. */ export type MonthVector = Vector<13>;
/** A date vector. */ export type DateVector = Vector<14>;
/** A datetime vector. */ export type DatetimeVector = Vector<15>;
/** A timespan vector. */ export type TimespanVector = Vector<16>;
/** A minute vector. */ export type MinuteVector = Vector<17>;
/** A second vector. */ export type SecondVector = Vector<18>;
/** A time vector. */ export type TimeVector = Vector<19>;
