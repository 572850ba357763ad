/**
 * Set primitives: `union`, `inter`, `except`, `cross`, all keeping first-occurrence order.
 */
import { K, MixedList, QError, Table } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import { itemKeys, keyIndex } from '../values/find.js';
import { count, fromItems, gatherAny, isAtom, isTable, itemAt, itemsOf } from '../values/shape.js';
import { distinct, join } from './list.js';

function asList(x: K): K {
  return isAtom(x) ? fromItems([x]) : x;
}

function keep(x: K, y: K, present: boolean): K {
  const xs = asList(x);
  const map = keyIndex(asList(y));
  const idx: number[] = [];
  itemKeys(xs).forEach((k, i) => {
    if (map.has(k) === present) idx.push(i);
  });
  return gatherAny(xs, idx);
}

/** `x cross y`: every pair. */
function cross(x: K, y: K): K {
  if (isTable(x) && isTable(y)) {
    const nx = x.length;
    const ny = y.length;
    const ix: number[] = [];
    const iy: number[] = [];
    for (let i = 0; i < nx; i++)
      for (let j = 0; j < ny; j++) {
        ix.push(i);
        iy.push(j);
      }
    const a = gatherAny(x, ix) as Table;
    const b = gatherAny(y, iy) as Table;
    return new Table([...a.columns, ...b.columns], [...a.data, ...b.data]);
  }
  const xs = asList(x);
  const ys = asList(y);
  const out: K[] = [];
  for (let i = 0; i < count(xs); i++)
    for (let j = 0; j < count(ys); j++)
      out.push(join(asList(itemAt(xs, i)), asList(itemAt(ys, j))));
  return out.length === 0 ? new MixedList([]) : fromItems(out);
}

/** The set builtins. */
export const SET: Readonly<Record<string, BuiltinImpl>> = {
  union: { dyad: (x, y) => distinct(join(asList(x), asList(y))) },
  inter: { dyad: (x, y) => keep(x, y, true) },
  except: { dyad: (x, y) => keep(x, y, false) },
  cross: { dyad: cross },
};

export { itemsOf, QError };
