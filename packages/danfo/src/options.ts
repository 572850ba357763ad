import type { OnLossy } from '@qts/types';
import type { QMeta } from './qmeta.js';

/** Choices for q → Danfo ({@link toDanfo}). */
export interface ToDanfoOptions {
  /** Longs as numbers (default; beyond ±2^53 reported), decimal strings (exact), or bigints (exact, but Danfo cannot compute on them). */
  readonly long?: 'number' | 'string' | 'bigint';
  /** Timestamps as `Date` (default; sub-millisecond digits reported), ISO text with nanoseconds, epoch-ms numbers, or epoch-ns bigints. */
  readonly timestamp?: 'date' | 'iso-ns' | 'number-ms' | 'bigint-ns';
  /** Timespans as numbers of ns (default; beyond ±2^53 reported) or ISO duration text. */
  readonly timespan?: 'number-ns' | 'string';
  /** Integer infinities as ±Infinity (default) or their raw values. */
  readonly intInfinity?: 'infinity' | 'raw';
  /** The null symbol as `null` (default, so `isNa` sees it) or `''`. */
  readonly symbolNull?: 'null' | 'empty';
  /** A keyed table's single unique key as the frame index (default `'auto'`), or always as columns. */
  readonly keyed?: 'auto' | 'columns';
  /** What to do on a loss: collect it (default for the `WithReport` form), warn (default for `toDanfo`), or throw. */
  readonly onLossy?: OnLossy;
}

/** Choices for Danfo → q ({@link fromDanfo}). */
export interface FromDanfoOptions {
  /** q types for a frame `toDanfo` did not make (its sidecar is used otherwise; this wins over it). */
  readonly meta?: QMeta;
  /** Strings without a q type hint as symbols (default) or q strings. */
  readonly strings?: 'symbol' | 'string';
  /** What to do on a loss: collect it (default for the `WithReport` form), warn (default for `fromDanfo`), or throw. */
  readonly onLossy?: OnLossy;
}
