/**
 * The q parser: tokens to an AST. An expression is a run of terms (nouns, verbs,
 * assignment markers) folded right to left: `noun verb rest` is infix, `verb rest` and
 * `noun rest` are prefix application, as q reads them.
 */
import { Atom, MixedList, QError, Vector, K } from '@qts/types';
import type { Node, QsqlColumn } from './ast.js';
import { INFIX_KEYWORDS } from './keywords.js';
import { lex } from './lexer.js';
import { literalValue } from './literal.js';
import type { Token } from './token.js';

type Term =
  | { readonly kind: 'term'; readonly node: Node; readonly verb: boolean }
  | { readonly kind: 'assign'; readonly text: string }
  | { readonly kind: 'signal' };

const IMPLICIT = ['x', 'y', 'z'];

type QsqlKind = 'select' | 'exec' | 'update' | 'delete';
const QSQL_WORDS: ReadonlySet<string> = new Set(['select', 'exec', 'update', 'delete']);

/** The name q gives an unnamed column: the last name its expression refers to, else x. */
export function columnName(n: Node): string {
  switch (n.t) {
    case 'name':
      return n.name.split('.').pop() ?? 'x';
    case 'monad':
      return columnName(n.x);
    case 'dyad':
      return columnName(n.l);
    case 'apply':
      return n.args.length > 0 && n.args[0] ? columnName(n.args[0]) : columnName(n.f);
    case 'adverb':
      return columnName(n.f);
    default:
      return 'x';
  }
}

const UTF8 = new TextEncoder();

function charsConst(text: string): Node {
  // q strings are bytes: source text is UTF-8
  const bytes = UTF8.encode(text);
  return {
    t: 'const',
    v:
      bytes.length === 1 && text.length === 1
        ? new Atom(10, bytes[0] as number)
        : new Vector(10, bytes),
  };
}

function symbolConst(parts: readonly string[]): Node {
  return {
    t: 'const',
    v: parts.length === 1 ? new Atom(11, parts[0] as string) : new Vector(11, [...parts]),
  };
}

/** Parse q source into one statement list. */
export function parse(src: string): Node {
  return new Parser(src).program();
}

class Parser {
  private readonly tokens: Token[];
  private pos = 0;

  constructor(
    private readonly src: string,
    tokens?: Token[],
  ) {
    this.tokens = tokens ?? lex(src);
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  private expectClose(c: string): void {
    const t = this.next();
    if (t.kind !== 'close' || t.text !== c)
      throw new QError(c === ')' ? '(' : c === ']' ? '[' : '{', `expected ${c}`);
  }

  program(): Node {
    const items = this.statements();
    if (this.peek().kind !== 'eof') throw new QError(this.peek().text, 'unbalanced input');
    return items.length === 1 ? (items[0] as Node) : { t: 'seq', items };
  }

  /** Statements separated by `;` (or new lines) up to a closer or the end. */
  private statements(): Node[] {
    const items: Node[] = [];
    for (;;) {
      items.push(this.expression());
      if (this.peek().kind === 'sep') {
        this.next();
        continue;
      }
      return items;
    }
  }

  /** Bracket arguments with holes: `[a;;b]`. */
  private bracketArgs(): (Node | null)[] {
    const args: (Node | null)[] = [];
    for (;;) {
      const e = this.expression();
      args.push(e.t === 'nil' ? null : e);
      const t = this.peek();
      if (t.kind === 'sep' && t.text === ';') {
        this.next();
        continue;
      }
      if (t.kind === 'sep') {
        this.next();
        continue;
      }
      this.expectClose(']');
      return args.length === 1 && args[0] === null ? [] : args;
    }
  }

  private expression(): Node {
    const terms: Term[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'sep' || t.kind === 'close' || t.kind === 'eof') break;
      terms.push(this.term());
    }
    return terms.length === 0 ? { t: 'nil' } : this.build(terms, 0);
  }

  private build(terms: readonly Term[], i: number): Node {
    const t = terms[i] as Term;
    const rest = (j: number): Node => (j < terms.length ? this.build(terms, j) : { t: 'nil' });
    if (t.kind === 'signal') return { t: 'signal', x: rest(i + 1) };
    if (t.kind === 'assign') {
      if (t.text === ':' && terms.length === 1) return { t: 'prim', name: ':' };
      if (t.text === ':') return { t: 'return', x: rest(i + 1) };
      if (t.text === '::' && i + 1 === terms.length) return { t: 'prim', name: '::' };
      if (t.text === '::') return { t: 'monad', f: { t: 'prim', name: '::' }, x: rest(i + 1) };
      const f: Node = { t: 'prim', name: t.text.slice(0, -1) };
      return i + 1 < terms.length ? { t: 'monad', f, x: rest(i + 1) } : { t: 'prim', name: t.text };
    }
    if (i + 1 === terms.length) return t.node;
    const next = terms[i + 1] as Term;
    // x :: is x applied to the identity (all of x)
    if (
      next.kind === 'assign' &&
      next.text === '::' &&
      i + 2 === terms.length &&
      t.node.t !== 'name'
    )
      return { t: 'monad', f: t.node, x: { t: 'prim', name: '::' } };
    if (next.kind === 'assign') return this.assignment(t.node, next.text, rest(i + 2));
    if (t.verb) return { t: 'monad', f: t.node, x: rest(i + 1) };
    if (next.kind === 'term' && next.verb) {
      if (i + 2 >= terms.length) return { t: 'section', f: next.node, l: t.node };
      return { t: 'dyad', f: next.node, l: t.node, r: rest(i + 2) };
    }
    return { t: 'monad', f: t.node, x: rest(i + 1) };
  }

  private assignment(target: Node, op: string, value: Node): Node {
    let name: string;
    let index: readonly (Node | null)[] | null = null;
    if (target.t === 'name') name = target.name;
    else if (target.t === 'apply' && target.f.t === 'name') {
      name = target.f.name;
      index = target.args;
    } else if (op === ':') return { t: 'match', pattern: target, value };
    else throw new QError('assign', 'cannot assign to that');
    const global = op === '::';
    const opNode: Node | null =
      op === ':' || op === '::' ? null : { t: 'prim', name: op.slice(0, -1) };
    return { t: 'assign', name, index, op: opNode, global, value };
  }

  private term(): Term {
    const tok = this.next();
    let node: Node;
    let verb = false;
    switch (tok.kind) {
      case 'number':
        node = { t: 'const', v: literalValue(tok.parts ?? [tok.text]) };
        break;
      case 'string':
        node = charsConst(tok.text);
        break;
      case 'symbol':
        node = symbolConst(tok.parts ?? [tok.text]);
        break;
      case 'name':
        if (QSQL_WORDS.has(tok.text) && this.hasFrom())
          return { kind: 'term', node: this.qsql(tok.text as QsqlKind), verb: false };
        if (
          (tok.text === 'if' || tok.text === 'do' || tok.text === 'while') &&
          this.peek().text === '['
        ) {
          this.next();
          const args = this.bracketArgs().map((a) => a ?? ({ t: 'nil' } as Node));
          return { kind: 'term', node: { t: 'control', word: tok.text, args }, verb: false };
        }
        if (INFIX_KEYWORDS.has(tok.text)) {
          node = { t: 'prim', name: tok.text };
          verb = true;
        } else node = { t: 'name', name: tok.text };
        break;
      case 'op':
        if (tok.text === '$' && this.peek().text === '[' && !this.peek().spaceBefore) {
          this.next();
          const args = this.bracketArgs();
          if (args.length >= 3) {
            node = { t: 'cond', args: args.map((a) => a ?? ({ t: 'nil' } as Node)) };
            return { kind: 'term', node, verb: false };
          }
          node = { t: 'apply', f: { t: 'prim', name: '$' }, args };
          break;
        }
        node = { t: 'prim', name: tok.text };
        verb = true;
        break;
      case 'assign':
        return { kind: 'assign', text: tok.text };
      case 'signal':
        return { kind: 'signal' };
      case 'open':
        node = tok.text === '(' ? this.paren() : tok.text === '{' ? this.lambda(tok) : this.block();
        if (node.t === 'prim' || node.t === 'adverb') node = { t: 'noun', x: node };
        break;
      case 'adverb':
        // an iterator standing alone is a value: (/;+) is the parse tree of +/
        node = { t: 'prim', name: tok.text };
        break;
      default:
        throw new QError(tok.text, 'unexpected token');
    }
    // postfix: brackets and adverbs bind tighter than anything
    for (;;) {
      const p = this.peek();
      if (p.kind === 'open' && p.text === '[' && !(p.spaceBefore && node.t === 'const')) {
        this.next();
        node = { t: 'apply', f: node, args: this.bracketArgs() };
        verb = false;
        continue;
      }
      if (p.kind === 'adverb' && !p.spaceBefore) {
        this.next();
        node = { t: 'adverb', adverb: p.text, f: node };
        verb = true;
        continue;
      }
      break;
    }
    return { kind: 'term', node, verb };
  }

  /** True if a `from` follows at this bracket depth before the expression ends. */
  private hasFrom(): boolean {
    let depth = 0;
    for (let i = this.pos; i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      if (t.kind === 'open') depth++;
      else if (t.kind === 'close') {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0 && t.kind === 'sep') return false;
      else if (depth === 0 && t.kind === 'name' && t.text === 'from') return true;
      else if (t.kind === 'eof') return false;
    }
    return false;
  }

  /** A query: phrases split at depth-0 keywords and commas, each parsed as an expression. */
  private qsql(kind: QsqlKind): Node {
    const part = (stops: readonly string[]): Token[][] => {
      const pieces: Token[][] = [[]];
      let depth = 0;
      for (;;) {
        const t = this.peek();
        if (t.kind === 'eof') break;
        if (depth === 0 && (t.kind === 'sep' || t.kind === 'close')) break;
        if (depth === 0 && t.kind === 'name' && stops.includes(t.text)) break;
        if (t.kind === 'open') depth++;
        if (t.kind === 'close') depth--;
        if (depth === 0 && t.kind === 'op' && t.text === ',') {
          this.next();
          pieces.push([]);
          continue;
        }
        (pieces[pieces.length - 1] as Token[]).push(this.next());
      }
      return pieces.filter((p) => p.length > 0);
    };
    const columns = (pieces: Token[][]): QsqlColumn[] =>
      pieces.map((p) => {
        const e = this.sub(p);
        if (e.t === 'assign' && e.index === null && e.op === null)
          return { name: e.name, expr: e.value };
        return { name: columnName(e), expr: e };
      });
    // select[n], select[n;>c] and select distinct
    let limit: (Node | null)[] | undefined;
    if (this.peek().kind === 'open' && this.peek().text === '[' && !this.peek().spaceBefore) {
      this.next();
      limit = this.bracketArgs();
    }
    let distinct = false;
    if (
      kind === 'select' &&
      this.peek().kind === 'name' &&
      this.peek().text === 'distinct' &&
      this.peek(1).text !== 'from'
    ) {
      this.next();
      distinct = true;
    }
    const cols = columns(part(['by', 'from']));
    let by: QsqlColumn[] | null = null;
    if (this.peek().text === 'by') {
      this.next();
      by = columns(part(['from']));
    }
    if (this.next().text !== 'from') throw new QError('from', 'query needs from');
    const fromTokens: Token[] = [];
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof' || (depth === 0 && (t.kind === 'sep' || t.kind === 'close'))) break;
      if (depth === 0 && t.kind === 'name' && t.text === 'where') break;
      if (t.kind === 'open') depth++;
      if (t.kind === 'close') depth--;
      fromTokens.push(this.next());
    }
    let where: Node[] = [];
    if (this.peek().text === 'where') {
      this.next();
      where = part([]).map((p) => this.sub(p));
    }
    const from = this.sub(fromTokens);
    const extras = { ...(limit === undefined ? {} : { limit }), ...(distinct ? { distinct } : {}) };
    return { t: 'qsql', kind, cols, by, from, where, ...extras };
  }

  /** Parse a run of this source's tokens as one expression. */
  private sub(tokens: Token[]): Node {
    const end = tokens[tokens.length - 1]?.end ?? 0;
    const p = new Parser(this.src, [
      ...tokens,
      { kind: 'eof', text: '', start: end, end, spaceBefore: true },
    ]);
    return p.program();
  }

  private block(): Node {
    const items = this.statements();
    this.expectClose(']');
    return items.length === 1 ? (items[0] as Node) : { t: 'seq', items };
  }

  private paren(): Node {
    if (this.peek().text === '[' && this.peek().kind === 'open') return this.tableLiteral();
    if (this.peek().kind === 'close' && this.peek().text === ')') {
      this.next();
      return { t: 'const', v: new MixedList([]) };
    }
    const items = this.statements();
    this.expectClose(')');
    if (items.length === 1) {
      // a parenthesised verb is a noun: the term is marked so by the caller
      return items[0] as Node;
    }
    return { t: 'list', items };
  }

  private tableLiteral(): Node {
    this.next();
    const keys = this.peek().text === ']' ? (this.next(), []) : this.columns(']');
    const cols = this.columns(')');
    return {
      t: 'apply',
      f: { t: 'prim', name: '.tableLiteral' },
      args: [{ t: 'const', v: new Atom(7, BigInt(keys.length)) }, ...keys, ...cols],
    };
  }

  private columns(closer: string): Node[] {
    const out: Node[] = [];
    for (;;) {
      out.push(this.expression());
      const t = this.next();
      if (t.kind === 'sep') continue;
      if (t.kind === 'close' && t.text === closer) return out.filter((n) => n.t !== 'nil');
      throw new QError(closer, 'bad table literal');
    }
  }

  private lambda(open: Token): Node {
    const startPos = this.pos;
    let params: string[] | null = null;
    const patterns: (Node | null)[] = [];
    if (this.peek().kind === 'open' && this.peek().text === '[') {
      this.next();
      // parameters are names, or (q 4.1) patterns matched against the argument
      const args = this.bracketArgs();
      params = args.map((a, i) => (a !== null && a.t === 'name' ? a.name : `.p${i}`));
      args.forEach((a, i) => (patterns[i] = a === null || a.t === 'name' ? null : a));
      if (args.length === 0) params = [];
    }
    const body = this.statements();
    const close = this.peek();
    this.expectClose('}');
    if (params === null) params = IMPLICIT.slice(0, this.implicitArity(startPos, this.pos - 1));
    const source = this.src.slice(open.start, close.end);
    return patterns.some((p) => p !== null)
      ? { t: 'lambda', source, params, body, patterns }
      : { t: 'lambda', source, params, body };
  }

  /** 1 + the highest of x y z used in the tokens, outside nested lambdas (at least 1). */
  private implicitArity(from: number, to: number): number {
    let depth = 0;
    let n = 1;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i] as Token;
      if (t.kind === 'open' && t.text === '{') depth++;
      else if (t.kind === 'close' && t.text === '}') depth--;
      else if (depth === 0 && t.kind === 'name') {
        const k = IMPLICIT.indexOf(t.text);
        if (k >= 0) n = Math.max(n, k + 1);
      }
    }
    return n;
  }
}

/** `K` re-exported so AST consumers need no second import. */
export type { K };
