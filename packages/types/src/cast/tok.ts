import { Atom } from '../atom.js';
import { QError } from '../error.js';
import type { K } from '../k.js';
import { MixedList } from '../list.js';
import { string } from '../constructors.js';
import { TYPES, type BasicCode } from '../type-table.js';
import { collapse } from './collapse.js';
import { resolveTarget, type CastTarget } from './target.js';
import { isTemporal } from './temporal.js';
import { tokTemporal } from './tok-temporal.js';
import { tokText } from './tok-text.js';

/** Text to parse: a JS string, JS strings, or a q string (char vector), char atom or list of them. */
export type TokInput = K | string | readonly string[];

function trimBlanks(text: string): string {
  return text.replace(/^\s+|\s+$/g, '');
}

/** One string read as an atom of type `code` (q's Tok on a string). */
export function tokAtom(code: BasicCode, text: string): Atom {
  if (code === 10) return new Atom(10, tokText(10, text) as number);
  const t = trimBlanks(text);
  if (isTemporal(code)) return new Atom(code, tokTemporal(code, t));
  return new Atom(code, tokText(code as Parameters<typeof tokText>[0], t));
}

function textOf(x: K): string | undefined {
  if (x.type === 10) {
    let s = '';
    for (const b of (x as unknown as { data: Uint8Array }).data) s += String.fromCharCode(b);
    return s;
  }
  if (x.type === -10) return String.fromCharCode((x as Atom<10>).value);
  return undefined;
}

function tokValue(code: BasicCode, x: K): K {
  const text = textOf(x);
  if (text !== undefined) return tokAtom(code, text);
  if (x instanceof MixedList)
    return collapse(
      x.items.map((it) => tokValue(code, it)),
      code,
    );
  throw new QError('type', `Tok needs a string, got a value of type ${x.type}`);
}

/**
 * q's Tok, `"J"$"42"`: read strings as values of a type. `target` is an upper-case type char
 * (`'J'`), a negative type number (`-7`), `''` or `'S'` for symbol, or `'*'`/`0` to return the
 * strings unchanged. A string gives an atom; a list of strings gives a vector (a general
 * list when its items are themselves lists of strings); a single char reads as a
 * one-character string. Text that does not read as the type gives the type's null (0b and
 * 0x00 for boolean and byte), never an error: `"H"$"32768"` is `0Nh`. Blanks around the
 * text are ignored, except for char.
 * @throws QError `type` when the right argument is not text.
 */
export function parse(target: CastTarget, text: TokInput): K {
  const value =
    typeof text === 'string'
      ? string(text)
      : Array.isArray(text)
        ? new MixedList(text.map((t) => string(t)))
        : (text as K);
  if (target === '*' || target === 0) {
    if (typeof text === 'string' || Array.isArray(text)) return value;
    if (textOf(value) !== undefined || value instanceof MixedList) return value;
    throw new QError('type', 'Tok needs a string');
  }
  const t = resolveTarget(target);
  if (t.kind !== 'cast' && t.kind !== 'parse')
    throw new QError('type', `${String(target)} is not a Tok type`);
  if (!(t.code in TYPES)) throw new QError('type', `${String(target)} is not a Tok type`);
  return tokValue(t.code as BasicCode, value);
}
