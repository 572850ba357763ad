/**
 * Aggregates and running aggregates: `sum prd min max avg med var dev svar sdev all any`,
 * `sums prds mins maxs deltas ratios differ avgs`, moving windows (`msum mavg mmin mmax
 * mcount mdev`), `ema`, `wsum wavg cor cov scov`. Nulls are skipped as q does; plain
 * vectors are reduced in one typed-array loop.
 */
import { Atom, Dictionary, K, MixedList, QError, Table, Vector, type BasicCode } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import {
  count,
  fromItems,
  indexNumber,
  isAtom,
  isDict,
  isTable,
  isVector,
  itemsOf,
} from '../values/shape.js';
import { arith } from './arith.js';
import { qMatch } from '../values/match.js';
import {
  arithCode,
  codeOf,
  isNumeric,
  isWide,
  readF,
  writeF,
  writeJ,
  NULL_J,
  type Leaf,
} from './numeric.js';

const plus = arith('+');
const times = arith('*');
const minus = arith('-');
const divide = arith('%');
const minOf = arith('&');
const maxOf = arith('|');

/** Apply an aggregate column-wise to a table, value-wise to a dictionary. */
function overShape(f: (x: K) => K, x: K): K | undefined {
  if (isTable(x)) return new Dictionary(new Vector(11, [...x.columns]), fromItems(x.data.map(f)));
  if (isDict(x)) return f(x.values);
  return undefined;
}

function numericVector(x: K, name: string): Vector {
  if (!isVector(x) || !isNumeric(x.type)) throw new QError('type', `${name} of type ${x.type}`);
  return x;
}

function foldItems(x: MixedList, f: (a: K, b: K) => K, empty: K): K {
  if (x.length === 0) return empty;
  let acc = x.items[0] as K;
  for (let i = 1; i < x.length; i++) acc = f(acc, x.items[i] as K);
  return acc;
}

/** `sum x`. */
/** `x wavg y`: pairs with a null on either side count in neither sum (q reference, avg.md). */
function wavg(x: K, y: K): K {
  if (!(x instanceof Vector && y instanceof Vector)) return divide(sum(times(x, y)), sum(x));
  if (x.length !== y.length)
    throw new QError('length', `wavg of ${x.length} weights and ${y.length} values`);
  const w = readF(x);
  const v = readF(y);
  let num = 0;
  let den = 0;
  for (let i = 0; i < w.length; i++) {
    const a = w[i] as number;
    const b = v[i] as number;
    if (a === a && b === b) {
      num += a * b;
      den += a;
    }
  }
  return new Atom(9, num / den);
}

export function sum(x: K): K {
  const s = overShape(sum, x);
  if (s !== undefined) return s;
  if (isAtom(x)) return x;
  if (x instanceof MixedList) return foldItems(x, plus, new Atom(7, 0n));
  const v = numericVector(x, 'sum');
  const rc: BasicCode = v.info.temporal
    ? v.type
    : v.type === 1 || v.type === 4
      ? 7
      : arithCode(v.type, v.type);
  if (isWide(v.type)) {
    const d = v.data as BigInt64Array;
    let t = 0n;
    for (let i = 0; i < d.length; i++) if (d[i] !== NULL_J) t += d[i] as bigint;
    return writeJ(rc, BigInt64Array.of(BigInt.asIntN(64, t)), true);
  }
  const d = readF(v);
  let t = 0;
  for (let i = 0; i < d.length; i++) {
    const a = d[i] as number;
    if (a === a) t += a;
  }
  return writeF(rc, Float64Array.of(t), true);
}

/** `prd x`. */
function prd(x: K): K {
  const s = overShape(prd, x);
  if (s !== undefined) return s;
  if (isAtom(x)) return x;
  if (x instanceof MixedList) return foldItems(x, times, new Atom(7, 1n));
  const v = numericVector(x, 'prd');
  const d = readF(v);
  let t = 1;
  for (let i = 0; i < d.length; i++) if (!Number.isNaN(d[i] as number)) t *= d[i] as number;
  return writeF(arithCode(v.type, v.type), Float64Array.of(t), true);
}

function extreme(x: K, isMax: boolean): K {
  const s = overShape((c) => extreme(c, isMax), x);
  if (s !== undefined) return s;
  if (isAtom(x)) return x;
  if (x instanceof MixedList)
    return foldItems(
      x,
      isMax ? maxOf : minOf,
      isMax ? new Atom(7, -0x7fffffffffffffffn) : new Atom(7, 0x7fffffffffffffffn),
    );
  if (!isVector(x)) throw new QError('type', 'min/max of that');
  if (x.type === 11 || x.type === 10) {
    const items = [...x].map((a) => a.value as string | number);
    const valid = x.type === 11 ? items.filter((s) => s !== '') : items;
    if (valid.length === 0) return x.at(-1);
    const r = valid.reduce((a, b) => (isMax ? (b > a ? b : a) : b < a ? b : a));
    return new Atom(x.type, r as never);
  }
  if (isWide(x.type)) {
    const d = x.data as BigInt64Array;
    let r: bigint | undefined;
    for (let i = 0; i < d.length; i++) {
      const a = d[i] as bigint;
      if (a === NULL_J) continue;
      if (r === undefined || (isMax ? a > r : a < r)) r = a;
    }
    return new Atom(x.type, r ?? (isMax ? -0x7fffffffffffffffn : 0x7fffffffffffffffn));
  }
  const d = readF(x);
  let r = isMax ? -Infinity : Infinity;
  for (let i = 0; i < d.length; i++) {
    const a = d[i] as number;
    if (a === a && (isMax ? a > r : a < r)) r = a;
  }
  const info = x.info;
  if (!Number.isFinite(r) && info.inf !== undefined && typeof info.inf === 'number')
    r = isMax ? (info.ninf as number) : info.inf;
  return writeF(x.type, Float64Array.of(r), true);
}

function validF(x: K, name: string): number[] {
  const v = numericVector(x, name);
  return Array.from(readF(v)).filter((a) => !Number.isNaN(a));
}

/** `avg x`. */
function avg(x: K): K {
  const s = overShape(avg, x);
  if (s !== undefined) return s;
  if (isAtom(x)) return writeF(9, readF(x), true);
  if (x instanceof MixedList)
    return x.length === 0
      ? new Atom(9, NaN)
      : divide(foldItems(x, plus, new Atom(7, 0n)), new Atom(7, BigInt(x.length)));
  const d = validF(x, 'avg');
  return new Atom(9, d.length === 0 ? NaN : d.reduce((a, b) => a + b, 0) / d.length);
}

function variance(x: K, sample: boolean): number {
  const d = validF(x, 'var');
  const n = d.length;
  if (n === 0 || (sample && n === 1)) return NaN;
  const m = d.reduce((a, b) => a + b, 0) / n;
  const ss = d.reduce((a, b) => a + (b - m) * (b - m), 0);
  return ss / (sample ? n - 1 : n);
}

function stat(f: (x: K) => number): (x: K) => K {
  const g = (x: K): K => {
    const s = overShape(g, x);
    if (s !== undefined) return s;
    // a matrix aggregates down its columns
    if (x instanceof MixedList) return fromItems(columnsOf(x).map(g));
    return new Atom(9, f(isAtom(x) ? fromItems([x]) : x));
  };
  return g;
}

function columnsOf(x: MixedList): K[] {
  const n = x.items.length === 0 ? 0 : count(x.items[0] as K);
  const cols: K[] = [];
  for (let j = 0; j < n; j++)
    cols.push(fromItems(x.items.map((r) => (isAtom(r) ? r : (itemsOf(r)[j] as K)))));
  return cols;
}

function med(x: K): number {
  const d = validF(x, 'med').sort((a, b) => a - b);
  const n = d.length;
  if (n === 0) return NaN;
  return n % 2 === 1
    ? (d[(n - 1) / 2] as number)
    : ((d[n / 2 - 1] as number) + (d[n / 2] as number)) / 2;
}

/** A running aggregate: fold keeping every step, nulls treated as the identity. */
function running(name: string, f: (a: K, b: K) => K, fast?: (x: Leaf) => Leaf): (x: K) => K {
  const g = (x: K): K => {
    if (isTable(x)) return new Table(x.columns, x.data.map(g));
    if (isDict(x)) return new Dictionary(x.keys, g(x.values));
    if (isAtom(x)) return x;
    if (fast !== undefined && isVector(x) && isNumeric(x.type)) return fast(x);
    const items = itemsOf(x);
    if (items.length === 0) return x;
    const out: K[] = [items[0] as K];
    let acc = items[0] as K;
    for (let i = 1; i < items.length; i++) {
      acc = f(acc, items[i] as K);
      out.push(acc);
    }
    return fromItems(out);
  };
  void name;
  return g;
}

function sumsFast(x: Leaf): Leaf {
  const c = codeOf(x);
  const rc: BasicCode = (x as Vector).info.temporal ? c : arithCode(c, c);
  if (isWide(c)) {
    const d = (x as Vector).data as BigInt64Array;
    const out = new BigInt64Array(d.length);
    let t = 0n;
    for (let i = 0; i < d.length; i++) {
      if (d[i] !== NULL_J) t = BigInt.asIntN(64, t + (d[i] as bigint));
      out[i] = t;
    }
    return writeJ(rc, out, false);
  }
  const d = readF(x);
  const out = new Float64Array(d.length);
  let t = 0;
  for (let i = 0; i < d.length; i++) {
    const a = d[i] as number;
    if (a === a) t += a;
    out[i] = t;
  }
  return writeF(rc, out, false);
}

function runningExtreme(isMax: boolean): (x: Leaf) => Leaf {
  return (x) => {
    const d = readF(x);
    const out = new Float64Array(d.length);
    // before the first non-null: the infinity on the far side (0W for mins, -0W for maxs)
    let r = isMax ? -Infinity : Infinity;
    for (let i = 0; i < d.length; i++) {
      const a = d[i] as number;
      if (a === a && (isMax ? a > r : a < r)) r = a;
      out[i] = r;
    }
    return writeF(codeOf(x), out, false);
  };
}

/** `deltas x` / `ratios x`: each item against the one before (first kept). */
function pairwise(f: (a: K, b: K) => K, seedFirst: (x: K) => K): (x: K) => K {
  const g = (x: K): K => {
    if (isTable(x)) return new Table(x.columns, x.data.map(g));
    if (isDict(x)) return new Dictionary(x.keys, g(x.values));
    if (isAtom(x)) return seedFirst(x);
    const n = count(x);
    if (n === 0) return x;
    if (isVector(x) && isNumeric(x.type)) {
      const cur = x.slice(1, n);
      const prev = x.slice(0, n - 1);
      const rest = f(cur, prev);
      return fromItems([seedFirst(x.at(0)), ...itemsOf(rest)]);
    }
    const items = itemsOf(x);
    return fromItems([
      seedFirst(items[0] as K),
      ...items.slice(1).map((it, i) => f(it, items[i] as K)),
    ]);
  };
  return g;
}

function differ(x: K): K {
  const items = itemsOf(x);
  const out = new Uint8Array(items.length);
  items.forEach((it, i) => (out[i] = i === 0 || !qMatch(it, items[i - 1] as K) ? 1 : 0));
  return new Vector(1, out);
}

function isIntegralCode(c: BasicCode): boolean {
  return c === 1 || c === 4 || c === 5 || c === 6 || c === 7;
}

/** A dyadic `n f x` applied column-wise to tables, value-wise to dictionaries. */
function perColumn(f: (n: K, x: K) => K): (n: K, x: K) => K {
  const g = (n: K, x: K): K => {
    if (isTable(x))
      return new Table(
        x.columns,
        x.data.map((c) => g(n, c)),
      );
    if (isDict(x)) return new Dictionary(x.keys, g(n, x.values));
    if (x instanceof MixedList && x.length > 0 && x.items.every(isVector)) {
      // a list of rows moves item by item: the window runs down each column of the matrix
      const w = count(x.items[0] as K);
      if (x.items.some((r) => count(r) !== w)) throw new QError('length', 'rows differ in count');
      const cols = Array.from({ length: w }, (_, j) =>
        g(n, fromItems(x.items.map((r) => itemsOf(r)[j] as K))),
      );
      return fromItems(x.items.map((_, i) => fromItems(cols.map((c) => itemsOf(c)[i] as K))));
    }
    return f(n, x);
  };
  return g;
}

/** Moving window of size n over a numeric vector. */
function moving(
  f: (window: number[]) => number,
  intResult = false,
  keepIntegral = false,
): (n: K, x: K) => K {
  return perColumn((nk, x) => {
    const n = indexNumber(nk);
    if (n === undefined) throw new QError('type', 'window size must be an integer');
    const v = numericVector(x, 'moving');
    const d = readF(v);
    const out = new Float64Array(d.length);
    for (let i = 0; i < d.length; i++) {
      const w = Array.from(d.subarray(Math.max(0, i - n + 1), i + 1));
      out[i] = f(w);
    }
    // msum of integers stays integral (long), as sum does
    if (intResult || (keepIntegral && isIntegralCode(codeOf(x as Leaf))))
      return writeF(7, out, false);
    return writeF(9, out, false);
  });
}

const valid = (w: number[]) => w.filter((a) => !Number.isNaN(a));

function mext(isMax: boolean): (n: K, x: K) => K {
  return perColumn((nk, x) => {
    const n = indexNumber(nk) ?? 1;
    const v = numericVector(x, 'mmax');
    const d = readF(v);
    const out = new Float64Array(d.length);
    for (let i = 0; i < d.length; i++) {
      let r = NaN;
      let sawNull = false;
      for (let j = Math.max(0, i - n + 1); j <= i; j++) {
        const a = d[j] as number;
        if (a !== a) sawNull = true;
        else if (r !== r || (isMax ? a > r : a < r)) r = a;
      }
      // null is the least value: it wins a minimum and never a maximum
      out[i] = isMax ? (Number.isNaN(r) ? -Infinity : r) : sawNull ? NaN : r;
    }
    return writeF(v.type, out, false);
  });
}

function ema(a: K, x: K): K {
  const alpha = readF(a as Leaf);
  const d = readF(numericVector(x, 'ema'));
  const out = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const al = alpha.length === 1 ? (alpha[0] as number) : (alpha[i] as number);
    out[i] = i === 0 ? (d[0] as number) : al * (d[i] as number) + (1 - al) * (out[i - 1] as number);
  }
  return new Vector(9, out);
}

function pairStats(kind: 'cov' | 'scov' | 'cor'): (x: K, y: K) => K {
  return (x, y) => {
    const a0 = Array.from(readF(numericVector(x, kind)));
    const b0 = Array.from(readF(numericVector(y, kind)));
    if (a0.length !== b0.length) throw new QError('length', `${kind} of different lengths`);
    // pairs with a null are left out
    const keep = a0.map((v, i) => !Number.isNaN(v) && !Number.isNaN(b0[i] as number));
    const a = a0.filter((_, i) => keep[i]);
    const b = b0.filter((_, i) => keep[i]);
    const n = a.length;
    const ma = a.reduce((p, q) => p + q, 0) / n;
    const mb = b.reduce((p, q) => p + q, 0) / n;
    let c = 0;
    let va = 0;
    let vb = 0;
    for (let i = 0; i < n; i++) {
      c += ((a[i] as number) - ma) * ((b[i] as number) - mb);
      va += ((a[i] as number) - ma) ** 2;
      vb += ((b[i] as number) - mb) ** 2;
    }
    if (kind === 'cor') return new Atom(9, c / Math.sqrt(va * vb));
    return new Atom(9, c / (kind === 'scov' ? n - 1 : n));
  };
}

function allAny(isAll: boolean): (x: K) => K {
  const g = (x: K): K => {
    const s = overShape(g, x);
    if (s !== undefined) return s;
    if (x instanceof MixedList && x.items.some((i) => !isAtom(i)))
      return foldItems(x, isAll ? minOf : maxOf, new Atom(1, isAll ? 1 : 0));
    if (isAtom(x)) return new Atom(1, (isAll ? x.value !== 0 : x.value !== 0) ? 1 : 0);
    const d = isVector(x)
      ? isWide(x.type)
        ? Array.from(x.data as BigInt64Array, (v) => (v === 0n ? 0 : 1))
        : Array.from(readF(x), (v) => (v === 0 ? 0 : 1))
      : itemsOf(x).map((v) => (isAtom(v) && v.value ? 1 : 0));
    return new Atom(1, (isAll ? d.every((v) => v === 1) : d.some((v) => v === 1)) ? 1 : 0);
  };
  return g;
}

/** The aggregate builtins. */
export const AGGREGATE: Readonly<Record<string, BuiltinImpl>> = {
  sum: { monad: sum },
  prd: { monad: prd },
  min: { monad: (x) => extreme(x, false) },
  max: { monad: (x) => extreme(x, true) },
  avg: { monad: avg },
  med: { monad: stat(med) },
  var: { monad: stat((x) => variance(x, false)) },
  dev: { monad: stat((x) => Math.sqrt(variance(x, false))) },
  svar: { monad: stat((x) => variance(x, true)) },
  sdev: { monad: stat((x) => Math.sqrt(variance(x, true))) },
  all: { monad: allAny(true) },
  any: { monad: allAny(false) },
  sums: { monad: running('sums', plus, sumsFast) },
  prds: {
    monad: running('prds', times, (x) => {
      const d = readF(x);
      const out = new Float64Array(d.length);
      let t = 1;
      for (let i = 0; i < d.length; i++) {
        if (!Number.isNaN(d[i] as number)) t *= d[i] as number;
        out[i] = t;
      }
      const c = codeOf(x);
      return writeF(c === 8 || c === 9 ? c : arithCode(c, c), out, false);
    }),
  },
  mins: { monad: running('mins', minOf, runningExtreme(false)) },
  maxs: { monad: running('maxs', maxOf, runningExtreme(true)) },
  deltas: {
    monad: pairwise(minus, (a) => a),
    dyad: (s, x) => minus(x, fromItems([s, ...itemsOf(x).slice(0, -1)])),
  },
  ratios: {
    monad: pairwise(divide, (a) =>
      isAtom(a) || isVector(a) ? writeF(9, readF(a as Leaf), isAtom(a)) : a,
    ),
  },
  differ: { monad: differ },
  avgs: {
    // avg of each prefix: nulls count in neither the sum nor the count
    monad: (x) => {
      const v = numericVector(x, 'avgs');
      const items = readF(v);
      let n = 0;
      return new Vector(
        9,
        readF(sumsFast(v)).map((s, i) => s / (Number.isNaN(items[i]) ? n : ++n)),
      );
    },
  },
  msum: {
    dyad: moving((w) => valid(w).reduce((a, b) => a + b, 0), false, true),
  },
  mavg: {
    dyad: moving((w) => {
      const v = valid(w);
      return v.length === 0 ? NaN : v.reduce((a, b) => a + b, 0) / v.length;
    }),
  },
  mcount: { dyad: moving((w) => valid(w).length, true) },
  mdev: {
    dyad: moving((w) => {
      const v = valid(w);
      const m = v.reduce((a, b) => a + b, 0) / v.length;
      return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
    }),
  },
  mmin: { dyad: mext(false) },
  mmax: { dyad: mext(true) },
  ema: { dyad: ema },
  wsum: { dyad: (x, y) => sum(times(x, y)) },
  wavg: { dyad: wavg },
  cov: { dyad: pairStats('cov') },
  scov: { dyad: pairStats('scov') },
  cor: { dyad: pairStats('cor') },
};
