/**
 * q's match `~` with comparison tolerance: floats within 2^-43 relative are the same
 * (so `differ` and `~` agree with `=`); everything else as @qts/types' exact `match`.
 */
import { Atom, Dictionary, K, MixedList, Vector } from '@qts/types';

/** q's comparison tolerance, 2^-43 relative. */
export const TOLERANCE = 2 ** -43;

/** Tolerant equality of two floats (nulls equal nulls). */
export function floatEq(a: number, b: number): boolean {
  if (a === b) return true;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** `x ~ y`. */
export function qMatch(x: K, y: K): boolean {
  if (x instanceof Dictionary && y instanceof Dictionary && x.constructor === y.constructor)
    // attributes take no part in match: a sorted dictionary (127h) matches its plain twin
    return qMatch(x.keys, y.keys) && qMatch(x.values, y.values);
  if (x.type !== y.type) return false;
  if ((x.type === -9 || x.type === -8) && x instanceof Atom && y instanceof Atom)
    return floatEq(x.value as number, y.value as number);
  if ((x.type === 9 || x.type === 8) && x instanceof Vector && y instanceof Vector) {
    if (x.length !== y.length || x.attribute !== y.attribute)
      return x.length === y.length && x.equals(y);
    const a = x.data as Float64Array;
    const b = y.data as Float64Array;
    for (let i = 0; i < a.length; i++) if (!floatEq(a[i] as number, b[i] as number)) return false;
    return true;
  }
  if (x instanceof MixedList && y instanceof MixedList) {
    if (x.length !== y.length) return false;
    return x.items.every((it, i) => qMatch(it, y.items[i] as K));
  }
  return x.equals(y);
}
