import type { Data } from 'apache-arrow';
import type { LossLog } from '@qts/types';
import type { ToArrowOptions } from '../options.js';

/** {@link ToArrowOptions} with every default filled in. */
export type ResolvedToArrowOptions = Required<Omit<ToArrowOptions, 'onLossy' | 'timezone'>> & {
  readonly timezone: string | null;
};

/** Fill in the defaults of {@link ToArrowOptions}. */
export function resolveToArrowOptions(options: ToArrowOptions): ResolvedToArrowOptions {
  return {
    symbol: options.symbol ?? 'dictionary',
    strings: options.strings ?? 'utf8',
    char: options.char ?? 'utf8',
    byte: options.byte ?? 'uint8',
    floatNull: options.floatNull ?? 'null',
    guidNull: options.guidNull ?? 'null',
    intInfinity: options.intInfinity ?? 'value',
    temporalInf: options.temporalInf ?? 'null',
    timezone: options.timezone ?? null,
    time: options.time ?? 'time',
    metadata: options.metadata ?? true,
  };
}

/** What every column converter needs: the options, where losses go, and the column's name. */
export interface ToArrowContext {
  /** Options with defaults. */
  readonly options: ResolvedToArrowOptions;
  /** Loss collector of this conversion. */
  readonly log: LossLog;
  /** Column (field path) being converted, for reports. */
  readonly column: string;
}

/** One converted column: its Arrow data and the field metadata that lets it come back as q. */
export interface ArrowColumn {
  /** The Arrow data (one chunk). */
  readonly data: Data;
  /** Field metadata (`kdb.*`, extension names); empty when metadata is off. */
  readonly metadata: Map<string, string>;
}
