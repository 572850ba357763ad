/**
 * The evaluator: walks the AST right to left over @qts/types values, with lambda scopes,
 * namespaced globals, q's application rules and errors as `QError`.
 */
import {
  Atom,
  Composition,
  Derived,
  Dictionary,
  IDENTITY,
  K,
  MixedList,
  Projection,
  QError,
  Vector,
  type Primitive,
} from '@qts/types';
import type { Node } from '../parse/ast.js';
import { parse } from '../parse/parser.js';
import { applyDerived, derivedRank } from '../iterators/derived.js';
import { BUILTINS, builtin } from '../primitives/registry.js';
import { amendAt } from '../primitives/amend.js';
import { makeTable } from '../primitives/dict-table.js';
import { index1, indexDeep } from '../values/index.js';
import { fromItems, isAtom, itemAt, textOf, isFunc } from '../values/shape.js';
import { Builtin } from './builtin.js';
import type { Ctx } from './context.js';
import { HOLE } from './hole.js';
import { QLambda } from './lambda.js';
import { MAX_DEPTH } from './limits.js';
import { ReturnSignal } from './signals.js';
import { systemValue } from './dotz.js';
import { DOTQ_CONSTANTS } from '../primitives/dotq.js';
import { runQuery, type Query } from '../qsql/query.js';
import { matchPattern } from './pattern.js';
import { writeHandle } from '../primitives/misc.js';

const ADVERB_CODE: Readonly<Record<string, 106 | 107 | 108 | 109 | 110 | 111>> = {
  "'": 106,
  '/': 107,
  '\\': 108,
  "':": 109,
  '/:': 110,
  '\\:': 111,
};

/** The name q gives an unnamed column: the last name in its expression, else x. */
function columnName(n: Node, i: number): string {
  if (n.t === 'name') return n.name.split('.').pop() ?? 'x';
  if (n.t === 'monad') return columnName(n.x, i);
  if (n.t === 'dyad') return columnName(n.l, i);
  if (n.t === 'apply') return columnName(n.args[0] ?? n.f, i);
  return i === 0 ? 'x' : `x${i}`;
}

/** A lambda call's scope. */
interface Scope {
  readonly fn: QLambda | null;
  readonly vars: Map<string, K>;
  readonly parent?: Scope | null;
}

function isHole(x: K): boolean {
  return x === HOLE;
}

function truthy(x: K): boolean {
  if (!isAtom(x)) throw new QError('type', 'condition must be an atom');
  const v = x.value;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  return true;
}

/** One q session: its globals, settings and the evaluator. */
export class Interpreter implements Ctx {
  /** Globals by full name (`a`, `.ns.a`). */
  readonly globals = new Map<string, K>();
  /** Console settings (`\P`, `\c`). */
  readonly display: { precision: number; consoleSize: [number, number] } = {
    precision: 7,
    consoleSize: [25, 80],
  };
  /** Current namespace (`\d`), '' for the root. */
  namespace = '';
  private depth = 0;
  /** Views (`v::expr` at top level) by name: their expressions. */
  private readonly views = new Map<string, Node>();
  private ticks = 0;
  /** Wall-clock time (ms since the epoch) after which evaluation stops with `'stop`; 0 for none. */
  deadline = 0;
  private printed: string[] = [];

  /** Take (and clear) what `show` / `0N!` printed. */
  takePrinted(): string[] {
    const p = this.printed;
    this.printed = [];
    return p;
  }

  /** @inheritdoc */
  print(text: string, newline = true): void {
    // text printed without a newline joins whatever is printed next
    this.printed.push(newline ? text : text + '\u0000');
  }

  /** Runs `\` commands for `system`; the console session installs it. */
  systemHandler: (text: string) => K = (text) => {
    throw new QError(text, 'no system commands here');
  };

  /** @inheritdoc */
  system(text: string): K {
    return this.systemHandler(text);
  }

  /** Evaluate q source text. */
  evalText(src: string): K {
    return this.eval(parse(src), null);
  }

  /** @inheritdoc */
  getGlobal(name: string): K | undefined {
    return (
      this.globals.get(
        name.startsWith('.') || this.namespace === '' ? name : `${this.namespace}.${name}`,
      ) ?? this.globals.get(name)
    );
  }

  /** @inheritdoc */
  globalNames(): string[] {
    return [...this.globals.keys()];
  }

  /** @inheritdoc */
  setGlobal(name: string, value: K): void {
    const full = name.startsWith('.') || this.namespace === '' ? name : `${this.namespace}.${name}`;
    this.globals.set(full, value);
  }

  /** Evaluate one node in a scope (null at top level). */
  eval(node: Node, scope: Scope | null): K {
    switch (node.t) {
      case 'const':
        return node.v;
      case 'name':
        return this.lookup(node.name, scope);
      case 'prim':
        return builtin(node.name);
      case 'noun':
        return this.eval(node.x, scope);
      case 'adverb':
        return new Derived(ADVERB_CODE[node.adverb] ?? 106, this.eval(node.f, scope));
      case 'apply': {
        if (node.f.t === 'prim' && node.f.name === '.tableLiteral')
          return this.tableLiteral(node.args, scope);
        const args = this.evalArgs(node.args, scope);
        const f = this.eval(node.f, scope);
        return this.apply(f, args);
      }
      case 'dyad': {
        const r = this.eval(node.r, scope);
        const l = this.eval(node.l, scope);
        const f = this.eval(node.f, scope);
        if (
          isFunc(r) &&
          !isFunc(l) &&
          (node.r.t === 'section' || node.r.t === 'adverb' || node.r.t === 'prim') &&
          isFunc(f)
        )
          return new Composition([new Projection([f, l, HOLE]), r]);
        if (f instanceof Builtin && f.impl.dyad !== undefined) return f.impl.dyad(l, r, this);
        return this.apply(f, [l, r]);
      }
      case 'monad': {
        const x = this.eval(node.x, scope);
        const f = this.eval(node.f, scope);
        if (isFunc(f) && isFunc(x) && (node.x.t === 'section' || node.x.t === 'adverb'))
          return new Composition([f, x]);
        if (f instanceof Builtin && (node.f.t === 'prim' || f.impl.monad !== undefined)) {
          if (f.impl.monad !== undefined) return f.impl.monad(x, this);
          throw new QError('rank', `${f.name} takes two arguments`);
        }
        return this.apply(f, [x]);
      }
      case 'section': {
        const l = this.eval(node.l, scope);
        const f = this.eval(node.f, scope);
        return new Projection([f, l, HOLE]);
      }
      case 'list': {
        if (node.items.some((n) => n.t === 'nil')) {
          // (a;;b) is a projection: the holes fill when applied
          const held = node.items.map((n) => (n.t === 'nil' ? HOLE : this.eval(n, scope)));
          return new Projection([builtin('enlist'), ...held]);
        }
        const items: K[] = new Array<K>(node.items.length);
        for (let i = node.items.length - 1; i >= 0; i--)
          items[i] = this.eval(node.items[i] as Node, scope);
        return fromItems(items);
      }
      case 'lambda':
        return new QLambda(
          node.source,
          node.params,
          node.body,
          this.namespace,
          node.patterns ?? [],
        );
      case 'assign':
        return this.assign(node, scope);
      case 'cond': {
        const a = node.args;
        let i = 0;
        for (; i + 1 < a.length; i += 2) {
          if (truthy(this.eval(a[i] as Node, scope))) return this.eval(a[i + 1] as Node, scope);
        }
        return i < a.length ? this.eval(a[i] as Node, scope) : IDENTITY;
      }
      case 'control':
        this.control(node.word, node.args, scope);
        return IDENTITY;
      case 'return':
        throw new ReturnSignal(this.eval(node.x, scope));
      case 'signal': {
        // 'name signals the name itself unless it is a variable: 'type, 'oops
        if (node.x.t === 'name' && !this.isVariable(node.x.name, scope))
          throw new QError(node.x.name, 'signalled');
        const v = this.eval(node.x, scope);
        const text = textOf(v) ?? (v.type === -11 ? (v as Atom<11>).value : v.toString());
        throw new QError(text, 'signalled');
      }
      case 'seq': {
        let last: K = IDENTITY;
        for (const item of node.items) last = this.eval(item, scope);
        return last;
      }
      case 'nil':
        return IDENTITY;
      case 'qsql':
        return this.runQueryIn(node, scope);
      case 'tree':
        return this.tree(node.v, scope);
      case 'match': {
        const v = this.eval(node.value, scope);
        return matchPattern(
          {
            evalNode: (n) => this.eval(n, scope),
            assign: (name, value) =>
              this.assign(
                {
                  t: 'assign',
                  name,
                  index: null,
                  op: null,
                  global: false,
                  value: { t: 'const', v: value },
                },
                scope,
              ),
            assignAt: (name, index, value) =>
              this.assign(
                {
                  t: 'assign',
                  name,
                  index,
                  op: null,
                  global: false,
                  value: { t: 'const', v: value },
                },
                scope,
              ),
            apply: (f, args) => this.apply(f, args),
          },
          node.pattern,
          v,
        );
      }
    }
  }

  private tableLiteral(args: readonly (Node | null)[], scope: Scope | null): K {
    const [nk, ...cols] = args as [Node, ...Node[]];
    const nkeys = nk.t === 'const' ? Number((nk.v as Atom<7>).value) : 0;
    const names: string[] = [];
    const values: K[] = new Array<K>(cols.length);
    for (let i = cols.length - 1; i >= 0; i--) {
      const c = cols[i] as Node;
      if (c.t === 'assign' && c.index === null && c.op === null)
        values[i] = this.eval(c.value, scope);
      else values[i] = this.eval(c, scope);
    }
    cols.forEach((c, i) => names.push(c.t === 'assign' ? c.name : columnName(c, i)));
    return makeTable(names, values, nkeys);
  }

  private runQueryIn(q: Query, scope: Scope | null): K {
    return runQuery(
      {
        evalWith: (n, vars) => this.eval(n, { fn: null, vars, parent: scope }),
        evalHere: (n) => this.eval(n, scope),
        getGlobal: (name) => this.getGlobal(name),
        setGlobal: (name, v) => this.setGlobal(name, v),
        call: (name, args) => this.apply(builtin(name), args),
      },
      q,
    );
  }

  /** @inheritdoc */
  query(q: Query): K {
    return this.runQueryIn(q, null);
  }

  /** @inheritdoc */
  evalTree(tree: K): K {
    return this.tree(tree, null);
  }

  /** A parse tree: a symbol is a name, a general list headed by a function is an application. */
  private tree(v: K, scope: Scope | null): K {
    if (v.type === -11) return this.lookup((v as Atom<11>).value, scope);
    // a one-item list is quoted: its item, unevaluated (,`a is the symbol `a)
    if (v.type >= 0 && v.type < 20 && v.length === 1)
      return v.type === 0 ? ((v as MixedList).items[0] as K) : itemAt(v, 0);
    if (v instanceof MixedList && v.length > 0) {
      const head = v.items[0] as K;
      const f =
        head.type === -11
          ? this.lookup((head as Atom<11>).value, scope)
          : head instanceof MixedList
            ? this.tree(head, scope)
            : head;
      if (isFunc(f)) {
        const args = v.items.slice(1).map((a) => this.tree(a, scope));
        return this.apply(f, args);
      }
      return fromItems(v.items.map((a) => this.tree(a, scope)));
    }
    return v;
  }

  private isVariable(name: string, scope: Scope | null): boolean {
    for (let s: Scope | null | undefined = scope; s !== null && s !== undefined; s = s.parent)
      if (s.vars.has(name)) return true;
    return this.getGlobal(name) !== undefined;
  }

  private evalArgs(args: readonly (Node | null)[], scope: Scope | null): K[] {
    const out: K[] = new Array<K>(args.length);
    for (let i = args.length - 1; i >= 0; i--) {
      const a = args[i];
      out[i] = a === null || a === undefined ? HOLE : this.eval(a, scope);
    }
    return out;
  }

  private control(word: 'if' | 'do' | 'while', args: readonly Node[], scope: Scope | null): void {
    const [c, ...body] = args;
    if (c === undefined) throw new QError('rank', `${word} needs a condition`);
    const run = () => {
      this.tick();
      for (const b of body) this.eval(b, scope);
    };
    if (word === 'if') {
      if (truthy(this.eval(c, scope))) run();
    } else if (word === 'do') {
      const n = this.eval(c, scope);
      const times = isAtom(n) ? Number(n.value) : NaN;
      if (!Number.isFinite(times)) throw new QError('type', 'do needs a count');
      for (let i = 0; i < times; i++) run();
    } else {
      while (truthy(this.eval(c, scope))) run();
    }
  }

  private lookup(name: string, scope: Scope | null): K {
    for (let s: Scope | null | undefined = scope; s !== null && s !== undefined; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
      if (s.fn?.locals.has(name) === true) throw new QError(name, 'local used before it is set');
    }
    const b = BUILTINS.get(name);
    if (b !== undefined) return b;
    if (name.startsWith('.z.')) {
      const z = systemValue(name);
      if (z !== undefined) return z;
    }
    const view = this.views.get(name);
    if (view !== undefined) return this.eval(view, null);
    const g = this.getGlobal(name);
    if (g !== undefined) return g;
    if (name === 'csv') return new Atom(10, 44);
    const qconst = DOTQ_CONSTANTS[name];
    if (qconst !== undefined) return qconst;
    const dotq = BUILTINS.get(name.replace(/^\.q\./, ''));
    if (dotq !== undefined) return dotq;
    if (name === '.q') {
      const names = [...BUILTINS.keys()].filter((k) => /^[a-z]/.test(k));
      return new Dictionary(
        new Vector(11, names),
        new MixedList(names.map((k) => BUILTINS.get(k) as K)),
      );
    }
    if (name.startsWith('.')) {
      const ns = this.namespaceDict(name);
      if (ns !== undefined) return ns;
    }
    throw new QError(name, 'undefined name');
  }

  private namespaceDict(prefix: string): K | undefined {
    const keys: string[] = [''];
    const vals: K[] = [IDENTITY];
    for (const [k, v] of this.globals) {
      if (!k.startsWith(prefix + '.')) continue;
      const rest = k.slice(prefix.length + 1);
      const head = rest.split('.')[0] as string;
      if (keys.includes(head)) continue;
      keys.push(head);
      // a deeper name makes the head a namespace of its own
      vals.push(rest.includes('.') ? (this.namespaceDict(`${prefix}.${head}`) ?? IDENTITY) : v);
    }
    if (keys.length === 1) return undefined;
    return this.apply(builtin('!'), [
      fromItems(keys.map((k) => new Atom(11, k))),
      new MixedList(vals),
    ]);
  }

  private assign(node: Extract<Node, { t: 'assign' }>, scope: Scope | null): K {
    if (
      scope === null &&
      node.global &&
      node.index === null &&
      node.op === null &&
      node.value.t !== 'const' &&
      node.value.t !== 'lambda'
    ) {
      // v::expr at top level is a view: recomputed whenever v is read
      this.views.set(node.name, node.value);
      this.globals.delete(node.name);
      return IDENTITY;
    }
    if (scope === null) this.views.delete(node.name);
    const value = this.eval(node.value, scope);
    const local =
      scope !== null &&
      (scope.vars.has(node.name) || (scope.fn?.locals.has(node.name) === true && !node.global));
    const current = (): K =>
      local ? (scope?.vars.get(node.name) as K) : this.lookup(node.name, null);
    let result: K;
    if (node.index !== null) {
      const idx = this.evalArgs(node.index, scope).map((i) => (isHole(i) ? IDENTITY : i));
      const op = node.op === null ? null : this.eval(node.op, scope);
      result = amendAt(this, current(), idx, op, value);
    } else if (node.op !== null) {
      const op = this.eval(node.op, scope);
      const cur = current();
      result = this.apply(op, [cur, value]);
      // x,:y keeps a vector's type: appending another type is an error
      if (
        op instanceof Builtin &&
        op.name === ',' &&
        cur.type > 0 &&
        cur.type < 20 &&
        cur.length > 0 &&
        result.type !== cur.type
      )
        throw new QError('type', 'append of another type');
    } else result = value;
    if (local && scope !== null) scope.vars.set(node.name, result);
    else this.setGlobal(node.name, result);
    return node.op !== null || node.index !== null ? result : value;
  }

  /** @inheritdoc */
  rank(f: K): number {
    if (f instanceof QLambda) return f.params.length;
    if (f instanceof Builtin) return f.rank;
    if (f instanceof Projection) {
      const [fn, ...args] = f.items;
      const holes = args.filter(isHole).length;
      return holes + Math.max(0, this.rank(fn as K) - args.length);
    }
    if (f instanceof Derived) return derivedRank(f, this);
    if (f instanceof Composition) return this.rank(f.items[f.items.length - 1] as K);
    return 1;
  }

  /** Stop with `'stop` once past the deadline (checked every 1024 steps). */
  tick(): void {
    if (this.deadline !== 0 && (++this.ticks & 255) === 0 && Date.now() > this.deadline)
      throw new QError('stop', 'time limit reached');
  }

  /** @inheritdoc */
  apply(f: K, args: readonly K[]): K {
    this.tick();
    if (f instanceof Builtin) return this.applyBuiltin(f, args);
    if (f instanceof QLambda) return this.applyLambda(f, args);
    if (f instanceof Projection) return this.applyProjection(f, args);
    if (f instanceof Derived) return applyDerived(f, args, this);
    if (f instanceof Composition) {
      let r = this.apply(f.items[f.items.length - 1] as K, args);
      for (let i = f.items.length - 2; i >= 0; i--) r = this.apply(f.items[i] as K, [r]);
      return r;
    }
    if (f.type === 101 && (f as Primitive).code === 0) return args[0] ?? IDENTITY;
    if (isFunc(f)) throw new QError('nyi', `cannot apply type ${f.type}`);
    if (f.type === -11) {
      const target = this.lookup((f as Atom<11>).value, null);
      return args.length === 1 ? index1(target, args[0] as K) : indexDeep(target, args);
    }
    if (args.length === 1 && args[0] === IDENTITY && !isFunc(f)) return f;
    if (isAtom(f)) {
      const h = isAtom(f) && f.code === 7 ? Number(f.value) : NaN;
      if (args.length === 1 && (h === -1 || h === 1 || h === -2 || h === 2))
        return writeHandle(h, args[0] as K, this);
      if (args.length === 1 && h === 0) {
        // handle 0 is this process: a string is evaluated, a list is a parse tree
        const a = args[0] as K;
        const text = textOf(a);
        return text !== undefined ? this.evalText(text) : this.evalTree(a);
      }
      throw new QError('type', 'cannot apply an atom');
    }
    if (args.some(isHole))
      return indexDeep(
        f,
        args.map((a) => (isHole(a) ? IDENTITY : a)),
      );
    if (args.length === 1) return index1(f, args[0] as K);
    return indexDeep(f, args);
  }

  private applyBuiltin(f: Builtin, args: readonly K[]): K {
    const n = args.length;
    const { monad, dyad, nary } = f.impl;
    if (args.some(isHole)) return new Projection([f, ...args]);
    if (n === 0) return monad !== undefined ? monad(IDENTITY, this) : f;
    // a glyph that takes two arguments, given one in brackets, is a projection: +[2]
    if (n === 1 && dyad !== undefined && !/^[a-z.]/.test(f.name))
      return new Projection([f, ...args]);
    if (n === 1)
      return monad !== undefined ? monad(args[0] as K, this) : new Projection([f, ...args]);
    if (n === 2 && dyad !== undefined) return dyad(args[0] as K, args[1] as K, this);
    if (nary !== undefined && n <= (f.impl.maxRank ?? 4)) {
      if (
        n < f.rank &&
        ((monad !== undefined && dyad !== undefined) || (monad === undefined && dyad === undefined))
      )
        return new Projection([f, ...args]);
      return nary(args, this);
    }
    throw new QError('rank', `${f.name} takes ${f.rank} arguments, not ${n}`);
  }

  private applyProjection(p: Projection, args: readonly K[]): K {
    const [fn, ...fixed] = p.items as [K, ...K[]];
    const filled: K[] = [];
    let k = 0;
    for (const a of fixed) filled.push(isHole(a) && k < args.length ? (args[k++] as K) : a);
    while (k < args.length) filled.push(args[k++] as K);
    return this.apply(fn, filled);
  }

  private applyLambda(f: QLambda, args: readonly K[]): K {
    const n = f.params.length;
    const given = args.length === 0 ? [IDENTITY] : args;
    if (given.length > Math.max(n, 1))
      throw new QError('rank', `lambda takes ${n} arguments, not ${given.length}`);
    if (given.some(isHole) || (given.length < n && n > 1)) return new Projection([f, ...given]);
    if (this.depth >= MAX_DEPTH) throw new QError('stack', 'recursion too deep');
    const vars = new Map<string, K>();
    f.params.forEach((p, i) => vars.set(p, given[i] ?? IDENTITY));
    const scope: Scope = { fn: f, vars };
    f.patterns.forEach((p, i) => {
      if (p !== null)
        this.eval(
          { t: 'match', pattern: p, value: { t: 'const', v: given[i] ?? IDENTITY } },
          scope,
        );
    });
    const savedNs = this.namespace;
    this.depth++;
    try {
      this.namespace = f.context;
      let last: K = IDENTITY;
      for (const stmt of f.body) last = this.eval(stmt, scope);
      // a lambda whose last statement is empty (ends with `;`) returns ::
      return last;
    } catch (e) {
      if (e instanceof ReturnSignal) return e.value;
      if (e instanceof RangeError) throw new QError('stack', 'JS stack exhausted');
      throw e;
    } finally {
      this.depth--;
      this.namespace = savedNs;
    }
  }
}
