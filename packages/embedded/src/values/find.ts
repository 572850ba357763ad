/**
 * Finding items by value (q's match on items), the engine of `?`, dictionary lookup,
 * `distinct`, `group` and the set primitives. Vectors hash their raw items directly.
 */
import { formatGuid, type Atom, type K } from '@qts/types';
import { count, isAtom, isVector, itemAt } from './shape.js';

/** A hashable key for one item: equal keys exactly when q's `~` holds for the items. */
export function itemKey(x: K): string | number | bigint {
  if (isAtom(x)) {
    const v = x.value;
    if (x.code === 2) return 'g' + formatGuid(v as Uint8Array);
    if (typeof v === 'number')
      return Number.isNaN(v) ? `${x.type}:nan` : x.code === 9 ? v : `${x.type}:${v}`;
    if (typeof v === 'bigint') return x.code === 7 ? v : `${x.type}:${v}`;
    return `s:${v as string}`;
  }
  if (x.type === 10) {
    let s = 'c|';
    for (const b of (x as unknown as { data: Uint8Array }).data) s += String.fromCharCode(b);
    return s;
  }
  return `${x.type}|${x.toString()}`;
}

/** Keys of every item of a list (a vector's items hash without making atoms). */
export function itemKeys(x: K): (string | number | bigint)[] {
  const n = count(x);
  const out = new Array<string | number | bigint>(n);
  if (isVector(x) && (x.type === 9 || x.type === 7 || x.type === 11)) {
    const d = x.data as ArrayLike<number | bigint | string>;
    for (let i = 0; i < n; i++) {
      const v = d[i] as number | bigint | string;
      out[i] =
        x.type === 11
          ? `s:${v as string}`
          : typeof v === 'number' && Number.isNaN(v)
            ? '-9:nan'
            : v;
    }
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = itemKey(itemAt(x, i));
  return out;
}

/** A first-occurrence index of the items of `keys`. */
export function keyIndex(keys: K): Map<string | number | bigint, number> {
  const ks = itemKeys(keys);
  const map = new Map<string | number | bigint, number>();
  for (let i = ks.length - 1; i >= 0; i--) map.set(ks[i] as string | number | bigint, i);
  return map;
}

/**
 * Position in `keys` of `probe` (one item when `single`), or of each item of `probe`;
 * a miss gives `count keys`.
 */
export function findKeys(keys: K, probe: K, single: boolean): number | number[] {
  const map = keyIndex(keys);
  const n = count(keys);
  if (single) return map.get(itemKey(probe)) ?? n;
  return itemKeys(probe).map((k) => map.get(k) ?? n);
}

/** A symbol atom's text. */
export function symText(x: K): string {
  return (x as Atom<11>).value;
}
