/**
 * Cell texts of one column (of a table or of a dictionary's keys or values): simple
 * vectors give bare items with nulls blank (`1`, `a`, `2000.01.01`, ``), general lists
 * their items' one-line forms (`"abc"`, `1 2`, `,`a`).
 */
import type { EnumVector } from '../enumeration.js';
import type { K } from '../k.js';
import type { MixedList } from '../list.js';
import type { RawOf, BasicCode } from '../type-table.js';
import type { Vector } from '../vector.js';
import { cellText } from './item-text.js';
import { nestedText } from './nested-text.js';

/** True if `x` is a list whose items can be shown one a row (vector, general list, enumeration). */
export function isColumnLike(x: K): boolean {
  return (x.type >= 0 && x.type <= 76) || x.type === 77;
}

/** Texts of the first `rows` items of column `x`. */
export function columnCells(x: K, precision: number, rows: number): string[] {
  const n = Math.min(rows, x.length);
  const out: string[] = [];
  if (x.type > 0 && x.type <= 19) {
    const v = x as Vector;
    const code = v.type as BasicCode;
    for (let i = 0; i < n; i++) out.push(cellText(code, v.raw(i) as RawOf[BasicCode], precision));
  } else if (x.type === 0) {
    const list = x as MixedList;
    // an empty general list shows as a blank cell (`.Q.id (5#.Q.res)!(5#())` prints `abs1 |`)
    for (let i = 0; i < n; i++) {
      const item = list.items[i] as K;
      out.push(item.type === 0 && item.length === 0 ? '' : nestedText(item, precision));
    }
  } else if (x.type >= 20 && x.type <= 76) {
    const e = x as EnumVector;
    for (let i = 0; i < n; i++) out.push(e.symbolAt(i) ?? String(e.indices[i]));
  }
  return out;
}
