/**
 * List primitives: `til count first last enlist reverse raze where distinct group flip
 * null type , ^` and `~` helpers; lists keep their TypedArrays throughout.
 */
import {
  Atom,
  Dictionary,
  K,
  KeyedTable,
  MixedList,
  QError,
  TYPES,
  cast,
  Table,
  Vector,
  isNullRaw,
  type BasicCode,
  type StorageOf,
} from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import { checkAlloc } from '../eval/limits.js';
import { itemKeys } from '../values/find.js';
import { missOf } from '../values/index.js';
import {
  count,
  fromItems,
  gatherAny,
  isAtom,
  isDict,
  isList,
  isTable,
  isVector,
  itemAt,
  itemsOf,
  joinLists,
  long,
  longs,
  isFunc,
} from '../values/shape.js';
import { atomic1, atomic2 } from './atomic.js';
import { codeOf, type Leaf } from './numeric.js';

/** `til n`: 0 1 ... n-1. */
export function til(x: K): K {
  if (!isAtom(x) || ![1, 4, 5, 6, 7].includes(x.code))
    throw new QError('type', 'til needs an integer');
  const n = Number(x.value);
  if (n < 0) throw new QError('domain', 'til of a negative');
  checkAlloc(n);
  const out = new BigInt64Array(n);
  // bigint increments are cheaper than a BigInt() conversion per item
  let k = 0n;
  for (let i = 0; i < n; i++) out[i] = k++;
  return new Vector(7, out);
}

/** `first x`. */
export function first(x: K): K {
  if (isAtom(x) || isFunc(x)) return x;
  if (isDict(x)) return isTable(x.keys) ? first(x.values) : first(x.values);
  if (count(x) === 0) return missOf(x);
  return itemAt(x, 0);
}

/** `last x`. */
export function last(x: K): K {
  if (isAtom(x) || isFunc(x)) return x;
  if (isDict(x)) return last(x.values);
  const n = count(x);
  if (n === 0) return missOf(x);
  return itemAt(x, n - 1);
}

/** `enlist x`: a one-item list. */
export function enlist(x: K): K {
  if (isAtom(x)) return fromItems([x]);
  if (isDict(x) && !isTable(x.keys) && x.keys.type === 11)
    return new Table(
      (x.keys as Vector<11>).data as string[],
      itemsOf(x.values).map((v) => fromItems([v])),
    );
  return new MixedList([x]);
}

/** `reverse x`. */
export function reverse(x: K): K {
  if (isAtom(x) || isFunc(x)) return x;
  if (isDict(x)) return new Dictionary(reverse(x.keys), reverse(x.values));
  const n = count(x);
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = n - 1 - i;
  return gatherAny(x, idx);
}

/** `raze x`: join the items of a list. */
export function raze(x: K): K {
  if (isDict(x)) return raze(x.values);
  if (!(x instanceof MixedList)) return x;
  if (x.length === 0) return x;
  const first = x.items[0] as K;
  if (isVector(first) && x.items.every((i) => i.type === first.type)) {
    // one allocation for a list of vectors of one type
    const total = x.items.reduce((n, i) => n + i.length, 0);
    checkAlloc(total);
    if (first.type === 11)
      return new Vector(
        11,
        x.items.flatMap((i) => (i as Vector<11>).data as string[]),
      );
    const w = first.type === 2 ? 16 : 1;
    const out = TYPES[first.type].alloc(total) as unknown as {
      set(a: ArrayLike<unknown>, o: number): void;
    };
    let at = 0;
    for (const i of x.items) {
      const d = (i as Vector).data as unknown as ArrayLike<unknown>;
      out.set(d, at);
      at += d.length;
    }
    void w;
    return new Vector(first.type as BasicCode, out as unknown as StorageOf[BasicCode]);
  }
  const all: K[] = [];
  for (const i of x.items) {
    if (isAtom(i)) all.push(i);
    else for (const it of itemsOf(i)) all.push(it);
  }
  return fromItems(all);
}

/** `x , y`. */
export function join(x: K, y: K): K {
  if (isTable(x) && isTable(y)) {
    if (x.columns.join() !== y.columns.join())
      throw new QError('mismatch', 'tables differ in columns');
    return new Table(
      x.columns,
      x.data.map((c, i) => join(c, y.data[i] as K)),
    );
  }
  if (isDict(x) && isDict(y) && !isTable(x.keys)) {
    const keys = itemsOf(x.keys);
    const vals = itemsOf(x.values);
    const kk = itemKeys(x.keys);
    const pos = new Map(kk.map((k, i) => [k, i]));
    const yk = itemKeys(y.keys);
    const yv = itemsOf(y.values);
    yk.forEach((k, j) => {
      const i = pos.get(k);
      if (i === undefined) {
        pos.set(k, keys.length);
        keys.push(itemAt(y.keys, j));
        vals.push(yv[j] as K);
      } else vals[i] = yv[j] as K;
    });
    return new Dictionary(fromItems(keys), fromItems(vals));
  }
  if (isDict(x) && isDict(y) && x instanceof KeyedTable) {
    return upsertKeyed(x, y);
  }
  if (isTable(x) && isDict(y)) return join(x, enlist(y));
  return joinLists(x, y);
}

/** A row dictionary with `upd`'s columns replacing `row`'s by name. */
function mergeRow(row: Dictionary, upd: Dictionary): Dictionary {
  const names = [...((row.keys as Vector<11>).data as string[])];
  const vals = itemsOf(row.values);
  const un = (upd.keys as Vector<11>).data as string[];
  un.forEach((c, j) => {
    const at = names.indexOf(c);
    if (at < 0) {
      names.push(c);
      vals.push(itemAt(upd.values, j));
    } else vals[at] = itemAt(upd.values, j);
  });
  return new Dictionary(new Vector(11, names), fromItems(vals));
}

function upsertKeyed(x: Dictionary, y: Dictionary): K {
  const kx = itemKeys(x.keys);
  const pos = new Map(kx.map((k, i) => [k, i]));
  const keyRows = itemsOf(x.keys);
  const valRows = itemsOf(x.values);
  const yk = itemKeys(y.keys);
  yk.forEach((k, j) => {
    const i = pos.get(k);
    if (i === undefined) {
      pos.set(k, keyRows.length);
      keyRows.push(itemAt(y.keys, j));
      valRows.push(itemAt(y.values, j));
    } else valRows[i] = mergeRow(valRows[i] as Dictionary, itemAt(y.values, j) as Dictionary);
  });
  const kt = x.keys as Table;
  const vt = x.values as Table;
  // y may carry only some of x's value columns: the others keep x's value, or null on new rows
  const rebuild = (t: Table, rows: K[]) =>
    new Table(
      t.columns,
      t.columns.map((c) => {
        const missing = itemAt(gatherAny(t.column(c) as K, [-1]), 0);
        return fromItems(
          rows.map((r) => {
            const at = (((r as Dictionary).keys as Vector<11>).data as string[]).indexOf(c);
            return at < 0 ? missing : itemAt((r as Dictionary).values, at);
          }),
        );
      }),
    );
  return new KeyedTable(rebuild(kt, keyRows), rebuild(vt, valRows));
}

/** `where x`: indices of true items, or each index repeated its count. */
export function where(x: K): K {
  if (isDict(x)) return gatherAny(x.keys, numbersOf(where(x.values)));
  if (isAtom(x) && (x.code === 1 || x.code === 7 || x.code === 6)) return where(fromItems([x]));
  if (!isVector(x) || ![1, 4, 5, 6, 7].includes(x.type))
    throw new QError('type', 'where needs booleans or counts');
  const d = x.data as ArrayLike<number | bigint>;
  let total = 0;
  for (let i = 0; i < d.length; i++) total += Number(d[i]);
  checkAlloc(total);
  const out = new BigInt64Array(total);
  let k = 0;
  for (let i = 0; i < d.length; i++) {
    const c = Number(d[i]);
    for (let j = 0; j < c; j++) out[k++] = BigInt(i);
  }
  return new Vector(7, out);
}

function numbersOf(x: K): number[] {
  return isVector(x) ? Array.from(x.data as ArrayLike<number | bigint>, Number) : [];
}

/** `distinct x`: unique items in order of first occurrence. */
export function distinct(x: K): K {
  if (isTable(x)) {
    const keys = itemsOf(x).map((r) => r.toString());
    const seen = new Set<string>();
    const idx: number[] = [];
    keys.forEach((k, i) => {
      if (!seen.has(k)) {
        seen.add(k);
        idx.push(i);
      }
    });
    return gatherAny(x, idx);
  }
  if (isAtom(x)) throw new QError('type', 'distinct of an atom');
  if (isDict(x)) return distinct(x.values);
  const keys = itemKeys(x);
  const seen = new Set<string | number | bigint>();
  const idx: number[] = [];
  keys.forEach((k, i) => {
    if (!seen.has(k)) {
      seen.add(k);
      idx.push(i);
    }
  });
  return gatherAny(x, idx);
}

/** `group x`: dictionary from distinct items to their indices. */
export function group(x: K): K {
  if (isAtom(x)) throw new QError('type', 'group of an atom');
  const keys = itemKeys(isDict(x) ? x.values : x);
  const order: number[] = [];
  const groups = new Map<string | number | bigint, number[]>();
  keys.forEach((k, i) => {
    const g = groups.get(k);
    if (g === undefined) {
      groups.set(k, [i]);
      order.push(i);
    } else g.push(i);
  });
  const src = isDict(x) ? x.values : x;
  const vals = [...groups.values()].map((g) => (isDict(x) ? gatherAny(x.keys, g) : longs(g)));
  return new Dictionary(
    gatherAny(src, order),
    order.length === 0 ? new MixedList([]) : new MixedList(vals),
  );
}

/** `flip x`: transpose a list of lists, a column dictionary to a table and back. */
export function flip(x: K): K {
  if (isTable(x)) return new Dictionary(new Vector(11, [...x.columns]), new MixedList(x.data));
  if (isDict(x)) {
    if (x.keys.type !== 11) throw new QError('type', 'flip needs symbol keys');
    const vals = itemsOf(x.values);
    const n = Math.max(0, ...vals.map((v) => (isAtom(v) ? 0 : count(v))));
    const cols = vals.map((v) => (isAtom(v) ? repeat(v, n) : v));
    return new Table((x.keys as Vector<11>).data as string[], cols);
  }
  if (!(x instanceof MixedList)) return x;
  const rows = x.items;
  const lens = rows.filter((r) => !isAtom(r)).map(count);
  if (lens.length === 0) return x;
  const n = lens[0] as number;
  if (lens.some((l) => l !== n)) throw new QError('length', 'flip of ragged lists');
  const out: K[] = [];
  for (let j = 0; j < n; j++) out.push(fromItems(rows.map((r) => (isAtom(r) ? r : itemAt(r, j)))));
  return n === 0 ? new MixedList([]) : new MixedList(out);
}

/** An atom repeated `n` times as a vector. */
export function repeat(a: K, n: number): K {
  checkAlloc(n);
  if (!isAtom(a)) return new MixedList(Array.from({ length: n }, () => a));
  const c = a.code;
  if (c === 2) {
    const data = new Uint8Array(n * 16);
    for (let i = 0; i < n; i++) data.set(a.value as Uint8Array, i * 16);
    return new Vector(2, data);
  }
  const data = TYPES[c].alloc(n) as unknown as { fill(v: unknown): void } & ArrayLike<unknown>;
  if (Array.isArray(data)) for (let i = 0; i < n; i++) (data as unknown[])[i] = a.value;
  else data.fill(a.value);
  return new Vector(c, data as unknown as StorageOf[BasicCode]);
}

/** `null x`: atomic null test. */
const nullFn = atomic1((x: Leaf) => {
  const c = codeOf(x);
  if (x instanceof Atom) return new Atom(1, x.isNull ? 1 : 0);
  const n = x.length;
  const out = new Uint8Array(n);
  if (c === 9 || c === 8 || c === 15) {
    const d = x.data as Float64Array;
    for (let i = 0; i < n; i++) out[i] = Number.isNaN(d[i] as number) ? 1 : 0;
  } else for (let i = 0; i < n; i++) out[i] = isNullRaw(c, x.raw(i)) ? 1 : 0;
  return new Vector(1, out);
}, 'null');

/** `x ^ y`: fill the nulls of y with x. */
/** `x ^ y`: y with its nulls filled from x. */
export const fill = atomic2((x0: Leaf, y0: Leaf) => {
  // the result has the wider of the two types: 10^1.5 0n is float
  const cx0 = codeOf(x0);
  const cy0 = codeOf(y0);
  const wide = cx0 !== cy0 && cx0 <= 9 && cy0 <= 9 && cx0 > cy0;
  const y = wide ? (cast(cx0, y0) as Leaf) : y0;
  const x = !wide && cx0 !== cy0 && cx0 <= 9 && cy0 <= 9 ? (cast(cy0, x0) as Leaf) : x0;
  const cy = codeOf(y);
  const fillAtom = x instanceof Atom ? x : null;
  if (y instanceof Atom) {
    if (fillAtom !== null) return y.isNull ? fillAtom : y;
    // a list of fills with an atom: the atom where it is not null, else each fill
    const xs = x as Vector;
    return fromItems(Array.from({ length: xs.length }, (_, i) => (y.isNull ? xs.at(i) : y)));
  }
  const n = y.length;
  const items: K[] = [];
  let any = false;
  for (let i = 0; i < n; i++) {
    if (y.isNull(i)) {
      any = true;
      items.push(fillAtom ?? (x as Vector).at(i));
    } else items.push(y.at(i));
  }
  if (!any) return y;
  const r = fromItems(items);
  return r.type === cy || r.type === 0 ? r : r;
}, '^');

/** `type x` as a short. */
function typeOf(x: K): K {
  return new Atom(5, x.type);
}

/** The list builtins. */
export const LIST: Readonly<Record<string, BuiltinImpl>> = {
  til: { monad: til },
  count: { monad: (x) => long(count(x)) },
  first: { monad: first },
  last: { monad: last },
  enlist: { monad: enlist, nary: (args) => fromItems(args), maxRank: 255 },
  reverse: { monad: reverse },
  raze: { monad: raze },
  where: { monad: where },
  distinct: { monad: distinct },
  group: { monad: group },
  flip: { monad: flip },
  null: { monad: nullFn },
  type: { monad: typeOf },
  ',': { monad: enlist, dyad: join },
  '^': { monad: nullFn, dyad: fill },
  '&': { monad: where },
  '|': { monad: reverse },
  '=': { monad: group },
  '+': { monad: flip },
  '*': { monad: first },
  '?': { monad: distinct },
  '@': { monad: typeOf },
  '#': { monad: (x) => long(count(x)) },
};

/** True for a list (helper re-export for the table module). */
export { isList };
