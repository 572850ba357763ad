/**
 * Arithmetic: `+ - * %`, `&` `|` (min, max), `div`, `mod`, `xexp`, `xlog`, and the
 * unary maths (`neg abs signum reciprocal sqrt exp log floor ceiling`, the trig family),
 * with q's type promotion, temporal rules and null propagation.
 */
import { Atom, K, MixedList, QError, cast, type BasicCode } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import { fromItems } from '../values/shape.js';
import { TOLERANCE } from '../values/match.js';
import { loopF, loopJ, type ArithOp } from './arith-kernel.js';
import { atomic1, atomic2 } from './atomic.js';
import { lower } from './string.js';
import {
  arithCode,
  codeOf,
  isIntegral,
  isNumeric,
  isTemporalCode,
  isWide,
  pairLength,
  readF,
  readJ,
  writeF,
  writeJ,
  type Leaf,
} from './numeric.js';

const CLOCK = new Set<BasicCode>([16, 17, 18, 19]);

function to(code: BasicCode, x: Leaf): Leaf {
  return codeOf(x) === code ? x : (cast(code, x) as Leaf);
}

/** Align temporal operands; gives the converted operands and the result type. */
function temporal(
  op: ArithOp,
  x: Leaf,
  y: Leaf,
  cx: BasicCode,
  cy: BasicCode,
): [Leaf, Leaf, BasicCode] {
  const tx = isTemporalCode(cx);
  const ty = isTemporalCode(cy);
  if (tx && ty) {
    if (op === '%') return [x, y, 9];
    if (cx === cy) {
      if (op === '-') {
        if (cx === 12) return [x, y, 16];
        if (cx === 13 || cx === 14) return [x, y, 6];
        if (cx === 15) return [x, y, 9];
      }
      return [x, y, cx];
    }
    const calX = cx === 12 || cx === 14 || cx === 13 || cx === 15;
    const calY = cy === 12 || cy === 14 || cy === 13 || cy === 15;
    if (calX && !calY) return [to(12, x), to(16, y), 12];
    if (calY && !calX) return [to(16, x), to(12, y), 12];
    if (calX && calY) return op === '-' ? [to(12, x), to(12, y), 16] : [to(12, x), to(12, y), 12];
    if (CLOCK.has(cx) && CLOCK.has(cy)) return [to(16, x), to(16, y), 16];
    return [x, y, cx];
  }
  const t = tx ? cx : cy;
  const other = tx ? cy : cx;
  if (op === '%') return [x, y, 9];
  if (isIntegral(other)) return [x, y, t];
  // a date plus fractional days is a datetime
  if (t === 15 || (other === 9 && t === 14 && op !== '*')) return [x, y, 15];
  return [x, y, 9];
}

/** One binary arithmetic op on two leaves. */
export function arithLeaf(op: ArithOp, x: Leaf, y: Leaf): Leaf {
  let cx = codeOf(x);
  let cy = codeOf(y);
  if ((op === '%' || op === 'div') && (cx === 10 || cy === 10)) {
    // chars divide as their bytes ("z"%"a"), though + - * on chars are type errors
    if (cx === 10) x = cast(4, x) as Leaf;
    if (cy === 10) y = cast(4, y) as Leaf;
    return arithLeaf(op, x, y);
  }
  if (!isNumeric(cx) || !isNumeric(cy)) {
    if ((op === '&' || op === '|') && cx === cy && cx !== 2) return minMaxOrdered(op, x, y);
    if ((op === '&' || op === '|') && (cx === 10 || cy === 10) && isNumeric(cx === 10 ? cy : cx)) {
      cx = cx === 10 ? 4 : cx;
      cy = cy === 10 ? 4 : cy;
      return arithLeaf(
        op,
        codeOf(x) === 10 ? (cast(4, x) as Leaf) : x,
        codeOf(y) === 10 ? (cast(4, y) as Leaf) : y,
      );
    }
    throw new QError('type', `${op} of non-numeric`);
  }
  let rc: BasicCode;
  if (isTemporalCode(cx) || isTemporalCode(cy)) [x, y, rc] = temporal(op, x, y, cx, cy);
  else if (op === '%' || op === 'xexp') rc = cx === 8 && cy === 8 ? 8 : 9;
  else if (op === '&' || op === '|')
    rc = Math.max(cx, cy) === 8 && (cx === 7 || cy === 7) ? 9 : (Math.max(cx, cy) as BasicCode);
  else if (op === 'div') rc = cx === 9 || cx === 8 ? 9 : cx === 7 ? 7 : 6;
  else if (op === 'mod') rc = arithCode(cx, cy);
  else rc = arithCode(cx, cy);
  const atom = x instanceof Atom && y instanceof Atom;
  const n = pairLength(x, y);
  const fx = codeOf(x);
  const fy = codeOf(y);
  const floaty = fx === 9 || fx === 8 || fy === 9 || fy === 8 || fx === 15 || fy === 15;
  if (isWide(rc) && !floaty && op !== '%' && op !== 'xexp')
    return writeJ(rc, loopJ(op, readJ(x), readJ(y), n), atom);
  if (op === 'div' && floaty) return writeF(rc, loopF(op, readF(x), readF(y), n), atom);
  return writeF(rc, loopF(op, readF(x), readF(y), n), atom);
}

function minMaxOrdered(op: '&' | '|', x: Leaf, y: Leaf): Leaf {
  const n = pairLength(x, y);
  const items: K[] = [];
  for (let i = 0; i < n; i++) {
    const a = x instanceof Atom ? x : x.at(i);
    const b = y instanceof Atom ? y : y.at(i);
    const lt = (a.value as string | number) < (b.value as string | number);
    items.push(op === '&' ? (lt ? a : b) : lt ? b : a);
  }
  if (x instanceof Atom && y instanceof Atom) return items[0] as Leaf;
  return fromItems(items) as Leaf;
}

/** A binary op extended atomically. */
export function arith(op: ArithOp): (x: K, y: K) => K {
  return atomic2((x, y) => arithLeaf(op, x, y), op);
}

type UnaryF = (v: number) => number;

/** A unary float function (`sqrt`, `exp`, ...): result float (real stays real). */
function floatFn(name: string, f: UnaryF): (x: K) => K {
  return atomic1((x) => {
    const c = codeOf(x);
    if (!isNumeric(c)) throw new QError('type', `${name} of non-numeric`);
    const v = readF(x);
    const out = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = f(v[i] as number);
    return writeF(c === 8 ? 8 : 9, out, x instanceof Atom);
  }, name);
}

/** A unary function keeping the type (`neg`, `abs`). */
function sameType(name: string, f: UnaryF, g: (v: bigint) => bigint): (x: K) => K {
  return atomic1((x) => {
    const c = codeOf(x);
    if (!isNumeric(c)) throw new QError('type', `${name} of non-numeric`);
    const rc: BasicCode = c === 1 || c === 4 ? 6 : c;
    if (isWide(c)) {
      const v = readJ(x);
      const out = new BigInt64Array(v.length);
      for (let i = 0; i < v.length; i++)
        out[i] = v[i] === -0x8000000000000000n ? (v[i] as bigint) : g(v[i] as bigint);
      return writeJ(rc, out, x instanceof Atom);
    }
    const v = readF(x);
    const out = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = f(v[i] as number);
    return writeF(rc, out, x instanceof Atom);
  }, name);
}

/** Floor/ceiling: float to long, integral unchanged. */
function rounding(name: string, f: UnaryF): (x: K) => K {
  return atomic1((x) => {
    const c = codeOf(x);
    if (!isNumeric(c)) throw new QError('type', `${name} of non-numeric`);
    if (c !== 9 && c !== 8 && c !== 15)
      return c === 1 || c === 4 ? writeF(6, readF(x), x instanceof Atom) : x;
    const v = readF(x);
    const out = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = f(v[i] as number);
    return writeF(7, out, x instanceof Atom);
  }, name);
}

/** `floor` of chars and symbols lowercases them (floor.md: range `c` and `s`). */
function lowerText(numeric: (x: K) => K): (x: K) => K {
  const g = (x: K): K => {
    if (x.type === 10 || x.type === -10 || x.type === 11 || x.type === -11) return lower(x);
    if (
      x instanceof MixedList &&
      x.items.some((i) => Math.abs(i.type) === 10 || Math.abs(i.type) === 11)
    )
      return fromItems(x.items.map(g));
    return numeric(x);
  };
  return g;
}

/** ceiling with q's comparison tolerance: a value within 2^-43 (relative) above an integer is that integer. */
function tolerantCeiling(v: number): number {
  const c = Math.ceil(v);
  return Math.abs(v - (c - 1)) <= TOLERANCE * Math.abs(v) ? c - 1 : c;
}

const signum = atomic1((x) => {
  const c = codeOf(x);
  if (!isNumeric(c)) throw new QError('type', 'signum of non-numeric');
  const v = readF(x);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const a = v[i] as number;
    out[i] = Number.isNaN(a) ? -1 : a > 0 ? 1 : a < 0 ? -1 : 0;
  }
  return writeF(6, out, x instanceof Atom);
}, 'signum');

const xlog = atomic2((x, y) => {
  const a = readF(x);
  const b = readF(y);
  const n = pairLength(x, y);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++)
    out[i] =
      Math.log(b[a.length === 1 ? i * 0 + (b.length === 1 ? 0 : i) : i] as number) /
      Math.log(a[a.length === 1 ? 0 : i] as number);
  return writeF(9, out, x instanceof Atom && y instanceof Atom);
}, 'xlog');

const neg = sameType(
  'neg',
  (v) => -v,
  (v) => -v,
);

/** The arithmetic builtins. */
export const ARITH: Readonly<Record<string, BuiltinImpl>> = {
  '+': { dyad: arith('+') },
  '&': { dyad: arith('&') },
  '|': { dyad: arith('|') },
  and: { dyad: arith('&') },
  or: { dyad: arith('|') },
  '-': { monad: neg, dyad: arith('-') },
  '*': { dyad: arith('*') },
  '%': { monad: floatFn('reciprocal', (v) => 1 / v), dyad: arith('%') },
  div: { dyad: arith('div') },
  mod: { dyad: arith('mod') },
  xexp: { dyad: arith('xexp') },
  xlog: { dyad: xlog },
  neg: { monad: neg },
  abs: { monad: sameType('abs', Math.abs, (v) => (v < 0n ? -v : v)) },
  signum: { monad: signum },
  reciprocal: { monad: floatFn('reciprocal', (v) => 1 / v) },
  sqrt: { monad: floatFn('sqrt', Math.sqrt) },
  exp: { monad: floatFn('exp', Math.exp), dyad: arith('xexp') },
  log: { monad: floatFn('log', Math.log), dyad: xlog },
  floor: { monad: lowerText(rounding('floor', Math.floor)) },
  ceiling: { monad: rounding('ceiling', tolerantCeiling) },
  sin: { monad: floatFn('sin', Math.sin) },
  cos: { monad: floatFn('cos', Math.cos) },
  tan: { monad: floatFn('tan', Math.tan) },
  asin: { monad: floatFn('asin', Math.asin) },
  acos: { monad: floatFn('acos', Math.acos) },
  atan: { monad: floatFn('atan', Math.atan) },
};
