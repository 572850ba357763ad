import type { Atom } from './atom.js';
import type { Dictionary } from './dictionary.js';
import type { EnumAtom, EnumVector } from './enumeration.js';
import type { KError } from './k-error.js';
import type { Derived, Lambda, Primitive, Projection } from './function.js';
import type { K } from './k.js';
import type { MixedList } from './list.js';
import type { Table } from './table.js';
import type { BasicCode } from './type-table.js';
import type { Vector } from './vector.js';

function sameItem(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.every((x, i) => x === b[i]);
  // q's match treats nulls as equal: NaN matches NaN.
  return a === b || (a !== a && b !== b);
}

function sameStorage(a: Vector, b: Vector): boolean {
  const x = a.data as ArrayLike<unknown>;
  const y = b.data as ArrayLike<unknown>;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameItem(x[i], y[i])) return false;
  return true;
}

function sameLists(a: readonly K[], b: readonly K[]): boolean {
  return a.length === b.length && a.every((x, i) => match(x, b[i] as K));
}

/**
 * q's match (`x~y`): true when both have the same type, shape and items. Attributes are
 * ignored, nulls match nulls of the same type, and floats compare exactly.
 */
export function match(a: K, b: K): boolean {
  if (a === b) return true;
  if (a.type !== b.type) return false;
  const t = a.type;
  if (t < 0 && t > -20) return sameItem((a as Atom<BasicCode>).value, (b as Atom<BasicCode>).value);
  if (t > 0 && t < 20) return sameStorage(a as Vector, b as Vector);
  if (t === 0) return sameLists((a as MixedList).items, (b as MixedList).items);
  if (t === 98) {
    const x = a as Table;
    const y = b as Table;
    return (
      x.columns.length === y.columns.length &&
      x.columns.every((c, i) => c === y.columns[i]) &&
      sameLists(x.data, y.data)
    );
  }
  if (t === 99 || t === 127) {
    const x = a as Dictionary;
    const y = b as Dictionary;
    return match(x.keys, y.keys) && match(x.values, y.values);
  }
  if (t >= 20 && t <= 76) {
    const x = a as EnumVector;
    const y = b as EnumVector;
    return (
      x.domain === y.domain &&
      x.indices.length === y.indices.length &&
      x.indices.every((v, i) => v === y.indices[i])
    );
  }
  if (t <= -20 && t >= -76)
    return (
      (a as EnumAtom).domain === (b as EnumAtom).domain &&
      (a as EnumAtom).index === (b as EnumAtom).index
    );
  if (t === 100)
    return (
      (a as Lambda).source === (b as Lambda).source &&
      (a as Lambda).context === (b as Lambda).context
    );
  if (t >= 101 && t <= 103) return (a as Primitive).code === (b as Primitive).code;
  if (t === 104 || t === 105) return sameLists((a as Projection).items, (b as Projection).items);
  if (t >= 106 && t <= 111) return match((a as Derived).fn, (b as Derived).fn);
  if (t === -128) return (a as KError).message === (b as KError).message;
  return false;
}
