import { QError } from './error.js';
import { K } from './k.js';
import { BINARY_PRIMITIVES, ITERATOR_GLYPHS, UNARY_PRIMITIVES } from './primitive-glyphs.js';

/** Base of the function types (100..112): carriers of code, not callable from `@qts/types`. */
export abstract class QFunction extends K {
  /** A function counts as one item. */
  get length(): number {
    return 1;
  }
}

/** A lambda (type 100): its source text and the namespace it was defined in. */
export class Lambda extends QFunction {
  /** Always 100. */
  readonly type = 100 as const;

  /**
   * @param source - the lambda's text, `{x+y}`, exactly as q keeps it.
   * @param context - namespace without the leading dot (`''` for root, `'q'` for built-ins).
   */
  constructor(
    readonly source: string,
    readonly context = '',
  ) {
    super();
  }
}

/**
 * A primitive: unary (101), binary (102) or iterator (103), identified by its code byte.
 * The unary primitive with code 0 is the identity `::`, q's generic null.
 */
export class Primitive extends QFunction {
  /**
   * @param type - 101, 102 or 103.
   * @param code - the primitive's code byte.
   */
  constructor(
    readonly type: 101 | 102 | 103,
    readonly code: number,
  ) {
    super();
    if (!Number.isInteger(code) || code < 0 || code > 255)
      throw new QError('domain', `primitive code ${code}`);
  }

  /** q's text for the primitive (`+`, `::`), or `undefined` for a code qts does not know. */
  get glyph(): string | undefined {
    const table =
      this.type === 101
        ? UNARY_PRIMITIVES
        : this.type === 102
          ? BINARY_PRIMITIVES
          : ITERATOR_GLYPHS;
    return table[this.code];
  }

  /** True for the identity `::` (the generic null). */
  get isIdentity(): boolean {
    return this.type === 101 && this.code === 0;
  }
}

/** The identity `::`, q's generic null. */
export const IDENTITY: Primitive = new Primitive(101, 0);

/** A projection (type 104): a function with some arguments fixed, `f[1;]`. */
export class Projection extends QFunction {
  /** Always 104. */
  readonly type = 104 as const;

  /** @param items - the function first, then its arguments (elided ones as the identity). */
  constructor(readonly items: readonly K[]) {
    super();
    if (items.length < 1) throw new QError('length', 'projection needs a function');
  }
}

/** A composition (type 105): functions applied right to left, `'[f;g]`. */
export class Composition extends QFunction {
  /** Always 105. */
  readonly type = 105 as const;

  /** @param items - the composed functions. */
  constructor(readonly items: readonly K[]) {
    super();
  }
}

/** A function derived by an iterator (types 106..111): `f'`, `f/`, `f\`, `f':`, `f/:`, `f\:`. */
export class Derived extends QFunction {
  /**
   * @param type - 106..111, see {@link ITERATOR_CODES}.
   * @param fn - the function the iterator applies.
   */
  constructor(
    readonly type: 106 | 107 | 108 | 109 | 110 | 111,
    readonly fn: K,
  ) {
    super();
  }

  /** The iterator's glyph. */
  get glyph(): string {
    return ITERATOR_GLYPHS[this.type - 106] ?? '';
  }
}

/** A dynamically loaded (foreign, `2:`) function, type 112: opaque, never serialised. */
export class Foreign extends QFunction {
  /** Always 112. */
  readonly type = 112 as const;
}
