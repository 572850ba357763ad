/**
 * Loss reports shared by every converter (`@qts/arrow`, `@qts/danfo`): a conversion is
 * either exact or says what it could not keep, per column and kind, under one `onLossy`
 * policy.
 *
 * @packageDocumentation
 */
import { QError } from './error.js';

/** What a conversion does when it loses something: collect it, also warn, or stop. */
export type OnLossy = 'report' | 'warn' | 'throw';

/** The kinds of loss a conversion can report. */
export type LossKind =
  | 'precision'
  | 'range'
  | 'infinity'
  | 'null-collision'
  | 'null-dropped'
  | 'tz-dropped'
  | 'type-changed'
  | 'encoding'
  | 'out-of-spec'
  | 'renamed';

/** One thing a conversion could not keep exactly, counted per column. */
export interface LossEntry {
  /** What was lost. */
  readonly kind: LossKind;
  /** Column (or field path, `parent.child`); `''` for a bare vector. */
  readonly column: string;
  /** How many items were affected. */
  readonly count: number;
  /** One affected item, as it was before the conversion. */
  readonly sample?: unknown;
  /** Human explanation. */
  readonly message: string;
}

/** Thrown under `onLossy: 'throw'` at the first loss; `entry` says what it was. */
export class LossyConversionError extends QError {
  override readonly name: string = 'LossyConversionError';

  /** @param entry - the loss that stopped the conversion. */
  constructor(readonly entry: LossEntry) {
    super('lossy', `${entry.column || '(vector)'}: ${entry.message} (${entry.count} items)`);
  }
}

/** Collects the losses of one conversion and applies the `onLossy` policy. */
export class LossLog {
  /** Entries in the order they were found. */
  readonly entries: LossEntry[] = [];

  /**
   * @param policy - what to do on each loss.
   * @param source - who converts, named in warnings (`'@qts/arrow'`).
   */
  constructor(
    private readonly policy: OnLossy,
    private readonly source: string,
  ) {}

  /** Record `count` items of one kind of loss; nothing happens for a count of 0. */
  add(kind: LossKind, column: string, count: number, sample: unknown, message: string): void {
    if (count <= 0) return;
    const entry: LossEntry = { kind, column, count, sample, message };
    if (this.policy === 'throw') throw new LossyConversionError(entry);
    if (this.policy === 'warn') {
      console.warn(`${this.source}: ${column || '(vector)'}: ${message} (${count} items, ${kind})`);
    }
    this.entries.push(entry);
  }
}

/** A converted value together with what the conversion lost (empty when it was exact). */
export interface ConversionResult<T> {
  /** The converted value. */
  readonly value: T;
  /** One entry per column and kind of loss. */
  readonly report: readonly LossEntry[];
}

const reports = new WeakMap<object, readonly LossEntry[]>();

/** Remember the report of a conversion under its result object, and return the value. */
export function keepReport<T>(result: ConversionResult<T>): T {
  if (typeof result.value === 'object' && result.value !== null) {
    reports.set(result.value, result.report);
  }
  return result.value;
}

/**
 * The loss report of a value returned by a converter's plain form (`toArrow`, `toDanfo`...):
 * what it would otherwise only warn about. `undefined` for a value no converter produced.
 */
export function lossReport(value: object): readonly LossEntry[] | undefined {
  return reports.get(value);
}
