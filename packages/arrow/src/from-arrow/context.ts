import type { Data, DataType } from 'apache-arrow';
import type { LossLog } from '@qts/types';
import type { FromArrowOptions } from '../options.js';

/** {@link FromArrowOptions} with every default filled in. */
export type ResolvedFromArrowOptions = Required<Omit<FromArrowOptions, 'onLossy' | 'type'>>;

/** Fill in the defaults of {@link FromArrowOptions}. */
export function resolveFromArrowOptions(options: FromArrowOptions): ResolvedFromArrowOptions {
  return {
    utf8: options.utf8 ?? 'symbol',
    uint64: options.uint64 ?? 'error',
    decimal: options.decimal ?? 'float',
    struct: options.struct ?? 'flatten',
    temporalInf: options.temporalInf ?? 'clamp',
    useMetadata: options.useMetadata ?? true,
  };
}

/** One Arrow column as the converters see it: its chunks, type and field metadata. */
export interface ArrowColumnIn {
  /** The chunks, in order, all of `type`. */
  readonly chunks: readonly Data[];
  /** The Arrow type. */
  readonly type: DataType;
  /** Field metadata (empty for a bare Vector). */
  readonly metadata: ReadonlyMap<string, string>;
  /** Total length. */
  readonly length: number;
}

/** What every Arrow → q converter needs. */
export interface FromArrowContext {
  /** Options with defaults. */
  readonly options: ResolvedFromArrowOptions;
  /** Loss collector of this conversion. */
  readonly log: LossLog;
  /** Column (field path) being converted, for reports. */
  readonly column: string;
  /** The `kdb.type` hint for this column (metadata, or the caller's `type` for a bare Vector). */
  readonly hint: string | undefined;
}

/** Build the input of one column from a field and its chunks. */
export function columnIn(
  field: { readonly type: DataType; readonly metadata: ReadonlyMap<string, string> },
  chunks: readonly Data[],
): ArrowColumnIn {
  return {
    chunks,
    type: field.type,
    metadata: field.metadata,
    length: chunks.reduce((n, d) => n + d.length, 0),
  };
}
