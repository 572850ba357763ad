import { K } from './k.js';
import type { Attribute } from './type-table.js';

/** A mixed (general) list, q type 0: items of any types, `(1;`a;"xyz")`. */
export class MixedList<T extends K = K> extends K {
  /** Always 0. */
  readonly type = 0 as const;

  /**
   * @param items - the items; the array is adopted, not copied.
   * @param attribute - q attribute, rarely set on mixed lists.
   */
  constructor(
    readonly items: readonly T[],
    readonly attribute: Attribute = '',
  ) {
    super();
  }

  /** Number of items. */
  get length(): number {
    return this.items.length;
  }

  /** Item `i`, or `undefined` out of range. */
  at(i: number): T | undefined {
    return this.items[i];
  }

  /** Items `start` to `end` (exclusive). */
  slice(start?: number, end?: number): MixedList<T> {
    return new MixedList(this.items.slice(start, end));
  }

  /** Iterate the items. */
  [Symbol.iterator](): IterableIterator<T> {
    return this.items[Symbol.iterator]();
  }
}
