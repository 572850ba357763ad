/** Arrow to q: a Table (with `kdb.shape`) to a table, keyed table or dictionary; a Vector to a list. */
import {
  isArrowRecordBatch,
  isArrowTable,
  isArrowVector,
  type RecordBatch,
  type Table as ArrowTable,
  type Vector as ArrowVector,
} from 'apache-arrow';
import { Dictionary, KeyedTable, QError, Table, type K } from '@qts/types';
import { LossLog } from '@qts/types';
import { KDB_KEYS, KDB_SHAPE, KDB_SORTED, KDB_TYPE } from '../metadata.js';
import type { FromArrowOptions } from '../options.js';
import { keepReport, type ConversionResult } from '@qts/types';
import { columnToQ } from './column.js';
import { columnIn, resolveFromArrowOptions, type FromArrowContext } from './context.js';
import { flattenStruct } from './nested.js';

/** Anything {@link fromArrow} reads. */
export type ArrowInput = ArrowTable | RecordBatch | ArrowVector;

/**
 * Convert Arrow data to q and return what was lost alongside (`onLossy`, default `'report'`).
 * A Table or RecordBatch gives a table, or the keyed table / dictionary its `kdb.shape` says;
 * a Vector gives a list (a Struct vector gives a table).
 * @throws QError `type` for Arrow types q cannot hold; `LossyConversionError` under `'throw'`.
 */
export function fromArrowWithReport(
  input: ArrowInput,
  options: FromArrowOptions = {},
): ConversionResult<K> {
  const log = new LossLog(options.onLossy ?? 'report', '@qts/arrow');
  const ctx: FromArrowContext = {
    options: resolveFromArrowOptions(options),
    log,
    column: '',
    hint: options.type,
  };
  return { value: convert(input, ctx), report: log.entries };
}

/**
 * Convert Arrow data to q (see {@link fromArrowWithReport}); losses warn by default, and the
 * report stays readable through `lossReport(result)`.
 */
export function fromArrow(input: ArrowInput, options: FromArrowOptions = {}): K {
  return keepReport(fromArrowWithReport(input, { ...options, onLossy: options.onLossy ?? 'warn' }));
}

function convert(input: ArrowInput, ctx: FromArrowContext): K {
  if (isArrowVector(input)) {
    const v = input as ArrowVector;
    const col = columnIn({ type: v.type, metadata: new Map() }, v.data);
    if (v.type.typeId === 13) {
      const flat = flattenStruct('', col, ctx, columnToQ);
      return new Table(flat.names, flat.lists);
    }
    return columnToQ(col, ctx);
  }
  if (isArrowTable(input) || isArrowRecordBatch(input))
    return tableToQ(input as ArrowTable | RecordBatch, ctx);
  throw new QError('type', 'fromArrow takes an Arrow Table, RecordBatch or Vector');
}

function tableToQ(t: ArrowTable | RecordBatch, ctx: FromArrowContext): K {
  const md = ctx.options.useMetadata ? t.schema.metadata : new Map<string, string>();
  const names: string[] = [];
  const lists: K[] = [];
  t.schema.fields.forEach((f, j) => {
    const child = t.getChildAt(j);
    const col = columnIn(f, child === null ? [] : child.data);
    if (f.type.typeId === 13 && ctx.options.struct === 'flatten') {
      const flat = flattenStruct(f.name, col, ctx, columnToQ);
      names.push(...flat.names);
      lists.push(...flat.lists);
      return;
    }
    const hint = ctx.options.useMetadata ? f.metadata.get(KDB_TYPE) : undefined;
    names.push(f.name);
    lists.push(columnToQ(col, { ...ctx, column: f.name, hint }));
  });
  const shape = md.get(KDB_SHAPE);
  const sorted = md.get(KDB_SORTED) === '1';
  if (shape === 'dict' && names.length === 2) return new Dictionary(lists[0]!, lists[1]!, sorted);
  if (shape === 'keyed') {
    const keys = parseKeys(md.get(KDB_KEYS), names);
    if (keys.length > 0 && keys.length < names.length) {
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
    ctx.log.add(
      'out-of-spec',
      '',
      1,
      md.get(KDB_KEYS),
      'kdb.keys does not name key columns: read as a plain table',
    );
  }
  return new Table(names, lists);
}

function parseKeys(text: string | undefined, names: readonly string[]): string[] {
  if (text === undefined) return [];
  try {
    const keys: unknown = JSON.parse(text);
    if (Array.isArray(keys) && keys.every((k) => typeof k === 'string' && names.includes(k)))
      return keys as string[];
  } catch {
    // malformed metadata falls through to the plain table below
  }
  return [];
}
