import { QError } from './error.js';
import { K } from './k.js';

/**
 * A dictionary, `keys!values`: q type 99, or 127 when its keys carry the sorted
 * attribute (`` `s#`a`b!1 2``). A keyed table is the dictionary of two tables
 * ({@link KeyedTable}).
 */
export class Dictionary<Keys extends K = K, Values extends K = K> extends K {
  /** 99, or 127 for a sorted dictionary. */
  readonly type: 99 | 127;

  /**
   * @param keys - the key list (any K with as many items as `values`).
   * @param values - the value list.
   * @param sorted - true for a sorted dictionary (type 127).
   * @throws QError `length` if keys and values differ in count.
   */
  constructor(
    readonly keys: Keys,
    readonly values: Values,
    sorted = false,
  ) {
    super();
    if (keys.length !== values.length) {
      throw new QError('length', `dictionary has ${keys.length} keys and ${values.length} values`);
    }
    this.type = sorted ? 127 : 99;
  }

  /** Number of entries. */
  get length(): number {
    return this.keys.length;
  }
}
