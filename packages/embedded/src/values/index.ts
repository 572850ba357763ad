/**
 * q indexing: `x[i]`, `x@i`, `x . (i;j)`: lists by position, dictionaries by key, tables by
 * row or column name, at depth with elided (all) positions.
 */
import { Atom, Dictionary, K, KeyedTable, MixedList, QError, Table, Vector } from '@qts/types';
import { findKeys } from './find.js';
import { compareItems } from '../primitives/order.js';
import {
  count,
  fromItems,
  gather,
  gatherAny,
  indexNumber,
  indexNumbers,
  isAtom,
  isDict,
  isList,
  isTable,
  isVector,
  itemAt,
  itemsOf,
  nullAtom,
} from './shape.js';

function isIdentityArg(i: K): boolean {
  return i.type === 101 && (i as unknown as { code: number }).code === 0;
}

/** The null an index miss gives for the values of `v`. */
export function missOf(v: K): K {
  if (isVector(v)) return nullAtom(v.type);
  if (isTable(v))
    return new Dictionary(new Vector(11, [...v.columns]), fromItems(v.data.map(missOf)));
  if (v instanceof MixedList) {
    const first = v.items[0];
    if (first !== undefined && isAtom(first)) return nullAtom(first.code);
    if (first !== undefined && isVector(first)) return new Vector(first.type, first.info.alloc(0));
    return new MixedList([]);
  }
  return new MixedList([]);
}

/** `x[i]`: one index applied to any value. */
export function index1(x: K, i: K): K {
  if (isIdentityArg(i)) return x;
  if (isDict(x)) return indexDict(x, i);
  if (isTable(x)) return indexTable(x, i);
  if (isList(x)) {
    const n = indexNumber(i);
    if (n !== undefined) return n >= 0 && n < x.length ? itemAt(x, n) : missOf(x);
    const ns = indexNumbers(i);
    if (ns !== undefined) {
      if (isVector(x)) return gather(x, ns);
      const items = ns.map((k) => (k >= 0 && k < x.length ? itemAt(x, k) : missOf(x)));
      return ns.length === 0 ? new MixedList([]) : fromItems(items);
    }
    if (i instanceof MixedList || (isDict(i) && false))
      return fromItems(i.items.map((j) => index1(x, j)));
    if (isDict(i)) return new Dictionary(i.keys, index1(x, i.values));
    throw new QError('type', `cannot index a list with type ${i.type}`);
  }
  throw new QError('type', `cannot index type ${x.type}`);
}

/** Position of the last key at or below `probe` in sorted `keys`, or -1. */
function stepPos(keys: K[], probe: K): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareItems(keys[mid] as K, probe) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function indexDict(d: Dictionary, i: K): K {
  if (d instanceof KeyedTable || (isTable(d.keys) && isTable(d.values))) return indexKeyed(d, i);
  if (d.keys instanceof Vector && d.keys.attribute === 's' && (isAtom(i) || isVector(i))) {
    // a sorted dictionary is a step function: each probe finds the last key not above it
    const keys = itemsOf(d.keys);
    const at = (p: K): K => {
      const k = stepPos(keys, p);
      return k < 0 ? missOf(d.values) : itemAt(d.values, k);
    };
    return isAtom(i) ? at(i) : fromItems(itemsOf(i).map(at));
  }
  if (
    isAtom(i) ||
    (isTable(d.keys) === false &&
      isList(d.keys) &&
      count(d.keys) > 0 &&
      isList(itemAt(d.keys, 0)) &&
      isList(i) &&
      !isList(itemAt(i, 0)))
  ) {
    const pos = findKeys(d.keys, i, true) as number;
    return pos < count(d.keys) ? itemAt(d.values, pos) : missOf(d.values);
  }
  if (isList(i)) {
    const pos = findKeys(d.keys, i, false) as number[];
    const n = count(d.keys);
    if (isVector(d.values))
      return gather(
        d.values,
        pos.map((p) => (p < n ? p : -1)),
      );
    return fromItems(pos.map((p) => (p < n ? itemAt(d.values, p) : missOf(d.values))));
  }
  if (isTable(i)) {
    return indexDict(d, new MixedList(itemsOf(i)));
  }
  throw new QError('type', 'bad dictionary index');
}

function indexKeyed(d: Dictionary, i: K): K {
  const keys = d.keys as Table;
  const vals = d.values as Table;
  let probe: K = i;
  if (isDict(i) && !isTable(i.keys))
    probe = new Table(
      (i.keys as Vector<11>).data as string[],
      itemsOf(i.values).map((v) => (isAtom(v) ? fromItems([v]) : v)),
    );
  if (isAtom(i) || (isList(i) && keys.columns.length > 1 && !isTable(i))) {
    const row = isAtom(i) ? [i] : itemsOf(i);
    const t = new Table(
      keys.columns,
      row.map((v) => fromItems([v])),
    );
    const pos = findRows(keys, t)[0] as number;
    return pos < keys.length ? itemAt(vals, pos) : missOf(vals);
  }
  if (isList(i)) probe = new Table(keys.columns, [i]);
  if (isTable(probe)) {
    const pos = findRows(keys, probe);
    return gatherAny(
      vals,
      pos.map((p) => (p < keys.length ? p : -1)),
    );
  }
  throw new QError('type', 'bad keyed table index');
}

/** Row positions in `t` of each row of `probe` (count of `t` when missing). */
export function findRows(t: Table, probe: Table): number[] {
  const cols = t.columns.map((c) => t.column(c) as K);
  const pcols = t.columns.map((c) => {
    const col = probe.column(c);
    if (col === undefined) throw new QError('length', `missing key column ${c}`);
    return col;
  });
  const key = (cs: K[], r: number): string => cs.map((c) => itemAt(c, r).toString()).join('\u0000');
  const map = new Map<string, number>();
  for (let r = t.length - 1; r >= 0; r--) map.set(key(cols, r), r);
  const out: number[] = [];
  for (let r = 0; r < probe.length; r++) out.push(map.get(key(pcols, r)) ?? t.length);
  return out;
}

function indexTable(t: Table, i: K): K {
  if (i.type === -11) {
    const col = t.column((i as Atom<11>).value);
    if (col === undefined) throw new QError((i as Atom<11>).value);
    return col;
  }
  if (i.type === 11)
    return fromItems((i as Vector<11>).data.map((c) => indexTable(t, new Atom(11, c))));
  const n = indexNumber(i);
  if (n !== undefined) return n >= 0 && n < t.length ? itemAt(t, n) : missOf(t);
  const ns = indexNumbers(i);
  if (ns !== undefined) return gatherAny(t, ns);
  throw new QError('type', 'bad table index');
}

/** `x . (i;j;...)`: index at depth; an elided (`::`) position takes every item. */
export function indexDeep(x: K, idx: readonly K[]): K {
  if (idx.length === 0) return x;
  const [first, ...rest] = idx as [K, ...K[]];
  if (rest.length === 0) return index1(x, first);
  if (
    isTable(x) &&
    (first.type === -11 || first.type === 11) === false &&
    isIdentityArg(first) === false &&
    rest.length > 0
  ) {
    // t[i;`c] is row then column
    return indexDeep(index1(x, first), rest);
  }
  const top = index1(x, first);
  const atomLike = isIdentityArg(first) ? false : isAtom(first);
  if (atomLike) return indexDeep(top, rest);
  return fromItems(itemsOf(top).map((item) => indexDeep(item, rest)));
}
