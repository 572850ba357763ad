/**
 * Folds that have a typed-array kernel: plus-over is `sum`, times-over `prd`, max-over `max`,
 * min-over `min`, join-over `raze`; and the identity an empty fold returns.
 */
import { IDENTITY, K, MixedList } from '@qts/types';
import type { Ctx } from '../eval/context.js';
import { builtin } from '../primitives/registry.js';
import { long } from '../values/shape.js';

const AGG: Readonly<Record<string, string>> = {
  '+': 'sum',
  '*': 'prd',
  '|': 'max',
  '&': 'min',
  ',': 'raze',
};

function fast(glyph: string): (args: readonly K[], ctx: Ctx) => K {
  return (args, ctx) => {
    const agg = builtin(AGG[glyph] as string);
    if (args.length === 1) return ctx.apply(agg, args);
    const [seed, x] = args as [K, K];
    if (glyph === ',') return ctx.apply(builtin(','), [seed, ctx.apply(agg, [x])]);
    if (x.type === 0 || x.type >= 98) return ctx.apply(builtin(glyph), [seed, ctx.apply(agg, [x])]);
    if (x.type < 0) return ctx.apply(builtin(glyph), [seed, x]);
    if (x.length === 0) return seed;
    return ctx.apply(builtin(glyph), [seed, ctx.apply(agg, [x])]);
  };
}

/** Kernels for folds of these glyphs. */
export const FOLD_FAST: Readonly<Record<string, (args: readonly K[], ctx: Ctx) => K>> =
  Object.fromEntries(Object.keys(AGG).map((g) => [g, fast(g)]));

/** An empty fold: `f/()` gives the identity of f where q has one, else `::`. */
export function fold(f: K, x: K, ctx: Ctx): K {
  void ctx;
  void x;
  const g = (f as { name?: string }).name;
  if (g === '+' || g === '-') return long(0);
  if (g === '*' || g === '%') return long(1);
  if (g === ',' || g === undefined) return new MixedList([]);
  return IDENTITY;
}
