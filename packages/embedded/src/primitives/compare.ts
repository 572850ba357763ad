/**
 * Comparison and logic: `= <> < > <= >= ~ not`, with q's ordering (nulls lowest), float
 * comparison tolerance (relative 2^-43, so `(0.1+0.2)=0.3`), symbols by text, and
 * temporal values of different types compared as instants.
 */
import { Atom, K, QError, Vector, cast, formatGuid, type BasicCode } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import { bool } from '../values/shape.js';
import { floatEq, qMatch } from '../values/match.js';
import { atomic1, atomic2 } from './atomic.js';
import { codeOf, isTemporalCode, isWide, pairLength, readF, readJ, type Leaf } from './numeric.js';

const feq = floatEq;

function flt(a: number, b: number): boolean {
  if (Number.isNaN(a)) return !Number.isNaN(b);
  if (Number.isNaN(b)) return false;
  return a < b && !feq(a, b);
}

function texts(x: Leaf): string[] {
  const c = codeOf(x);
  if (c === 11) return x instanceof Atom ? [x.value as string] : [...(x.data as string[])];
  if (c === 2)
    return x instanceof Atom
      ? [formatGuid(x.value as Uint8Array)]
      : [...x].map((a) => formatGuid(a.value as Uint8Array));
  throw new QError('type', 'not text');
}

function align(x: Leaf, y: Leaf): [Leaf, Leaf] {
  const cx = codeOf(x);
  const cy = codeOf(y);
  if (cx === cy || !isTemporalCode(cx) || !isTemporalCode(cy)) return [x, y];
  const cal = (c: BasicCode) => c === 12 || c === 13 || c === 14 || c === 15;
  const target: BasicCode = cal(cx) || cal(cy) ? 12 : 16;
  return [cast(target, x) as Leaf, cast(target, y) as Leaf];
}

/** `x = y` (eq) or `x < y` (lt) on two leaves, as a boolean leaf. */
function compareLeaf(kind: 'eq' | 'lt', x0: Leaf, y0: Leaf): Leaf {
  const [x, y] = align(x0, y0);
  const cx = codeOf(x);
  const cy = codeOf(y);
  const n = pairLength(x, y);
  const out = new Uint8Array(n);
  const sx = x instanceof Atom && n !== 1 ? 0 : 1;
  const sy = y instanceof Atom && n !== 1 ? 0 : 1;
  const textual = (c: BasicCode) => c === 11 || c === 2;
  if (textual(cx) || textual(cy)) {
    if (cx !== cy) throw new QError('type', 'comparing text with numbers');
    const a = texts(x);
    const b = texts(y);
    for (let i = 0; i < n; i++) {
      const p = a[i * sx] as string;
      const q = b[i * sy] as string;
      out[i] = kind === 'eq' ? (p === q ? 1 : 0) : p < q ? 1 : 0;
    }
  } else if (isWide(cx) && isWide(cy)) {
    const a = readJ(x);
    const b = readJ(y);
    for (let i = 0; i < n; i++) {
      const p = a[i * sx] as bigint;
      const q = b[i * sy] as bigint;
      out[i] = kind === 'eq' ? (p === q ? 1 : 0) : p < q ? 1 : 0;
    }
  } else {
    const a = readF(x);
    const b = readF(y);
    for (let i = 0; i < n; i++) {
      const p = a[i * sx] as number;
      const q = b[i * sy] as number;
      out[i] = kind === 'eq' ? (feq(p, q) ? 1 : 0) : flt(p, q) ? 1 : 0;
    }
  }
  return x instanceof Atom && y instanceof Atom
    ? new Atom(1, out[0] as number)
    : new Vector(1, out);
}

function negate(b: K): K {
  if (b instanceof Atom) return new Atom(1, (b.value as number) ^ 1);
  if (b instanceof Vector && b.type === 1)
    return new Vector(
      1,
      (b.data as Uint8Array).map((v) => v ^ 1),
    );
  return notFn(b);
}

const eq = atomic2((x, y) => compareLeaf('eq', x, y), '=');
const lt = atomic2((x, y) => compareLeaf('lt', x, y), '<');
const gt = atomic2((x, y) => compareLeaf('lt', y, x), '>');
const ne = atomic2((x, y) => negate(compareLeaf('eq', x, y)) as Leaf, '<>');
const le = atomic2((x, y) => negate(compareLeaf('lt', y, x)) as Leaf, '<=');
const ge = atomic2((x, y) => negate(compareLeaf('lt', x, y)) as Leaf, '>=');

/** `not x`: 1b where x is zero. */
const notFn = atomic1((x) => {
  const c = codeOf(x);
  if (c === 11) throw new QError('type', 'not of a symbol');
  if (c === 2) return compareLeaf('eq', x, new Atom(2, new Uint8Array(16)));
  const v = isWide(c) ? null : readF(x);
  const w = isWide(c) ? readJ(x) : null;
  const n = x instanceof Atom ? 1 : x.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = w ? (w[i] === 0n ? 1 : 0) : (v?.[i] as number) === 0 ? 1 : 0;
  return x instanceof Atom ? new Atom(1, out[0] as number) : new Vector(1, out);
}, 'not');

/** The comparison builtins (`~` match is in list.ts with the other whole-value primitives). */
export const COMPARE: Readonly<Record<string, BuiltinImpl>> = {
  '=': { dyad: eq },
  '<': { dyad: lt },
  '>': { dyad: gt },
  '<>': { dyad: ne },
  '<=': { dyad: le },
  '>=': { dyad: ge },
  not: { monad: notFn },
  '~': { monad: notFn, dyad: (x, y) => bool(qMatch(x, y)) },
};

export { eq as equal, lt as lessThan };
