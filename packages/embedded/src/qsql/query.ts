/**
 * qSQL queries: `select`, `exec`, `update`, `delete`, with `by` grouping and `where`
 * filtering (each where phrase narrows the rows for the next). Phrases evaluate with the
 * table's columns (and `i`, the row indices) in scope.
 */
import { Atom, Dictionary, K, KeyedTable, MixedList, QError, Table, Vector } from '@qts/types';
import type { Node, QsqlColumn } from '../parse/ast.js';
import { unkey } from '../primitives/dict-table.js';
import { repeat } from '../primitives/list.js';
import { compareItems } from '../primitives/order.js';
import { itemKey } from '../values/find.js';
import { missOf } from '../values/index.js';
import {
  count,
  fromItems,
  gatherAny,
  isAtom,
  isDict,
  isTable,
  itemAt,
  itemsOf,
  longs,
} from '../values/shape.js';

/** What a query needs from the evaluator. */
export interface QueryHost {
  /** Evaluate `node` with `vars` (the columns) in scope over the caller's scope. */
  evalWith(node: Node, vars: Map<string, K>): K;
  /** Evaluate `node` in the caller's scope. */
  evalHere(node: Node): K;
  /** Read a global. */
  getGlobal(name: string): K | undefined;
  /** Set a global. */
  setGlobal(name: string, value: K): void;
  /** Apply a builtin by name. */
  call(name: string, args: readonly K[]): K;
}

/** A query as the parser gives it. */
export interface Query {
  readonly kind: 'select' | 'exec' | 'update' | 'delete';
  readonly cols: readonly QsqlColumn[];
  readonly by: readonly QsqlColumn[] | null;
  readonly from: Node;
  readonly where: readonly Node[];
  readonly limit?: readonly (Node | null)[];
  readonly distinct?: boolean;
}

function columnsOf(t: Table, rows: number[] | null): Map<string, K> {
  const vars = new Map<string, K>();
  t.columns.forEach((c, j) => vars.set(c, t.data[j] as K));
  vars.set('i', longs(rows ?? Array.from({ length: t.length }, (_, k) => k)));
  return vars;
}

function truePositions(v: K, n: number): number[] {
  if (v.type === 1) {
    const d = (v as Vector<1>).data;
    const out: number[] = [];
    for (let k = 0; k < d.length; k++) if (d[k]) out.push(k);
    return out;
  }
  if (v.type === -1) return (v as Atom<1>).value ? Array.from({ length: n }, (_, k) => k) : [];
  throw new QError('type', 'where phrase must give booleans');
}

/** Spread a phrase's value to `n` rows: atoms repeat, lists must have n items. */
function toColumn(v: K, n: number): K {
  if (isAtom(v)) return repeat(v, n);
  if (count(v) !== n) throw new QError('length', `column has ${count(v)} rows, not ${n}`);
  return v;
}

/** `select[n;>c]`: order by a column, then take n rows (or a (start;count) range). */
function limitRows(host: QueryHost, limit: readonly (Node | null)[], r: K): K {
  const [nNode, order] = limit;
  let out = r;
  if (
    order !== undefined &&
    order !== null &&
    order.t === 'monad' &&
    order.f.t === 'prim' &&
    order.x.t === 'name'
  ) {
    const col = host.call('@', [out, new Atom(11, order.x.name)]);
    const g = host.call(order.f.name === '<' ? 'iasc' : 'idesc', [col]);
    out = host.call('@', [out, g]);
  }
  if (nNode !== undefined && nNode !== null) {
    const n = host.evalHere(nNode);
    out = host.call(n.type === 7 ? 'sublist' : '#', [n, out]);
  }
  return out;
}

/** Run a query. */
export function runQuery(host: QueryHost, q: Query): K {
  const src0 = host.evalHere(q.from);
  let name: string | null = null;
  let src = src0;
  if (src0.type === -11) {
    name = (src0 as Atom<11>).value;
    const g = host.getGlobal(name);
    if (g === undefined) throw new QError(name, 'undefined table');
    src = g;
  }
  if (q.kind === 'delete' && isDict(src) && !isTable(src.keys)) {
    // delete k from d: drop keys of a dictionary
    const drop = new Set(q.cols.map((c) => (c.expr.t === 'name' ? c.expr.name : c.name)));
    const d = src;
    const keep = itemsOf(d.keys)
      .map((k, i) => [k, i] as const)
      .filter(([k]) => !(k.type === -11 && drop.has((k as Atom<11>).value)))
      .map(([, i]) => i);
    const r = new Dictionary(gatherAny(d.keys, keep), gatherAny(d.values, keep));
    if (name === null) return r;
    host.setGlobal(name, r);
    return src0;
  }
  const keyCols = isDict(src) && isTable(src.keys) ? (src.keys as Table).columns : [];
  if (!isTable(src) && !(isDict(src) && isTable(src.keys)))
    throw new QError('type', 'query needs a table');
  const t = unkey(src);
  let rows: number[] | null = null;
  for (const w of q.where) {
    const sub = rows === null ? t : (gatherAny(t, rows) as Table);
    const hit = truePositions(host.evalWith(w, columnsOf(sub, rows)), sub.length);
    rows = rows === null ? hit : hit.map((k) => (rows as number[])[k] as number);
  }
  const rekey = (r: K): K =>
    keyCols.length > 0 && isTable(r) && keyCols.every((c) => r.columns.includes(c))
      ? new KeyedTable(
          new Table(
            keyCols,
            keyCols.map((c) => r.column(c) as K),
          ),
          new Table(
            r.columns.filter((c) => !keyCols.includes(c)),
            r.columns.filter((c) => !keyCols.includes(c)).map((c) => r.column(c) as K),
          ),
        )
      : r;
  const store = (r: K): K => {
    if (name === null) return r;
    host.setGlobal(name, r);
    return src0;
  };
  switch (q.kind) {
    case 'select': {
      let r = select(host, q, t, rows, rekey);
      if (q.distinct === true) r = host.call('distinct', [r]);
      if (q.limit !== undefined) r = limitRows(host, q.limit, r);
      return r;
    }
    case 'exec':
      return exec(host, q, t, rows);
    case 'update':
      return store(rekey(update(host, q, t, rows)));
    case 'delete':
      return store(rekey(del(q, t, rows)));
  }
}

interface Groups {
  keys: Table;
  members: number[][];
}

function group(
  host: QueryHost,
  by: readonly QsqlColumn[],
  t: Table,
  rows: number[] | null,
): Groups {
  const vars = columnsOf(t, rows);
  const byVals = by.map((b) => toColumn(host.evalWith(b.expr, vars), t.length));
  const index = new Map<string, number>();
  const members: number[][] = [];
  const firsts: number[] = [];
  for (let r = 0; r < t.length; r++) {
    const k = byVals.map((v) => String(itemKey(itemAt(v, r)))).join('\u0001');
    let g = index.get(k);
    if (g === undefined) {
      g = members.length;
      index.set(k, g);
      members.push([]);
      firsts.push(r);
    }
    (members[g] as number[]).push(r);
  }
  // q returns groups in ascending order of their keys
  const order = firsts.map((_, g) => g);
  order.sort((a, b) => {
    for (const v of byVals) {
      const c = compareItems(itemAt(v, firsts[a] as number), itemAt(v, firsts[b] as number));
      if (c !== 0) return c;
    }
    return 0;
  });
  const keys = new Table(
    by.map((b) => b.name),
    byVals.map((v) =>
      gatherAny(
        v,
        order.map((g) => firsts[g] as number),
      ),
    ),
  );
  return { keys, members: order.map((g) => members[g] as number[]) };
}

function evalCols(
  host: QueryHost,
  cols: readonly QsqlColumn[],
  t: Table,
  rows: number[] | null,
): K[] {
  const vars = columnsOf(t, rows);
  return cols.map((c) => host.evalWith(c.expr, vars));
}

function select(
  host: QueryHost,
  q: Query,
  t0: Table,
  rows: number[] | null,
  rekey: (r: K) => K,
): K {
  const t = rows === null ? t0 : (gatherAny(t0, rows) as Table);
  if (q.by === null) {
    if (q.cols.length === 0) return rekey(t);
    const vals = evalCols(host, q.cols, t, rows);
    const allAtoms = vals.every(isAtom);
    const n = allAtoms ? 1 : Math.max(...vals.filter((v) => !isAtom(v)).map(count));
    return new Table(
      q.cols.map((c) => c.name),
      vals.map((v) => (isAtom(v) ? repeat(v, n) : toColumn(v, n))),
    );
  }
  const g = group(host, q.by, t, rows);
  const names =
    q.cols.length === 0
      ? t.columns.filter((c) => !q.by?.some((b) => b.name === c))
      : q.cols.map((c) => c.name);
  const perGroup = g.members.map((m) => {
    const sub = gatherAny(t, m) as Table;
    if (q.cols.length === 0) return names.map((c) => itemAt(sub.column(c) as K, sub.length - 1));
    return evalCols(host, q.cols, sub, m);
  });
  const cols = names.map((_, j) => {
    const items = perGroup.map((r) => r[j] as K);
    return items.length === 0 ? new MixedList([]) : fromItems(items);
  });
  return new KeyedTable(g.keys, new Table(names, cols));
}

function exec(host: QueryHost, q: Query, t0: Table, rows: number[] | null): K {
  const t = rows === null ? t0 : (gatherAny(t0, rows) as Table);
  if (q.by === null) {
    if (q.cols.length === 0) return t.length === 0 ? missOf(t) : itemAt(t, t.length - 1);
    const vals = evalCols(host, q.cols, t, rows);
    if (vals.length === 1) return vals[0] as K;
    return new Dictionary(
      new Vector(
        11,
        q.cols.map((c) => c.name),
      ),
      new MixedList(vals),
    );
  }
  const g = group(host, q.by, t, rows);
  const perGroup = g.members.map((m) => evalCols(host, q.cols, gatherAny(t, m) as Table, m));
  const keyCol = g.keys.data[0] as K;
  if (q.cols.length === 1) return new Dictionary(keyCol, fromItems(perGroup.map((r) => r[0] as K)));
  const names = q.cols.map((c) => c.name);
  return new Dictionary(
    keyCol,
    new Table(
      names,
      names.map((_, j) => fromItems(perGroup.map((r) => r[j] as K))),
    ),
  );
}

/** Put `v`'s items at positions `at` of column `col` (null-filled when new). */
function placeAt(col: K | undefined, v: K, at: number[], n: number): K {
  const items =
    col === undefined
      ? Array.from({ length: n }, () => (isAtom(v) ? missOf(fromItems([v])) : missOf(v)))
      : itemsOf(col);
  at.forEach((p, k) => (items[p] = isAtom(v) ? v : itemAt(v, k)));
  return n === 0 ? (col ?? new MixedList([])) : fromItems(items);
}

function update(host: QueryHost, q: Query, t: Table, rows: number[] | null): Table {
  const n = t.length;
  const data = new Map<string, K>(t.columns.map((c, j) => [c, t.data[j] as K]));
  const order = [...t.columns];
  const setCol = (name: string, v: K) => {
    if (!data.has(name)) order.push(name);
    data.set(name, v);
  };
  if (q.by === null) {
    const sub = rows === null ? t : (gatherAny(t, rows) as Table);
    const vals = evalCols(host, q.cols, sub, rows);
    q.cols.forEach((c, j) => {
      const v = vals[j] as K;
      if (rows === null) setCol(c.name, toColumn(v, n));
      else
        setCol(
          c.name,
          placeAt(data.get(c.name), isAtom(v) ? v : toColumn(v, rows.length), rows, n),
        );
    });
  } else {
    const sub = rows === null ? t : (gatherAny(t, rows) as Table);
    const g = group(host, q.by, sub, rows);
    for (const m of g.members) {
      const at = rows === null ? m : m.map((k) => (rows as number[])[k] as number);
      const vals = evalCols(host, q.cols, gatherAny(sub, m) as Table, at);
      q.cols.forEach((c, j) => {
        const v = vals[j] as K;
        setCol(c.name, placeAt(data.get(c.name), isAtom(v) ? v : toColumn(v, m.length), at, n));
      });
    }
  }
  return new Table(
    order,
    order.map((c) => data.get(c) as K),
  );
}

function del(q: Query, t: Table, rows: number[] | null): Table {
  if (q.cols.length > 0) {
    const drop = new Set(q.cols.map((c) => (c.expr.t === 'name' ? c.expr.name : c.name)));
    const keep = t.columns.filter((c) => !drop.has(c));
    return new Table(
      keep,
      keep.map((c) => t.column(c) as K),
    );
  }
  if (rows === null) return gatherAny(t, []) as Table;
  const gone = new Set(rows);
  return gatherAny(
    t,
    Array.from({ length: t.length }, (_, k) => k).filter((k) => !gone.has(k)),
  ) as Table;
}
