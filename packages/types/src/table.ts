import { Dictionary } from './dictionary.js';
import { QError } from './error.js';
import { K } from './k.js';
import type { Attribute } from './type-table.js';

/**
 * A table, q type 98: a flipped dictionary of symbol column names to equal-length
 * columns (vectors or mixed lists).
 */
export class Table extends K {
  /** Always 98. */
  readonly type = 98 as const;

  /**
   * @param columns - column names, unique.
   * @param data - one list per column, all the same length; adopted, not copied.
   * @param attribute - attribute of the table itself (rare).
   * @throws QError `length` if counts differ; `type` if a column is an atom or names repeat.
   */
  constructor(
    readonly columns: readonly string[],
    readonly data: readonly K[],
    readonly attribute: Attribute = '',
  ) {
    super();
    if (columns.length !== data.length) {
      throw new QError('length', `table has ${columns.length} names and ${data.length} columns`);
    }
    if (new Set(columns).size !== columns.length)
      throw new QError('type', 'table column names repeat');
    const n = data[0]?.length ?? 0;
    for (const [i, col] of data.entries()) {
      if (col.type < 0 || col.type >= 98) {
        throw new QError('type', `column ${columns[i] ?? i} is not a list`);
      }
      if (col.length !== n)
        throw new QError('length', `column ${columns[i] ?? i} has ${col.length} rows, not ${n}`);
    }
  }

  /** Number of rows. */
  get length(): number {
    return this.data[0]?.length ?? 0;
  }

  /** The column named `name`, or `undefined`. */
  column(name: string): K | undefined {
    const i = this.columns.indexOf(name);
    return i < 0 ? undefined : this.data[i];
  }
}

/** A keyed table, q type 99 (127 when sorted, `` `s#kt ``): a dictionary of two tables. */
export class KeyedTable extends Dictionary<Table, Table> {
  /**
   * @param keys - the key columns as a table.
   * @param values - the value columns as a table, with as many rows.
   * @param sorted - true for a sorted keyed table (type 127), as `` `s# `` makes it.
   */
  constructor(keys: Table, values: Table, sorted = false) {
    super(keys, values, sorted);
  }
}
