/**
 * Element loops for binary arithmetic in the two numeric domains: JS numbers (NaN is
 * null) and 64-bit bigints (q's long null propagates, overflow wraps as in q).
 */
import { checkAlloc } from '../eval/limits.js';
import { NULL_J } from './numeric.js';

/** The binary operations with kernels. */
export type ArithOp = '+' | '-' | '*' | '%' | '&' | '|' | 'div' | 'mod' | 'xexp';

function fop(op: ArithOp): (a: number, b: number) => number {
  switch (op) {
    case '+':
      return (a, b) => a + b;
    case '-':
      return (a, b) => a - b;
    case '*':
      return (a, b) => a * b;
    case '%':
      return (a, b) => a / b;
    case '&':
      return (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : a < b ? a : b);
    case '|':
      return (a, b) => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : a > b ? a : b);
    case 'div':
      return (a, b) => Math.floor(a / b);
    case 'mod':
      return (a, b) => a - b * Math.floor(a / b);
    case 'xexp':
      return (a, b) => Math.pow(a, b);
  }
}

/** `out[i] = a[i] op b[i]` over numbers, with atoms (length 1) broadcast. */
export function loopF(op: ArithOp, a: Float64Array, b: Float64Array, n: number): Float64Array {
  checkAlloc(n);
  const out = new Float64Array(n);
  const sa = a.length === 1 && n !== 1 ? 0 : 1;
  const sb = b.length === 1 && n !== 1 ? 0 : 1;
  if (op === '+' && sa === 1 && sb === 1) {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) + (b[i] as number);
    return out;
  }
  if (op === '*' && sa === 1 && sb === 1) {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) * (b[i] as number);
    return out;
  }
  const f = fop(op);
  for (let i = 0; i < n; i++) out[i] = f(a[i * sa] as number, b[i * sb] as number);
  return out;
}

function jop(op: ArithOp): (a: bigint, b: bigint) => bigint {
  switch (op) {
    case '+':
      return (a, b) => a + b;
    case '-':
      return (a, b) => a - b;
    case '*':
      return (a, b) => a * b;
    case '&':
      return (a, b) => (a < b ? a : b);
    case '|':
      return (a, b) => (a > b ? a : b);
    case 'div':
      return (a, b) => {
        if (b === 0n)
          return a === 0n ? NULL_J : a > 0n ? 0x7fffffffffffffffn : -0x7fffffffffffffffn;
        const q = a / b;
        return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
      };
    case 'mod':
      return (a, b) => {
        if (b === 0n) return a;
        const r = a % b;
        return r !== 0n && r < 0n !== b < 0n ? r + b : r;
      };
    default:
      throw new Error(`no bigint kernel for ${op}`);
  }
}

/** `out[i] = a[i] op b[i]` over bigints; a null operand gives null (not for & |). */
export function loopJ(op: ArithOp, a: BigInt64Array, b: BigInt64Array, n: number): BigInt64Array {
  checkAlloc(n);
  const out = new BigInt64Array(n);
  const sa = a.length === 1 && n !== 1 ? 0 : 1;
  const sb = b.length === 1 && n !== 1 ? 0 : 1;
  const f = jop(op);
  const nullSafe = op === '&' || op === '|';
  if (op === '+' && sa === 1 && sb === 1) {
    // storing into a BigInt64Array wraps modulo 2^64, as q's overflow does
    for (let i = 0; i < n; i++) {
      const x = a[i] as bigint;
      const y = b[i] as bigint;
      out[i] = x === NULL_J || y === NULL_J ? NULL_J : x + y;
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    const x = a[i * sa] as bigint;
    const y = b[i * sb] as bigint;
    out[i] = !nullSafe && (x === NULL_J || y === NULL_J) ? NULL_J : f(x, y);
  }
  return out;
}
