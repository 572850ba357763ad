/**
 * Dictionaries and tables: `!` (make a dictionary, key a table, `key`), `key`, `value`,
 * `cols`, `keys`, `xkey`, `xcol`, `xcols`, `meta`, `ungroup`, the `([] ...)` literal.
 */
import { internal } from './internal.js';
import {
  Atom,
  Composition,
  Derived,
  Projection,
  Dictionary,
  K,
  KeyedTable,
  MixedList,
  QError,
  Table,
  Vector,
  type Lambda,
} from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import type { Ctx } from '../eval/context.js';
import {
  count,
  fromItems,
  gatherAny,
  indexNumber,
  isAtom,
  isDict,
  isTable,
  isVector,
  itemAt,
  itemsOf,
  longs,
  textOf,
  isFunc,
} from '../values/shape.js';
import { flip, repeat, til } from './list.js';

function names(x: K): string[] {
  if (x.type === 11) return [...((x as Vector<11>).data as string[])];
  if (x.type === -11) return [(x as Atom<11>).value];
  throw new QError('type', 'expected symbols');
}

/** `x ! y`: dictionary, or key a table by its first x columns. */
export function bang(x: K, y: K, ctx?: Ctx): K {
  const n = indexNumber(x);
  if (n !== undefined && n < 0 && isAtom(x)) return internal(n, y, ctx);
  if (n !== undefined && y.type === -11 && ctx !== undefined) {
    // n!`t keys the named table in place
    const name = (y as Atom<11>).value;
    const t = ctx.getGlobal(name);
    if (t === undefined) throw new QError(name, 'undefined table');
    ctx.setGlobal(name, keyBy(n, t));
    return y;
  }
  if (n !== undefined && (isTable(y) || y instanceof KeyedTable)) return keyBy(n, y);
  if (isAtom(x) && isAtom(y)) return new Dictionary(fromItems([x]), fromItems([y]));
  if (isTable(x) && isTable(y)) return new KeyedTable(x, y);
  if (count(x) !== count(y) && !isAtom(y))
    throw new QError('length', 'keys and values differ in count');
  const vals = isAtom(y) ? repeat(y, count(x)) : y;
  return new Dictionary(isAtom(x) ? fromItems([x]) : x, vals);
}

function keyBy(n: number, y: K): K {
  const t = y instanceof KeyedTable ? unkey(y) : (y as Table);
  if (n === 0) return t;
  return new KeyedTable(
    new Table(t.columns.slice(0, n), t.data.slice(0, n)),
    new Table(t.columns.slice(n), t.data.slice(n)),
  );
}

/** `0!kt`: a keyed table as a plain table. */
export function unkey(x: K): Table {
  if (x instanceof KeyedTable || (isDict(x) && isTable(x.keys) && isTable(x.values))) {
    const k = (x as Dictionary).keys as Table;
    const v = (x as Dictionary).values as Table;
    return new Table([...k.columns, ...v.columns], [...k.data, ...v.data]);
  }
  if (isTable(x)) return x;
  throw new QError('type', 'not a table');
}

/** `key x`. */
export function key(x: K, ctx: Ctx): K {
  if (isDict(x)) return x.keys;
  if (isTable(x)) return new Vector(11, []);
  const n = indexNumber(x);
  if (n !== undefined && isAtom(x)) return til(x);
  if (x.type === -11) {
    const name = (x as Atom<11>).value;
    let v = ctx.getGlobal(name);
    if (v === undefined && name.startsWith('.')) {
      try {
        v = ctx.evalText(name);
      } catch {
        v = undefined;
      }
    }
    if (v !== undefined && isDict(v)) return v.keys;
    if (name === '' || name === '.') return new Vector(11, ['q', 'Q', 'h', 'j', 'o', 'z']);
    return new Vector(11, []);
  }
  if (isVector(x)) return new Atom(11, '');
  throw new QError('type', 'key of that');
}

/** `value x`. */
export function value(x: K, ctx: Ctx): K {
  if (isDict(x)) return x.values;
  const text = textOf(x);
  if (text !== undefined) return ctx.evalText(text);
  if (x.type === -11) {
    const name = (x as Atom<11>).value;
    return ctx.evalText(name);
  }
  if (x instanceof Projection || x instanceof Composition) return new MixedList(x.items);
  if (x instanceof Derived) return x.fn;
  if (x.type === 100) {
    const l = x as Lambda;
    return new MixedList([new Atom(11, l.context), new MixedList([]), new MixedList([]), l]);
  }
  if (x instanceof MixedList && x.length > 0) {
    const [f, ...args] = x.items as [K, ...K[]];
    const text = textOf(f);
    const fn =
      f.type === -11
        ? ctx.evalText((f as Atom<11>).value)
        : text !== undefined
          ? ctx.evalText(text)
          : f;
    return ctx.apply(
      fn,
      args.map((a) =>
        a instanceof MixedList &&
        a.length > 0 &&
        a.items[0]?.type !== undefined &&
        isFunc(a.items[0])
          ? value(a, ctx)
          : a,
      ),
    );
  }
  return x;
}

/** `cols x`. */
export function cols(x: K): K {
  if (isTable(x)) return new Vector(11, [...x.columns]);
  if (isDict(x) && isTable(x.keys) && isTable(x.values))
    return new Vector(11, [...x.keys.columns, ...x.values.columns]);
  throw new QError('type', 'cols of a non-table');
}

/** `meta x`. */
function meta(x: K): K {
  const t = unkey(x);
  const types = t.data.map((c) => {
    if (c.type > 0 && c.type < 20) return (c as Vector).info.char;
    if (
      c instanceof MixedList &&
      c.length > 0 &&
      c.items.every((i) => i.type === (c.items[0] as K).type && i.type > 0)
    )
      return (c.items[0] as Vector).info.char.toUpperCase();
    return ' ';
  });
  const attrs = t.data.map((c) => ((c as Vector).attribute ?? '') || '');
  const keyCols = isDict(x) ? ((x as Dictionary).keys as Table).columns.length : 0;
  void keyCols;
  return new KeyedTable(
    new Table(['c'], [new Vector(11, [...t.columns])]),
    new Table(
      ['t', 'f', 'a'],
      [
        new Vector(
          10,
          Uint8Array.from(types, (c) => c.charCodeAt(0)),
        ),
        new Vector(
          11,
          t.columns.map(() => ''),
        ),
        new Vector(11, attrs),
      ],
    ),
  );
}

/** `x xkey t`. */
function xkey(x: K, y: K): K {
  const t = unkey(y);
  const ks = names(x);
  const rest = t.columns.filter((c) => !ks.includes(c));
  if (ks.length === 0) return t;
  return new KeyedTable(
    new Table(
      ks,
      ks.map((c) => t.column(c) as K),
    ),
    new Table(
      rest,
      rest.map((c) => t.column(c) as K),
    ),
  );
}

/** `x xcol t`: rename leading columns. */
function xcol(x: K, y: K): K {
  if (isDict(x) && !isTable(y)) throw new QError('type', 'xcol');
  const t = unkey(y);
  let renamed: string[];
  if (isDict(x)) {
    const from = names(x.keys);
    const to = names(x.values);
    renamed = t.columns.map((c) => {
      const i = from.indexOf(c);
      return i < 0 ? c : (to[i] as string);
    });
  } else {
    const ns = names(x);
    renamed = t.columns.map((c, i) => ns[i] ?? c);
  }
  const out = new Table(renamed, t.data);
  if (isDict(y) && !isTable(y))
    return bang(new Atom(7, BigInt(((y as Dictionary).keys as Table).columns.length)), out);
  return out;
}

/** `x xcols t`: reorder columns. */
function xcols(x: K, y: K): K {
  const t = unkey(y);
  const ns = names(x);
  const order = [...ns, ...t.columns.filter((c) => !ns.includes(c))];
  return new Table(
    order,
    order.map((c) => t.column(c) as K),
  );
}

/** `([k:..] c:..)`: a table from named columns (atoms repeat), keyed by the first `nkeys`. */
export function makeTable(names: readonly string[], values: readonly K[], nkeys: number): K {
  const n = Math.max(0, ...values.map((v) => (isAtom(v) ? 0 : count(v))));
  const anyList = values.some((v) => !isAtom(v));
  const cols = values.map((v) => (isAtom(v) ? repeat(v, anyList ? n : 1) : v));
  const t = new Table(names, cols);
  return nkeys > 0 ? keyBy(nkeys, t) : t;
}

/** The dictionary and table builtins. */
export const DICT_TABLE: Readonly<Record<string, BuiltinImpl>> = {
  '!': { monad: (x, ctx) => key(x, ctx), dyad: bang },
  key: { monad: key },
  value: { monad: value },
  get: { monad: value },
  cols: { monad: cols },
  keys: { monad: (x) => (isDict(x) && isTable(x.keys) ? cols(x.keys) : new Vector(11, [])) },
  meta: { monad: meta },
  xkey: { dyad: xkey },
  xcol: { dyad: xcol },
  xcols: { dyad: xcols },
  ungroup: {
    monad: (x) => {
      const t = unkey(x);
      const rows: K[] = [];
      for (let i = 0; i < t.length; i++) {
        const row = t.data.map((c) => itemAt(c, i));
        const n = Math.max(...row.map((v) => (isAtom(v) ? 1 : count(v))));
        for (let j = 0; j < n; j++)
          rows.push(
            new Dictionary(
              new Vector(11, [...t.columns]),
              fromItems(row.map((v) => (isAtom(v) ? v : itemAt(v, j)))),
            ),
          );
      }
      return flip(
        new Dictionary(
          new Vector(11, [...t.columns]),
          new MixedList(
            t.columns.map((_, k) =>
              fromItems(rows.map((r) => itemAt((r as Dictionary).values, k))),
            ),
          ),
        ),
      );
    },
  },
};

export { gatherAny, itemsOf, longs };
