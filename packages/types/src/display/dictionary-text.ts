/**
 * The console's dictionary display: one line an entry, `key| value`, keys padded to the
 * widest key; keys and values shown as table cells are (`a| 1`, `b| "xyz"`, `c| 1 2`).
 */
import type { Dictionary } from '../dictionary.js';
import type { MixedList } from '../list.js';
import { columnCells } from './column-cells.js';
import { isMatrix, matrixLines } from './list-text.js';
import { padRight, textWidth } from './text-width.js';

/** Lines of a dictionary for its first `rows` entries. */
export function dictionaryLines(d: Dictionary, precision: number, rows: number): string[] {
  const keys = columnCells(d.keys, precision, rows);
  // values that are lists of one length align like a matrix (`d div 5` prints `a| 2 -5 0`)
  const values =
    d.values.type === 0 && isMatrix(d.values as MixedList)
      ? matrixLines(d.values as MixedList, precision, rows, Infinity)
      : columnCells(d.values, precision, rows);
  const width = Math.max(0, ...keys.map(textWidth));
  return keys.map((k, i) => `${padRight(k, width)}| ${values[i] ?? ''}`);
}
