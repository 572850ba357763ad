import { K, type Attribute, type Dictionary } from '@qts/types';

/**
 * A table (type 98) whose dictionary does not hold a list of columns: what kdb+ sends for a
 * splayed table it has not loaded (`get` of a splayed directory gives the column names and
 * the directory's path as a symbol atom). `Table` cannot hold it, so the codec keeps the
 * dictionary as it came, to hand back and re-encode byte for byte.
 */
export class TableReference extends K {
  /** Always 98. */
  readonly type = 98 as const;

  /**
   * @param dictionary - the flipped dictionary: column names to whatever kdb+ sent.
   * @param attribute - the table's attribute byte.
   */
  constructor(
    readonly dictionary: Dictionary,
    readonly attribute: Attribute = '',
  ) {
    super();
  }

  /** Column names, when the keys are symbols. */
  get columns(): readonly string[] {
    const keys = this.dictionary.keys;
    return keys.type === 11 ? (keys as unknown as { data: string[] }).data : [];
  }

  /** The dictionary's value as the only item, so q's match compares it. */
  get data(): readonly K[] {
    return [this.dictionary.values];
  }

  /** Rows are on disk: none here. */
  get length(): number {
    return 0;
  }

  /** q's k form of the flip: `+(,`a)!`:test/`. */
  override toString(): string {
    const keys = this.dictionary.keys.toString();
    return `+${keys.startsWith(',') ? `(${keys})` : keys}!${this.dictionary.values.toString()}`;
  }
}
