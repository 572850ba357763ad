/**
 * Shape questions and item access over any q value: counting, taking item `i`, making a
 * list from items (collapsing uniform atoms into a vector, as q does).
 */
import { checkAlloc } from '../eval/limits.js';
import {
  Atom,
  Dictionary,
  K,
  MixedList,
  QError,
  Table,
  TYPES,
  Vector,
  collapse,
  type BasicCode,
  type RawOf,
  type StorageOf,
} from '@qts/types';

/** True for a basic atom (types -1..-19). */
export function isAtom(x: K): x is Atom {
  return x.type < 0 && x.type >= -19;
}

/** True for a basic vector (types 1..19). */
export function isVector(x: K): x is Vector {
  return x.type >= 1 && x.type <= 19;
}

/** True for any list: a vector or a mixed list. */
export function isList(x: K): x is Vector | MixedList {
  return x.type >= 0 && x.type <= 19;
}

/** True for a dictionary (including a keyed table). */
export function isDict(x: K): x is Dictionary {
  return x.type === 99 || x.type === 127;
}

/** True for a table. */
export function isTable(x: K): x is Table {
  return x.type === 98;
}

/** True for any function value. */
export function isFunc(x: K): boolean {
  return x.type >= 100 && x.type <= 112;
}

/** q's `count`. */
export function count(x: K): number {
  return x.type < 0 || isFunc(x) ? 1 : x.length;
}

/** A row of a table as a dictionary. */
export function tableRow(t: Table, i: number): Dictionary {
  return new Dictionary(new Vector(11, [...t.columns]), fromItems(t.data.map((c) => itemAt(c, i))));
}

/** Item `i` of a list, table (a row) or dictionary (a value); atoms give themselves. */
export function itemAt(x: K, i: number): K {
  if (isVector(x)) return x.at(i);
  if (x instanceof MixedList) return x.items[i] ?? nullOfList(x);
  if (isTable(x)) return tableRow(x, i);
  if (isDict(x)) return itemAt(x.values, i);
  return x;
}

/** The items of a list as K values (atoms for a vector). */
export function itemsOf(x: K): K[] {
  if (x instanceof MixedList) return [...x.items];
  const n = count(x);
  if (x.type < 0 || isFunc(x)) return [x];
  const out: K[] = new Array<K>(n);
  for (let i = 0; i < n; i++) out[i] = itemAt(x, i);
  return out;
}

/** The null a missing item of a mixed list reads as: the null of its first item's type. */
function nullOfList(x: MixedList): K {
  const first = x.items[0];
  if (first !== undefined && isAtom(first)) return nullAtom(first.code);
  if (first !== undefined && isVector(first))
    return new Vector(first.type, TYPES[first.type].alloc(0));
  return new MixedList([]);
}

/** q's null atom of a basic type (zero for types without a null). */
export function nullAtom(code: BasicCode): Atom {
  const info = TYPES[code];
  const n = info.null ?? (code === 11 ? '' : 0);
  return new Atom(code, (code === 2 ? new Uint8Array(16) : n) as RawOf[BasicCode]);
}

/** A list of `items`: a vector when they are atoms of one type, else a mixed list. */
export function fromItems(items: readonly K[]): K {
  const first = items[0];
  if (
    first !== undefined &&
    first.type === 99 &&
    (first as Dictionary).keys.type === 11 &&
    !isTable((first as Dictionary).values)
  ) {
    // dictionaries with the same symbol keys collapse to a table, as q does
    const cols = (first as Dictionary<Vector<11>>).keys.data as string[];
    const sameKeys = items.every((d) => {
      if (d.type !== 99 || (d as Dictionary).keys.type !== 11) return false;
      const ks = ((d as Dictionary).keys as Vector<11>).data as string[];
      return ks.length === cols.length && ks.every((k, i) => k === cols[i]);
    });
    if (sameKeys && cols.length > 0)
      return new Table(
        [...cols],
        cols.map((_, j) =>
          collapse(
            items.map((d) => itemAt((d as Dictionary).values, j)),
            undefined,
          ),
        ),
      );
  }
  return collapse(items, undefined);
}

/** A vector of `code` over raw items. */
export function vectorOf<C extends BasicCode>(code: C, raws: ArrayLike<RawOf[C]>): Vector<C> {
  const data = TYPES[code].alloc(raws.length) as unknown as { [i: number]: RawOf[C] };
  for (let i = 0; i < raws.length; i++) data[i] = raws[i] as RawOf[C];
  return new Vector(code, data as unknown as StorageOf[C]);
}

/** An empty list like `x`: the empty vector of its type, or an empty mixed list. */
export function emptyLike(x: K): K {
  if (isVector(x)) return new Vector(x.type, TYPES[x.type].alloc(0));
  if (isAtom(x)) return new Vector(x.code, TYPES[x.code].alloc(0));
  return new MixedList([]);
}

/** Items of vector `v` at `idx` (out of range: null), keeping its type. */
export function gather<C extends BasicCode>(v: Vector<C>, idx: ArrayLike<number>): Vector<C> {
  const n = idx.length;
  checkAlloc(n);
  const len = v.length;
  if (v.type === 2) {
    const src = v.data as Uint8Array;
    const out = new Uint8Array(n * 16);
    for (let i = 0; i < n; i++) {
      const j = idx[i] as number;
      if (j >= 0 && j < len) out.set(src.subarray(j * 16, j * 16 + 16), i * 16);
    }
    return new Vector(v.type, out as StorageOf[C]);
  }
  const src = v.data as unknown as { [i: number]: RawOf[C] };
  const out = TYPES[v.type].alloc(n) as unknown as { [i: number]: RawOf[C] };
  const nul = nullAtom(v.type).value as RawOf[C];
  for (let i = 0; i < n; i++) {
    const j = idx[i] as number;
    out[i] = j >= 0 && j < len ? (src[j] as RawOf[C]) : nul;
  }
  return new Vector(v.type, out as unknown as StorageOf[C]);
}

/** Items of any list at `idx` (a table gives a table of those rows). */
export function gatherAny(x: K, idx: ArrayLike<number>): K {
  if (isVector(x)) return gather(x, idx);
  if (isTable(x))
    return new Table(
      x.columns,
      x.data.map((c) => gatherAny(c, idx)),
    );
  if (isDict(x)) return new Dictionary(gatherAny(x.keys, idx), gatherAny(x.values, idx));
  if (x instanceof MixedList) {
    const out: K[] = [];
    for (let i = 0; i < idx.length; i++) out.push(itemAt(x, idx[i] as number));
    return idx.length === 0 ? new MixedList([]) : fromItems(out);
  }
  throw new QError('type', 'cannot index an atom');
}

/** Integer positions from an index value (long, int, short, boolean vector or atom). */
export function indexNumbers(x: K): number[] | undefined {
  if (
    isVector(x) &&
    x.type !== 9 &&
    x.type !== 8 &&
    x.type !== 11 &&
    x.type !== 10 &&
    x.type !== 2
  ) {
    const out = new Array<number>(x.length);
    const d = x.data as ArrayLike<number | bigint>;
    const nul = TYPES[x.type].null;
    for (let i = 0; i < out.length; i++) out[i] = d[i] === nul ? -1 : Number(d[i]);
    return out;
  }
  return undefined;
}

/** The single integer of an index atom, or undefined when `x` is not one. */
export function indexNumber(x: K): number | undefined {
  if (isAtom(x) && [1, 4, 5, 6, 7].includes(x.code)) {
    if (x.isNull) return -1;
    return Number(x.value);
  }
  return undefined;
}

/** Concatenate lists (q's `,` for lists of any kind). */
export function joinLists(a: K, b: K): K {
  if (isVector(a) && isVector(b) && a.type === b.type) {
    if (a.type === 11) return new Vector(11, [...(a.data as string[]), ...(b.data as string[])]);
    const out = TYPES[a.type].alloc(a.length + b.length) as unknown as {
      set(src: ArrayLike<unknown>, offset: number): void;
    };
    out.set(a.data as ArrayLike<unknown>, 0);
    out.set(b.data as ArrayLike<unknown>, (a.data as ArrayLike<unknown>).length);
    return new Vector(a.type as BasicCode, out as unknown as StorageOf[BasicCode]);
  }
  const ai = isList(a) ? itemsOf(a) : [a];
  const bi = isList(b) ? itemsOf(b) : [b];
  const all = [...ai, ...bi];
  if (all.length === 0) return isList(a) && a.length === 0 ? b : a;
  return fromItems(all);
}

/** A long atom. */
export function long(n: number | bigint): Atom<7> {
  return new Atom(7, typeof n === 'bigint' ? n : BigInt(n));
}

/** A boolean atom. */
export function bool(b: boolean): Atom<1> {
  return new Atom(1, b ? 1 : 0);
}

/** A long vector from numbers. */
export function longs(ns: ArrayLike<number>): Vector<7> {
  const out = new BigInt64Array(ns.length);
  for (let i = 0; i < ns.length; i++) out[i] = BigInt(ns[i] as number);
  return new Vector(7, out);
}

/** A q string (char vector) from JS text. */
export function str(text: string): Vector<10> {
  return new Vector(
    10,
    Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff),
  );
}

/** A symbol atom. */
export function sym(s: string): Atom<11> {
  return new Atom(11, s);
}

/** JS text of a string or char atom, or undefined. */
export function textOf(x: K): string | undefined {
  if (x.type === 10) {
    let s = '';
    for (const b of (x as Vector<10>).data) s += String.fromCharCode(b);
    return s;
  }
  if (x.type === -10) return String.fromCharCode((x as Atom<10>).value);
  return undefined;
}

/** K, re-exported for modules that only need shapes. */
export type { K };
