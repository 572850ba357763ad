/**
 * The console's table display: a header of column names, a line of dashes, then one
 * line a row, each column as wide as its widest cell or name, columns one blank apart,
 * everything left-aligned. A keyed table puts its key columns left of `| `.
 */
import type { Dictionary } from '../dictionary.js';
import type { K } from '../k.js';
import type { KeyedTable, Table } from '../table.js';
import { columnCells } from './column-cells.js';
import { padRight, textWidth } from './text-width.js';

/** Lines of a table (header, dashes, rows) for its first `rows` rows. */
export function tableLines(t: Table, precision: number, rows: number): string[] {
  return columnLines(t.columns, t.data, t.length, precision, rows);
}

function columnLines(
  names: readonly string[],
  data: readonly K[],
  count: number,
  precision: number,
  rows: number,
): string[] {
  const columns = data.map((col, j) => {
    const cells = columnCells(col, precision, rows);
    const name = names[j] ?? '';
    const width = Math.max(textWidth(name), ...cells.map(textWidth));
    return { name, cells, width };
  });
  const total = columns.reduce((sum, c) => sum + c.width, 0) + Math.max(0, columns.length - 1);
  const n = Math.min(rows, count);
  const lines = [columns.map((c) => padRight(c.name, c.width)).join(' '), '-'.repeat(total)];
  for (let i = 0; i < n; i++)
    lines.push(columns.map((c) => padRight(c.cells[i] ?? '', c.width)).join(' '));
  return lines;
}

/** Lines of a keyed table: key table lines, `| `, value table lines. */
export function keyedTableLines(kt: KeyedTable, precision: number, rows: number): string[] {
  const left = tableLines(kt.keys, precision, rows);
  const right = tableLines(kt.values, precision, rows);
  return left.map((l, i) => `${l}| ${right[i] ?? ''}`);
}

/**
 * Lines of a dictionary from a list to a table: the keys show as a column without a name
 * (`exec c2:c2 by c1 from t` prints ` | c2` / `-| --`).
 */
export function columnKeyedLines(d: Dictionary, precision: number, rows: number): string[] {
  const left = columnLines([''], [d.keys], d.length, precision, rows);
  const right = tableLines(d.values as Table, precision, rows);
  return left.map((l, i) => `${l}| ${right[i] ?? ''}`);
}

/**
 * Lines of a dictionary keyed by a table whose values are one list: the list shows as a
 * column without a name (`?[t;();enlist[`one]!enlist`c1;`c2]` prints `one|` / `---| ----`).
 */
export function tableKeyedLines(d: Dictionary, precision: number, rows: number): string[] {
  const left = tableLines(d.keys as Table, precision, rows);
  const right = columnLines([''], [d.values], d.length, precision, rows);
  return left.map((l, i) => `${l}| ${right[i] ?? ''}`);
}
