/**
 * `$` and `string`: casts (`` `int$x ``, `"j"$x`, `6h$x`), Tok (`"J"$"42"`), symbols
 * from strings (`` `$"abc" ``), padding (`5$"ab"`), and `string` of any value.
 */
import { checkDeadline } from '../eval/limits.js';
import { Atom, K, MixedList, QError, Vector, cast, formatGuid, parse } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import {
  fromItems,
  indexNumber,
  isAtom,
  isDict,
  isTable,
  isVector,
  itemsOf,
  str,
  textOf,
  isFunc,
} from '../values/shape.js';
import { Dictionary, Table } from '@qts/types';

/** The text `string` gives for one atom. */
export function atomText(a: Atom): string {
  switch (a.code) {
    case 10:
      return String.fromCharCode(a.value as number);
    case 11:
      return a.value as string;
    case 2:
      return formatGuid(a.value as Uint8Array);
    case 4:
      return (a.value as number).toString(16).padStart(2, '0');
    case 1:
      return String(a.value);
    default: {
      const t = a.toString();
      return t.replace(/^(-?[0-9.e+-]+|-?0[NnWw])[hijef]$/, '$1');
    }
  }
}

// Symbols hold text; strings hold its UTF-8 bytes (as the console and IPC store them).
const utf8 = new TextDecoder();

/** Text of a string or char for a symbol: the bytes read as UTF-8. */
function symbolText(x: K): string | undefined {
  return x.type === 10 ? utf8.decode((x as Vector<10>).data) : textOf(x);
}

/** `string x`. */
export function stringOf(x: K): K {
  if (x.type === -11) return K.string((x as Atom<11>).value);
  if (isAtom(x)) return str(atomText(x));
  if (isVector(x) && (x.type === 7 || x.type === 6 || x.type === 5) && !x.hasNulls()) {
    // plain integers: their decimal text, without making an atom per item
    const d = x.data as ArrayLike<number | bigint>;
    const out = new Array<K>(d.length);
    for (let i = 0; i < d.length; i++) {
      if ((i & 65535) === 65535) checkDeadline();
      out[i] = str(String(d[i]));
    }
    return new MixedList(out);
  }
  if (isVector(x) && x.type === 10) return new MixedList([...x].map((a) => str(atomText(a))));
  if (isDict(x)) return new Dictionary(x.keys, stringOf(x.values));
  if (isTable(x)) return new Table(x.columns, x.data.map(stringOf));
  if (isFunc(x)) return str(x.toString());
  const items = itemsOf(x);
  return items.length === 0 ? new MixedList([]) : new MixedList(items.map(stringOf));
}

function pad(n: number, y: K): K {
  const t = textOf(y);
  if (t === undefined) {
    if (y instanceof MixedList) return new MixedList(y.items.map((i) => pad(n, i)));
    throw new QError('type', 'pad needs a string');
  }
  const w = Math.abs(n);
  const s = n >= 0 ? t.slice(0, w).padEnd(w) : t.slice(Math.max(0, t.length - w)).padStart(w);
  return str(s);
}

function targetOf(x: K): string | number | undefined {
  if (x.type === -11) return (x as Atom<11>).value;
  if (x.type === -10) return String.fromCharCode((x as Atom<10>).value);
  if (x.type === -5 || x.type === -6 || x.type === -7) return Number((x as Atom).value);
  return undefined;
}

/** `x $ y`. */
function dollar(x: K, y: K): K {
  if (isVector(x) && (x.type === 10 || x.type === 11) && !isAtom(y)) {
    // item-wise: "IJ"$("1";"2") or `int`long$(..)
    const ys = itemsOf(y);
    return fromItems([...x].map((t, i) => dollar(t, ys[i] as K)));
  }
  const t = targetOf(x);
  if (t === undefined) throw new QError('type', 'cast needs a type on the left');
  if (
    typeof t === 'number' &&
    (x.type === -6 || x.type === -7) &&
    (textOf(y) !== undefined || y instanceof MixedList)
  )
    return pad(t, y);
  if (typeof t === 'string' && t.length === 1 && t >= 'A' && t <= 'Z') {
    if (t === 'S' || t === '*') {
      const s = textOf(y);
      if (s !== undefined) return t === '*' ? y : new Atom(11, s);
    }
    return parse(t, y);
  }
  if (
    (t === '' || t === 's' || t === 'symbol' || t === 11) &&
    (textOf(y) !== undefined || (y.length > 0 && isStrings(y)))
  ) {
    const s = symbolText(y);
    if (s !== undefined) return new Atom(11, s.trim() === s ? s : s.replace(/^\s+|\s+$/g, ''));
    return fromItems(itemsOf(y).map((i) => new Atom(11, symbolText(i) ?? '')));
  }
  if (isDict(y)) return new Dictionary(y.keys, dollar(x, y.values));
  // an empty list becomes the typed empty list (`int$() is `int$()), which cast gives
  if (y instanceof MixedList && y.length > 0) return fromItems(y.items.map((i) => dollar(x, i)));
  return cast(t, y);
}

function isStrings(y: K): boolean {
  return y instanceof MixedList && y.items.every((i) => textOf(i) !== undefined);
}

/** The cast builtins. */
export const CAST: Readonly<Record<string, BuiltinImpl>> = {
  $: { monad: stringOf, dyad: dollar },
  string: { monad: stringOf },
};

export { indexNumber, Vector };
