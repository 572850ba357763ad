/**
 * q's text for functions: lambdas show their source, primitives their glyph (`+`, `-:`),
 * projections `f[a;]`, iterator-derived functions `f/`, compositions `'[f;g]`.
 */
import type {
  Composition,
  Derived,
  Lambda,
  Primitive,
  Projection,
  QFunction,
} from '../function.js';
import type { K } from '../k.js';
import { nestedText } from './nested-text.js';

/** True for the function types 100..112. */
export function isFunction(x: K): x is QFunction {
  return x.type >= 100 && x.type <= 112;
}

/** True for the identity `::` (unary primitive 0), which the console does not print. */
export function isIdentity(x: K): boolean {
  return x.type === 101 && (x as Primitive).code === 0;
}

/** Text of a function value. */
export function functionText(f: QFunction, precision: number): string {
  switch (f.type) {
    case 100:
      return (f as Lambda).source;
    case 101:
    case 102:
    case 103: {
      // the glyph tables live in function.ts, which this module may not load at run time
      const p = f as Primitive;
      return p.glyph ?? `<primitive ${p.type} ${p.code}>`;
    }
    case 104: {
      const [fn, ...args] = (f as Projection).items;
      const head = fn === undefined ? '' : nestedText(fn, precision);
      return `${head}[${args.map((a) => (isIdentity(a) ? '' : nestedText(a, precision))).join(';')}]`;
    }
    case 105:
      return `'[${(f as Composition).items.map((g) => nestedText(g, precision)).join(';')}]`;
    case 112:
      return 'code';
    default: {
      const d = f as Derived;
      return nestedText(d.fn, precision) + d.glyph;
    }
  }
}
