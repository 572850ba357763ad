/**
 * Functional qSQL: `?[t;c;b;a]` (select and exec), `?[t;i;p]` (simple exec) and
 * `![t;c;b;a]` (update and delete), built as queries over parse trees.
 */
import { Atom, Dictionary, K, MixedList, QError, type Vector } from '@qts/types';
import type { Ctx } from '../eval/context.js';
import type { Node, QsqlColumn } from '../parse/ast.js';
import { isDict, isTable, itemsOf } from '../values/shape.js';
import type { Query } from './query.js';

function tree(v: K): Node {
  return { t: 'tree', v };
}

function isEmptyList(x: K): boolean {
  return x.type === 0 && x.length === 0;
}

/** Column phrases from a dictionary of name → parse tree, or from column names. */
function phrases(a: K): QsqlColumn[] {
  if (isDict(a)) {
    const names = itemsOf(a.keys).map((k) => (k as Atom<11>).value);
    const vals = itemsOf(a.values);
    return names.map((name, i) => ({ name, expr: tree(vals[i] as K) }));
  }
  if (a.type === 11)
    return ((a as Vector<11>).data as string[]).map((name) => ({
      name,
      expr: tree(new Atom(11, name)),
    }));
  if (a.type === -11) return [{ name: (a as Atom<11>).value, expr: tree(a) }];
  if (isEmptyList(a)) return [];
  return [{ name: 'x', expr: tree(a) }];
}

function wherePhrases(c: K): Node[] {
  if (isEmptyList(c)) return [];
  if (c instanceof MixedList) return c.items.map(tree);
  throw new QError('type', 'where phrases must be a list of parse trees');
}

/** True if `x` can be the table of a functional query. */
export function isQueryTable(x: K): boolean {
  return isTable(x) || x.type === -11 || (isDict(x) && isTable(x.keys));
}

/** `?[t;c;b;a]` and `?[t;i;p]`. */
export function functionalSelect(args: readonly K[], ctx: Ctx): K {
  const [t, c, b, a] = args as [K, K, K, K | undefined];
  const from: Node = { t: 'const', v: t };
  if (a === undefined) {
    // ?[t;i;p]: exec p from t where i in rows
    const rows = c;
    const q: Query = {
      kind: 'exec',
      cols: [{ name: 'x', expr: tree(b) }],
      by: null,
      from,
      where: [tree(new MixedList([new Atom(11, 'in'), new Atom(11, 'i'), rows]))],
    };
    return ctx.query(q);
  }
  const where = wherePhrases(c);
  if (isEmptyList(b) || (b.type !== -1 && !isDict(b) && b.type !== 11 && b.type !== -11)) {
    return ctx.query({ kind: 'exec', cols: phrases(a), by: null, from, where });
  }
  let by: QsqlColumn[] | null = null;
  if (isDict(b) || b.type === 11 || b.type === -11) by = phrases(b);
  const distinct = b.type === -1 && (b as Atom<1>).value === 1;
  // a symbol (not a dictionary) for b groups an exec
  const kind =
    by !== null && (a.type === 11 || a.type === -11 || b.type === -11 || b.type === 11)
      ? 'exec'
      : 'select';
  let r = ctx.query({ kind, cols: phrases(a), by, from, where });
  if (distinct) r = ctx.apply(ctx.evalText('distinct'), [r]);
  const [, , , , n, order] = args as (K | undefined)[];
  if (order !== undefined && order instanceof MixedList && order.length === 2) {
    // select[n;>c]: (idesc;`c) or (iasc;`c) orders the rows
    const grade = ctx.evalTree(order.items[0] as K);
    const col = ctx.apply(r, [order.items[1] as K]);
    r = ctx.apply(r, [ctx.apply(grade, [col])]);
  }
  if (n !== undefined && !(n.type === -7 && (n as Atom<7>).value === 0x7fffffffffffffffn)) {
    r = ctx.apply(ctx.evalText(n.type === 7 ? 'sublist' : '#'), n.type === 7 ? [n, r] : [n, r]);
  }
  return r;
}

/** `![t;c;b;a]`: update with a dictionary of phrases, delete with column names or (). */
export function functionalUpdate(args: readonly K[], ctx: Ctx): K {
  const [t, c, b, a] = args as [K, K, K, K];
  const from: Node = { t: 'const', v: t };
  const where = wherePhrases(c);
  if (isDict(a)) {
    const by = isDict(b) ? phrases(b) : null;
    return ctx.query({ kind: 'update', cols: phrases(a), by, from, where });
  }
  const cols =
    a.type === 11
      ? ((a as Vector<11>).data as string[]).map((name) => ({
          name,
          expr: { t: 'name', name } as Node,
        }))
      : [];
  return ctx.query({ kind: 'delete', cols, by: null, from, where });
}

export { Dictionary };
