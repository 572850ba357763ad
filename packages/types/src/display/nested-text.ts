/**
 * The one-line form q uses for values inside other values (items of a general list,
 * cells of a nested column, dictionary values) and which `-3!` returns:
 * `(1;`a;"xyz")`, `,1`, `` `a`b!1 2 ``, `+(,`a)!,1 2`.
 */
import type { Atom } from '../atom.js';
import type { Dictionary } from '../dictionary.js';
import type { EnumAtom, EnumVector } from '../enumeration.js';
import type { KError } from '../k-error.js';
import type { K } from '../k.js';
import type { MixedList } from '../list.js';
import type { Table } from '../table.js';
import type { BasicCode } from '../type-table.js';
import type { Vector } from '../vector.js';
import { functionText, isFunction } from './function-text.js';
import { atomText } from './item-text.js';
import { attributePrefix, vectorText } from './vector-text.js';

/** The one-line (`-3!`) text of any value. `budget` bounds work on long lists. */
export function nestedText(x: K, precision: number, budget = Infinity): string {
  const t = x.type;
  if (t < 0 && t >= -19) {
    const a = x as Atom;
    return atomText(a.code, a.value, precision);
  }
  if (t > 0 && t <= 19) return vectorText(x as Vector, precision, budget);
  if (t === 0) return listText(x as MixedList, precision, budget);
  if (t >= 20 && t <= 76) return enumVectorText(x as EnumVector);
  if (t <= -20 && t >= -76) {
    const e = x as EnumAtom;
    return `\`${e.domain}$\`${e.symbol ?? String(e.index)}`;
  }
  if (t === 98) return tableText(x as Table, precision, budget);
  if (t === 99 || t === 127) return dictionaryText(x as Dictionary, precision, budget);
  if (t === -128) return `'${(x as KError).message}`;
  if (isFunction(x)) return functionText(x, precision);
  return `<type ${t}>`;
}

function listText(list: MixedList, precision: number, budget: number): string {
  const prefix = attributePrefix(list.attribute);
  if (list.length === 0) return `${prefix}()`;
  if (list.length === 1) return `${prefix},${nestedText(list.items[0] as K, precision, budget)}`;
  let out = `${prefix}(`;
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += ';';
    out += nestedText(list.items[i] as K, precision, budget);
    if (out.length > budget) return out;
  }
  return `${out})`;
}

/** `` `sym$`a`b ``, `` `sym$,`a ``; indices outside a known domain show as numbers. */
function enumVectorText(e: EnumVector): string {
  const n = e.length;
  const prefix = `${attributePrefix(e.attribute)}\`${e.domain}$`;
  if (n === 0) return `${prefix}\`symbol$()`;
  const syms: string[] = [];
  for (let i = 0; i < n; i++) syms.push(`\`${e.symbolAt(i) ?? String(e.indices[i])}`);
  return prefix + (n === 1 ? ',' : '') + syms.join('');
}

/** True if `x` needs parentheses as the left side of `!`. */
function needsParens(x: K): boolean {
  if (x.type > 0 && x.type <= 76) return x.length === 1;
  if (x.type === 0) return x.length === 1;
  return x.type === 98 || x.type === 99 || x.type === 127 || x.type >= 100;
}

function dictionaryText(d: Dictionary, precision: number, budget: number): string {
  const keys = nestedText(d.keys, precision, budget);
  const sorted = d.type === 127 && !keys.startsWith('`s#') ? '`s#' : '';
  const left = needsParens(d.keys) ? `(${keys})` : keys;
  return `${sorted}${left}!${nestedText(d.values, precision, budget)}`;
}

function tableText(t: Table, precision: number, budget: number): string {
  const names =
    t.columns.length === 1 ? `(,\`${t.columns[0] ?? ''})` : t.columns.map((c) => `\`${c}`).join('');
  const cols =
    t.data.length === 1
      ? `,${nestedText(t.data[0] as K, precision, budget)}`
      : `(${t.data.map((c) => nestedText(c, precision, budget)).join(';')})`;
  return `${attributePrefix(t.attribute)}+${t.columns.length === 0 ? '()' : names}!${t.columns.length === 0 ? '()' : cols}`;
}

/** True if `x` is a vector of a basic type (type 1..19). */
export function isBasicVector(x: K): x is Vector {
  return x.type > 0 && x.type <= 19;
}

/** Code of a basic vector, typed. */
export function basicCode(v: Vector): BasicCode {
  return v.type as BasicCode;
}
