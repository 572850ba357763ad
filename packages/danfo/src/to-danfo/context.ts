import type { LossLog } from '@qts/types';
import type { ToDanfoOptions } from '../options.js';

/** {@link ToDanfoOptions} with defaults filled in. */
export type ResolvedToDanfoOptions = Required<Omit<ToDanfoOptions, 'onLossy'>>;

/** Fill in the defaults of {@link ToDanfoOptions}. */
export function resolveToDanfoOptions(o: ToDanfoOptions): ResolvedToDanfoOptions {
  return {
    long: o.long ?? 'number',
    timestamp: o.timestamp ?? 'date',
    timespan: o.timespan ?? 'number-ns',
    intInfinity: o.intInfinity ?? 'infinity',
    symbolNull: o.symbolNull ?? 'null',
    keyed: o.keyed ?? 'auto',
  };
}

/** What the column converters need. */
export interface ToDanfoContext {
  /** Options with defaults. */
  readonly options: ResolvedToDanfoOptions;
  /** Loss collector. */
  readonly log: LossLog;
  /** Column being converted (q name), for reports. */
  readonly column: string;
}

/** Danfo's dtype labels (Danfo 1.2 knows no others). */
export type DanfoDtype = 'int32' | 'float32' | 'string' | 'boolean' | 'datetime';

/** One q column as Danfo cells. */
export interface DanfoColumn {
  /** JS values, one per row. */
  readonly cells: unknown[];
  /** The dtype to declare (never left to Danfo's sniffing). */
  readonly dtype: DanfoDtype;
  /** The q type char for the sidecar. */
  readonly qtype: string;
}
