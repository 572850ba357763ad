/**
 * q's `parse`: an AST as q's parse tree (a general list headed by the function, names as
 * symbols, constants quoted with `enlist` where they could be read as names).
 */
import { Atom, Dictionary, IDENTITY, K, MixedList, Vector } from '@qts/types';
import type { Node } from './ast.js';
import { QLambda } from '../eval/lambda.js';
import { BUILTINS, builtin } from '../primitives/registry.js';

function quote(v: K): K {
  // symbols would read as names: q enlists them
  if (v.type === -11 || v.type === 11) return new MixedList([v]);
  return v;
}

function list(items: K[]): K {
  return new MixedList(items);
}

/** The parse tree of a node. */
export function parseTree(n: Node): K {
  switch (n.t) {
    case 'const':
      return quote(n.v);
    case 'name':
      return BUILTINS.has(n.name) ? builtin(n.name) : new Atom(11, n.name);
    case 'prim':
      return builtin(n.name);
    case 'noun':
      return parseTree(n.x);
    case 'adverb':
      return list([builtin(n.adverb), parseTree(n.f)]);
    case 'apply':
      return list([parseTree(n.f), ...n.args.map((a) => (a === null ? IDENTITY : parseTree(a)))]);
    case 'dyad':
      return list([parseTree(n.f), parseTree(n.l), parseTree(n.r)]);
    case 'monad':
      // a glyph applied prefix is its unary form (-: for neg)
      return list([
        n.f.t === 'prim' && n.f.name.length === 1 ? builtin(n.f.name + ':') : parseTree(n.f),
        parseTree(n.x),
      ]);
    case 'section':
      return list([parseTree(n.f), parseTree(n.l)]);
    case 'list':
      return list([builtin('enlist'), ...n.items.map(parseTree)]);
    case 'lambda':
      return new QLambda(n.source, n.params, n.body);
    case 'assign':
      return list([builtin(':'), new Atom(11, n.name), parseTree(n.value)]);
    case 'cond':
      return list([new Atom(11, '$'), ...n.args.map(parseTree)]);
    case 'control':
      return list([new Atom(11, n.word), ...n.args.map(parseTree)]);
    case 'return':
      return list([builtin(':'), parseTree(n.x)]);
    case 'signal':
      return list([builtin("'"), parseTree(n.x)]);
    case 'seq':
      return list([new Atom(11, ';'), ...n.items.map(parseTree)]);
    case 'qsql': {
      const where = new MixedList(n.where.map((w) => parseTree(w)));
      const dict = (cols: readonly { name: string; expr: Node }[]): K =>
        new Dictionary(
          new Vector(
            11,
            cols.map((c) => c.name),
          ),
          new MixedList(cols.map((c) => parseTree(c.expr))),
        );
      return list([
        builtin(n.kind === 'select' || n.kind === 'exec' ? '?' : '!'),
        parseTree(n.from),
        new MixedList([where]),
        n.by === null ? new Atom(1, 0) : dict(n.by),
        n.cols.length === 0 ? new MixedList([]) : dict(n.cols),
      ]);
    }
    case 'tree':
      return n.v;
    case 'match':
      return list([builtin(':'), parseTree(n.pattern), parseTree(n.value)]);
    case 'nil':
      return IDENTITY;
  }
}
