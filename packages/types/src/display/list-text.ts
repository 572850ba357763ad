/**
 * The console's display of a general list: one item a line, each in its one-line form
 * (`(1;`a;"xyz")` prints `1`, `` `a ``, `"xyz"`). A list whose items are all lists of one
 * length is a matrix: rows print item by item without suffixes, columns aligned
 * (`3 dbl\2 7` prints `2  7` / `4  14`; `(cross/)(2 3;10;"abc")` prints `2 10 "a"`).
 * Symbol rows print bare (`` (`a`b;`c`d) `` prints `a b` / `c d`), as do boolean and char rows
 * among other rows (`(1 2 3;"xyz")` prints `1 2 3` / `x y z`); a list of only boolean or only
 * char vectors keeps their own form (`100b`, `"abcd"`).
 */
import type { K } from '../k.js';
import type { MixedList } from '../list.js';
import type { BasicCode, RawOf } from '../type-table.js';
import type { Vector } from '../vector.js';
import { plainText, vectorItemText } from './item-text.js';
import { nestedText } from './nested-text.js';
import { padRight, textWidth } from './text-width.js';

const ROW_VECTOR_TYPES = new Set<number>([2, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19]);

/** Row types printed bare only when the matrix also holds rows of another type. */
const MIXED_ONLY_ROW_TYPES = new Set<number>([1, 10]);

/** True if `x` can be a matrix row: a general list or a vector. */
function isRow(x: K): boolean {
  return x.type === 0 || ROW_VECTOR_TYPES.has(x.type) || MIXED_ONLY_ROW_TYPES.has(x.type);
}

/** True if the list prints as an aligned matrix. */
export function isMatrix(list: MixedList): boolean {
  const first = list.items[0];
  if (first === undefined || list.length < 2 || first.length < 1) return false;
  if (MIXED_ONLY_ROW_TYPES.has(first.type) && list.items.every((x) => x.type === first.type))
    return false;
  return list.items.every((x) => isRow(x) && x.length === first.length);
}

/** Aligned rows of a matrix's first `rows` items. */
export function matrixLines(
  list: MixedList,
  precision: number,
  rows: number,
  budget: number,
): string[] {
  const cells = list.items.slice(0, rows).map((x) => rowCells(x, precision, budget));
  const widths: number[] = [];
  for (const row of cells)
    row.forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 0, textWidth(c))));
  return cells.map((row) =>
    row.map((c, j) => (j === row.length - 1 ? c : padRight(c, widths[j] ?? 0))).join(' '),
  );
}

/** Lines of a general list's first `rows` items; `budget` bounds the width worked out. */
export function listLines(
  list: MixedList,
  precision: number,
  rows: number,
  budget: number,
): string[] {
  if (isMatrix(list)) return matrixLines(list, precision, rows, budget);
  return list.items.slice(0, rows).map((x) => nestedText(x, precision, budget));
}

/** Row types whose items print without their suffix or quotes inside a matrix. */
const BARE_ROW_TYPES = new Set<number>([1, 10, 11]);

function rowCells(x: K, precision: number, budget: number): string[] {
  const out: string[] = [];
  let width = 0;
  for (let i = 0; i < x.length && width <= budget; i++) {
    const text =
      x.type === 0
        ? nestedText((x as MixedList).items[i] as K, precision, budget)
        : BARE_ROW_TYPES.has(x.type)
          ? plainText(
              (x as Vector).type as BasicCode,
              (x as Vector).raw(i) as RawOf[BasicCode],
              precision,
            )
          : vectorItemText(
              (x as Vector).type as BasicCode,
              (x as Vector).raw(i) as RawOf[BasicCode],
              precision,
            );
    out.push(text);
    width += textWidth(text) + 1;
  }
  return out;
}
