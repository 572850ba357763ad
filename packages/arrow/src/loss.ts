import { QError } from '@qts/types';

/** What a lossy conversion does when it loses something. */
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
  | 'out-of-spec';

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

  /** @param policy - what to do on each loss. */
  constructor(private readonly policy: OnLossy) {}

  /** Record `count` items of one kind of loss; nothing happens for a count of 0. */
  add(kind: LossKind, column: string, count: number, sample: unknown, message: string): void {
    if (count <= 0) return;
    const entry: LossEntry = { kind, column, count, sample, message };
    if (this.policy === 'throw') throw new LossyConversionError(entry);
    if (this.policy === 'warn') {
      console.warn(`@qts/arrow: ${column || '(vector)'}: ${message} (${count} items, ${kind})`);
    }
    this.entries.push(entry);
  }
}
