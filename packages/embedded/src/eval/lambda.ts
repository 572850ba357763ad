/**
 * Lambdas: q's `{...}` functions, as @qts/types `Lambda` values that also hold their
 * parsed body, parameters and the names they assign (their locals).
 */
import { Lambda } from '@qts/types';
import type { Node } from '../parse/ast.js';

/** Names assigned with `:` anywhere in `nodes`, not looking inside nested lambdas. */
function assignedNames(nodes: readonly (Node | null)[], into: Set<string>): Set<string> {
  for (const n of nodes) {
    if (n === null) continue;
    switch (n.t) {
      case 'assign':
        if (!n.global && n.index === null) into.add(n.name);
        assignedNames([n.value, ...(n.index ?? [])], into);
        break;
      case 'apply':
        assignedNames([n.f, ...n.args], into);
        break;
      case 'dyad':
        assignedNames([n.f, n.l, n.r], into);
        break;
      case 'monad':
        assignedNames([n.f, n.x], into);
        break;
      case 'section':
        assignedNames([n.f, n.l], into);
        break;
      case 'list':
      case 'seq':
        assignedNames(n.items, into);
        break;
      case 'cond':
      case 'control':
        assignedNames(n.args, into);
        break;
      case 'match':
        patternNames(n.pattern, into);
        assignedNames([n.value], into);
        break;
      case 'return':
      case 'signal':
      case 'noun':
        assignedNames([n.x], into);
        break;
      case 'adverb':
        assignedNames([n.f], into);
        break;
      default:
        break;
    }
  }
  return into;
}

/** Names a pattern assigns (they are locals of the lambda). */
function patternNames(p: Node, into: Set<string>): void {
  if (p.t === 'name') into.add(p.name);
  else if (p.t === 'list') p.items.forEach((i) => patternNames(i, into));
  else if (p.t === 'assign') into.add(p.name);
  else if (p.t === 'match' || p.t === 'noun') patternNames(p.t === 'match' ? p.pattern : p.x, into);
  else if (p.t === 'dyad') {
    patternNames(p.l, into);
    patternNames(p.r, into);
  } else if (p.t === 'section') patternNames(p.l, into);
}

/** A lambda with its parsed body. */
export class QLambda extends Lambda {
  /** Parameters and locals: every name the body assigns with `:`. */
  readonly locals: ReadonlySet<string>;

  /**
   * @param source - the source text, `{...}`, which is how the lambda displays.
   * @param params - parameter names (`x y z` when implicit).
   * @param body - the statements.
   * @param context - the namespace the lambda was defined in.
   */
  constructor(
    source: string,
    readonly params: readonly string[],
    readonly body: readonly Node[],
    context = '',
    readonly patterns: readonly (Node | null)[] = [],
  ) {
    super(source, context);
    const locals = assignedNames(body, new Set(params));
    for (const p of patterns) if (p !== null) patternNames(p, locals);
    this.locals = locals;
  }
}
