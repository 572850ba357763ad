/**
 * Take and drop: `#` (take, reshape, take columns or keys), `_` (drop, cut, delete an item
 * or key), `cut`, `sublist`, `rotate`, `next`, `prev`, `xprev`.
 */
import { Atom, Dictionary, K, KeyedTable, MixedList, QError, Table, Vector } from '@qts/types';
import { isSorted } from './order.js';
import { itemKeys } from '../values/find.js';
import type { BuiltinImpl } from '../eval/builtin.js';
import { checkAlloc, checkDeadline } from '../eval/limits.js';
import { findKeys } from '../values/find.js';
import {
  count,
  fromItems,
  gatherAny,
  indexNumber,
  indexNumbers,
  isAtom,
  isDict,
  isList,
  isTable,
  isVector,
  itemsOf,
} from '../values/shape.js';
import { ARITH } from './arith.js';
import { repeat } from './list.js';

/** Positions `n#x` takes: cycling, from the end when negative. */
function takePositions(n: number, len: number): number[] {
  checkAlloc(Math.abs(n));
  const out = new Array<number>(Math.abs(n));
  if (len === 0) return out.fill(-1);
  if (n >= 0) for (let i = 0; i < n; i++) out[i] = i % len;
  else {
    const m = -n;
    for (let i = 0; i < m; i++) out[i] = (((len - m + i) % len) + len) % len;
  }
  return out;
}

/** `x # y`. */
export function take(x: K, y: K): K {
  if (x.type === -11 && ['s', 'u', 'p', 'g', ''].includes((x as Atom<11>).value)) {
    const a = (x as Atom<11>).value;
    if (isVector(y)) return setAttribute(a, y);
    if (a === 's' && (isDict(y) || isTable(y))) return sortedAttribute(y);
  }
  if (x.type === 11 || x.type === -11) {
    const names =
      x.type === 11
        ? ((x as Vector<11>).data as string[])
        : [(x as unknown as { value: string }).value];
    if (isTable(y))
      return new Table(
        names,
        names.map((c) => {
          const col = y.column(c);
          if (col === undefined) throw new QError(c);
          return col;
        }),
      );
    if (isDict(y)) {
      if (y instanceof KeyedTable) return take(x, y.values);
      const pos = findKeys(y.keys, x.type === 11 ? x : fromItems([x]), false) as number[];
      return new Dictionary(
        x.type === 11 ? x : fromItems([x]),
        gatherAny(
          y.values,
          pos.map((p) => (p < count(y.keys) ? p : -1)),
        ),
      );
    }
  }
  const n = indexNumber(x);
  if (n !== undefined) {
    if (isDict(y) && !(y instanceof KeyedTable)) {
      const pos = takePositions(n, count(y));
      return new Dictionary(gatherAny(y.keys, pos), gatherAny(y.values, pos));
    }
    if (y instanceof KeyedTable) {
      const pos = takePositions(n, count(y));
      return new KeyedTable(gatherAny(y.keys, pos) as Table, gatherAny(y.values, pos) as Table);
    }
    if (isAtom(y)) return repeat(y, Math.abs(n));
    return gatherAny(y, takePositions(n, count(y)));
  }
  const dims = indexNumbers(x);
  if (dims !== undefined) return reshape(dims, y);
  throw new QError('type', 'take needs a count');
}

function reshape(dims: number[], y: K): K {
  if (dims.length === 2 && isAtom(y) && (dims[0] as number) >= 0 && (dims[1] as number) >= 0) {
    const [r, c] = dims as [number, number];
    checkAlloc(r * c);
    return new MixedList(Array.from({ length: r }, () => repeat(y, c)));
  }
  if (dims.length === 2 && !isAtom(y)) {
    // rows as slices of positions: no per-item objects
    const len = count(y);
    let [r, c] = dims as [number, number];
    if (r < 0) r = Math.ceil(len / Math.max(c, 1));
    if (c < 0) c = Math.ceil(len / Math.max(r, 1));
    checkAlloc(r * c);
    const rows: K[] = [];
    if (isVector(y) && r * c <= len) {
      // contiguous rows share the vector's memory
      for (let i = 0; i < r; i++) rows.push(y.slice(i * c, i * c + c));
      return new MixedList(rows);
    }
    for (let i = 0; i < r; i++) {
      const pos = new Array<number>(c);
      for (let j = 0; j < c; j++) pos[j] = len === 0 ? -1 : (i * c + j) % len;
      rows.push(gatherAny(y, pos));
    }
    return new MixedList(rows);
  }
  const items = isAtom(y) ? [y] : itemsOf(y);
  let k = 0;
  const next = (): K => {
    const it = items[k % items.length] as K;
    if ((++k & 65535) === 0) checkDeadline();
    return it;
  };
  const build = (d: number): K => {
    let len = dims[d] as number;
    if (len < 0)
      len = Math.ceil(
        (items.length - k) / dims.slice(d + 1).reduce((a, b) => a * Math.max(b, 1), 1),
      );
    const out: K[] = [];
    for (let i = 0; i < len; i++) out.push(d === dims.length - 1 ? next() : build(d + 1));
    return d === dims.length - 1
      ? out.length === 0
        ? gatherAny(isAtom(y) ? fromItems([y]) : y, [])
        : fromItems(out)
      : new MixedList(out);
  };
  return build(0);
}

/** `` `s#x ``: set an attribute, checking `s` (ascending) and `u` (unique). */
function setAttribute(a: string, y: Vector): K {
  if (a === 's' && !isSorted(y)) throw new QError('s-fail', 'not in ascending order');
  if (a === 'u' && new Set(itemKeys(y)).size !== y.length)
    throw new QError('u-fail', 'items repeat');
  return y.withAttribute(a as 's' | 'u' | 'p' | 'g' | '');
}

/**
 * `` `s# `` on a dictionary or table, as kdb+ stores it: a dictionary becomes sorted (type
 * 127) with `s# keys, a keyed table sorted on its key table, a table gets `s` and its first
 * column `p`.
 */
function sortedAttribute(y: Dictionary | Table): K {
  if (y instanceof Table) {
    const [first, ...rest] = y.data;
    if (first === undefined || !isVector(first))
      throw new QError('type', 's# needs a first column');
    if (!isSorted(first)) throw new QError('s-fail', 'first column not in ascending order');
    return new Table(y.columns, [first.withAttribute('p'), ...rest], 's');
  }
  if (y.keys instanceof Table && y.values instanceof Table)
    return new KeyedTable(y.keys, y.values, true);
  const keys = y.keys;
  if (!isVector(keys)) throw new QError('type', 's# needs a key vector');
  return new Dictionary(setAttribute('s', keys), y.values, true);
}

/** `keys _ dict`: the dictionary without those keys. */
function removeKeys(x: K, y: Dictionary): K {
  const ks = isAtom(x) ? fromItems([x]) : x;
  const keep: number[] = [];
  const kc = count(ks);
  (findKeys(ks, y.keys, false) as number[]).forEach((p, i) => {
    if (p >= kc) keep.push(i);
  });
  return new Dictionary(gatherAny(y.keys, keep), gatherAny(y.values, keep));
}

/** `x _ y`. */
export function drop(x: K, y: K): K {
  const n = indexNumber(x);
  if (n !== undefined && !isAtom(y)) {
    if (isDict(y)) {
      const len = count(y);
      const idx = n >= 0 ? range(Math.min(n, len), len) : range(0, Math.max(0, len + n));
      if (y instanceof KeyedTable)
        return new KeyedTable(gatherAny(y.keys, idx) as Table, gatherAny(y.values, idx) as Table);
      return new Dictionary(gatherAny(y.keys, idx), gatherAny(y.values, idx));
    }
    const len = count(y);
    const idx = n >= 0 ? range(Math.min(n, len), len) : range(0, Math.max(0, len + n));
    return gatherAny(y, idx);
  }
  if (isDict(y) && !isTable(y.keys)) return removeKeys(x, y);
  if (isDict(x) && !isTable(x.keys)) {
    // dict _ key removes one key (even an integer one); a list of keys on the right is a type error
    if (!isAtom(y)) throw new QError('type', 'drop from a dictionary takes one key on the right');
    return removeKeys(y, x);
  }
  if (isList(x) && !isAtom(x) && indexNumber(y) !== undefined) {
    const i = indexNumber(y) as number;
    const len = count(x);
    return gatherAny(
      x,
      range(0, len).filter((j) => j !== i),
    );
  }
  if (isTable(y) && (x.type === 11 || x.type === -11)) {
    const names = new Set(
      x.type === 11
        ? ((x as Vector<11>).data as string[])
        : [(x as unknown as { value: string }).value],
    );
    const keep = y.columns.filter((c) => !names.has(c));
    return new Table(
      keep,
      keep.map((c) => y.column(c) as K),
    );
  }
  const cuts = indexNumbers(x);
  if (cuts !== undefined) return cutAt(cuts, y);
  if (isAtom(x) && !isAtom(y)) throw new QError('type', 'drop needs a count');
  throw new QError('type', 'bad drop');
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

function cutAt(cuts: number[], y: K): K {
  const len = count(y);
  const out: K[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = i + 1 < cuts.length ? (cuts[i + 1] as number) : len;
    if (a > len || b < a) throw new QError('domain', 'cut positions must ascend');
    out.push(gatherAny(y, range(a, b)));
  }
  return new MixedList(out);
}

/** `x cut y`: cut at positions, or into pieces of length x. */
export function cut(x: K, y: K): K {
  const n = indexNumber(x);
  if (n !== undefined) {
    const len = count(y);
    const cuts: number[] = [];
    for (let i = 0; i < len; i += n) cuts.push(i);
    return cutAt(cuts, y);
  }
  return drop(x, y);
}

/** `x sublist y`. */
export function sublist(x: K, y: K): K {
  const n = indexNumber(x);
  const len = count(y);
  let idx: number[];
  if (n !== undefined) idx = n >= 0 ? range(0, Math.min(n, len)) : range(Math.max(0, len + n), len);
  else {
    const p = indexNumbers(x);
    if (p === undefined || p.length !== 2)
      throw new QError('type', 'sublist needs a count or start and length');
    const a = p[0] as number;
    idx = range(a, Math.min(len, a + (p[1] as number)));
  }
  if (isDict(y)) return new Dictionary(gatherAny(y.keys, idx), gatherAny(y.values, idx));
  return gatherAny(y, idx);
}

/** `x rotate y`. */
export function rotate(x: K, y: K): K {
  const n = indexNumber(x);
  if (n === undefined) throw new QError('type', 'rotate needs an integer');
  if (isAtom(y)) return y;
  const len = count(y);
  if (len === 0) return y;
  const s = ((n % len) + len) % len;
  return gatherAny(
    y,
    range(0, len).map((i) => (i + s) % len),
  );
}

/** `next x`, `prev x`, `n xprev x`. */
function shift(n: number, y: K): K {
  const len = count(y);
  return gatherAny(
    y,
    range(0, len).map((i) => (i - n >= 0 && i - n < len ? i - n : -1)),
  );
}

/** The take/drop builtins. */
export const TAKE_DROP: Readonly<Record<string, BuiltinImpl>> = {
  '#': { dyad: take },
  _: { monad: ARITH.floor?.monad, dyad: drop },
  cut: { dyad: cut },
  sublist: { dyad: sublist },
  rotate: { dyad: rotate },
  next: { monad: (y) => shift(-1, y) },
  prev: { monad: (y) => shift(1, y) },
  xprev: { dyad: (x, y) => shift(indexNumber(x) ?? 0, y) },
};
