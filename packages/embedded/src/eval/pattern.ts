/**
 * Pattern assignment (q 4.1): `(a;b):1 2` destructures, constants must match (`'match`),
 * `(a!b):d` takes a dictionary apart, `([]c:e)` a table's columns, `(:`f)` checks a type,
 * `(a:f)` and `(:f)` transform what they match. The result is the (transformed) value.
 */
import { Atom, Dictionary, K, QError, TYPES, Table, type BasicCode } from '@qts/types';
import type { Node } from '../parse/ast.js';
import { findKeys } from '../values/find.js';
import { qMatch } from '../values/match.js';
import {
  count,
  fromItems,
  isAtom,
  isDict,
  isTable,
  itemAt,
  itemsOf,
  isFunc,
} from '../values/shape.js';

/** What matching needs from the evaluator. */
export interface PatternHost {
  /** Evaluate a node (constants, functions in transforms). */
  evalNode(n: Node): K;
  /** Assign a name as `name:value` would. */
  assign(name: string, value: K): void;
  /** Assign `name[idx]:value`. */
  assignAt(name: string, index: readonly (Node | null)[], value: K): void;
  /** Apply a function. */
  apply(f: K, args: readonly K[]): K;
}

function typeCheck(spec: K, v: K): void {
  const ch = spec.type === -11 ? (spec as Atom<11>).value : '';
  if (ch.length !== 1) throw new QError('type', 'type pattern needs one type character');
  const lower = ch.toLowerCase();
  const code = (Object.values(TYPES) as { code: BasicCode; char: string }[]).find(
    (t) => t.char === lower,
  )?.code;
  if (code === undefined) throw new QError('type', `no type ${ch}`);
  const want = ch === lower ? -code : code;
  if (v.type !== want) throw new QError('type', `expected type ${ch}`);
}

function dictLookup(d: K, key: K): K {
  if (!isDict(d)) throw new QError('type', 'dictionary pattern on a non-dictionary');
  const p = findKeys(d.keys, key, true) as number;
  if (p >= count(d.keys)) throw new QError('match', 'key not found');
  return itemAt(d.values, p);
}

/** Match `v` against pattern `p`, assigning names; gives the value the match produced. */
export function matchPattern(host: PatternHost, p: Node, v: K): K {
  switch (p.t) {
    case 'name':
      host.assign(p.name, v);
      return v;
    case 'nil':
      return v;
    case 'const':
      if (!qMatch(p.v, v)) throw new QError('match', 'value does not match');
      return v;
    case 'noun':
      return matchPattern(host, p.x, v);
    case 'apply':
      if (p.f.t === 'name') {
        host.assignAt(p.f.name, p.args, v);
        return v;
      }
      if (p.f.t === 'prim' && p.f.name === '.tableLiteral')
        return matchTable(host, p.args as Node[], v);
      break;
    case 'list': {
      if (isAtom(v) || count(v) !== p.items.length)
        throw new QError('length', 'pattern and value differ in count');
      const out = p.items.map((item, i) => matchPattern(host, item, itemAt(v, i)));
      return isTable(v) || isDict(v) ? v : fromItems(out);
    }
    case 'return': {
      // (:`f) checks a type; (:f) transforms
      const spec = host.evalNode(p.x);
      if (spec.type === -11) {
        typeCheck(spec, v);
        return v;
      }
      return host.apply(spec, [v]);
    }
    case 'assign': {
      if (p.index === null && p.op === null) {
        const f = host.evalNode(p.value);
        const r = isFunc(f) ? host.apply(f, [v]) : (typeCheck(f, v), v);
        host.assign(p.name, r);
        return r;
      }
      break;
    }
    case 'match': {
      const spec = host.evalNode(p.value);
      typeCheck(spec, v);
      return matchPattern(host, p.pattern, v);
    }
    case 'dyad':
      if (p.f.t === 'prim' && p.f.name === '!') {
        if (!isDict(v)) throw new QError('type', 'dictionary pattern on a non-dictionary');
        if (p.l.t === 'const') {
          const keys = p.l.v;
          const vals = isAtom(keys)
            ? dictLookup(v, keys)
            : fromItems(itemsOf(keys).map((k) => dictLookup(v, k)));
          matchPattern(host, p.r, vals);
          return v;
        }
        matchPattern(host, p.l, v.keys);
        matchPattern(host, p.r, v.values);
        return v;
      }
      break;
    case 'section':
      if (p.f.t === 'prim' && p.f.name === '!' && isDict(v)) {
        matchPattern(host, p.l, v.keys);
        return v;
      }
      break;
    case 'monad':
      if (p.f.t === 'name' && p.f.name !== 'flip') {
        // (x where c):v amends x at the positions the expression gives
        host.assignAt(p.f.name, [p.x], v);
        return v;
      }
      if (p.f.t === 'name' && p.f.name === 'flip' && isTable(v)) {
        const d = new Dictionary(
          fromItems(v.columns.map((c) => new Atom(11, c))),
          fromItems(v.data as K[]),
        );
        return (matchNamed(host, p.x, d), v);
      }
      break;
    default:
      break;
  }
  throw new QError('nyi', `pattern ${p.t}`);
}

/** `[a;b]` (a statement list of names) against a dictionary: each name takes its key's value. */
function matchNamed(host: PatternHost, p: Node, d: Dictionary): void {
  const names = p.t === 'seq' ? p.items : [p];
  for (const n of names) {
    if (n.t !== 'name') throw new QError('nyi', 'named pattern');
    host.assign(n.name, dictLookup(d, new Atom(11, n.name)));
  }
}

/** `([k:p] c:q)` against a table, keyed table or dictionary. */
function matchTable(host: PatternHost, args: Node[], v: K): K {
  const [nk, ...cols] = args as [Node, ...Node[]];
  const nkeys = nk.t === 'const' ? Number((nk.v as Atom<7>).value) : 0;
  const keyCols = cols.slice(0, nkeys);
  const valCols = cols.slice(nkeys);
  const one = (c: Node, source: (name: string) => K) => {
    if (c.t === 'assign' && c.index === null) matchPattern(host, c.value, source(c.name));
    else if (c.t === 'name') host.assign(c.name, source(c.name));
  };
  if (isDict(v) && !isTable(v.keys)) {
    for (const c of keyCols) one(c, (name) => dictLookup(v, new Atom(11, name)));
    return v;
  }
  const col = (t: Table) => (name: string) => {
    const x = t.column(name);
    if (x === undefined) throw new QError('match', `no column ${name}`);
    return x;
  };
  if (isTable(v)) {
    for (const c of valCols) one(c, col(v));
    return v;
  }
  if (isDict(v) && isTable(v.keys) && isTable(v.values)) {
    for (const c of keyCols) one(c, col(v.keys));
    for (const c of valCols) one(c, col(v.values));
    return v;
  }
  throw new QError('type', 'table pattern on a non-table');
}
