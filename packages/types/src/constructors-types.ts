import type { Atom } from './atom.js';
import type { Vector } from './vector.js';
import type {
  Attribute,
  BasicCode,
  RawOf,
  StorageOf,
  TypeCode,
  TypeInfo,
  TypeName,
} from './type-table.js';

/**
 * JS values each typed constructor accepts for one item. Temporal inputs: a `Date`,
 * an ISO-8601, Tok or q-literal string, or a `bigint` of nanoseconds (since 1970-01-01 UTC
 * for timestamp, month, date and datetime; since midnight for minute, second and time; the
 * duration for timespan); minute, second and time also take a `number` count of their own
 * unit since midnight, as `toJS` gives it. `null` always gives q's null for the type.
 */
export interface InputOf {
  1: boolean | 0 | 1;
  2: string;
  4: number;
  5: number;
  6: number;
  7: bigint | number;
  8: number;
  9: number;
  10: string | number;
  11: string;
  12: Date | bigint | string;
  13: Date | bigint | string;
  14: Date | bigint | string;
  15: Date | bigint | string;
  16: bigint | string;
  17: number | bigint | string;
  18: number | bigint | string;
  19: number | bigint | string;
}

/**
 * A typed constructor such as `K.long`: call it with one JS value for an atom, with an
 * array for a vector, or with a TypedArray of the type's storage to adopt it as q's own
 * representation without a copy (for temporal types: units since 2000.01.01).
 */
export interface TypedConstructor<C extends BasicCode> {
  /** One JS value to an atom (`null` for q's null). */
  (value: InputOf[C] | null): Atom<C>;
  /** An array of JS values to a vector, or storage adopted as is. */
  (values: readonly (InputOf[C] | null)[] | StorageOf[C], attribute?: Attribute): Vector<C>;
  /** The type's code. */
  readonly code: C;
  /** The type table entry. */
  readonly info: TypeInfo<C>;
  /** q's null atom of this type (`0Nj`); for boolean and byte, which have none, their zero. */
  readonly null: Atom<C>;
  /** Positive infinity (`0Wj`); throws QError `type` for types without one. */
  readonly inf: Atom<C>;
  /** Negative infinity (`-0Wj`); throws QError `type` for types without one. */
  readonly ninf: Atom<C>;
  /** The empty vector of this type (`` `long$() ``). */
  readonly empty: Vector<C>;
  /** An atom from a raw item in q's representation. */
  atom(raw: RawOf[C]): Atom<C>;
  /** A vector over storage in q's representation, not copied. */
  vector(data: StorageOf[C], attribute?: Attribute): Vector<C>;
}

/** The constructor of each basic type, as attached to `K`. */
export type TypedConstructors = { [C in BasicCode]: TypedConstructor<C> };

/** The constructor of each basic type, by type name (`long`, `timestamp`...). */
export type TypedConstructorsByName = {
  readonly [N in TypeName]: TypedConstructor<(typeof TypeCode)[N]>;
};
