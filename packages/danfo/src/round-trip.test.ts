/**
 * The Danfo round-trip matrix (adapters-mapping §7, items 14-19): every q type with nulls and
 * infinities through a DataFrame and back, with the sidecar (exact but for the documented
 * losses) and without it (canonical widening), plus Danfo's traps.
 */
import { Dictionary, K, KeyedTable, MixedList, Table, Vector, type K as KValue } from '@qts/types';
import { DataFrame, Series } from 'danfojs-node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fromDanfo,
  fromDanfoWithReport,
  lossReport,
  qmetaOf,
  toDanfo,
  toDanfoWithReport,
  LossyConversionError,
} from './index.js';

const I64 = 0x7fffffffffffffffn;
const I32 = 0x7fffffff;
const enc = (s: string) => new Vector(10, new TextEncoder().encode(s));

/** One column per type: a null (where the type has one), ±infinity, ordinary values. Timestamps whole ms. */
function everyType(): Table {
  const cols: [string, KValue][] = [
    ['b', K.boolean([true, false, true, false])],
    [
      'g',
      K.guid([
        '8c680a01-5a49-5aab-5a65-d4bfddb6a661',
        null,
        '00000000-0000-0000-0000-000000000001',
        null,
      ]),
    ],
    ['x', K.byte([0, 255, 128, 1])],
    ['h', new Vector(5, Int16Array.from([-0x8000, 0x7fff, -0x7fff, 12]))],
    ['i', new Vector(6, Int32Array.from([-0x80000000, I32, -I32, 12]))],
    ['j', new Vector(7, BigInt64Array.from([-(2n ** 63n), I64, -I64, 9_007_199_254_740_991n]))],
    ['e', K.real([NaN, Infinity, -Infinity, 1.5])],
    ['f', K.float([NaN, Infinity, -Infinity, 0.1])],
    ['c', K.char(['a', ' ', 'z', 'é'])],
    ['s', K.symbol(['a', '', '1', 'héllo'])],
    ['p', K.timestamp(['2026.11.23D09:30:00.123', null, '1970.01.01D00:00', '1707.09.23D00:00'])],
    ['m', K.month(['2026.11m', null, '1970.01m', '1000.01m'])],
    ['d', K.date(['2026.11.23', null, '1707.01.01', '2000.01.01'])],
    ['z', K.datetime([new Date(0), null, new Date(1e12), new Date(-1e12)])],
    ['n', new Vector(16, BigInt64Array.from([-(2n ** 63n), I64, -I64, 86_400_000_000_001n]))],
    ['u', new Vector(17, Int32Array.from([-0x80000000, I32, -I32, 1439]))],
    ['v', new Vector(18, Int32Array.from([-0x80000000, I32, -I32, 86399]))],
    ['t', new Vector(19, Int32Array.from([-0x80000000, I32, -I32, 86_399_999]))],
    ['C', new MixedList([enc('ab'), enc(''), enc('日本'), enc(' ')])],
    ['J', new MixedList([K.long([1, 2]), K.long([]), K.long([3]), K.long([4])])],
  ];
  return new Table(
    cols.map((c) => c[0]),
    cols.map((c) => c[1]),
  );
}

function column(t: KValue, name: string): KValue {
  return (t as Table).column(name)!;
}

describe('q → Danfo → q with the sidecar', () => {
  it('restores every type exactly (no infinities in the temporal point types)', () => {
    const t = everyType();
    const out = toDanfoWithReport(t);
    expect(out.report).toEqual([]);
    const back = fromDanfoWithReport(out.value);
    expect(back.report).toEqual([]);
    for (const name of t.columns) {
      expect(column(back.value, name).toString(), name).toBe(column(t, name).toString());
      expect(column(back.value, name).equals(column(t, name)), name).toBe(true);
    }
  });

  it('declares dtypes itself: nulls in the first 20 rows do not change them', () => {
    const n = 30;
    const t = new Table(
      ['i', 'b', 'p', 's'],
      [
        K.int(Array.from({ length: n }, (_, i) => (i < 20 ? null : i))),
        K.boolean(Array.from({ length: n }, (_, i) => i % 2 === 0)),
        K.timestamp(Array.from({ length: n }, (_, i) => (i < 20 ? null : new Date(i * 1000)))),
        K.symbol(Array.from({ length: n }, (_, i) => (i < 20 ? '' : `${i}`))),
      ],
    );
    const df = toDanfo(t);
    expect(df.dtypes).toEqual(['int32', 'boolean', 'datetime', 'string']);
    expect(fromDanfo(df).equals(t)).toBe(true);
  });

  it('reports what a DataFrame cannot hold: long precision, sub-ms digits, temporal infinities', () => {
    const t = new Table(
      ['j', 'p', 'd'],
      [
        new Vector(7, BigInt64Array.from([2n ** 60n + 1n, 1n])),
        new Vector(12, BigInt64Array.from([1n, I64])),
        new Vector(14, Int32Array.from([I32, 0])),
      ],
    );
    const out = toDanfoWithReport(t);
    expect(out.report).toMatchObject([
      { kind: 'precision', column: 'j', count: 1, sample: 2n ** 60n + 1n },
      { kind: 'infinity', column: 'p', count: 1 },
      { kind: 'precision', column: 'p', count: 1, sample: 1n },
      { kind: 'infinity', column: 'd', count: 1 },
    ]);
  });

  it('keeps longs exact as strings or bigints on request', () => {
    const j = new Vector(7, BigInt64Array.from([2n ** 60n + 1n, -(2n ** 63n), 5n]));
    const t = new Table(['j'], [j]);
    const asString = toDanfoWithReport(t, { long: 'string' });
    expect(asString.report).toEqual([]);
    expect(asString.value.dtypes).toEqual(['string']);
    expect(column(fromDanfo(asString.value), 'j').equals(j)).toBe(true);
    const asBig = toDanfoWithReport(t, { long: 'bigint' });
    expect(asBig.report).toMatchObject([{ kind: 'type-changed', column: 'j' }]);
    expect(column(fromDanfo(asBig.value), 'j').equals(j)).toBe(true);
  });

  it('offers timestamps as ISO text with nanoseconds, exact', () => {
    const p = K.timestamp(['2026.11.23D09:30:00.123456789', null]);
    const df = toDanfo(new Table(['p'], [p]), { timestamp: 'iso-ns' });
    expect(column(fromDanfo(df), 'p').equals(p)).toBe(true);
  });

  it('handles empty and one-row tables and an all-null column', () => {
    for (const n of [0, 1]) {
      const t = new Table(
        ['a', 's', 'p'],
        [K.long(Array(n).fill(7)), K.symbol(Array(n).fill('x')), K.timestamp(Array(n).fill(null))],
      );
      expect(fromDanfo(toDanfo(t)).equals(t), `${n} rows`).toBe(true);
    }
    const nulls = new Table(['f'], [K.float([null, null])]);
    expect(fromDanfo(toDanfo(nulls)).equals(nulls)).toBe(true);
  });
});

describe('shapes', () => {
  it('puts a single unique key in the index, and restores the keyed table', () => {
    const kt = new KeyedTable(
      new Table(['sym'], [K.symbol(['a', 'b'])]),
      new Table(['px'], [K.float([1, 2])]),
    );
    const df = toDanfo(kt);
    expect(df.index).toEqual(['a', 'b']);
    expect(df.columns).toEqual(['px']);
    expect(fromDanfo(df).equals(kt)).toBe(true);
  });

  it('keeps duplicate and two-column keys as columns', () => {
    const dup = new KeyedTable(
      new Table(['k'], [K.long([1, 1])]),
      new Table(['v'], [K.long([2, 3])]),
    );
    const two = new KeyedTable(
      new Table(['a', 'b'], [K.long([1, 1]), K.symbol(['x', 'y'])]),
      new Table(['v'], [K.long([2, 3])]),
    );
    for (const kt of [dup, two]) {
      const df = toDanfo(kt);
      expect(df.columns).toEqual([...kt.keys.columns, 'v']);
      expect(qmetaOf(df)?.keys).toEqual(kt.keys.columns);
      expect(fromDanfo(df).equals(kt)).toBe(true);
    }
  });

  it('turns dictionaries into a Series with an index and vectors into a Series', () => {
    const d = new Dictionary(K.symbol(['a', 'b']), K.long([1, 2]));
    const s = toDanfo(d);
    expect(s).toBeInstanceOf(Series);
    expect(fromDanfo(s).equals(d)).toBe(true);
    const v = K.minute([1, null, 3]);
    expect(fromDanfo(toDanfo(v)).equals(v)).toBe(true);
  });
});

describe('frames made elsewhere', () => {
  it('widens canonically without hints, preserving the values', () => {
    const t = everyType();
    const df = toDanfo(t);
    const plain = new DataFrame(df.values as unknown[][], {
      columns: df.columns,
      dtypes: df.dtypes as never,
    });
    const back = fromDanfoWithReport(plain).value as Table;
    const types = Object.fromEntries(back.columns.map((c, i) => [c, back.data[i]!.type]));
    expect(types).toMatchObject({
      b: 1,
      x: 7,
      h: 7,
      i: 7,
      j: 7,
      e: 9,
      f: 9,
      g: 11,
      c: 11,
      s: 11,
      p: 12,
      m: 12,
      d: 12,
      z: 12,
      n: 7,
      u: 7,
      v: 7,
      t: 7,
    });
    expect(column(back, 'x').toString()).toBe('0 255 128 1');
  });

  it('takes q types from options.meta', () => {
    const df = new DataFrame([[1, new Date(Date.UTC(2026, 10, 23)), 'a']], {
      columns: ['q', 'd', 'g'],
      dtypes: ['int32', 'datetime', 'string'],
    });
    const t = fromDanfo(df, { meta: { types: { q: 'h', d: 'd', g: 'C' } } }) as Table;
    expect(t.data.map((c) => c.type)).toEqual([5, 14, 0]);
    expect(t.toString()).toContain('2026.11.23');
  });

  it('reads a non-range index as a key column', () => {
    const df = new DataFrame([[1], [2]], { columns: ['v'], dtypes: ['int32'], index: ['x', 'y'] });
    const kt = fromDanfo(df);
    expect(kt).toBeInstanceOf(KeyedTable);
    expect((kt as KeyedTable).keys.toString()).toContain('index');
  });
});

describe('column names that shadow Danfo', () => {
  it('keeps ordinary API names and renames the ones that break Danfo, restoring them', () => {
    const names = [
      'size',
      'sum',
      'print',
      'loc',
      'columns',
      'values',
      'index',
      'shape',
      '$data',
      '',
      '1',
    ];
    const t = new Table(
      names,
      names.map((_, i) => K.long([i, i + 1])),
    );
    const out = toDanfoWithReport(t);
    const df = out.value;
    expect(df.columns).toEqual([
      'size',
      'sum',
      'print',
      'loc',
      'columns_',
      'values_',
      'index_',
      'shape_',
      '_$data',
      '',
      '1',
    ]);
    expect(out.report.filter((r) => r.kind === 'renamed').map((r) => r.column)).toEqual([
      'columns',
      'values',
      'index',
      'shape',
      '$data',
    ]);
    expect(df.shape).toEqual([2, names.length]);
    expect(() => df.toString()).not.toThrow();
    expect(fromDanfo(df).equals(t)).toBe(true);
  });

  it('names every column that breaks Danfo as reserved (each one fails without the rename)', () => {
    for (const name of [
      'columns',
      'values',
      'index',
      'shape',
      'dtypes',
      'toString',
      'head',
      '$data',
      '$columns',
    ]) {
      const df = new DataFrame([[1, 2]], { columns: [name, 'other'], dtypes: ['int32', 'int32'] });
      const works = (): boolean => {
        try {
          return (
            Array.isArray(df.columns) &&
            Array.isArray(df.shape) &&
            typeof df.toString() === 'string' &&
            df.head(1) !== undefined
          );
        } catch {
          return false;
        }
      };
      expect(works(), name).toBe(false);
    }
  });
});

describe('time zones', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
    vi.restoreAllMocks();
  });

  it('gives the same UTC dates under UTC and America/New_York', () => {
    const t = new Table(
      ['p', 'd', 'm'],
      [K.timestamp(['2020.01.01D00:00']), K.date(['2020.01.01']), K.month(['2020.01m'])],
    );
    process.env.TZ = 'UTC';
    const utc = (toDanfo(t).values as unknown[][])[0]!.map((d) => (d as Date).getTime());
    process.env.TZ = 'America/New_York';
    const ny = toDanfo(t);
    expect((ny.values as unknown[][])[0]!.map((d) => (d as Date).getTime())).toEqual(utc);
    expect(fromDanfo(ny).equals(t)).toBe(true);
  });
});

describe('loss policies', () => {
  afterEach(() => vi.restoreAllMocks());
  it('warns by default, keeps the report, and throws under throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = new Table(['j'], [new Vector(7, BigInt64Array.from([2n ** 60n + 1n]))]);
    const df = toDanfo(t);
    expect(warn).toHaveBeenCalledOnce();
    expect(lossReport(df)).toMatchObject([{ kind: 'precision', column: 'j' }]);
    expect(() => toDanfo(t, { onLossy: 'throw' })).toThrow(LossyConversionError);
  });

  it('refuses atoms and functions with a typed error', () => {
    expect(() => toDanfo(K.long(1))).toThrow(expect.objectContaining({ message: 'type' }));
    expect(() => fromDanfo({} as DataFrame)).toThrow(expect.objectContaining({ message: 'type' }));
  });
});
