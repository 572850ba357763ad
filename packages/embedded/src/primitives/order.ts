/**
 * Ordering items: a stable grade (q's `iasc`) over any list, with nulls first, symbols by
 * text, floats numerically, and typed-array sort for plain numeric vectors.
 */
import { Atom, K, MixedList, QError, formatGuid, type Vector } from '@qts/types';
import { isAtom, isDict, isTable, isVector, itemsOf } from '../values/shape.js';

/** Compare two atoms (or any values) in q's sort order. */
export function compareItems(a: K, b: K): number {
  if (isAtom(a) && isAtom(b)) {
    if (a.type !== b.type && !(typeof a.value === typeof b.value)) return a.type - b.type;
    const p = a.value;
    const q = b.value;
    if (typeof p === 'number' && typeof q === 'number') {
      const pn = Number.isNaN(p);
      const qn = Number.isNaN(q);
      if (pn || qn) return pn && qn ? 0 : pn ? -1 : 1;
      return p < q ? -1 : p > q ? 1 : 0;
    }
    if (typeof p === 'bigint' && typeof q === 'bigint') return p < q ? -1 : p > q ? 1 : 0;
    if (a.code === 2) {
      const x = formatGuid(p as Uint8Array);
      const y = formatGuid(q as Uint8Array);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return String(p) < String(q) ? -1 : String(p) > String(q) ? 1 : 0;
  }
  if (isAtom(a) !== isAtom(b)) return isAtom(a) ? -1 : 1;
  const xs = itemsOf(a);
  const ys = itemsOf(b);
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const c = compareItems(xs[i] as K, ys[i] as K);
    if (c !== 0) return c;
  }
  return xs.length - ys.length;
}

/** Positions that sort `x` ascending (stable), or descending (stable on ties). */
export function grade(x: K, descending: boolean): number[] {
  if (isAtom(x)) throw new QError('rank', 'grade of an atom');
  if (isDict(x)) return grade(x.values, descending);
  const n = isTable(x) ? x.length : x.length;
  const idx = Array.from({ length: n }, (_, i) => i);
  const sign = descending ? -1 : 1;
  if (isVector(x) && x.type !== 2 && x.type !== 11) {
    const d = (x as Vector).data as ArrayLike<number | bigint>;
    const isFloat = x.type === 9 || x.type === 8 || x.type === 15;
    idx.sort((i, j) => {
      const p = d[i] as number;
      const q = d[j] as number;
      let c: number;
      if (isFloat) {
        const pn = Number.isNaN(p);
        const qn = Number.isNaN(q);
        c = pn || qn ? (pn && qn ? 0 : pn ? -1 : 1) : p < q ? -1 : p > q ? 1 : 0;
      } else c = p < q ? -1 : p > q ? 1 : 0;
      return c * sign || i - j;
    });
    return idx;
  }
  if (isVector(x) && x.type === 11) {
    const d = x.data as string[];
    idx.sort((i, j) => {
      const p = d[i] as string;
      const q = d[j] as string;
      return (p < q ? -1 : p > q ? 1 : 0) * sign || i - j;
    });
    return idx;
  }
  const items = isTable(x)
    ? itemsOf(x).map((r) => new MixedList(itemsOf((r as unknown as { values: K }).values)))
    : itemsOf(x);
  idx.sort((i, j) => sortCompare(items[i] as K, items[j] as K) * sign || i - j);
  return idx;
}

/** Sorting a mixed list orders atoms of different types by type number first (asc.md). */
function sortCompare(a: K, b: K): number {
  if (isAtom(a) && isAtom(b) && a.type !== b.type) return b.type - a.type;
  return compareItems(a, b);
}

/** True if `x` is already in ascending order. */
export function isSorted(x: K): boolean {
  const g = grade(x, false);
  return g.every((v, i) => v === i);
}

export { Atom };
