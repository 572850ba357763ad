import { QError } from './error.js';
import { K } from './k.js';
import type { Attribute } from './type-table.js';

/**
 * An enumerated vector (q types 20..76): indices into a symbol domain such as `sym`.
 * kdb+ un-enumerates before sending over IPC, so these come from the engine and files.
 */
export class EnumVector extends K {
  /**
   * @param type - enumeration type code, 20..76.
   * @param domain - name of the domain variable, e.g. `'sym'`.
   * @param indices - positions in the domain, one a row.
   * @param symbols - the domain's symbols, when known, for display and `toJS`.
   * @param attribute - q attribute.
   */
  constructor(
    readonly type: number,
    readonly domain: string,
    readonly indices: BigInt64Array,
    readonly symbols?: readonly string[],
    readonly attribute: Attribute = '',
  ) {
    super();
    if (!Number.isInteger(type) || type < 20 || type > 76)
      throw new QError('type', `enumeration type ${type}`);
  }

  /** Number of items. */
  get length(): number {
    return this.indices.length;
  }

  /** Symbol of item `i`, if the domain is known and the index is in range. */
  symbolAt(i: number): string | undefined {
    const ix = this.indices[i];
    return ix === undefined ? undefined : this.symbols?.[Number(ix)];
  }
}

/** An enumerated atom (q types -20..-76). */
export class EnumAtom extends K {
  /**
   * @param type - negative enumeration type code, -76..-20.
   * @param domain - name of the domain variable.
   * @param index - position in the domain.
   * @param symbol - the symbol at that position, when known.
   */
  constructor(
    readonly type: number,
    readonly domain: string,
    readonly index: bigint,
    readonly symbol?: string,
  ) {
    super();
    if (!Number.isInteger(type) || type > -20 || type < -76)
      throw new QError('type', `enumeration type ${type}`);
  }

  /** An atom counts as one item. */
  get length(): number {
    return 1;
  }
}
