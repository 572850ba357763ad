/**
 * Built-in functions: q's glyph primitives and keywords as function values. A builtin is
 * a `Primitive` of @qts/types (so it displays and travels as q's own), carrying its
 * implementations for one, two or more arguments.
 */
import { Primitive, type K } from '@qts/types';
import type { Ctx } from './context.js';

/** A unary implementation. */
export type Monad = (x: K, ctx: Ctx) => K;
/** A binary implementation. */
export type Dyad = (x: K, y: K, ctx: Ctx) => K;
/** An implementation for three or more arguments. */
export type Nary = (args: readonly K[], ctx: Ctx) => K;

/** The implementations of one builtin. */
export interface BuiltinImpl {
  /** With one argument (prefix use for glyphs; the only form for unary keywords). */
  readonly monad?: Monad;
  /** With two arguments (infix use). */
  readonly dyad?: Dyad;
  /** With three or more arguments (`@[x;i;f]`, `?[c;a;b]`, `ssr[s;a;b]`). */
  readonly nary?: Nary;
  /** Highest argument count of `nary` (default 4). */
  readonly maxRank?: number;
}

/** Keywords q defines as k's unary primitives, which the console shows in their k form. */
const K_FORM: Readonly<Record<string, string>> = {
  neg: '-:',
  not: '~:',
  type: '@:',
  count: '#:',
  first: '*:',
  reciprocal: '%:',
  where: '&:',
  reverse: '|:',
  key: '!:',
  value: '.:',
  get: '.:',
  string: '$:',
  null: '^:',
  distinct: '?:',
  group: '=:',
  floor: '_:',
  flip: '+:',
};

/** A q primitive or keyword function value. */
export class Builtin extends Primitive {
  /**
   * @param name - the glyph or keyword, which is also how it displays.
   * @param impl - its implementations.
   */
  constructor(
    readonly name: string,
    readonly impl: BuiltinImpl,
  ) {
    super(impl.dyad !== undefined || impl.nary !== undefined ? 102 : 101, 255);
  }

  /** The text q shows for this function (keywords that are k primitives show their k form). */
  override get glyph(): string {
    return K_FORM[this.name] ?? this.name;
  }

  /** How many arguments the function takes when applied with brackets. */
  get rank(): number {
    if (
      this.impl.nary !== undefined &&
      this.impl.dyad === undefined &&
      this.impl.monad === undefined
    )
      return this.impl.maxRank ?? 3;
    if (this.impl.monad !== undefined && this.impl.dyad === undefined) return 1;
    return this.impl.dyad !== undefined ? 2 : 1;
  }
}
