/**
 * `0:` on text in memory (files are not part of this engine yet): prepare delimited text
 * from a table or columns (`csv 0: t`), parse delimited or fixed-width text into columns or
 * a table (`("IS";",") 0: lines`, `("IS";enlist ",") 0: lines`), and key-value text
 * (`"S=;" 0: "a=1;b=2"`).
 */
import { Atom, K, MixedList, QError, Table, Vector, parse } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import { fromItems, isAtom, isTable, itemAt, itemsOf, str, textOf } from '../values/shape.js';
import { atomText } from './cast.js';
import { flip } from './list.js';

function cellText(v: K, delim: string): string {
  const t =
    textOf(v) ??
    (isAtom(v)
      ? atomText(v)
      : itemsOf(v)
          .map((i) => cellText(i, delim))
          .join(' '));
  // a field holding the delimiter, a quote or a new line is quoted, quotes doubled
  return /["\n]/.test(t) || t.includes(delim) ? `"${t.replace(/"/g, '""')}"` : t;
}

function prepare(delim: string, y: K): K {
  if (isTable(y)) {
    const lines = [y.columns.join(delim)];
    for (let r = 0; r < y.length; r++)
      lines.push(y.data.map((c) => cellText(itemAt(c, r), delim)).join(delim));
    return new MixedList(lines.map(str));
  }
  const cols = itemsOf(y);
  const n = Math.max(...cols.map((c) => (isAtom(c) ? 1 : c.length)));
  const lines: string[] = [];
  for (let r = 0; r < n; r++)
    lines.push(cols.map((c) => cellText(isAtom(c) ? c : itemAt(c, r), delim)).join(delim));
  return new MixedList(lines.map(str));
}

/** Split one delimited line, honouring double quotes. */
function splitLine(line: string, delim: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === delim) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function linesOf(y: K): string[] {
  const t = textOf(y);
  if (t !== undefined) return t.split('\n');
  return itemsOf(y).map((l) => textOf(l) ?? '');
}

function column(type: string, cells: string[]): K {
  if (type === '*') return new MixedList(cells.map(str));
  return parse(type, cells);
}

function parseText(spec: K, y: K): K {
  const [types0, how] = itemsOf(spec) as [K, K];
  const types = textOf(types0) ?? '';
  const lines = linesOf(y);
  if (how.type === 10 || how.type === -10) {
    // a delimiter: enlisted means the first line holds the column names
    const delim = textOf(how) ?? ',';
    const header = how.type === 10;
    const rows = lines.map((l) => splitLine(l, delim));
    const names = header ? (rows.shift() ?? []) : [];
    const cols: K[] = [];
    const colNames: string[] = [];
    [...types].forEach((t, j) => {
      if (t === ' ') return;
      cols.push(
        column(
          t,
          rows.map((r) => r[j] ?? ''),
        ),
      );
      colNames.push(names[j] ?? `c${j}`);
    });
    return header ? new Table(colNames, cols) : new MixedList(cols);
  }
  // fixed widths
  const widths = itemsOf(how).map((w) => Number((w as Atom).value));
  const cols: K[] = [];
  let at = 0;
  [...types].forEach((t, j) => {
    const w = widths[j] ?? 0;
    if (t !== ' ')
      cols.push(
        column(
          t,
          lines.map((l) => l.slice(at, at + w)),
        ),
      );
    at += w;
  });
  return new MixedList(cols);
}

/** `"S=;" 0: "a=1;b=2"`: key type, key-value separator, pair separator. */
function keyValues(spec: string, y: K): K {
  const [type, kv, pair] = [spec[0] as string, spec[1] as string, spec[2] as string];
  const text = textOf(y) ?? linesOf(y).join(pair);
  const pairs = text
    .split(pair)
    .filter((p) => p !== '')
    .map((p) => {
      const i = p.indexOf(kv);
      return [p.slice(0, i), p.slice(i + 1)] as const;
    });
  return new MixedList([
    column(
      type,
      pairs.map((p) => p[0]),
    ),
    new MixedList(pairs.map((p) => str(p[1]))),
  ]);
}

/** `x 0: y` on text. */
function zeroColon(x: K, y: K): K {
  if (y.type === -11 && (y as Atom<11>).value.startsWith(':'))
    throw new QError('nyi', 'files are not supported');
  const t = textOf(x);
  if (
    t !== undefined &&
    t.length === 3 &&
    x.type === 10 &&
    (textOf(y) !== undefined || y.type === 0) &&
    !isTable(y)
  ) {
    const lines = linesOf(y);
    if (lines.every((l) => l.includes(t[1] as string))) return keyValues(t, y);
  }
  if (t !== undefined && t.length === 1) return prepare(t, y);
  if (x instanceof MixedList || x.type === 0) return parseText(x, y);
  throw new QError('type', '0: needs a delimiter or a (types;delimiter) pair');
}

/** The text builtins. */
export const TEXT: Readonly<Record<string, BuiltinImpl>> = {
  '0:': { dyad: zeroColon },
};

export { flip, fromItems, Vector };
