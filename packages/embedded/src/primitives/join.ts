/**
 * Table joins: `lj` (left), `ij` (inner), `uj` (union), `pj` (plus), `ej` (equi), and the
 * sorts by column `xasc`, `xdesc`. Keys are matched row-wise on the key columns.
 */
import { Atom, Dictionary, K, KeyedTable, QError, Table, Vector } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import type { Ctx } from '../eval/context.js';
import { findRows } from '../values/index.js';
import { fromItems, gatherAny, isDict, isTable, itemAt, itemsOf } from '../values/shape.js';
import { arith } from './arith.js';
import { unkey } from './dict-table.js';
import { fill, join } from './list.js';
import { compareItems, grade } from './order.js';
import { MixedList as MixedList_ } from '@qts/types';

function keyed(y: K, name: string): [Table, Table] {
  if (isDict(y) && isTable(y.keys) && isTable(y.values)) return [y.keys, y.values];
  throw new QError('type', `${name} needs a keyed table on the right`);
}

function rekeyLike(x: K, t: Table): K {
  if (isDict(x) && isTable(x.keys)) {
    const kc = (x.keys as Table).columns;
    const vc = t.columns.filter((c) => !kc.includes(c));
    return new KeyedTable(
      new Table(
        kc,
        kc.map((c) => t.column(c) as K),
      ),
      new Table(
        vc,
        vc.map((c) => t.column(c) as K),
      ),
    );
  }
  return t;
}

/** Positions in y's keys of each row of t (y's row count when missing). */
function lookup(t: Table, keys: Table): number[] {
  const probe = new Table(
    keys.columns,
    keys.columns.map((c) => {
      const col = t.column(c);
      if (col === undefined) throw new QError('mismatch', `no key column ${c}`);
      return col;
    }),
  );
  return findRows(keys, probe);
}

function leftJoin(x: K, y: K, inner: boolean, plus: boolean): K {
  const [keys, vals] = keyed(y, inner ? 'ij' : 'lj');
  let t = unkey(x);
  let pos = lookup(t, keys);
  const n = keys.length;
  if (inner) {
    const hit = pos.map((p, i) => [p, i] as const).filter(([p]) => p < n);
    t = gatherAny(
      t,
      hit.map(([, i]) => i),
    ) as Table;
    pos = hit.map(([p]) => p);
  }
  const cols = [...t.columns];
  const data = new Map<string, K>(t.columns.map((c, j) => [c, t.data[j] as K]));
  const add = arith('+');
  vals.columns.forEach((c, j) => {
    const ycol = vals.data[j] as K;
    const got = gatherAny(
      ycol,
      pos.map((p) => (p < n ? p : -1)),
    );
    const own = data.get(c);
    if (own === undefined) {
      cols.push(c);
      data.set(c, got);
      return;
    }
    const items = itemsOf(own).map((v, i) => {
      if ((pos[i] as number) >= n) return v;
      const w = itemAt(got, i);
      return plus ? add(v, w) : w;
    });
    data.set(c, items.length === 0 ? own : fromItems(items));
  });
  return rekeyLike(
    x,
    new Table(
      cols,
      cols.map((c) => data.get(c) as K),
    ),
  );
}

/** Keyed `y` with each null value taken from x's row of the same key (ujf, the kdb+ 2.8 uj). */
function fillFrom(x: Dictionary, y: Dictionary): KeyedTable {
  const yk = y.keys as Table;
  const yv = y.values as Table;
  const xv = x.values as Table;
  const rows = findRows(x.keys as Table, yk).map((r) => (r < xv.length ? r : -1));
  return new KeyedTable(
    yk,
    new Table(
      yv.columns,
      yv.columns.map((c) => {
        const from = xv.column(c);
        const col = yv.column(c) as K;
        return from === undefined ? col : fill(gatherAny(from, rows), col);
      }),
    ),
  );
}

/** `x uj y`: all columns of both, rows of x then y (keyed: y's rows update x's). */
function unionJoin(x: K, y: K, fillNulls = false): K {
  if (isDict(x) && isTable(x.keys) && isDict(y) && isTable(y.keys)) {
    const tx = unkey(x);
    const ty = unkey(y);
    const all = [...tx.columns, ...ty.columns.filter((c) => !tx.columns.includes(c))];
    const widen = (t: Table): Table =>
      new Table(
        all,
        all.map((c) => t.column(c) ?? nullColumn(tx.column(c) ?? (ty.column(c) as K), t.length)),
      );
    const wx = widen(tx);
    const kc = (x.keys as Table).columns;
    const vc = all.filter((c) => !kc.includes(c));
    const split = (t: Table) =>
      new KeyedTable(
        new Table(
          kc,
          kc.map((c) => t.column(c) as K),
        ),
        new Table(
          vc,
          vc.map((c) => t.column(c) as K),
        ),
      );
    // y's rows replace only the columns y has, so x's other values survive a match
    return join(split(wx), fillNulls ? fillFrom(x, y) : y);
  }
  if (!isTable(x) || !isTable(y)) throw new QError('type', 'uj needs tables');
  const all = [...x.columns, ...y.columns.filter((c) => !x.columns.includes(c))];
  const widen = (t: Table): Table =>
    new Table(
      all,
      all.map((c) => t.column(c) ?? nullColumn(x.column(c) ?? (y.column(c) as K), t.length)),
    );
  return join(widen(x), widen(y));
}

function nullColumn(like: K, n: number): K {
  return gatherAny(like, new Array<number>(n).fill(-1));
}

/** `ej[c;x;y]`: rows of x joined with every row of y equal on the columns c. */
function equiJoin(args: readonly K[]): K {
  const [c, x, y] = args as [K, K, K];
  const names = c.type === -11 ? [(c as Atom<11>).value] : ((c as Vector<11>).data as string[]);
  const tx = unkey(x);
  const ty = unkey(y);
  const key = (t: Table, r: number) =>
    names.map((n) => itemAt(t.column(n) as K, r).toString()).join('\u0001');
  const byKey = new Map<string, number[]>();
  for (let r = 0; r < ty.length; r++) {
    const k = key(ty, r);
    const list = byKey.get(k);
    if (list === undefined) byKey.set(k, [r]);
    else list.push(r);
  }
  const ix: number[] = [];
  const iy: number[] = [];
  for (let r = 0; r < tx.length; r++)
    for (const s of byKey.get(key(tx, r)) ?? []) {
      ix.push(r);
      iy.push(s);
    }
  const a = gatherAny(tx, ix) as Table;
  const b = gatherAny(ty, iy) as Table;
  const extra = b.columns.filter((col) => !a.columns.includes(col));
  const cols = [...a.columns, ...extra];
  return new Table(
    cols,
    cols.map((col) =>
      extra.includes(col)
        ? (b.column(col) as K)
        : names.includes(col)
          ? (a.column(col) as K)
          : (b.column(col) ?? (a.column(col) as K)),
    ),
  );
}

/** `` `c xasc t ``: sort a table by columns, stably; a name sorts the global in place. */
function sortBy(descending: boolean): (x: K, y: K, ctx: Ctx) => K {
  return (x, y, ctx) => {
    const names = x.type === -11 ? [(x as Atom<11>).value] : ((x as Vector<11>).data as string[]);
    const named = y.type === -11 ? (y as Atom<11>).value : null;
    const src = named === null ? y : ctx.getGlobal(named);
    if (src === undefined) throw new QError(named ?? 'xasc', 'undefined table');
    const t = unkey(src);
    let idx = Array.from({ length: t.length }, (_, i) => i);
    for (let k = names.length - 1; k >= 0; k--) {
      const col = t.column(names[k] as string);
      if (col === undefined) throw new QError(names[k] as string, 'no such column');
      const g = grade(gatherAny(col, idx), descending);
      idx = g.map((p) => idx[p] as number);
    }
    const sorted = isDict(src) ? gatherAny(src, idx) : gatherAny(t, idx);
    if (named === null) return sorted;
    ctx.setGlobal(named, sorted);
    return y;
  };
}

/** `` `a`b xgroup t ``: keyed by the columns, the other columns as lists per group. */
function xgroup(x: K, y: K): K {
  const names = x.type === -11 ? [(x as Atom<11>).value] : ((x as Vector<11>).data as string[]);
  const t = unkey(y);
  const keyOf = (r: number) =>
    names.map((n) => itemAt(t.column(n) as K, r).toString()).join('\u0001');
  const groups = new Map<string, number[]>();
  for (let r = 0; r < t.length; r++) {
    const k = keyOf(r);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [r]);
    else g.push(r);
  }
  const firsts = [...groups.values()].map((g) => g[0] as number);
  const rest = t.columns.filter((c) => !names.includes(c));
  return new KeyedTable(
    new Table(
      names,
      names.map((n) => gatherAny(t.column(n) as K, firsts)),
    ),
    new Table(
      rest,
      rest.map(
        (c) => new MixedList_([...groups.values()].map((g) => gatherAny(t.column(c) as K, g))),
      ),
    ),
  );
}

/** `aj[c;t;q]`: for each row of t, the last row of q with equal leading columns and time not after t's. */
function asofJoin(args: readonly K[]): K {
  const [c, x, y] = args as [K, K, K];
  const names = c.type === -11 ? [(c as Atom<11>).value] : ((c as Vector<11>).data as string[]);
  const t = unkey(x);
  const q = unkey(y);
  const eqCols = names.slice(0, -1);
  const timeCol = names[names.length - 1] as string;
  const key = (tab: Table, r: number) =>
    eqCols.map((n) => itemAt(tab.column(n) as K, r).toString()).join('\u0001');
  const byKey = new Map<string, number[]>();
  for (let r = 0; r < q.length; r++) {
    const k = key(q, r);
    const g = byKey.get(k);
    if (g === undefined) byKey.set(k, [r]);
    else g.push(r);
  }
  const qt = q.column(timeCol) as K;
  const tt = t.column(timeCol) as K;
  const pos = Array.from({ length: t.length }, (_, r) => {
    const cands = byKey.get(key(t, r)) ?? [];
    let best = -1;
    const tv = itemAt(tt, r);
    for (const s of cands) if (compareItems(itemAt(qt, s), tv) <= 0) best = s;
    return best;
  });
  const extra = q.columns.filter((col) => !names.includes(col));
  const cols = [...t.columns, ...extra.filter((col) => !t.columns.includes(col))];
  return new Table(
    cols,
    cols.map((col) => {
      if (extra.includes(col)) {
        const got = gatherAny(q.column(col) as K, pos);
        const own = t.column(col);
        if (own === undefined) return got;
        return fromItems(itemsOf(own).map((v, i) => ((pos[i] as number) < 0 ? v : itemAt(got, i))));
      }
      return t.column(col) as K;
    }),
  );
}

/** The join builtins. */
export const JOIN: Readonly<Record<string, BuiltinImpl>> = {
  lj: { dyad: (x, y) => leftJoin(x, y, false, false) },
  ljf: { dyad: (x, y) => leftJoin(x, y, false, false) },
  ij: { dyad: (x, y) => leftJoin(x, y, true, false) },
  ijf: { dyad: (x, y) => leftJoin(x, y, true, false) },
  pj: { dyad: (x, y) => leftJoin(x, y, false, true) },
  uj: { dyad: (x, y) => unionJoin(x, y) },
  ujf: { dyad: (x, y) => unionJoin(x, y, true) },
  ej: { nary: equiJoin, maxRank: 3 },
  xasc: { dyad: sortBy(false) },
  xgroup: { dyad: xgroup },
  aj: { nary: asofJoin, maxRank: 3 },
  aj0: { nary: asofJoin, maxRank: 3 },
  ajf: { nary: asofJoin, maxRank: 3 },
  xdesc: { dyad: sortBy(true) },
};

export { Dictionary };
