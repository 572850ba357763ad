/** Danfo DataFrames and Series back to q, typed by the sidecar or `options.meta`. */
import { Dictionary, KeyedTable, QError, Table, Vector, type Attribute, type K } from '@qts/types';
import { DataFrame, Series, internals } from '../danfo-internals.js';
import { LossLog } from '@qts/types';
import type { FromDanfoOptions } from '../options.js';
import { qmetaOf, type QMeta } from '../qmeta.js';
import { keepReport, type ConversionResult } from '@qts/types';
import { cellsToQ, type CellsContext } from './cells-to-q.js';

/**
 * Convert a Danfo DataFrame or Series to q and return what was lost alongside (`onLossy`,
 * default `'report'`). A frame made by `toDanfo` comes back with its q types; `options.meta`
 * supplies them for other frames. Without either, types are inferred from the values.
 * @throws QError `type` for anything that is not a Danfo DataFrame or Series.
 */
export function fromDanfoWithReport(
  frame: DataFrame | Series,
  options: FromDanfoOptions = {},
): ConversionResult<K> {
  const log = new LossLog(options.onLossy ?? 'report', '@qts/danfo');
  const meta = { ...(qmetaOf(frame) ?? {}), ...(options.meta ?? {}) };
  const value = convert(frame, meta, { log, column: '', strings: options.strings ?? 'symbol' });
  return { value, report: log.entries };
}

/**
 * Convert a Danfo DataFrame or Series to q (see {@link fromDanfoWithReport}); losses warn by
 * default, and the report stays readable through `lossReport(value)`.
 */
export function fromDanfo(frame: DataFrame | Series, options: FromDanfoOptions = {}): K {
  return keepReport(fromDanfoWithReport(frame, { ...options, onLossy: options.onLossy ?? 'warn' }));
}

function isRangeIndex(index: readonly (string | number)[]): boolean {
  for (let i = 0; i < index.length; i++) if (index[i] !== i) return false;
  return true;
}

function withAttr(k: K, attr: Attribute | undefined): K {
  return attr && k instanceof Vector ? k.withAttribute(attr) : k;
}

function convert(frame: DataFrame | Series, meta: QMeta, ctx: CellsContext): K {
  if (!(frame instanceof DataFrame || frame instanceof Series)) {
    throw new QError('type', 'fromDanfo takes a Danfo DataFrame or Series');
  }
  const f = internals(frame);
  const types = meta.types ?? {};
  if (f.$isSeries) {
    const values = withAttr(cellsToQ(f.$data as unknown[], types[''], ctx), meta.attrs?.['']);
    if (meta.shape === 'dict' || (meta.shape !== 'list' && !isRangeIndex(f.$index))) {
      const keys = cellsToQ(f.$index, meta.indexType, { ...ctx, column: 'key' });
      return new Dictionary(keys, values);
    }
    return values;
  }
  const renamed = meta.renamed ?? {};
  const names = f.$columns.map((c) => renamed[c] ?? c);
  const columns = f.$dataIncolumnFormat as unknown[][];
  const n = f.$index.length;
  const lists = names.map((name, j) =>
    withAttr(
      cellsToQ(columns[j] ?? new Array<unknown>(n).fill(null), types[name], {
        ...ctx,
        column: name,
      }),
      meta.attrs?.[name],
    ),
  );
  const keys = meta.keys ?? [];
  if (meta.keyInIndex && keys.length === 1) {
    const key = keys[0]!;
    const keyList = withAttr(
      cellsToQ(f.$index, types[key], { ...ctx, column: key }),
      meta.attrs?.[key],
    );
    return new KeyedTable(new Table([key], [keyList]), new Table(names, lists));
  }
  if (meta.shape === 'keyed' && keys.length > 0 && keys.every((k) => names.includes(k))) {
    const keyIdx = keys.map((k) => names.indexOf(k));
    const valIdx = names.map((_, i) => i).filter((i) => !keyIdx.includes(i));
    return new KeyedTable(
      new Table(
        keys,
        keyIdx.map((i) => lists[i]!),
      ),
      new Table(
        valIdx.map((i) => names[i]!),
        valIdx.map((i) => lists[i]!),
      ),
    );
  }
  if (meta.shape === undefined && !isRangeIndex(f.$index)) {
    const keyName = names.includes('index') ? 'index_' : 'index';
    const keyList = cellsToQ(f.$index, undefined, { ...ctx, column: keyName });
    return new KeyedTable(new Table([keyName], [keyList]), new Table(names, lists));
  }
  return new Table(names, lists);
}
