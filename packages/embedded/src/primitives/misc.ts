/**
 * The rest of the core: the iterator keywords (`each over scan prior peach`), `show`,
 * `0N!`, `attr`, `hsym`, `fills`, `xbar`, `getenv`, `system`, `upsert`/`insert` on
 * named tables, and output to handles `-1`/`1`/`2`.
 */
import { Atom, Derived, IDENTITY, K, KeyedTable, QError, Table, Vector } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import type { Ctx } from '../eval/context.js';
import {
  count,
  fromItems,
  gatherAny,
  isAtom,
  isDict,
  isTable,
  isVector,
  itemsOf,
  textOf,
} from '../values/shape.js';
import { arith } from './arith.js';
import { join } from './list.js';
import { TYPES } from '@qts/types';
import { parse } from '../parse/parser.js';
import { parseTree } from '../parse/tree.js';

function derivedWith(code: 106 | 107 | 108 | 109): BuiltinImpl {
  return { dyad: (f, x, ctx) => ctx.apply(new Derived(code, f), [x]) };
}

function show(x: K, ctx: Ctx): K {
  ctx.print(x.toString(ctx.display));
  return IDENTITY;
}

function fills(x: K): K {
  if (isTable(x)) return new Table(x.columns, x.data.map(fills));
  if (!isVector(x)) {
    const items = itemsOf(x);
    return fromItems(items);
  }
  const n = x.length;
  const items = [...x];
  let lastGood: Atom | undefined;
  const out = items.map((a) => {
    if (a.isNull) return lastGood ?? a;
    lastGood = a;
    return a;
  });
  return n === 0 ? x : fromItems(out);
}

const times = arith('*');
const div = arith('div');

function xbar(x: K, y: K): K {
  if (isAtom(y) && y.code === 9) return times(x, arith('%')(arith('-')(y, arith('mod')(y, x)), x));
  const code = isAtom(y) ? y.code : isVector(y) ? y.type : 7;
  const r = times(x, div(y, x));
  if (TYPES[code].temporal && r.type !== code && r.type !== -code) {
    return r;
  }
  return r;
}

function attr(x: K): K {
  // a sorted dictionary (type 127) reports the `s of its keys
  if (x.type === 127) return new Atom(11, 's');
  const a = (x as { attribute?: string }).attribute ?? '';
  return new Atom(11, a);
}

function hsym(x: K): K {
  if (x.type === -11) {
    const s = (x as Atom<11>).value;
    return new Atom(11, s.startsWith(':') ? s : ':' + s);
  }
  if (x.type === 11)
    return new Vector(
      11,
      ((x as Vector<11>).data as string[]).map((s) => (s.startsWith(':') ? s : ':' + s)),
    );
  throw new QError('type', 'hsym needs symbols');
}

/**
 * The rows `y` adds to table `t`: a table or dictionary as it is, or a list holding one value (atom
 * or column) per column of `t`, keyed tables counting their key columns first.
 */
function additionFor(t: K, y: K): K {
  if (isTable(t) && isTable(y) && y.columns.join() !== t.columns.join()) {
    // records naming some of t's columns: the others are null
    if (y.columns.some((c) => !t.columns.includes(c)))
      throw new QError('mismatch', 'columns not in the table');
    return new Table(
      t.columns,
      t.columns.map(
        (c) => y.column(c) ?? gatherAny(t.column(c) as K, new Array<number>(y.length).fill(-1)),
      ),
    );
  }
  if (isTable(y) || isDict(y)) return y;
  const keyed = t instanceof KeyedTable;
  if (!isTable(t) && !keyed) return y;
  const kc = keyed ? (t.keys as Table).columns : [];
  const vc = keyed ? (t.values as Table).columns : (t as Table).columns;
  const cols = [...kc, ...vc];
  let vals = isAtom(y) ? [y] : itemsOf(y);
  if (vals.length !== cols.length && vals.every((r) => !isAtom(r) && count(r) === cols.length))
    // a list of records rather than one list per column
    vals = cols.map((_, j) => fromItems(vals.map((r) => itemsOf(r)[j] as K)));
  if (vals.length !== cols.length) throw new QError('length', 'row and table columns differ');
  const data = vals.map((v) => (isAtom(v) ? fromItems([v]) : v));
  if (!keyed) return new Table(cols, data);
  return new KeyedTable(
    new Table(kc, data.slice(0, kc.length)),
    new Table(vc, data.slice(kc.length)),
  );
}

function insertNamed(x: K, y: K, ctx: Ctx): K {
  if (x.type !== -11) return join(x, additionFor(x, y));
  const name = (x as Atom<11>).value;
  const t = ctx.getGlobal(name);
  if (t === undefined) throw new QError(name, 'undefined table');
  const addition = additionFor(t, y);
  const start = isTable(t) ? t.length : 0;
  const updated = join(t, addition);
  ctx.setGlobal(name, updated);
  const n = isTable(addition) ? addition.length : 1;
  return fromItems(Array.from({ length: n }, (_, i) => new Atom(7, BigInt(start + i))));
}

/** `(f;data) fby group`: f applied to data within each group, spread back to every row. */
function fby(x: K, y: K, ctx: Ctx): K {
  const [f, data] = itemsOf(x) as [K, K];
  const keys = itemsOf(y).map((k) => k.toString());
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [i]);
    else g.push(i);
  });
  const out = new Array<K>(keys.length);
  for (const idx of groups.values()) {
    const v = ctx.apply(f, [gatherAny(data, idx)]);
    idx.forEach((p, j) => (out[p] = isAtom(v) ? v : (itemsOf(v)[j] as K)));
  }
  return fromItems(out);
}

/** Writing to a handle: `-1 "text"` prints with a newline, `1 "text"` without. */
export function writeHandle(h: number, x: K, ctx: Ctx): K {
  const text =
    textOf(x) ??
    itemsOf(x)
      .map((i) => textOf(i) ?? '')
      .join('\n');
  if (h === -1 || h === -2) ctx.print(text);
  else if (h === 1 || h === 2) ctx.print(text, false);
  else throw new QError('type', `handle ${h}`);
  return new Atom(7, BigInt(h));
}

/** The miscellaneous builtins. */
export const MISC: Readonly<Record<string, BuiltinImpl>> = {
  each: derivedWith(106),
  peach: derivedWith(106),
  over: derivedWith(107),
  scan: derivedWith(108),
  prior: derivedWith(109),
  show: { monad: show },
  attr: { monad: attr },
  hsym: { monad: hsym },
  fills: { monad: fills },
  xbar: { dyad: xbar },
  system: {
    monad: (x, ctx) => {
      const t = textOf(x);
      if (t === undefined) throw new QError('type', 'system needs a string');
      return ctx.system(t);
    },
  },
  getenv: {
    monad: (x) =>
      new Vector(
        10,
        Uint8Array.from(process.env[(x as Atom<11>).value] ?? '', (c) => c.charCodeAt(0)),
      ),
  },
  upsert: {
    dyad: (x, y, ctx) => (x.type === -11 ? (insertNamed(x, y, ctx), x) : insertNamed(x, y, ctx)),
  },
  insert: { dyad: insertNamed },
  set: {
    dyad: (x, y, ctx) => {
      if (x.type !== -11) throw new QError('type', 'set needs a name');
      const name = (x as Atom<11>).value;
      if (name.startsWith(':')) throw new QError('nyi', 'set to a file');
      ctx.setGlobal(name, y);
      return x;
    },
  },
  tables: {
    monad: (_x, ctx) => {
      const names = ctx
        .globalNames()
        .filter((n) => !n.startsWith('.') && ctx.getGlobal(n)?.type === 98);
      return new Vector(11, names.sort());
    },
  },
  ltime: { monad: (x) => x },
  gtime: { monad: (x) => x },
  eval: { monad: (x, ctx) => ctx.evalTree(x) },
  parse: {
    monad: (x) => {
      const t = textOf(x);
      if (t === undefined) throw new QError('type', 'parse needs a string');
      return parseTree(parse(t));
    },
  },
  '::': { monad: (x) => x },
  "'": { monad: (f) => new Derived(106, f) },
  '/': { monad: (f) => new Derived(107, f) },
  '\\': { monad: (f) => new Derived(108, f) },
  "':": { monad: (f) => new Derived(109, f) },
  '/:': { monad: (f) => new Derived(110, f) },
  '\\:': { monad: (f) => new Derived(111, f) },
  fby: { dyad: fby },
  ':': { dyad: (_x, y) => y },
};
