import { Atom } from '../atom.js';
import { Dictionary } from '../dictionary.js';
import { QError } from '../error.js';
import type { K } from '../k.js';
import { MixedList } from '../list.js';
import { KeyedTable, Table } from '../table.js';
import { TYPES, type BasicCode, type RawOf, type StorageOf } from '../type-table.js';
import { Vector } from '../vector.js';
import { collapse } from './collapse.js';
import { itemConverter } from './converter.js';
import type { ItemFn } from './numeric.js';
import { partExtractor } from './parts.js';
import { resolveTarget, type CastTarget, type TemporalPart } from './target.js';
import { parse } from './tok.js';

/** What to do with one atom or vector: cast to a type or extract a temporal part. */
type Op = { readonly code: BasicCode } | { readonly part: TemporalPart };

function isBasicAtom(x: K): x is Atom {
  return x.type < 0 && x.type > -20;
}

function isBasicVector(x: K): x is Vector {
  return x.type > 0 && x.type < 20;
}

/** q trims blanks when a string becomes a symbol (`` `$"  IBM " `` is `` `IBM ``). */
function trimBlanks(text: string): string {
  return text.replace(/^ +| +$/g, '');
}

// A q string's bytes are UTF-8 text (the console and IPC agree), and so are symbols here.
const utf8 = new TextDecoder();

function stringOf(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

function opFunction(op: Op, from: BasicCode): { fn: ItemFn | undefined; code: BasicCode } {
  if ('part' in op) return { fn: partExtractor(op.part, from) as ItemFn, code: 6 };
  return { fn: itemConverter(from, op.code), code: op.code };
}

function castAtom(op: Op, x: Atom): Atom {
  if ('code' in op && op.code === 11 && x.code === 10)
    return new Atom(11, trimBlanks(String.fromCharCode(x.value as number)));
  const { fn, code } = opFunction(op, x.code);
  if (fn === undefined) return x;
  return new Atom(code, (fn as (v: RawOf[BasicCode]) => RawOf[BasicCode])(x.value));
}

function castVector(op: Op, x: Vector): K {
  if ('code' in op && op.code === 11 && x.type === 10)
    return new Atom(11, trimBlanks(stringOf(x.data as Uint8Array)));
  const { fn, code } = opFunction(op, x.type);
  if (fn === undefined) return x;
  const src = x.data as ArrayLike<number | bigint>;
  const out = TYPES[code].alloc(src.length) as unknown as { [i: number]: number | bigint };
  const f = fn as (v: number | bigint) => number | bigint;
  for (let i = 0; i < src.length; i++) out[i] = f(src[i] as number | bigint);
  return new Vector(code, out as unknown as StorageOf[BasicCode]);
}

function apply(op: Op, x: K): K {
  if (isBasicAtom(x)) return castAtom(op, x);
  if (isBasicVector(x)) return castVector(op, x);
  if (x instanceof MixedList)
    return collapse(
      x.items.map((it) => apply(op, it)),
      'code' in op ? op.code : 6,
    );
  if (x instanceof Table)
    return new Table(
      x.columns,
      x.data.map((col) => apply(op, col)),
    );
  if (x instanceof KeyedTable) return new KeyedTable(x.keys, apply(op, x.values) as Table);
  if (x instanceof Dictionary) return new Dictionary(x.keys, apply(op, x.values), x.type === 127);
  throw new QError('type', `cannot cast a value of type ${x.type}`);
}

/**
 * q's Cast, `target$value`: convert an atom, a vector (item by item), a general list (item
 * by item, collapsing to a vector when every result is an atom of one type), a dictionary
 * (its values) or a table (its columns) to another type.
 *
 * - `target`: a type name (`'long'`, `''` for symbol), a lower-case type char (`'j'`), a
 *   positive type number (`7`), or `0`/`'*'` for identity. A temporal part name (`'year'`,
 *   `'mm'`, `'dd'`, `'hh'`, `'uu'`, `'ss'`) extracts that part as an int. An upper-case char or
 *   a negative number is Tok: see {@link parse}.
 * - Numbers: integers narrow by clamping to the target's infinities (`` `int$0Wj `` is `0Wi`),
 *   floats round to the nearest integer with halves away from zero, nulls stay null, and an
 *   infinity widened keeps its value (`` `float$0Wh `` is `32767f`). Booleans are 1b for any
 *   nonzero item; bytes and chars keep the low 8 bits.
 * - Temporal values convert by calendar and clock (`` `date$2000.01.01D12:00 `` floors to the
 *   day) and to numbers by their count (`"j"$2000.01.02` is 1).
 * - Strings become symbols with blanks trimmed (`` `$"  IBM " ``).
 *
 * @throws QError `type` for casts q refuses (`` `long$`a ``, `` `date$12:00 ``).
 */
export function cast(target: CastTarget, value: K): K {
  const t = resolveTarget(target);
  if (t.kind === 'identity') return value;
  if (t.kind === 'parse') return parse(target, value);
  return apply(t.kind === 'cast' ? { code: t.code } : { part: t.part }, value);
}
