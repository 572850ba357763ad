/**
 * The AST of q source: small, and evaluated right to left by the interpreter.
 */
import type { K } from '@qts/types';

/** One column phrase of a qSQL query: its name (given or derived) and expression. */
export interface QsqlColumn {
  /** The result column's name. */
  readonly name: string;
  /** The expression, evaluated with the table's columns in scope. */
  readonly expr: Node;
}

/** A q expression. */
export type Node =
  | { readonly t: 'const'; readonly v: K }
  | { readonly t: 'name'; readonly name: string }
  /** A primitive glyph (`+`) or a built-in keyword (`til`), resolved when evaluated. */
  | { readonly t: 'prim'; readonly name: string }
  /** `f'`, `f/`, `f\`, `f':`, `f/:`, `f\:` */
  | { readonly t: 'adverb'; readonly adverb: string; readonly f: Node }
  /** `f[a;b]`; a `null` argument is an elided one (a projection hole). */
  | { readonly t: 'apply'; readonly f: Node; readonly args: readonly (Node | null)[] }
  /** Infix `l f r`. */
  | { readonly t: 'dyad'; readonly f: Node; readonly l: Node; readonly r: Node }
  /** Prefix or juxtaposition `f x`. */
  | { readonly t: 'monad'; readonly f: Node; readonly x: Node }
  /** Left section `l f` with the right argument missing: a projection. */
  | { readonly t: 'section'; readonly f: Node; readonly l: Node }
  /** A parenthesised verb `(+)`, `(+/)`: a function value, never applied infix. */
  | { readonly t: 'noun'; readonly x: Node }
  /** `(a;b;c)` */
  | { readonly t: 'list'; readonly items: readonly Node[] }
  | {
      readonly t: 'lambda';
      readonly source: string;
      readonly params: readonly string[];
      readonly body: readonly Node[];
      /** Parameters given as patterns (q 4.1), by position; null for plain names. */
      readonly patterns?: readonly (Node | null)[];
    }
  /** `name:v`, `name::v`, `name[i]:v`, `name op: v`, `name[i] op: v` */
  | {
      readonly t: 'assign';
      readonly name: string;
      readonly index: readonly (Node | null)[] | null;
      readonly op: Node | null;
      readonly global: boolean;
      readonly value: Node;
    }
  /** Pattern assignment (q 4.1): `(a;b):v`, `(1):v`, `(a!b):d`. */
  | { readonly t: 'match'; readonly pattern: Node; readonly value: Node }
  /** `$[c;t;f;...]` */
  | { readonly t: 'cond'; readonly args: readonly Node[] }
  /** `if[c;...]`, `do[n;...]`, `while[c;...]` */
  | { readonly t: 'control'; readonly word: 'if' | 'do' | 'while'; readonly args: readonly Node[] }
  /** `:x` inside a lambda */
  | { readonly t: 'return'; readonly x: Node }
  /** `'x` */
  | { readonly t: 'signal'; readonly x: Node }
  /** A statement list (`a;b;c` at top level or in brackets). */
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  /** qSQL: `select`/`exec`/`update`/`delete` with their column, by, from and where phrases. */
  | {
      readonly t: 'qsql';
      readonly kind: 'select' | 'exec' | 'update' | 'delete';
      readonly cols: readonly QsqlColumn[];
      readonly by: readonly QsqlColumn[] | null;
      readonly from: Node;
      readonly where: readonly Node[];
      /** `select[n]` / `select[n;>c]`: row count and ordering. */
      readonly limit?: readonly (Node | null)[];
      /** `select distinct`. */
      readonly distinct?: boolean;
    }
  /** A parse tree held as a q value (functional qSQL): evaluated as q evaluates `eval`. */
  | { readonly t: 'tree'; readonly v: K }
  /** Nothing: an empty statement, which evaluates to `::`. */
  | { readonly t: 'nil' };
