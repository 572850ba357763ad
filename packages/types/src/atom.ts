import { K } from './k.js';
import { isInfRaw, isNullRaw } from './nulls.js';
import { TYPES, type BasicCode, type RawOf, type TypeInfo } from './type-table.js';

/** Negative type code of the atom of each basic type. */
export interface AtomCodeOf {
  1: -1;
  2: -2;
  4: -4;
  5: -5;
  6: -6;
  7: -7;
  8: -8;
  9: -9;
  10: -10;
  11: -11;
  12: -12;
  13: -13;
  14: -14;
  15: -15;
  16: -16;
  17: -17;
  18: -18;
  19: -19;
}

/**
 * An atom of a basic q type. `value` is the raw item in q's representation (see
 * {@link RawOf}): a timestamp atom holds nanoseconds since 2000.01.01 as a `bigint`,
 * a char atom its byte, a guid its 16 bytes.
 *
 * @typeParam C - the positive type code; `type` is its negation.
 */
export class Atom<C extends BasicCode = BasicCode> extends K {
  /** q type number: the negated basic code, e.g. -7 for a long. */
  readonly type: AtomCodeOf[C];

  /**
   * Wrap a raw item. Prefer the typed constructors (`K.long(1)`) which convert JS values.
   * @param code - positive basic type code.
   * @param value - the raw item, in q's representation.
   */
  constructor(
    code: C,
    readonly value: RawOf[C],
  ) {
    super();
    this.type = -code as AtomCodeOf[C];
  }

  /** Positive basic type code of this atom. */
  get code(): C {
    return -this.type as C;
  }

  /** The type table entry for this atom's type. */
  get info(): TypeInfo<C> {
    return TYPES[this.code];
  }

  /** An atom counts as one item. */
  get length(): number {
    return 1;
  }

  /** True if this atom is q's null for its type. */
  get isNull(): boolean {
    return isNullRaw(this.code, this.value);
  }

  /** True if this atom is q's positive or negative infinity for its type. */
  get isInf(): boolean {
    return isInfRaw(this.code, this.value);
  }
}

/** Atom type of the 18 basic types, as one discriminated union on `type`. */
export type AnyAtom = { [C in BasicCode]: Atom<C> }[BasicCode];

/** A boolean atom (`1b`). */ export type BooleanAtom = Atom<1>;
/** A guid atom. */ export type GuidAtom = Atom<2>;
/** A byte atom (`0x2a`). */ export type ByteAtom = Atom<4>;
/** A short atom (`1h`). */ export type ShortAtom = Atom<5>;
/** An int atom (`1i`). */ export type IntAtom = Atom<6>;
/** A long atom (`1`). */ export type LongAtom = Atom<7>;
/** A real atom (`1e`). */ export type RealAtom = Atom<8>;
/** A float atom (`1f`). */ export type FloatAtom = Atom<9>;
/** A char atom (`"a"`). */ export type CharAtom = Atom<10>;
/** A symbol atom (`` `a ``). */ export type SymbolAtom = Atom<11>;
/** A timestamp atom (`2000.01.01D00:00:00.000000000`). */ export type TimestampAtom = Atom<12>;
/** A month atom (`2000.01m`). */ export type MonthAtom = Atom<13>;
/** A date atom (`2000.01.01`). */ export type DateAtom = Atom<14>;
/** A datetime atom (`2000.01.01T00:00:00.000`). */ export type DatetimeAtom = Atom<15>;
/** A timespan atom (`0D00:00:00.000000000`). */ export type TimespanAtom = Atom<16>;
/** A minute atom (`00:00`). */ export type MinuteAtom = Atom<17>;
/** A second atom (`00:00:00`). */ export type SecondAtom = Atom<18>;
/** A time atom (`00:00:00.000`). */ export type TimeAtom = Atom<19>;
