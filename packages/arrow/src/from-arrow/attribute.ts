/**
 * Re-applying a `kdb.attr` after a round trip. A wrong `s#` makes q give wrong answers, so each
 * attribute is checked first (sorted, unique, parted; grouped always holds) and refused, with a
 * report, when the data does not satisfy it.
 */
import { formatGuid, type Attribute, type K, Vector } from '@qts/types';
import type { FromArrowContext } from './context.js';

function keyOf(v: Vector, i: number): unknown {
  if (v.type === 2) return formatGuid((v.data as Uint8Array).subarray(i * 16, i * 16 + 16));
  const x = (v.data as ArrayLike<unknown>)[i];
  return typeof x === 'number' && Number.isNaN(x) ? 'NaN' : x;
}

function less(v: Vector, a: number, b: number): boolean {
  const x = keyOf(v, a);
  const y = keyOf(v, b);
  if (typeof x === 'number' && typeof y === 'number') return x < y;
  if (x === 'NaN' || y === 'NaN') return x === 'NaN' && y !== 'NaN';
  return (x as string | bigint) < (y as string | bigint);
}

/** True if the vector satisfies the attribute. */
export function satisfies(v: Vector, attr: Attribute): boolean {
  const n = v.length;
  if (attr === 's') {
    for (let i = 1; i < n; i++) if (less(v, i, i - 1)) return false;
    return true;
  }
  if (attr === 'u') {
    const seen = new Set<unknown>();
    for (let i = 0; i < n; i++) seen.add(keyOf(v, i));
    return seen.size === n;
  }
  if (attr === 'p') {
    const seen = new Set<unknown>();
    for (let i = 0; i < n; i++) {
      const k = keyOf(v, i);
      if (i > 0 && k === keyOf(v, i - 1)) continue;
      if (seen.has(k)) return false;
      seen.add(k);
    }
    return true;
  }
  return true;
}

/** The column with the attribute from `kdb.attr` applied when it holds; otherwise reported. */
export function applyAttribute(k: K, attr: string | undefined, ctx: FromArrowContext): K {
  if (attr === undefined || attr === '' || !(k instanceof Vector)) return k;
  if (!['s', 'u', 'p', 'g'].includes(attr)) {
    ctx.log.add('out-of-spec', ctx.column, 1, attr, `unknown kdb.attr ${attr} ignored`);
    return k;
  }
  const v = k as Vector;
  if (!satisfies(v, attr as Attribute)) {
    ctx.log.add(
      'out-of-spec',
      ctx.column,
      1,
      attr,
      `data does not satisfy ${attr}#: attribute dropped`,
    );
    return k;
  }
  return v.withAttribute(attr as Attribute);
}
