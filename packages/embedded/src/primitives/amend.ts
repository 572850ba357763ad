/**
 * Amend: `x[i]:v`, `x[i]+:v`, `@[x;i;f]`, `@[x;i;f;y]`, `.[x;i;f]`, `.[x;i;f;y]` (at
 * depth), and their trap forms `@[f;x;h]`, `.[f;args;h]`. Vectors keep their type: an
 * item of another type is a `'type` error, as in q.
 */
import { Atom, Dictionary, K, MixedList, QError, Table, Vector } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import type { Ctx } from '../eval/context.js';
import { findKeys } from '../values/find.js';
import { functionalUpdate } from '../qsql/functional.js';
import { index1, indexDeep } from '../values/index.js';
import {
  count,
  fromItems,
  indexNumber,
  indexNumbers,
  isAtom,
  isDict,
  isFunc,
  isList,
  isTable,
  isVector,
  itemAt,
  itemsOf,
  str,
} from '../values/shape.js';

type Update = (old: K, j: number) => K;

function isElided(i: K): boolean {
  return i.type === 101 && (i as unknown as { code: number }).code === 0;
}

/** Rebuild a list from items, keeping a vector's type or raising `'type`. */
function rebuild(orig: K, items: K[]): K {
  if (isVector(orig)) {
    for (const it of items)
      if (it.type !== -orig.type) return isAtom(it) ? raiseType() : fromItems(items);
    return items.length === 0 ? orig : fromItems(items);
  }
  return fromItems(items);
}

function raiseType(): never {
  throw new QError('type', 'amend with an item of another type');
}

/** Amend `x` at index `i` (one level) with `update(old, j)` where j counts the index items. */
function amend1(x: K, i: K, update: Update): K {
  if (isElided(i)) {
    const items = itemsOf(x).map((it, j) => update(it, j));
    if (isDict(x)) return new Dictionary(x.keys, fromItems(items));
    return rebuild(x, items);
  }
  if (isTable(x)) {
    if (i.type === -11) {
      const name = (i as Atom<11>).value;
      const col = x.column(name);
      const v = update(col ?? fromItems([]), 0);
      if (col === undefined) return new Table([...x.columns, name], [...x.data, v]);
      return new Table(
        x.columns,
        x.data.map((c, k) => (x.columns[k] === name ? v : c)),
      );
    }
    const n = indexNumber(i);
    if (n !== undefined) {
      const row = update(itemAt(x, n), 0) as Dictionary;
      return new Table(
        x.columns,
        x.data.map((c, k) => amend1(c, i, () => itemAt(row.values, k))),
      );
    }
  }
  if (isDict(x)) {
    const keys = isAtom(i) ? [i] : itemsOf(i);
    let ks = x.keys;
    let vs = itemsOf(x.values);
    keys.forEach((k, j) => {
      const p = findKeys(ks, k, true) as number;
      if (p < count(ks)) vs[p] = update(vs[p] as K, j);
      else {
        ks = fromItems([...itemsOf(ks), k]);
        vs = [...vs, update(fromItems([]), j)];
      }
    });
    return new Dictionary(ks, isVector(x.values) ? rebuild(x.values, vs) : fromItems(vs));
  }
  if (!isList(x)) throw new QError('type', 'amend of an atom');
  const items = itemsOf(x);
  const n = indexNumber(i);
  if (n !== undefined) {
    if (n < 0 || n >= items.length) throw new QError('index', `index ${n} out of range`);
    items[n] = update(items[n] as K, 0);
    return rebuild(x, items);
  }
  const ns = indexNumbers(i);
  if (ns !== undefined) {
    ns.forEach((p, j) => {
      if (p < 0 || p >= items.length) throw new QError('index', `index ${p} out of range`);
      items[p] = update(items[p] as K, j);
    });
    return rebuild(x, items);
  }
  if (i instanceof MixedList) {
    let r: K = x;
    i.items.forEach((sub, j) => (r = amend1(r, sub, (old) => update(old, j))));
    return r;
  }
  throw new QError('type', 'bad amend index');
}

/** Amend at depth along `idx`. */
function amendDeep(x: K, idx: readonly K[], update: Update): K {
  if (idx.length === 0) return update(x, 0);
  const [first, ...rest] = idx as [K, ...K[]];
  if (rest.length === 0) return amend1(x, first, update);
  return amend1(x, first, (old, j) => amendDeep(old, rest, (o, k) => update(o, j * 0 + k)));
}

/** The value for index item j of a replacement `v` (atoms spread). */
function part(v: K, j: number, indexCount: number): K {
  if (indexCount <= 1 || isAtom(v) || isFunc(v)) return v;
  return itemAt(v, j);
}

/** `name[idx]:v` or `name[idx] op: v`. */
export function amendAt(ctx: Ctx, current: K, idx: readonly K[], op: K | null, value: K): K {
  const last = idx[idx.length - 1] as K;
  const n = isAtom(last) || isElided(last) ? (isElided(last) ? 0 : 1) : count(last);
  return amendDeep(current, idx, (old, j) => {
    const v = part(value, j, n === 0 ? count(current) : n);
    return op === null ? v : ctx.apply(op, [old, v]);
  });
}

function target(ctx: Ctx, x: K): [K, string | null] {
  if (x.type === -11) {
    const name = (x as Atom<11>).value;
    const v = ctx.getGlobal(name);
    if (v === undefined) throw new QError(name, 'undefined name');
    return [v, name];
  }
  return [x, null];
}

function trap(ctx: Ctx, f: K, args: readonly K[], handler: K): K {
  try {
    return ctx.apply(f, args);
  } catch (e) {
    if (!(e instanceof QError)) throw e;
    return isFunc(handler) ? ctx.apply(handler, [str(e.message)]) : handler;
  }
}

function at(args: readonly K[], ctx: Ctx, deep: boolean): K {
  const [x, i, f, y] = args as [K, K, K, K | undefined];
  if (args.length === 3 && isFunc(x)) return trap(ctx, x, deep ? itemsOf(i) : [i], f);
  const [cur, name] = target(ctx, x);
  const idx = deep ? (isAtom(i) ? [i] : itemsOf(i)) : [i];
  if (idx.length === 0) {
    // .[x;();f;y] amends the whole of x
    const whole =
      y === undefined
        ? isFunc(f)
          ? ctx.apply(f, [cur])
          : f
        : isFunc(f) && !(f.type === 101 && (f as unknown as { code: number }).code === 0)
          ? ctx.apply(f, [cur, y])
          : y;
    if (name !== null) {
      ctx.setGlobal(name, whole);
      return x;
    }
    return whole;
  }
  const lastIdx = idx[idx.length - 1] as K;
  const n = isElided(lastIdx) ? count(cur) : isAtom(lastIdx) ? 1 : count(lastIdx);
  const result = amendDeep(cur, idx, (old, j) => {
    if (y === undefined) return isFunc(f) ? ctx.apply(f, [old]) : f;
    const v = part(y, j, n);
    if (f.type === 101 && (f as unknown as { code: number }).code === 0) return v;
    if (isFunc(f)) return ctx.apply(f, [old, v]);
    throw new QError('type', 'amend needs a function');
  });
  if (name !== null) {
    ctx.setGlobal(name, result);
    return x;
  }
  return result;
}

/** `f @ x` / `x @ i`. */
function atDyad(x: K, y: K, ctx: Ctx): K {
  return ctx.apply(x, [y]);
}

/** `f . args` / `x . idx`. */
function dotDyad(x: K, y: K, ctx: Ctx): K {
  const args = isAtom(y) ? [y] : itemsOf(y);
  if (isFunc(x)) return ctx.apply(x, args);
  if (x.type === -11) return ctx.apply(x, args);
  return indexDeep(x, args);
}

/** The apply and amend builtins. */
export const AMEND: Readonly<Record<string, BuiltinImpl>> = {
  '@': { dyad: atDyad, nary: (args, ctx) => at(args, ctx, false), maxRank: 4 },
  '.': { dyad: dotDyad, nary: (args, ctx) => at(args, ctx, true), maxRank: 4 },
  '!': { nary: (args, ctx) => functionalUpdate(args, ctx), maxRank: 4 },
};

export { index1, Vector };
