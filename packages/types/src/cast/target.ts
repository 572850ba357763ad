import { QError } from '../error.js';
import { typeInfo, type BasicCode } from '../type-table.js';

/** A part of a temporal value that `$` extracts as an int: `` `year`mm`dd`hh`uu`ss$x ``. */
export type TemporalPart = 'year' | 'mm' | 'dd' | 'hh' | 'uu' | 'ss';

/**
 * The left argument of `$` in JS form: a type name (`'long'`, `''` for symbol), a type
 * character (`'j'` casts, `'J'` parses, `'*'` is identity), or a type number (`7` casts,
 * `-7` parses, `0` is identity), or a temporal part name (`'year'`, `'hh'`...).
 */
export type CastTarget = string | number;

/** What a left argument of `$` asks for. */
export type ResolvedTarget =
  | { readonly kind: 'identity' }
  | { readonly kind: 'cast'; readonly code: BasicCode }
  | { readonly kind: 'parse'; readonly code: BasicCode | 0 }
  | { readonly kind: 'part'; readonly part: TemporalPart };

const PARTS: readonly string[] = ['year', 'mm', 'dd', 'hh', 'uu', 'ss'];

function basic(key: string | number): BasicCode | undefined {
  return typeInfo(key)?.code;
}

/**
 * Read a left argument of `$` as q does: lower-case chars, positive shorts and names cast;
 * upper-case chars and negative shorts parse (tok); `0`/`'*'` is identity for cast and
 * returns the string unchanged for tok.
 * @throws QError `type` for anything that names no type.
 */
export function resolveTarget(target: CastTarget): ResolvedTarget {
  if (typeof target === 'number') {
    if (!Number.isInteger(target)) throw new QError('type', `cast target ${target} is not a short`);
    if (target === 0) return { kind: 'identity' };
    const code = basic(target);
    if (code === undefined) throw new QError('type', `no basic type ${target}`);
    return target > 0 ? { kind: 'cast', code } : { kind: 'parse', code };
  }
  if (target === '' || target === 's') return { kind: 'cast', code: 11 };
  if (target === '*') return { kind: 'identity' };
  if (target.length === 1) {
    const lower = target.toLowerCase();
    const code = basic(lower);
    if (code === undefined) throw new QError('type', `no type char ${JSON.stringify(target)}`);
    return target === lower ? { kind: 'cast', code } : { kind: 'parse', code };
  }
  if (PARTS.includes(target)) return { kind: 'part', part: target as TemporalPart };
  const code = basic(target);
  if (code === undefined) throw new QError('type', `${JSON.stringify(target)} is not a type name`);
  return { kind: 'cast', code };
}
