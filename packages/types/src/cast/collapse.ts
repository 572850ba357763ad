import { Atom } from '../atom.js';
import type { K } from '../k.js';
import { MixedList } from '../list.js';
import { TYPES, type BasicCode, type RawOf, type StorageOf } from '../type-table.js';
import { Vector } from '../vector.js';

function isBasicAtom(x: K): x is Atom {
  return x.type < 0 && x.type > -20;
}

/**
 * Results of an item-wise `$` over a general list: a vector when every item is an atom of
 * one type (as q collapses them), else a general list; an empty list gives the empty
 * vector of `code`.
 */
export function collapse(items: readonly K[], code: BasicCode | undefined): K {
  if (items.length === 0)
    return code === undefined ? new MixedList([]) : new Vector(code, TYPES[code].alloc(0));
  const first = items[0] as K;
  if (!isBasicAtom(first) || !items.every((it) => it.type === first.type))
    return new MixedList(items);
  const c = first.code;
  if (c === 2) {
    const data = new Uint8Array(items.length * 16);
    items.forEach((it, i) => data.set((it as Atom<2>).value, i * 16));
    return new Vector(2, data);
  }
  const data = TYPES[c].alloc(items.length) as unknown as { [i: number]: RawOf[BasicCode] };
  items.forEach((it, i) => (data[i] = (it as Atom).value));
  return new Vector(c, data as unknown as StorageOf[BasicCode]);
}
