/**
 * `toString()` of every K value: exactly what the q console prints for it, including
 * `\P` float precision and `\c` truncation with `..`.
 *
 * The identity `::` (q's generic null) gives `''`: the console prints nothing for it, so
 * a console built on this prints `formatValue(x)` only when it is not empty. Inside other
 * values it shows as `::`.
 */
import type { Dictionary } from '../dictionary.js';
import type { K } from '../k.js';
import type { MixedList } from '../list.js';
import type { KeyedTable, Table } from '../table.js';
import { isColumnLike } from './column-cells.js';
import { consoleSize, fitLines, maxLines, type ConsoleSize } from './console-size.js';
import { dictionaryLines } from './dictionary-text.js';
import { significantDigits } from './float-text.js';
import { isIdentity } from './function-text.js';
import { listLines } from './list-text.js';
import { nestedText } from './nested-text.js';
import { columnKeyedLines, keyedTableLines, tableKeyedLines, tableLines } from './table-text.js';

/** Console settings that change display, as q's `\P` and `\c` set them. */
export interface DisplayOptions {
  /** Significant digits for floats (`\P`, default 7; 0 means 17). */
  readonly precision?: number;
  /** Console height and width (`\c`, default 25 80; each clamped to 10..2000 as q does). */
  readonly consoleSize?: readonly [rows: number, columns: number];
}

/** The q console's text for `value`, lines joined with `\n`. */
export function formatValue(value: K, options?: DisplayOptions): string {
  const precision = significantDigits(options?.precision ?? 7);
  const size = consoleSize(options?.consoleSize);
  if (isIdentity(value)) return '';
  return fitLines(...consoleLines(value, precision, size)).join('\n');
}

/**
 * The one-line q source text of `value`, as `-3!x` and `.Q.s1` give it: `` `a`b!1 2 ``,
 * `(1;"ab")`, `+`a`b!(1 2;3 4)`. No console truncation.
 */
export function formatInline(value: K, options?: Pick<DisplayOptions, 'precision'>): string {
  return nestedText(value, significantDigits(options?.precision ?? 7));
}

/** The untruncated lines for the part of `value` that can show, and whether more exists. */
function consoleLines(
  value: K,
  precision: number,
  size: ConsoleSize,
): [string[], ConsoleSize, boolean] {
  const budget = size.cols + 8;
  const limit = maxLines(size);
  const t = value.type;
  if (t === 98) {
    const table = value as Table;
    const rows = rowsShown(table.length, 2, limit);
    return [tableLines(table, precision, rows), size, rows < table.length];
  }
  if (t === 99 || t === 127) {
    const d = value as Dictionary;
    if (d.keys.type === 98 && d.values.type === 98) {
      const rows = rowsShown(d.length, 2, limit);
      return [keyedTableLines(d as KeyedTable, precision, rows), size, rows < d.length];
    }
    if (d.keys.type === 98 && isColumnLike(d.values)) {
      const rows = rowsShown(d.length, 2, limit);
      return [tableKeyedLines(d, precision, rows), size, rows < d.length];
    }
    if (isColumnLike(d.keys) && d.values.type === 98 && d.length > 0) {
      const rows = rowsShown(d.length, 2, limit);
      return [columnKeyedLines(d, precision, rows), size, rows < d.length];
    }
    if (isColumnLike(d.keys) && isColumnLike(d.values) && d.length > 0) {
      const rows = rowsShown(d.length, 0, limit);
      return [dictionaryLines(d, precision, rows), size, rows < d.length];
    }
  }
  if (t === 0 && value.length > 0) {
    const list = value as MixedList;
    const rows = rowsShown(list.length, 0, limit);
    return [listLines(list, precision, rows, budget), size, rows < list.length];
  }
  return [nestedText(value, precision, budget).split('\n'), size, false];
}

/** Data rows that fit under `header` lines: all, or as many as leave room for `..`. */
function rowsShown(count: number, header: number, limit: number): number {
  return header + count > limit ? Math.max(0, limit - 1 - header) : count;
}
