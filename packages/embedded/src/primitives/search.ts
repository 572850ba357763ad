/**
 * Search and sort: `?` (find, deal and roll, vector conditional), `in`, `within`, `bin`,
 * `binr`, `asc`, `desc`, `iasc`, `idesc`, `rank`, `xrank`.
 */
import { Atom, Dictionary, K, KeyedTable, MixedList, QError, Table, Vector } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import { checkAlloc } from '../eval/limits.js';
import { findKeys, itemKeys, keyIndex } from '../values/find.js';
import {
  bool,
  count,
  fromItems,
  gatherAny,
  indexNumber,
  isAtom,
  isDict,
  isList,
  isTable,
  isVector,
  itemAt,
  itemsOf,
  long,
  longs,
  isFunc,
} from '../values/shape.js';
import { lessThan } from './compare.js';
import { compareItems, grade } from './order.js';
import { unkey } from './dict-table.js';
import { functionalSelect, isQueryTable } from '../qsql/functional.js';

/** `x ? y`: position of y in x (count x when missing). */
export function find(x: K, y: K): K {
  if (isDict(x) && !isTable(x.keys)) {
    const pos = findKeys(x.values, y, isAtom(y) || isFunc(y));
    const n = count(x.values);
    if (typeof pos === 'number') return pos < n ? itemAt(x.keys, pos) : missKey(x.keys);
    return gatherAny(
      x.keys,
      pos.map((p) => (p < n ? p : -1)),
    );
  }
  if (isTable(x) && isTable(y)) {
    const kx = itemsOf(x).map((r) => r.toString());
    const map = new Map<string, number>();
    for (let i = kx.length - 1; i >= 0; i--) map.set(kx[i] as string, i);
    return longs(itemsOf(y).map((r) => map.get(r.toString()) ?? kx.length));
  }
  if (!isList(x)) throw new QError('type', 'find needs a list on the left');
  if (isAtom(y)) return long(findKeys(x, y, true) as number);
  if (
    x instanceof MixedList &&
    x.items.some((i) => !isAtom(i)) &&
    isList(y) &&
    !(y instanceof MixedList)
  ) {
    return long(findKeys(x, y, true) as number);
  }
  if (y instanceof MixedList && y.items.some((i) => !isAtom(i)))
    return fromItems(y.items.map((i) => find(x, i)));
  return longs(findKeys(x, y, false) as number[]);
}

function missKey(keys: K): K {
  return isVector(keys) ? keys.at(-1) : new MixedList([]);
}

let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}

/** `n ? y`: roll (n > 0, with repeats) or deal (n < 0, distinct). */
function roll(n: number, y: K): K {
  checkAlloc(Math.abs(n));
  const deal = n < 0;
  const m = Math.abs(n);
  if (isAtom(y)) {
    const lim = y.value;
    if (y.code === 9) {
      const out = new Float64Array(m);
      for (let i = 0; i < m; i++) out[i] = random() * (lim as number);
      return new Vector(9, out);
    }
    if (y.code === 7 || y.code === 6 || y.code === 5) {
      const l = Number(lim);
      if (deal && m > l) throw new QError('length', 'deal more than the range');
      const picks = deal
        ? shuffle(l).slice(0, m)
        : Array.from({ length: m }, () => Math.floor(random() * l));
      const v = longs(picks);
      return y.code === 7 ? v : fromItems(picks.map((p) => new Atom(y.code as 6, p)));
    }
    if (y.code === 2 && y.isNull) {
      const data = new Uint8Array(m * 16);
      for (let i = 0; i < data.length; i++) data[i] = Math.floor(random() * 256);
      return new Vector(2, data);
    }
    throw new QError('type', 'roll of that');
  }
  const len = count(y);
  if (deal && m > len) throw new QError('length', 'deal more than the list');
  const picks = deal
    ? shuffle(len).slice(0, m)
    : Array.from({ length: m }, () => Math.floor(random() * len));
  return gatherAny(y, picks);
}

function shuffle(n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as number, a[i] as number];
  }
  return a;
}

function query(x: K, y: K): K {
  const n = indexNumber(x);
  if (n !== undefined && isAtom(x) && (isAtom(y) || isList(y)) && !(isList(y) && false)) {
    if (isAtom(y) || isTable(y) || isList(y)) {
      if (isAtom(y) && y.code !== 9 && y.code !== 7 && y.code !== 6 && y.code !== 5 && y.code !== 2)
        return find(x, y);
      return roll(n, y);
    }
  }
  return find(x, y);
}

/** `?[c;a;b]`: vector conditional. */
function vcond(args: readonly K[]): K {
  const [c, a, b] = args as [K, K, K];
  if (!isVector(c) || c.type !== 1) throw new QError('type', 'vector conditional needs booleans');
  const n = c.length;
  const items: K[] = [];
  const d = c.data as Uint8Array;
  for (let i = 0; i < n; i++)
    items.push(d[i] ? (isAtom(a) ? a : itemAt(a, i)) : isAtom(b) ? b : itemAt(b, i));
  return fromItems(items);
}

/** `x in y`. */
export function inFn(x: K, y: K): K {
  const ys = isAtom(y) ? fromItems([y]) : y;
  const map = keyIndex(ys);
  if (isAtom(x)) return bool(map.has(itemKeys(fromItems([x]))[0] as string));
  if (x instanceof MixedList && x.items.some((i) => !isAtom(i)))
    return fromItems(x.items.map((i) => inFn(i, y)));
  if (isTable(x)) throw new QError('nyi', 'in on tables');
  const keys = itemKeys(x);
  const out = new Uint8Array(keys.length);
  keys.forEach((k, i) => (out[i] = map.has(k) ? 1 : 0));
  return new Vector(1, out);
}

function within(x: K, y: K, ctx: Parameters<NonNullable<BuiltinImpl['dyad']>>[2]): K {
  if (count(y) !== 2) throw new QError('length', 'within needs (low;high)');
  const lo = itemAt(y, 0);
  const hi = itemAt(y, 1);
  const and = ctx.apply;
  void and;
  const ge = notOf(lessThan(x, lo));
  const le = notOf(lessThan(hi, x));
  return andOf(ge, le);
}

function notOf(b: K): K {
  if (b instanceof Atom) return bool(!b.value);
  if (b instanceof Vector)
    return new Vector(
      1,
      (b.data as Uint8Array).map((v) => v ^ 1),
    );
  return fromItems(itemsOf(b).map(notOf));
}

function andOf(a: K, b: K): K {
  if (a instanceof Atom && b instanceof Atom) return bool(!!a.value && !!b.value);
  if (a instanceof Vector && b instanceof Vector)
    return new Vector(
      1,
      (a.data as Uint8Array).map((v, i) => v & ((b.data as Uint8Array)[i] as number)),
    );
  const xs = itemsOf(a);
  const ys = itemsOf(b);
  return fromItems(xs.map((v, i) => andOf(v, ys[i] as K)));
}

/** `x bin y` (binr when `right`): binary search in sorted x. */
function bin(x: K, y: K, right: boolean): K {
  const items = itemsOf(x);
  const one = (v: K): number => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = compareItems(items[mid] as K, v);
      if (right ? c < 0 : c <= 0) lo = mid + 1;
      else hi = mid;
    }
    return right ? lo : lo - 1;
  };
  if (isAtom(y) || (isList(y) && !isVector(y) && !isAtom(itemAt(x, 0)))) return long(one(y));
  return longs(itemsOf(y).map(one));
}

/** `asc x` / `desc x`. */
export function sortBy(x: K, descending: boolean): K {
  if (isAtom(x)) throw new QError('rank', 'sort of an atom');
  if (isDict(x) && !isTable(x.keys)) {
    const g = grade(x.values, descending);
    return new Dictionary(gatherAny(x.keys, g), gatherAny(x.values, g));
  }
  if (isTable(x) || x instanceof KeyedTable) {
    const t = unkey(x);
    const g = grade(t, descending);
    const sorted = gatherAny(x, g);
    return sorted;
  }
  if (isVector(x) && (x.type === 9 || x.type === 7) && !descending) {
    const d = x.data as Float64Array | BigInt64Array;
    const copy = d.slice();
    if (x.type === 9) {
      const f = (copy as Float64Array).sort();
      // typed-array sort puts NaN last; q puts nulls first
      let k = f.length;
      while (k > 0 && Number.isNaN(f[k - 1] as number)) k--;
      if (k === f.length) return new Vector(9, f, 's');
      const out = new Float64Array(f.length);
      out.fill(NaN, 0, f.length - k);
      out.set(f.subarray(0, k), f.length - k);
      return new Vector(9, out, 's');
    }
    (copy as BigInt64Array).sort();
    return new Vector(7, copy as BigInt64Array, 's');
  }
  const g = grade(x, descending);
  const out = gatherAny(x, g);
  if (!descending && isVector(out)) return out.withAttribute('s');
  return out;
}

/** `iasc`/`idesc`: positions for a list, keys for a dictionary. */
function gradeOf(x: K, descending: boolean): K {
  const g = longs(grade(x, descending));
  return isDict(x) && !isTable(x.keys) ? gatherAny(x.keys, grade(x, descending)) : g;
}

/** The search and sort builtins. */
export const SEARCH: Readonly<Record<string, BuiltinImpl>> = {
  '?': {
    monad: undefined,
    dyad: query,
    nary: (args, ctx) => (isQueryTable(args[0] as K) ? functionalSelect(args, ctx) : vcond(args)),
    maxRank: 6,
  },
  in: { dyad: inFn },
  within: { dyad: within },
  bin: { dyad: (x, y) => bin(x, y, false) },
  binr: { dyad: (x, y) => bin(x, y, true) },
  asc: { monad: (x) => sortBy(x, false) },
  desc: { monad: (x) => sortBy(x, true) },
  iasc: { monad: (x) => gradeOf(x, false) },
  idesc: { monad: (x) => gradeOf(x, true) },
  '<': { monad: (x) => longs(grade(x, false)) },
  '>': { monad: (x) => longs(grade(x, true)) },
  rank: { monad: (x) => longs(grade(longs(grade(x, false)), false)) },
  xrank: {
    dyad: (x, y) => {
      const n = indexNumber(x) ?? 1;
      const g = grade(y, false);
      const len = g.length;
      const out = new Array<number>(len);
      g.forEach((p, i) => (out[p] = Math.floor((i * n) / len)));
      return longs(out);
    },
  },
};

export { Table };
