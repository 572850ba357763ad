/**
 * The `.Q` utilities the console and documentation use: `.Q.s` (console text), `.Q.f`
 * and `.Q.fmt` (fixed-point text), `.Q.a` `.Q.A` `.Q.n` `.Q.an` (character sets),
 * `.Q.id` (sanitised names), `.Q.addmonths`.
 */
import { internal } from './internal.js';
import { Atom, Dictionary, K, QError, Table, Vector } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import { indexNumber, str, textOf } from '../values/shape.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** `.Q.id`: a name made a valid q name (letters, digits, underscore; not starting with a digit or _). */
function sanitise(s: string): string {
  const kept = s.replace(/[^a-zA-Z0-9_]/g, '');
  return /^[a-zA-Z]/.test(kept) ? kept : 'a' + kept;
}

function mapSymbols(x: K, f: (s: string) => string): K {
  if (x.type === -11) return new Atom(11, f((x as Atom<11>).value));
  if (x.type === 11) return new Vector(11, ((x as Vector<11>).data as string[]).map(f));
  if (x.type === 98) {
    const t = x as Table;
    return new Table(t.columns.map(f), t.data);
  }
  if (x.type === 99) {
    const d = x as Dictionary;
    return new Dictionary(mapSymbols(d.keys, f), d.values);
  }
  return x;
}

/** `.Q.addmonths[d;m]`: the same day m months on, rolling into the next month past its end. */
function addMonths(d: K, m: K): K {
  const days = (d as Atom<14>).value;
  const shift = (n: number): number => {
    const t = new Date(Date.UTC(2000, 0, 1 + days));
    const r = Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + n, t.getUTCDate());
    return Math.round((r - Date.UTC(2000, 0, 1)) / 86_400_000);
  };
  if (m.type < 0) return new Atom(14, shift(Number((m as Atom).value)));
  return new Vector(14, Int32Array.from(itemsOfNumbers(m), shift));
}

function itemsOfNumbers(x: K): number[] {
  return Array.from((x as Vector).data as ArrayLike<number | bigint>, Number);
}

function constant(text: string): BuiltinImpl {
  return { monad: () => str(text) };
}

function fixed(digits: K, x: K): K {
  const d = indexNumber(digits);
  if (d === undefined || !(x.type === -9 || x.type === -7 || x.type === -6 || x.type === -8))
    throw new QError('type', '.Q.f');
  return str(Number((x as Atom).value).toFixed(d));
}

/** The `.Q` builtins (called as `.Q.f[2;x]`; the constants as `.Q.a`). */
export const DOTQ: Readonly<Record<string, BuiltinImpl>> = {
  '.Q.s': { monad: (x, ctx) => str(x.toString(ctx.display) + '\n') },
  '.Q.s1': { monad: (x, ctx) => internal(-3, x, ctx) },
  '.Q.f': { dyad: fixed },
  '.Q.fmt': {
    nary: (args) => {
      const [w, d, x] = args as [K, K, K];
      const width = indexNumber(w) ?? 0;
      const text = Number((x as Atom).value).toFixed(indexNumber(d) ?? 0);
      return str(text.length > width ? '*'.repeat(width) : text.padStart(width));
    },
    maxRank: 3,
  },
  '.Q.id': { monad: (x) => mapSymbols(x, sanitise) },
  '.Q.addmonths': {
    dyad: (d, m) => addMonths(d, m),
  },
  '.Q.btoa': { monad: (x) => str(Buffer.from(textOf(x) ?? '', 'latin1').toString('base64')) },
  '.Q.atob': { monad: (x) => str(Buffer.from(textOf(x) ?? '', 'base64').toString('latin1')) },
  '.Q.dd': {
    dyad: (x, y) => {
      const a = x.type === -11 ? (x as Atom<11>).value : '';
      const b = y.type === -11 ? (y as Atom<11>).value : (textOf(y) ?? '');
      return new Atom(11, `${a}.${b}`);
    },
  },
};

/** Character-set constants of `.Q`, which q holds as strings, not functions. */
export const DOTQ_CONSTANTS: Readonly<Record<string, K>> = {
  '.Q.a': str(LOWER),
  '.Q.A': str(LOWER.toUpperCase()),
  '.Q.n': str(DIGITS),
  '.Q.an': str(LOWER + LOWER.toUpperCase() + '_' + DIGITS),
  '.Q.nA': str(DIGITS + LOWER.toUpperCase()),
  '.Q.b6': str(LOWER.toUpperCase() + LOWER + DIGITS + '+/'),
  '.Q.t': str(' bg xhijefcspmdznuvts'),
};

export { constant };
