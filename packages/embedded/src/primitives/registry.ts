/**
 * Every builtin by name: the kind tables merged, so one glyph gets its unary form from
 * one family and its binary form from another (`-` is `neg` and minus, `#` is `count`
 * and take).
 */
import { IDENTITY, K, QError } from '@qts/types';
import { Builtin, type BuiltinImpl } from '../eval/builtin.js';
import { AGGREGATE } from './aggregate.js';
import { AMEND } from './amend.js';
import { ARITH } from './arith.js';
import { CAST } from './cast.js';
import { COMPARE } from './compare.js';
import { DICT_TABLE } from './dict-table.js';
import { LIST } from './list.js';
import { MISC } from './misc.js';
import { DOTQ } from './dotq.js';
import { JOIN } from './join.js';
import { MATRIX } from './matrix.js';
import { TEXT } from './text.js';
import { SEARCH } from './search.js';
import { SET } from './set.js';
import { STRING } from './string.js';
import { TAKE_DROP } from './take-drop.js';

const FAMILIES: readonly Readonly<Record<string, BuiltinImpl>>[] = [
  ARITH,
  COMPARE,
  LIST,
  TAKE_DROP,
  DICT_TABLE,
  SEARCH,
  AGGREGATE,
  CAST,
  STRING,
  SET,
  AMEND,
  MISC,
  DOTQ,
  JOIN,
  MATRIX,
  TEXT,
];

function merge(): Map<string, Builtin> {
  const impls = new Map<string, BuiltinImpl>();
  for (const family of FAMILIES) {
    for (const [name, impl] of Object.entries(family)) {
      const prev = impls.get(name) ?? {};
      const defined = Object.fromEntries(
        Object.entries(impl).filter(([, v]) => v !== undefined),
      ) as BuiltinImpl;
      impls.set(name, { ...prev, ...defined });
    }
  }
  const bang = impls.get('!') as BuiltinImpl;
  const dictOf = bang.dyad;
  // 0N!x prints x and returns it
  impls.set('!', {
    ...bang,
    dyad: (x, y, ctx) => {
      if (x.type === -7 && (x as unknown as { isNull: boolean }).isNull) {
        ctx.print(y.toString(ctx.display));
        return y;
      }
      if (dictOf === undefined) throw new QError('nyi', '!');
      return dictOf(x, y, ctx);
    },
  });
  return new Map([...impls].map(([name, impl]) => [name, new Builtin(name, impl)]));
}

/** All builtins by glyph or keyword (and `.Q.x` names). */
export const BUILTINS: ReadonlyMap<string, Builtin> = merge();

/** The builtin named `name` (`::` is the identity). */
export function builtin(name: string): K {
  if (name === '::') return IDENTITY;
  const b = BUILTINS.get(name) ?? BUILTINS.get(name.replace(/^\.q\./, ''));
  if (b === undefined) {
    if (name.endsWith(':') && name.length === 2) {
      const unary = BUILTINS.get(name[0] as string);
      if (unary?.impl.monad !== undefined) return new Builtin(name, { monad: unary.impl.monad });
    }
    throw new QError(name, 'no such primitive');
  }
  return b;
}
