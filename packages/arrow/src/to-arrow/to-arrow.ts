/** q values to Arrow: tables, keyed tables and dictionaries to a Table; lists to a Vector. */
import {
  Field,
  RecordBatch,
  Schema,
  Struct,
  Table as ArrowTable,
  makeData,
  makeVector,
  type Vector as ArrowVector,
} from 'apache-arrow';
import {
  Atom,
  Dictionary,
  EnumVector,
  MixedList,
  QError,
  TYPES,
  Table,
  Vector,
  type BasicCode,
  type K,
  type StorageOf,
} from '@qts/types';
import { LossLog } from '@qts/types';
import { KDB_KEYS, KDB_SHAPE, KDB_SORTED } from '../metadata.js';
import type { ToArrowOptions } from '../options.js';
import { keepReport, type ConversionResult } from '@qts/types';
import { columnToArrow } from './column.js';
import { resolveToArrowOptions, type ArrowColumn, type ToArrowContext } from './context.js';

/** What {@link toArrow} gives for each kind of q value. */
export type ArrowOf<T extends K> = T extends Table | Dictionary ? ArrowTable : ArrowVector;

/** q types whose Arrow form only says which q type it was through field metadata, which a bare Vector lacks. */
const NEEDS_FIELD = new Set([2, 10, 13, 15, 17]);

/**
 * Convert a q value to Arrow and return what was lost alongside (policy `onLossy`, default
 * `'report'`). Tables, keyed tables and dictionaries give an Arrow `Table` with `kdb.*`
 * metadata; vectors, general lists, enumerations and atoms (as one-item vectors) a `Vector`.
 * @throws QError `type` for values with no Arrow form (functions, errors); `LossyConversionError` under `'throw'`.
 */
export function toArrowWithReport<T extends K>(
  value: T,
  options: ToArrowOptions = {},
): ConversionResult<ArrowOf<T>> {
  const log = new LossLog(options.onLossy ?? 'report', '@qts/arrow');
  const ctx: ToArrowContext = { options: resolveToArrowOptions(options), log, column: '' };
  const result = convert(value, ctx);
  return { value: result as ArrowOf<T>, report: log.entries };
}

/**
 * Convert a q value to Arrow (see {@link toArrowWithReport}); losses warn by default
 * (`onLossy: 'warn'`), and the report stays readable through `lossReport(result)`.
 */
export function toArrow<T extends K>(value: T, options: ToArrowOptions = {}): ArrowOf<T> {
  return keepReport(toArrowWithReport(value, { ...options, onLossy: options.onLossy ?? 'warn' }));
}

function convert(value: K, ctx: ToArrowContext): ArrowTable | ArrowVector {
  if (value instanceof Table)
    return tableOf(value.columns, value.data, ctx, [[KDB_SHAPE, 'table']]);
  if (value instanceof Dictionary) {
    const sorted: [string, string][] = value.type === 127 ? [[KDB_SORTED, '1']] : [];
    if (value.keys instanceof Table && value.values instanceof Table) {
      const keys = value.keys.columns;
      return tableOf(
        [...keys, ...value.values.columns],
        [...value.keys.data, ...value.values.data],
        ctx,
        [[KDB_SHAPE, 'keyed'], [KDB_KEYS, JSON.stringify(keys)], ...sorted],
      );
    }
    return tableOf(['key', 'value'], [value.keys, value.values], ctx, [
      [KDB_SHAPE, 'dict'],
      ...sorted,
    ]);
  }
  const list = value instanceof Atom ? atomAsVector(value) : value;
  if (list instanceof Vector || list instanceof MixedList || list instanceof EnumVector) {
    const col = columnToArrow(list, ctx);
    const kdbType = col.metadata.get('kdb.type');
    if ((list instanceof Vector && NEEDS_FIELD.has(list.type)) || kdbType === 'C') {
      ctx.log.add(
        'type-changed',
        '',
        list.length,
        kdbType,
        `a bare Vector has no field metadata: q type ${kdbType ?? ''} comes back as its structural match`,
      );
    }
    return makeVector(col.data);
  }
  throw new QError('type', `a ${value.type}h value has no Arrow form`);
}

function atomAsVector(a: Atom): Vector {
  const code = a.code as BasicCode;
  if (code === 11) return new Vector(11, [a.value as string]);
  const data = TYPES[code].alloc(1) as Exclude<StorageOf[BasicCode], string[]>;
  if (code === 2) (data as Uint8Array).set(a.value as Uint8Array);
  else (data as unknown as unknown[])[0] = a.value;
  return new Vector(code, data as StorageOf[typeof code]);
}

function tableOf(
  names: readonly string[],
  lists: readonly K[],
  ctx: ToArrowContext,
  schemaMd: [string, string][],
): ArrowTable {
  const cols: ArrowColumn[] = lists.map((k, i) => columnToArrow(k, { ...ctx, column: names[i]! }));
  const fields = cols.map((c, i) => new Field(names[i]!, c.data.type, true, c.metadata));
  const schema = new Schema(fields, new Map(ctx.options.metadata ? schemaMd : []));
  const length = lists[0]?.length ?? 0;
  const struct = makeData({
    type: new Struct(fields),
    length,
    nullCount: 0,
    children: cols.map((c) => c.data),
  });
  return new ArrowTable(schema, [new RecordBatch(schema, struct)]);
}
