/**
 * Atomic extension: a primitive defined on atoms and vectors reaches into mixed lists,
 * dictionaries and tables item by item, as q's atomic functions do, checking lengths.
 */
import { Dictionary, K, MixedList, QError, Table, type Atom, type Vector } from '@qts/types';
import {
  count,
  fromItems,
  isAtom,
  isDict,
  isTable,
  isVector,
  itemAt,
  itemsOf,
  isFunc,
} from '../values/shape.js';

/** A leaf: both arguments are basic atoms or vectors. */
export type Leaf2 = (x: Atom | Vector, y: Atom | Vector) => K;
/** A unary leaf on a basic atom or vector. */
export type Leaf1 = (x: Atom | Vector) => K;

function isLeaf(x: K): x is Atom | Vector {
  return isAtom(x) || isVector(x);
}

/** Extend a binary leaf atomically over any q values. */
export function atomic2(leaf: Leaf2, name: string): (x: K, y: K) => K {
  const go = (x: K, y: K): K => {
    if (isLeaf(x) && isLeaf(y)) {
      if (isVector(x) && isVector(y) && x.length !== y.length)
        throw new QError('length', `${name}: ${x.length} and ${y.length} items`);
      return leaf(x, y);
    }
    if (isTable(x) || isTable(y)) {
      if (isTable(x) && isTable(y))
        return new Table(
          x.columns,
          x.data.map((c, i) => go(c, y.data[i] as K)),
        );
      const t = (isTable(x) ? x : y) as Table;
      return new Table(
        t.columns,
        t.data.map((c) => (isTable(x) ? go(c, y) : go(x, c))),
      );
    }
    if (isDict(x) || isDict(y)) return dictPair(x, y, go);
    if (isFunc(x) || isFunc(y)) throw new QError('type', `${name} of a function`);
    const xs = isAtom(x) ? null : itemsOf(x);
    const ys = isAtom(y) ? null : itemsOf(y);
    if (xs !== null && ys !== null && xs.length !== ys.length)
      throw new QError('length', `${name}: ${xs.length} and ${ys.length} items`);
    const n = (xs ?? ys ?? []).length;
    const out: K[] = [];
    for (let i = 0; i < n; i++) out.push(go(xs ? (xs[i] as K) : x, ys ? (ys[i] as K) : y));
    return n === 0 ? new MixedList([]) : fromItems(out);
  };
  return go;
}

function dictPair(x: K, y: K, go: (a: K, b: K) => K): K {
  if (isDict(x) && isDict(y)) {
    // union of keys: values combine where both have the key
    const keys = itemsOf(x.keys);
    const yKeys = itemsOf(y.keys);
    const strKey = (k: K) => `${k.type}|${k.toString()}`;
    const pos = new Map(keys.map((k, i) => [strKey(k), i]));
    const vals = itemsOf(x.values);
    const yVals = itemsOf(y.values);
    yKeys.forEach((k, j) => {
      const i = pos.get(strKey(k));
      if (i === undefined) {
        keys.push(k);
        vals.push(yVals[j] as K);
      } else vals[i] = go(vals[i] as K, yVals[j] as K);
    });
    return new Dictionary(fromItems(keys), fromItems(vals));
  }
  if (isDict(x)) return new Dictionary(x.keys, go(x.values, y));
  const d = y as Dictionary;
  return new Dictionary(d.keys, go(x, d.values));
}

/** Extend a unary leaf atomically over any q value. */
export function atomic1(leaf: Leaf1, name: string): (x: K) => K {
  const go = (x: K): K => {
    if (isLeaf(x)) return leaf(x);
    if (isTable(x)) return new Table(x.columns, x.data.map(go));
    if (isDict(x)) return new Dictionary(x.keys, go(x.values));
    if (x instanceof MixedList) return x.length === 0 ? x : fromItems(x.items.map(go));
    throw new QError('type', `${name} of type ${x.type}`);
  };
  return go;
}

/** Item `i` of `x`, or `x` itself for an atom (for conforming loops). */
export function pick(x: K, i: number): K {
  return isAtom(x) ? x : itemAt(x, i);
}

/** The common count of conforming arguments (atoms conform to anything). */
export function conform(...xs: K[]): number {
  let n = -1;
  for (const x of xs) {
    if (isAtom(x)) continue;
    const c = count(x);
    if (n >= 0 && c !== n) throw new QError('length', `${n} and ${c} items`);
    n = c;
  }
  return n;
}
