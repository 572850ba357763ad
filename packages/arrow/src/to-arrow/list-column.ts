/**
 * General lists. A list of strings becomes Utf8; a list of vectors of one type (or of general
 * lists) becomes List<T> over the concatenated items; anything else becomes a DenseUnion with
 * one child per kind of item, named and tagged with its q type so symbols and strings stay
 * apart. An empty general list has no item type and becomes Arrow's Null type.
 */
import { DenseUnion, Field, List, Null, makeData, type Data } from 'apache-arrow';
import {
  Atom,
  MixedList,
  QError,
  TYPES,
  Vector,
  type BasicCode,
  type K,
  type StorageOf,
} from '@qts/types';
import type { ArrowColumn, ToArrowContext } from './context.js';
import { stringsColumn } from './text-column.js';

/** Converts any column-shaped K; passed in to avoid a module cycle with the dispatcher. */
export type ConvertColumn = (k: K, ctx: ToArrowContext) => ArrowColumn;

/** The q kind of one item of a general list: `j` atom, `J` vector, `C` string, `0` general list, `::`. */
export function itemKind(k: K, column: string): string {
  if (k instanceof Atom) return TYPES[(k as Atom).code].char;
  if (k instanceof Vector) return TYPES[(k as Vector).type].char.toUpperCase();
  if (k instanceof MixedList) return '0';
  if (k.type === 101) return '::';
  throw new QError('type', `${column || '(vector)'}: a ${k.type}h item has no Arrow form`);
}

/** A general list as Arrow data, and the `kdb.type` that names it. */
export function listColumn(
  list: MixedList,
  ctx: ToArrowContext,
  convert: ConvertColumn,
): { data: Data; kdbType: string } {
  const items = list.items;
  if (items.length === 0)
    return { data: makeData({ type: new Null(), length: 0, nullCount: 0 }), kdbType: '0' };
  const kinds = items.map((k) => itemKind(k, ctx.column));
  const first = kinds[0]!;
  const same = kinds.every((k) => k === first);
  if (same && first === 'C')
    return { data: stringsColumn(items as Vector<10>[], ctx), kdbType: 'C' };
  if (same && (first === '0' || first !== first.toLowerCase())) {
    return { data: nestedList(items, ctx, convert), kdbType: first };
  }
  return { data: denseUnion(items, kinds, ctx, convert), kdbType: '0' };
}

/** List<T>: offsets over one child made of every item's elements. */
function nestedList(items: readonly K[], ctx: ToArrowContext, convert: ConvertColumn): Data {
  const offsets = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) offsets[i + 1] = offsets[i]! + items[i]!.length;
  const child = convert(concatLists(items), { ...ctx, column: `${ctx.column}[]` });
  const field = new Field('item', child.data.type, true, child.metadata);
  return makeData({
    type: new List(field),
    valueOffsets: offsets,
    child: child.data,
    length: items.length,
    nullCount: 0,
  });
}

/** Join vectors of one type, or general lists, into one list. */
function concatLists(items: readonly K[]): K {
  if (items[0] instanceof MixedList)
    return new MixedList(items.flatMap((m) => (m as MixedList).items));
  const type = (items[0] as Vector).type;
  if (type === 11)
    return new Vector(
      11,
      items.flatMap((v) => (v as Vector<11>).data),
    );
  const total = items.reduce((n, v) => n + v.length, 0);
  const out = TYPES[type].alloc(total) as Exclude<StorageOf[BasicCode], string[]>;
  let at = 0;
  for (const v of items) {
    const d = (v as Vector).data as typeof out;
    (out as Uint8Array).set(d as Uint8Array, at);
    at += d.length;
  }
  return new Vector(type, out as StorageOf[typeof type]);
}

/** Atoms of one type as a vector. */
function atomsToVector(atoms: readonly Atom[]): Vector {
  const code = atoms[0]!.code;
  if (code === 11)
    return new Vector(
      11,
      atoms.map((a) => a.value as string),
    );
  const out = TYPES[code].alloc(atoms.length) as Exclude<StorageOf[BasicCode], string[]>;
  if (code === 2) atoms.forEach((a, i) => (out as Uint8Array).set(a.value as Uint8Array, i * 16));
  else atoms.forEach((a, i) => ((out as unknown as unknown[])[i] = a.value));
  return new Vector(code, out as StorageOf[typeof code]);
}

/** DenseUnion: one child per kind of item; child i holds the items of its kind in order. */
function denseUnion(
  items: readonly K[],
  kinds: readonly string[],
  ctx: ToArrowContext,
  convert: ConvertColumn,
): Data {
  const order = [...new Set(kinds)];
  if (order.length > 127) throw new QError('limit', `${ctx.column}: more than 127 item kinds`);
  const typeIds = new Int8Array(items.length);
  const offsets = new Int32Array(items.length);
  const groups: K[][] = order.map(() => []);
  for (let i = 0; i < items.length; i++) {
    const id = order.indexOf(kinds[i]!);
    typeIds[i] = id;
    offsets[i] = groups[id]!.length;
    groups[id]!.push(items[i]!);
  }
  const children = order.map((kind, id) => {
    const group = groups[id]!;
    const childCtx = { ...ctx, column: `${ctx.column}<${kind}>` };
    if (kind === '::') {
      const data = makeData({ type: new Null(), length: group.length, nullCount: 0 });
      return { data, metadata: new Map(ctx.options.metadata ? [['kdb.type', '::']] : []) };
    }
    const asList =
      kind === kind.toLowerCase() && kind !== '0'
        ? atomsToVector(group as Atom[])
        : new MixedList(group);
    return convert(asList, childCtx);
  });
  const fields = children.map((c, id) => new Field(order[id]!, c.data.type, true, c.metadata));
  return makeData({
    type: new DenseUnion(
      order.map((_, id) => id),
      fields,
    ),
    typeIds,
    valueOffsets: offsets,
    children: children.map((c) => c.data),
    length: items.length,
    nullCount: 0,
  });
}
