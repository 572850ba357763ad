/**
 * What primitives and iterators may ask of the engine: applying a function value, and
 * the session's settings.
 */
import type { K } from '@qts/types';
import type { Query } from '../qsql/query.js';

/** The engine as primitives see it. */
export interface Ctx {
  /** q's application `f . args` for any function or data value. */
  apply(f: K, args: readonly K[]): K;
  /** The rank (number of arguments) `f` takes when applied, for iterator dispatch. */
  rank(f: K): number;
  /** Read a global by its full name (undefined when unset). */
  getGlobal(name: string): K | undefined;
  /** Names of all globals. */
  globalNames(): string[];
  /** Set a global by its full name. */
  setGlobal(name: string, value: K): void;
  /** Evaluate q source text in the session (`value "..."`). */
  evalText(src: string): K;
  /** Console settings that primitives such as `show` and `.Q.s` use. */
  readonly display: { precision: number; consoleSize: [number, number] };
  /** Run a qSQL query (functional forms build one from parse trees). */
  query(q: Query): K;
  /** Evaluate a parse tree (`eval`). */
  evalTree(tree: K): K;
  /** Lines printed by `show` and `0N!` before the result, in order. */
  print(text: string, newline?: boolean): void;
  /** Run a system command (`system "P 3"`): the console's `\` commands. */
  system(text: string): K;
}
