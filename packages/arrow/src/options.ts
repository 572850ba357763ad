import type { OnLossy } from '@qts/types';

/** Choices for q → Arrow ({@link toArrow}); defaults in the README's mapping table. */
export interface ToArrowOptions {
  /** Symbols as `Dictionary<Int32, Utf8>` (default) or plain `Utf8`. */
  readonly symbol?: 'dictionary' | 'utf8';
  /** Lists of char vectors as `Utf8` (default; invalid UTF-8 falls back to `Binary`, reported) or `Binary`. */
  readonly strings?: 'utf8' | 'binary';
  /** A char vector used as a column: one-character `Utf8` strings (latin-1, default) or `Uint8` bytes. */
  readonly char?: 'utf8' | 'uint8';
  /** Bytes as `Uint8` (default) or reinterpreted as `Int8` (arrowkdb's choice). */
  readonly byte?: 'uint8' | 'int8';
  /** Real/float/datetime NaN as an Arrow null (default) or left as a NaN value with no validity bitmap. */
  readonly floatNull?: 'null' | 'nan';
  /** The null guid as an Arrow null (default) or as 16 zero bytes. */
  readonly guidNull?: 'null' | 'value';
  /** Short/int/long infinities kept as their values (default) or written as Arrow nulls (reported). */
  readonly intInfinity?: 'value' | 'null';
  /** Temporal infinities and out-of-range values: Arrow null (default, reported), clamped to the Arrow type's extremes, or an error. */
  readonly temporalInf?: 'null' | 'clamp' | 'error';
  /** Time zone stamped on Timestamp types, without shifting the values; default none. */
  readonly timezone?: string | null;
  /** Minute/second/time as `Time32` (default) or `Duration` (for values outside a day). */
  readonly time?: 'time' | 'duration';
  /** Write `kdb.*` field and schema metadata and the `arrow.uuid` extension name (default true). */
  readonly metadata?: boolean;
  /** What to do on a loss: collect it (default for the `WithReport` forms), warn (default for `toArrow`), or throw. */
  readonly onLossy?: OnLossy;
}

/** Choices for Arrow → q ({@link fromArrow}); `kdb.*` metadata overrides the structural defaults. */
export interface FromArrowOptions {
  /** Utf8 columns without a `kdb.type` as symbols (default) or q strings (lists of char vectors). */
  readonly utf8?: 'symbol' | 'string';
  /** Uint64 values above q's largest long: an error (default), clamped to `0W` minus one, or the column as floats. */
  readonly uint64?: 'error' | 'clamp' | 'float';
  /** Decimals as floats (default, reported where inexact) or as q strings (exact text). */
  readonly decimal?: 'float' | 'string';
  /** Struct columns flattened to `parent.child` columns (default) or a list of dictionaries. */
  readonly struct?: 'flatten' | 'dicts';
  /** Timestamps outside q's range: clamped to `±0Wp` (default), null, or an error. */
  readonly temporalInf?: 'clamp' | 'null' | 'error';
  /** Read `kdb.*` metadata (default true). */
  readonly useMetadata?: boolean;
  /** q type char for a bare Vector, which has no field metadata (e.g. `'m'` for months sent as Date32). */
  readonly type?: string;
  /** What to do on a loss: collect it (default for `fromArrowWithReport`), warn (default for `fromArrow`), or throw. */
  readonly onLossy?: OnLossy;
}
