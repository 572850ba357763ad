/**
 * The q-type sidecar (qPython's `meta`): what a DataFrame cannot say about the q value it came
 * from. `toDanfo` attaches one to each frame it makes; `fromDanfo` reads it back, or takes one
 * in `options.meta` for frames made elsewhere (Danfo operations return new frames, which have none).
 */
import type { Attribute } from '@qts/types';

/** q types and shape of a frame's columns. */
export interface QMeta {
  /** The q value's shape: a table, keyed table, dictionary (Series with an index) or a list (Series). */
  readonly shape?: 'table' | 'keyed' | 'dict' | 'list';
  /** q type char per column name (frame name): `j`, `p`, `s`, `C` for strings, `0` for a general list... */
  readonly types?: Readonly<Record<string, string>>;
  /** Key column names (original q names) of a keyed table, in order. */
  readonly keys?: readonly string[];
  /** True when the single key column is the frame's index rather than a column. */
  readonly keyInIndex?: boolean;
  /** q attributes per column. */
  readonly attrs?: Readonly<Record<string, Attribute>>;
  /** Frame column name → original q name, for columns renamed because they broke Danfo. */
  readonly renamed?: Readonly<Record<string, string>>;
  /** The q type char of a dictionary's keys when they are the Series index. */
  readonly indexType?: string;
}

const sidecars = new WeakMap<object, QMeta>();

/** Attach a sidecar to a frame (replacing any). */
export function attachQMeta(frame: object, meta: QMeta): void {
  sidecars.set(frame, meta);
}

/** The sidecar `toDanfo` attached to this frame, if any. */
export function qmetaOf(frame: object): QMeta | undefined {
  return sidecars.get(frame);
}
