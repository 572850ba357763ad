/**
 * Typed access to Danfo 1.2's internal fields. Columns become own properties of a frame and
 * can shadow the public API (`size`, `values`, `shape`...), so reading goes through these
 * fields, which no column name reaches once the reserved names are renamed.
 */
import { DataFrame, Series } from 'danfojs-node';

/** The internal state of an NDframe (DataFrame or Series). */
export interface FrameInternals {
  readonly $columns: string[];
  readonly $dtypes: string[];
  readonly $index: (string | number)[];
  readonly $data: unknown[] | unknown[][];
  readonly $dataIncolumnFormat: unknown[] | unknown[][];
  readonly $isSeries: boolean;
}

/** The internals of a frame. */
export function internals(frame: DataFrame | Series): FrameInternals {
  return frame as unknown as FrameInternals;
}

/** Column names that break Danfo itself (construction, `columns`, `shape`, printing, `head`) or its internal fields. */
export function isReservedName(name: string): boolean {
  return name.startsWith('$') || RESERVED.has(name);
}

const RESERVED = new Set(['columns', 'values', 'index', 'shape', 'dtypes', 'toString', 'head']);

export { DataFrame, Series };
