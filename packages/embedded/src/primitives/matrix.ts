/**
 * Matrix maths over lists of float vectors: `mmu` (product), `inv` (inverse by Gauss-Jordan
 * elimination with partial pivoting), `lsq` (least squares: x lsq y solves x = w mmu y).
 */
import { K, MixedList, QError, Vector } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import { isAtom, isVector, itemsOf } from '../values/shape.js';
import { readF, type Leaf } from './numeric.js';
import { checkDeadline } from '../eval/limits.js';

type Matrix = number[][];

function toMatrix(x: K): Matrix {
  if (isVector(x)) return [Array.from(readF(x))];
  return itemsOf(x).map((r) => {
    if (!isVector(r) && !isAtom(r)) throw new QError('type', 'matrix rows must be numeric');
    return Array.from(readF(r as Leaf));
  });
}

function fromMatrix(m: Matrix): K {
  return new MixedList(m.map((r) => new Vector(9, Float64Array.from(r))));
}

function multiply(a: Matrix, b: Matrix): Matrix {
  const n = b[0]?.length ?? 0;
  if ((a[0]?.length ?? 0) !== b.length) throw new QError('length', 'mmu: inner dimensions differ');
  checkDeadline();
  return a.map((row) =>
    Array.from({ length: n }, (_, j) =>
      row.reduce((s, v, k) => s + v * ((b[k] as number[])[j] as number), 0),
    ),
  );
}

function invert(a: Matrix): Matrix {
  const n = a.length;
  if (a.some((r) => r.length !== n)) throw new QError('length', 'inv needs a square matrix');
  const m = a.map((r, i) => [...r, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    checkDeadline();
    let p = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[p] as number[])[c] as number))
        p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = (m[c] as number[])[c] as number;
    if (pivot === 0) return a.map((r) => r.map(() => NaN));
    m[c] = (m[c] as number[]).map((v) => v / pivot);
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r] as number[])[c] as number;
      m[r] = (m[r] as number[]).map((v, j) => v - f * ((m[c] as number[])[j] as number));
    }
  }
  return m.map((r) => r.slice(n));
}

function transpose(a: Matrix): Matrix {
  return (a[0] ?? []).map((_, j) => a.map((r) => r[j] as number));
}

function mmu(x: K, y: K): K {
  const yIsVector = isVector(y);
  const a = toMatrix(x);
  const b = yIsVector ? transpose(toMatrix(y)) : toMatrix(y);
  const r = multiply(isVector(x) ? a : a, b);
  if (yIsVector) return new Vector(9, Float64Array.from(r.map((row) => row[0] as number)));
  return isVector(x) ? new Vector(9, Float64Array.from(r[0] ?? [])) : fromMatrix(r);
}

/** `x lsq y`: w with x = w mmu y, by w = x mmu y' inv (y mmu y'). */
function lsq(x: K, y: K): K {
  const a = toMatrix(x);
  const b = toMatrix(y);
  const bt = transpose(b);
  const w = multiply(multiply(a, bt), invert(multiply(b, bt)));
  return isVector(x) ? new Vector(9, Float64Array.from(w[0] ?? [])) : fromMatrix(w);
}

/** The matrix builtins. */
export const MATRIX: Readonly<Record<string, BuiltinImpl>> = {
  mmu: { dyad: mmu },
  inv: { monad: (x) => fromMatrix(invert(toMatrix(x))) },
  lsq: { dyad: lsq },
};
