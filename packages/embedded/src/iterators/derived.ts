/**
 * q's iterators applied: each `'`, over `/`, scan `\`, each-prior `':`, each-right `/:`
 * and each-left `\:`, in all their forms (map, each-both, fold with and without seed,
 * converge, do, while), over lists, dictionaries and atoms.
 */
import { Derived, Dictionary, IDENTITY, K, Projection, QError } from '@qts/types';
import { HOLE } from '../eval/hole.js';
import { Builtin } from '../eval/builtin.js';
import type { Ctx } from '../eval/context.js';
import {
  count,
  fromItems,
  isAtom,
  isDict,
  isList,
  isTable,
  itemAt,
  itemsOf,
  isFunc,
} from '../values/shape.js';
import { fold, FOLD_FAST } from './fold.js';

/** The rank a derived function takes. */
export function derivedRank(d: Derived, ctx: Ctx): number {
  const r = ctx.rank(d.fn);
  if (d.type === 110 || d.type === 111) return 2;
  if (d.type === 107 || d.type === 108 || d.type === 109) return Math.max(r, 1);
  return r;
}

/** Items of `x` to iterate over, and how to rebuild the result in `x`'s shape. */
function spread(x: K): [K[], (items: K[]) => K] {
  if (isDict(x) && !isTable(x.keys))
    return [itemsOf(x.values), (items) => new Dictionary(x.keys, fromItems(items))];
  if (isList(x) || isTable(x) || isDict(x))
    // each over nothing gives the generic empty list (maps.md: type (2*')til 0 is 0h)
    return [itemsOf(x), (items) => fromItems(items)];
  return [[x], (items) => items[0] as K];
}

function truthy(x: K): boolean {
  if (!isAtom(x)) throw new QError('type', 'while condition must be an atom');
  return x.value !== 0 && x.value !== 0n;
}

/** Case: `0 1 0'[a;b]` picks item i from the argument f[i] names. */
function caseOf(f: K, args: readonly K[]): K {
  const n = count(f);
  for (const a of args)
    if (!isAtom(a) && count(a) !== n) throw new QError('length', 'case arguments differ in count');
  const sel = itemsOf(f);
  const out: K[] = [];
  for (let i = 0; i < n; i++) {
    const k = Number((sel[i] as { value?: unknown }).value);
    const src = args[k];
    if (src === undefined) throw new QError('index', 'case selector out of range');
    out.push(isAtom(src) ? src : itemAt(src, i));
  }
  return fromItems(out);
}

function each(f: K, args: readonly K[], ctx: Ctx): K {
  if (f.type >= 1 && f.type <= 19 && args.length > 1) return caseOf(f, args);
  if (args.length === 1) {
    const x = args[0] as K;
    if (isAtom(x)) return ctx.apply(f, [x]);
    const [items, rebuild] = spread(x);
    return rebuild(items.map((it) => ctx.apply(f, [it])));
  }
  const lists = args.filter((a) => !isAtom(a) && !isFunc(a));
  if (lists.length === 0) return ctx.apply(f, args);
  const n = count(lists[0] as K);
  for (const l of lists)
    if (count(l) !== n) throw new QError('length', 'each arguments differ in count');
  const shapeOf = lists[0] as K;
  const out: K[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      ctx.apply(
        f,
        args.map((a) => (isAtom(a) || isFunc(a) ? a : itemAt(a, i))),
      ),
    );
  if (isDict(shapeOf) && !isTable(shapeOf.keys))
    return new Dictionary(shapeOf.keys, fromItems(out));
  return fromItems(out);
}

function overUnary(f: K, args: readonly K[], ctx: Ctx, scan: boolean): K {
  const steps: K[] = [];
  if (args.length === 1) {
    const x0 = args[0] as K;
    let x = x0;
    steps.push(x);
    for (;;) {
      const next = ctx.apply(f, [x]);
      if (next.equals(x) || next.equals(x0)) break;
      x = next;
      steps.push(x);
    }
    return scan ? fromItems(steps) : x;
  }
  const [n, x0] = args as [K, K];
  let x = x0;
  steps.push(x);
  if (isAtom(n) && n.code !== 9 && n.code !== 8 && n.type >= -7) {
    const times = Number(n.value);
    for (let i = 0; i < times; i++) {
      x = ctx.apply(f, [x]);
      steps.push(x);
    }
  } else if (isFunc(n)) {
    while (truthy(ctx.apply(n, [x]))) {
      x = ctx.apply(f, [x]);
      steps.push(x);
    }
  } else throw new QError('type', 'over needs a count or a condition');
  return scan ? fromItems(steps) : x;
}

function overBinary(f: K, args: readonly K[], ctx: Ctx, scan: boolean): K {
  if (!scan) {
    const fast = f instanceof Builtin ? FOLD_FAST[f.name] : undefined;
    if (fast !== undefined && args.length <= 2) return fast(args, ctx);
  }
  if (args.length === 1) {
    const x = args[0] as K;
    if (isAtom(x)) return x;
    const src = isDict(x) && !isTable(x.keys) ? x.values : x;
    const n = count(src);
    if (n === 0) return scan ? x : fold(f, x, ctx);
    // items are read one at a time: a fold over 10M items makes no 10M atoms up front
    const first = itemAt(src, 0);
    // join-scan starts from the first item as a list (,2 not 2)
    let acc =
      f instanceof Builtin && f.name === ',' && scan && isAtom(first) ? fromItems([first]) : first;
    const out: K[] = scan ? [acc] : [];
    for (let i = 1; i < n; i++) {
      acc = ctx.apply(f, [acc, itemAt(src, i)]);
      if (scan) out.push(acc);
    }
    if (!scan) return acc;
    const [, rebuild] = spread(x);
    return rebuild(out);
  }
  const [seed, ...rest] = args as [K, ...K[]];
  const lists = rest.filter((a) => !isAtom(a));
  if (lists.length === 0) {
    const r = ctx.apply(f, [seed, ...rest]);
    return scan ? r : r;
  }
  const n = count(lists[0] as K);
  for (const l of lists)
    if (count(l) !== n) throw new QError('length', 'over arguments differ in count');
  let acc = seed;
  const out: K[] = [];
  for (let i = 0; i < n; i++) {
    acc = ctx.apply(f, [acc, ...rest.map((a) => (isAtom(a) ? a : itemAt(a, i)))]);
    out.push(acc);
  }
  if (!scan) return acc;
  const [, rebuild] = spread(lists[0] as K);
  return n === 0 ? (lists[0] as K) : rebuild(out);
}

const PRIOR_FIRST_IS_ITEM = new Set(['+', '-', '*', '%', '&', '|', ',', '^', 'and', 'or']);

function prior(f: K, args: readonly K[], ctx: Ctx): K {
  const x = args[args.length - 1] as K;
  const [items, rebuild] = spread(x);
  if (items.length === 0) return x;
  const out: K[] = [];
  let prev: K;
  if (args.length === 2) prev = args[0] as K;
  else if (f instanceof Builtin && PRIOR_FIRST_IS_ITEM.has(f.name)) {
    out.push(items[0] as K);
    prev = items[0] as K;
  } else prev = itemAt(x, -1);
  for (let i = out.length; i < items.length; i++) {
    out.push(ctx.apply(f, [items[i] as K, prev]));
    prev = items[i] as K;
  }
  return rebuild(out);
}

function eachSide(f: K, args: readonly K[], ctx: Ctx, right: boolean): K {
  if (args.length !== 2) throw new QError('rank', 'each-left and each-right take two arguments');
  const [x, y] = args as [K, K];
  const side = right ? y : x;
  if (isAtom(side) || isFunc(side)) return ctx.apply(f, [x, y]);
  const [items, rebuild] = spread(side);
  return rebuild(items.map((it) => ctx.apply(f, right ? [x, it] : [it, y])));
}

/** Apply a derived function to its arguments. */
export function applyDerived(d: Derived, args: readonly K[], ctx: Ctx): K {
  const f = d.fn;
  if (args.some((a) => a === HOLE)) return new Projection([d, ...args]);
  const given = args.length === 0 ? [IDENTITY] : args;
  if (!isFunc(f) && given.length === 1 && (d.type === 110 || d.type === 111)) {
    // x/: and x\: on data are sv and vs
    return ctx.apply(ctx.evalText(d.type === 110 ? 'sv' : 'vs'), [f, given[0] as K]);
  }
  switch (d.type) {
    case 106:
      return each(f, given, ctx);
    case 107:
    case 108: {
      const scan = d.type === 108;
      const r = ctx.rank(f);
      if (!isFunc(f)) throw new QError('nyi', 'over/scan on data');
      return r === 1 ? overUnary(f, given, ctx, scan) : overBinary(f, given, ctx, scan);
    }
    case 109:
      return prior(f, given, ctx);
    case 110:
      return eachSide(f, given, ctx, true);
    default:
      return eachSide(f, given, ctx, false);
  }
}
