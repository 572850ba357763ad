/**
 * The JS API in the PyQ style: `q('expr')` evaluates in a session; every keyword is a
 * typed function (`q.til(10)`); q functions come back callable, with the iterators as
 * methods (`q.til.each([1, 2, 3])`, `q.fn('+').over(x)`); `q.set` / `q.get` for names.
 */
import { Derived, K, fromJS } from '@qts/types';
import { Interpreter } from '../eval/interpreter.js';
import { parse } from '../parse/parser.js';
import { builtin } from '../primitives/registry.js';
import { KEYWORDS, type Keyword } from './keywords.js';

/** A JS argument: a q value, or JS data converted by `fromJS` (safe integers become longs). */
export type QArg =
  | K
  | QCallable
  | number
  | bigint
  | string
  | boolean
  | Date
  | null
  | undefined
  | readonly unknown[]
  | object;

/** A q function made callable from JS, with q's iterators as methods. */
export interface QCallable {
  /** Apply the function to arguments. */
  (...args: QArg[]): K;
  /** The q function value itself. */
  readonly value: K;
  /** `f'`: apply to each item (or each pair of items). */
  each(...args: QArg[]): K;
  /** `f/`: fold, or converge/do/while for a unary function. */
  over(...args: QArg[]): K;
  /** `f\`: scan (the folds' intermediate results). */
  scan(...args: QArg[]): K;
  /** `f':`: each item with the one before. */
  prior(...args: QArg[]): K;
  /** `x f\: y`: each item of the left argument with the right. */
  eachLeft(x: QArg, y: QArg): K;
  /** `x f/: y`: the left argument with each item of the right. */
  eachRight(x: QArg, y: QArg): K;
}

/** What `q(...)` gives: a q value, or a callable for a function. */
export type QValue = K | QCallable;

/** A q session for JS: callable on source text, with every keyword as a method. */
export type Q = {
  /** Evaluate q source text; functions come back callable. */
  (src: string): QValue;
  /** Evaluate q source text expected to give a function, as a callable. */
  fn(src: string): QCallable;
  /** Set a global (`name:value` in q). */
  set(name: string, value: QArg): void;
  /** Read a global; a `QError` named for it when undefined. */
  get(name: string): K;
  /** The interpreter behind this session. */
  readonly session: Interpreter;
} & { readonly [N in Keyword]: QCallable };

function isCallable(x: unknown): x is QCallable {
  return typeof x === 'function' && 'value' in x;
}

function toK(x: QArg): K {
  if (x instanceof K) return x;
  if (isCallable(x)) return x.value;
  return fromJS(x, { numbers: 'infer' });
}

function callable(interp: Interpreter, f: K): QCallable {
  const via =
    (code: 106 | 107 | 108 | 109 | 110 | 111) =>
    (...args: QArg[]) =>
      interp.apply(new Derived(code, f), args.map(toK));
  const call = (...args: QArg[]): K => interp.apply(f, args.map(toK));
  return Object.assign(call, {
    value: f,
    each: via(106),
    over: via(107),
    scan: via(108),
    prior: via(109),
    eachRight: (x: QArg, y: QArg) => via(110)(x, y),
    eachLeft: (x: QArg, y: QArg) => via(111)(x, y),
  });
}

/** A new, independent q session for JS. */
export function createQ(): Q {
  const interp = new Interpreter();
  const wrap = (v: K): QValue => (v.type >= 100 && v.type <= 111 ? callable(interp, v) : v);
  const q = ((src: string) => wrap(interp.eval(parse(src), null))) as Q;
  const extras = {
    fn: (src: string): QCallable => {
      const v = interp.eval(parse(src), null);
      return callable(interp, v);
    },
    set: (name: string, value: QArg): void => interp.setGlobal(name, toK(value)),
    get: (name: string): K => interp.evalText(name),
    session: interp,
  };
  Object.assign(q, extras);
  for (const k of KEYWORDS)
    Object.defineProperty(q, k, { value: callable(interp, builtin(k)), enumerable: true });
  return q;
}

/** The default session: `import { q } from '@qts/embedded'`. */
export const q: Q = createQ();
