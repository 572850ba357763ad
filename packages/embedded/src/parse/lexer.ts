/**
 * The q lexer: source text to tokens. Numeric literals separated by blanks become one
 * vector token, as q reads `1 2 3`; `-` joins a number when nothing noun-like touches it
 * on the left; `/` after a blank starts a comment; `'` after a blank is a signal.
 */
import { QError } from '@qts/types';
import type { Token, TokenKind } from './token.js';

const ITEM =
  /(?:0x[0-9a-fA-F]*|0[NnWw][a-z]?|\d{4}\.\d{2}\.\d{2}(?:[DT](?:\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d*)?)?)?)?)?[a-z]?|\d{4}\.\d{2}m|\d+D(?:\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d*)?)?)?)?[a-z]?|\d+:\d{2}(?::\d{2}(?:\.\d*)?)?[a-z]?|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?[a-z]?)/y;
const NAME = /[a-zA-Z.][a-zA-Z0-9_.]*/y;
const SYMBOL_CHARS = /(?:[a-zA-Z0-9_.][a-zA-Z0-9_.]*(?::[a-zA-Z0-9_.:/\\-]*)?)?/y;
const FILE_SYMBOL_CHARS = /[a-zA-Z0-9_.:/\\-]*/y;
const GLYPHS = '+-*%!&|<>=~,^#_$?@.';
const NOUN_END = /[a-zA-Z0-9_)\]}"`.]/;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

/** Decode the body of a q string literal starting after the opening quote. */
function readString(src: string, from: number): [string, number] {
  let out = '';
  let i = from;
  while (i < src.length && src[i] !== '"') {
    const c = src[i] as string;
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1] as string;
      if (/[0-7]/.test(n)) {
        const oct = /[0-7]{1,3}/.exec(src.slice(i + 1, i + 4))?.[0] ?? '0';
        out += String.fromCharCode(parseInt(oct, 8));
        i += 1 + oct.length;
        continue;
      }
      out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  if (i >= src.length) throw new QError('"', 'unterminated string');
  return [out, i + 1];
}

/** Tokens of `src`, ending with one `eof` token. */
export function lex(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let depth = 0;
  const push = (kind: TokenKind, text: string, start: number, end: number, parts?: string[]) => {
    const prev = src[start - 1];
    const spaceBefore = start === 0 || prev === undefined || isSpace(prev) || prev === '\n';
    tokens.push(
      parts
        ? { kind, text, start, end, spaceBefore, parts }
        : { kind, text, start, end, spaceBefore },
    );
  };
  const prevNounLike = (start: number): boolean => {
    const prev = tokens[tokens.length - 1];
    if (prev === undefined || prev.end !== start) return false;
    return NOUN_END.test(src[start - 1] ?? '');
  };
  const readItem = (at: number): string | undefined => {
    const neg = src[at] === '-' ? 1 : 0;
    if (neg && !(isDigit(src[at + 1]) || (src[at + 1] === '.' && isDigit(src[at + 2]))))
      return undefined;
    ITEM.lastIndex = at + neg;
    const m = ITEM.exec(src);
    if (m === null) return undefined;
    const end = at + neg + m[0].length;
    if (/[a-zA-Z0-9]/.test(src[end] ?? '') && !m[0].startsWith('0x')) return undefined;
    return src.slice(at, end);
  };
  while (i < src.length) {
    const c = src[i] as string;
    const atLineStart = i === 0 || src[i - 1] === '\n';
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '\n') {
      let j = i + 1;
      while (src[j] === '\n') j++;
      // a line starting with a blank continues the one before
      if (!isSpace(src[j]) && j < src.length && depth === 0) push('sep', '\n', i, i + 1);
      else if (depth > 0 && !isSpace(src[j]) && src[j] !== '}' && src[j] !== ']' && src[j] !== ')')
        push('sep', '\n', i, i + 1);
      i = j;
      continue;
    }
    if (c === '/' && (atLineStart || isSpace(src[i - 1]) || src[i - 1] === '\n')) {
      if (atLineStart && (src[i + 1] === '\n' || i + 1 === src.length)) {
        // block comment: up to a line holding only a backslash
        const close = src.indexOf('\n\\', i);
        i = close < 0 ? src.length : close + 2;
        continue;
      }
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '"') {
      const [text, end] = readString(src, i + 1);
      push('string', text, i, end);
      i = end;
      continue;
    }
    if (c === '`') {
      const start = i;
      const syms: string[] = [];
      while (src[i] === '`') {
        const re = src[i + 1] === ':' ? FILE_SYMBOL_CHARS : SYMBOL_CHARS;
        re.lastIndex = i + 1;
        const m = re.exec(src);
        const s = m?.[0] ?? '';
        syms.push(s);
        i += 1 + s.length;
      }
      push('symbol', syms.join('`'), start, i, syms);
      continue;
    }
    const numberHere =
      isDigit(c) ||
      (c === '.' && isDigit(src[i + 1])) ||
      (c === '-' &&
        !prevNounLike(i) &&
        (isDigit(src[i + 1]) || (src[i + 1] === '.' && isDigit(src[i + 2]))));
    if (
      numberHere &&
      !(isDigit(c) && /[012]/.test(c) && src[i + 1] === ':' && !isDigit(src[i + 2]))
    ) {
      const first = readItem(i);
      if (first !== undefined) {
        const start = i;
        const parts = [first];
        i += first.length;
        if (!first.startsWith('0x')) {
          for (;;) {
            let j = i;
            while (src[j] === ' ') j++;
            // inside brackets a new line that starts with a blank continues the vector
            if (depth > 0 && src[j] === '\n' && isSpace(src[j + 1])) {
              j++;
              while (isSpace(src[j])) j++;
            }
            if (j === i) break;
            const next =
              src[j] === '-' || isDigit(src[j]) || (src[j] === '.' && isDigit(src[j + 1]))
                ? readItem(j)
                : undefined;
            if (next === undefined || next.startsWith('0x')) break;
            parts.push(next);
            i = j + next.length;
          }
        }
        push('number', src.slice(start, i), start, i, parts);
        continue;
      }
    }
    if (c === '.' && /[a-zA-Z]/.test(src[i + 1] ?? '')) {
      NAME.lastIndex = i;
      const m = NAME.exec(src) as RegExpExecArray;
      push('name', m[0], i, i + m[0].length);
      i += m[0].length;
      continue;
    }
    if (/[a-zA-Z]/.test(c)) {
      NAME.lastIndex = i;
      const m = NAME.exec(src) as RegExpExecArray;
      let name = m[0];
      // a trailing dot belongs to what follows (e.g. `x. y` is rare; `f.` is not a name)
      while (name.endsWith('.') && name.length > 1) name = name.slice(0, -1);
      push('name', name, i, i + name.length);
      i += name.length;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
      push('open', c, i, i + 1);
      i++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
      push('close', c, i, i + 1);
      i++;
      continue;
    }
    if (c === ';') {
      push('sep', ';', i, i + 1);
      i++;
      continue;
    }
    if (c === "'" || c === '/' || c === '\\') {
      if (c === "'" && src[i + 1] === ':') {
        push('adverb', "':", i, i + 2);
        i += 2;
        continue;
      }
      if ((c === '/' || c === '\\') && src[i + 1] === ':') {
        push('adverb', c + ':', i, i + 2);
        i += 2;
        continue;
      }
      const attached =
        i > 0 && !isSpace(src[i - 1]) && src[i - 1] !== '\n' && !'[({;:'.includes(src[i - 1] ?? '');
      if (c === "'" && !attached) push('signal', c, i, i + 1);
      else push('adverb', c, i, i + 1);
      i++;
      continue;
    }
    if (c === ':') {
      if (src[i + 1] === ':') {
        push('assign', '::', i, i + 2);
        i += 2;
      } else {
        push('assign', ':', i, i + 1);
        i++;
      }
      continue;
    }
    if (/[012]/.test(c) && src[i + 1] === ':') {
      push('op', c + ':', i, i + 2);
      i += 2;
      continue;
    }
    if (GLYPHS.includes(c)) {
      const two = src.slice(i, i + 2);
      if (two === '<=' || two === '>=' || two === '<>') {
        push('op', two, i, i + 2);
        i += 2;
        continue;
      }
      if (src[i + 1] === ':' && src[i + 2] !== ':') {
        push('assign', c + ':', i, i + 2);
        i += 2;
        continue;
      }
      push('op', c, i, i + 1);
      i++;
      continue;
    }
    throw new QError(c, `unexpected character ${JSON.stringify(c)}`);
  }
  tokens.push({ kind: 'eof', text: '', start: src.length, end: src.length, spaceBefore: true });
  return tokens;
}
