/** q tables, keyed tables, dictionaries and lists to Danfo DataFrames and Series. */
import { Atom, Dictionary, QError, Table, type Attribute, type K } from '@qts/types';
import { DataFrame, Series, isReservedName } from '../danfo-internals.js';
import { LossLog } from '@qts/types';
import type { ToDanfoOptions } from '../options.js';
import { attachQMeta, type QMeta } from '../qmeta.js';
import { keepReport, type ConversionResult } from '@qts/types';
import { columnToCells } from './cells.js';
import { resolveToDanfoOptions, type DanfoColumn, type ToDanfoContext } from './context.js';

/** What {@link toDanfo} gives: a DataFrame for tables and keyed tables, a Series otherwise. */
export type DanfoOf<T extends K> = T extends Table
  ? DataFrame
  : T extends Dictionary<Table, Table>
    ? DataFrame
    : Series;

/**
 * Convert a q value to Danfo and return what was lost alongside (`onLossy`, default
 * `'report'`). Dtypes are always given explicitly; the q types travel in a sidecar
 * ({@link qmetaOf}) so {@link fromDanfo} restores them.
 * @throws QError `type` for atoms, functions and other values with no Danfo form.
 */
export function toDanfoWithReport<T extends K>(
  value: T,
  options: ToDanfoOptions = {},
): ConversionResult<DanfoOf<T>> {
  const log = new LossLog(options.onLossy ?? 'report', '@qts/danfo');
  const ctx: ToDanfoContext = { options: resolveToDanfoOptions(options), log, column: '' };
  return { value: convert(value, ctx) as DanfoOf<T>, report: log.entries };
}

/**
 * Convert a q value to Danfo (see {@link toDanfoWithReport}); losses warn by default, and the
 * report stays readable through `lossReport(frame)`.
 */
export function toDanfo<T extends K>(value: T, options: ToDanfoOptions = {}): DanfoOf<T> {
  return keepReport(toDanfoWithReport(value, { ...options, onLossy: options.onLossy ?? 'warn' }));
}

function convert(value: K, ctx: ToDanfoContext): DataFrame | Series {
  if (value instanceof Table) return frameOf(value.columns, value.data, ctx, { shape: 'table' });
  if (value instanceof Dictionary) {
    if (value.keys instanceof Table && value.values instanceof Table)
      return keyedFrame(value.keys, value.values, ctx);
    return dictSeries(value, ctx);
  }
  if (value instanceof Atom || value.type >= 98 || value.type < 0) {
    throw new QError(
      'type',
      `a ${value.type}h value has no Danfo form: pass a table, dictionary or list`,
    );
  }
  const col = columnToCells(value, ctx);
  const series = makeSeries(col, undefined);
  attachQMeta(series, { shape: 'list', types: { '': col.qtype }, attrs: attrsOf([''], [value]) });
  return series;
}

function makeSeries(col: DanfoColumn, index: (string | number)[] | undefined): Series {
  const config = { dtypes: [col.dtype], columns: ['0'], ...(index ? { index } : {}) };
  return new Series(col.cells, config);
}

function attrsOf(names: readonly string[], lists: readonly K[]): Record<string, Attribute> {
  const attrs: Record<string, Attribute> = {};
  lists.forEach((k, i) => {
    const a = (k as { attribute?: Attribute }).attribute;
    if (a) attrs[names[i]!] = a;
  });
  return attrs;
}

/** Names Danfo can hold: reserved ones get a `_` suffix (reported), and the sidecar maps them back. */
function frameNames(
  names: readonly string[],
  ctx: ToDanfoContext,
): { frame: string[]; renamed: Record<string, string> } {
  const taken = new Set(names);
  const renamed: Record<string, string> = {};
  const frame = names.map((name) => {
    if (!isReservedName(name)) return name;
    // a suffix cannot un-reserve a `$` name, a prefix can
    let alt = name.startsWith('$') ? `_${name}` : `${name}_`;
    while (taken.has(alt) || isReservedName(alt)) alt += '_';
    taken.add(alt);
    renamed[alt] = name;
    ctx.log.add(
      'renamed',
      name,
      1,
      alt,
      `column ${JSON.stringify(name)} breaks Danfo: renamed ${JSON.stringify(alt)}`,
    );
    return alt;
  });
  return { frame, renamed };
}

function frameOf(
  names: readonly string[],
  lists: readonly K[],
  ctx: ToDanfoContext,
  meta: QMeta,
  index?: (string | number)[],
): DataFrame {
  const cols = lists.map((k, i) => columnToCells(k, { ...ctx, column: names[i]! }));
  const { frame, renamed } = frameNames(names, ctx);
  const n = lists[0]?.length ?? 0;
  const rows = new Array<unknown[]>(n);
  const width = cols.length;
  for (let r = 0; r < n; r++) {
    const row = new Array<unknown>(width);
    for (let c = 0; c < width; c++) row[c] = cols[c]!.cells[r];
    rows[r] = row;
  }
  const df = new DataFrame(rows, {
    columns: frame,
    dtypes: cols.map((c) => c.dtype),
    ...(index ? { index } : {}),
  });
  const types: Record<string, string> = { ...(meta.types ?? {}) };
  cols.forEach((c, i) => (types[names[i]!] = c.qtype));
  attachQMeta(df, {
    ...meta,
    types,
    attrs: { ...(meta.attrs ?? {}), ...attrsOf(names, lists) },
    renamed,
  });
  return df;
}

function keyedFrame(keys: Table, values: Table, ctx: ToDanfoContext): DataFrame {
  const meta: QMeta = { shape: 'keyed', keys: keys.columns };
  if (ctx.options.keyed === 'auto' && keys.columns.length === 1) {
    const key = columnToCells(keys.data[0]!, { ...ctx, column: keys.columns[0]! });
    const index = key.cells;
    const usable = index.every(
      (x) => typeof x === 'string' || (typeof x === 'number' && !Number.isNaN(x)),
    );
    if (usable && new Set(index).size === index.length && values.columns.length > 0) {
      return frameOf(
        values.columns,
        values.data,
        ctx,
        {
          ...meta,
          keyInIndex: true,
          types: { [keys.columns[0]!]: key.qtype },
          attrs: attrsOf(keys.columns, keys.data),
        },
        index as (string | number)[],
      );
    }
  }
  return frameOf([...keys.columns, ...values.columns], [...keys.data, ...values.data], ctx, meta);
}

function dictSeries(d: Dictionary, ctx: ToDanfoContext): Series {
  const keys = columnToCells(d.keys, { ...ctx, column: 'key' });
  const values = columnToCells(d.values, { ...ctx, column: 'value' });
  const index = keys.cells;
  const usable = index.every((x) => typeof x === 'string' || typeof x === 'number');
  if (!usable || new Set(index).size !== index.length) {
    throw new QError(
      'type',
      'dictionary keys must be unique strings or numbers to be a Series index',
    );
  }
  const series = makeSeries(values, index as (string | number)[]);
  attachQMeta(series, { shape: 'dict', types: { '': values.qtype }, indexType: keys.qtype });
  return series;
}
