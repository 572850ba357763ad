import { describe, expect, it } from 'vitest';
import type { Atom } from '../atom.js';
import { K } from '../constructors.js';
import type { K as KValue } from '../k.js';
import { Dictionary } from '../dictionary.js';
import { MixedList } from '../list.js';
import { KeyedTable, Table } from '../table.js';
import { Lambda } from '../function.js';
import { cast } from './index.js';
import type { Vector } from '../vector.js';

/** Raw content of an atom or vector for comparisons in tests: the atom's value or the items. */
function raw(k: KValue): unknown {
  if (k.type < 0 && k.type > -20) return (k as Atom).value;
  if (k.type > 0 && k.type < 20) return Array.from((k as Vector).data as ArrayLike<unknown>);
  throw new Error(`not an atom or vector: type ${k.type}`);
}

/** Type and raw content together, so a failure shows both. */
function typed(k: KValue): { type: number; raw: unknown } {
  return { type: k.type, raw: raw(k) };
}

const DAY = 86_400_000_000_000n;
const QAN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789';
const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('docs/ref/cast.md, in order', () => {
  it('12 13 14 15 16 17 18 19h$42 reads 42 in each type', () => {
    expect(typed(cast(12, K.long.atom(42n)))).toEqual({ type: -12, raw: 42n });
    expect(typed(cast(13, K.long.atom(42n)))).toEqual({ type: -13, raw: 42 }); // 2003.07m
    expect(typed(cast(14, K.long.atom(42n)))).toEqual({ type: -14, raw: 42 }); // 2000.02.12
    expect(typed(cast(15, K.long.atom(42n)))).toEqual({ type: -15, raw: 42 }); // 2000.02.12T00:00:00.000
    expect(typed(cast(16, K.long.atom(42n)))).toEqual({ type: -16, raw: 42n });
    expect(typed(cast(17, K.long.atom(42n)))).toEqual({ type: -17, raw: 42 }); // 00:42
    expect(typed(cast(18, K.long.atom(42n)))).toEqual({ type: -18, raw: 42 }); // 00:00:42
    expect(typed(cast(19, K.long.atom(42n)))).toEqual({ type: -19, raw: 42 }); // 00:00:00.042
  });

  it('(12h;"m";`date)$42 43 44 casts item-wise by each target', () => {
    const x = K.long.vector(new BigInt64Array([42n, 43n, 44n]));
    expect(typed(cast(12, x))).toEqual({ type: 12, raw: [42n, 43n, 44n] });
    expect(typed(cast('m', x))).toEqual({ type: 13, raw: [42, 43, 44] });
    expect(typed(cast('date', x))).toEqual({ type: 14, raw: [42, 43, 44] });
  });

  it('"i"$10 is 10i, and so are (`int;"i";6h)$10', () => {
    for (const t of ['i', 'int', 6])
      expect(typed(cast(t, K.long.atom(10n)))).toEqual({ type: -6, raw: 10 });
  });

  it('`int$(neg\\)6.1 6.6 rounds to nearest: 6 7 and -6 -7', () => {
    expect(typed(cast('int', K.float.vector(new Float64Array([6.1, 6.6]))))).toEqual({
      type: 6,
      raw: [6, 7],
    });
    expect(typed(cast('int', K.float.vector(new Float64Array([-6.1, -6.6]))))).toEqual({
      type: 6,
      raw: [-6, -7],
    });
  });

  it('1h$(neg\\)1 0 2 is 101b both ways', () => {
    expect(typed(cast(1, K.long.vector(new BigInt64Array([1n, 0n, 2n]))))).toEqual({
      type: 1,
      raw: [1, 0, 1],
    });
    expect(typed(cast(1, K.long.vector(new BigInt64Array([-1n, 0n, -2n]))))).toEqual({
      type: 1,
      raw: [1, 0, 1],
    });
  });

  it('characters are cast to true: "b"$" ",.Q.an', () => {
    const r = cast('b', K.char.vector(bytes(' ' + QAN)));
    expect(typed(r)).toEqual({ type: 1, raw: new Array(64).fill(1) });
  });

  it('`hh`uu`ss$03:55:58.11 is 3 55 58i', () => {
    const t = K.time.atom(((3 * 60 + 55) * 60 + 58) * 1000 + 110);
    expect(['hh', 'uu', 'ss'].map((p) => typed(cast(p, t)))).toEqual([
      { type: -6, raw: 3 },
      { type: -6, raw: 55 },
      { type: -6, raw: 58 },
    ]);
  });

  it('`year`dd`mm`hh`uu`ss$2015.10.28D03:55:58 is 2015 28 10 3 55 58i', () => {
    const p = K.timestamp.atom(5779n * DAY + BigInt((3 * 60 + 55) * 60 + 58) * 1_000_000_000n);
    expect(
      ['year', 'dd', 'mm', 'hh', 'uu', 'ss'].map(
        (x) => (cast(x, p) as unknown as { value: number }).value,
      ),
    ).toEqual([2015, 28, 10, 3, 55, 58]);
  });

  it('identity: ("*";0h)$1 is 1 1', () => {
    const one = K.long.atom(1n);
    expect(cast('*', one)).toBe(one);
    expect(cast(0, one)).toBe(one);
  });

  it('casting an infinity wider gives a finite value: `float$0Wh is 32767f', () => {
    expect(typed(cast('float', K.short.inf))).toEqual({ type: -9, raw: 32767 });
  });
});

describe('docs/basics/datatypes.md', () => {
  it('"j"$noon casts a dictionary value-wise: 720 43200 43200000000000', () => {
    const noon = new Dictionary(
      K.symbol(['minutes', 'seconds', 'nanoseconds']),
      new MixedList([
        K.minute.atom(720),
        K.second.atom(43200),
        K.timespan.atom(43_200_000_000_000n),
      ]),
    );
    const r = cast('j', noon) as Dictionary;
    expect(r.keys).toBe(noon.keys);
    expect(typed(r.values)).toEqual({ type: 7, raw: [720n, 43200n, 43_200_000_000_000n] });
  });

  it('`timestamp$1666.09.02 is -0Wp: out of range becomes the infinity', () => {
    expect(typed(cast('timestamp', K.date.atom(-121746)))).toEqual({
      type: -12,
      raw: -0x7fffffffffffffffn,
    });
  });

  it('"z"$0001.01.01-1 keeps the day count as float days', () => {
    expect(typed(cast('z', K.date.atom(-730119 - 1)))).toEqual({ type: -15, raw: -730120 });
  });

  it('`float$0Wj is 9.223372e+18 and `float$0Wi is 2.147484e+09', () => {
    expect(typed(cast('float', K.long.inf))).toEqual({ type: -9, raw: 2 ** 63 });
    expect(typed(cast('float', K.int.inf))).toEqual({ type: -9, raw: 2147483647 });
  });

  it('s:`$"hello world" makes a symbol with a blank', () => {
    expect(typed(cast('', K.string('hello world')))).toEqual({ type: -11, raw: 'hello world' });
  });
});

describe('other pages of the q reference', () => {
  it('ref/abs.md: "j"$1999.01.01 2000.12.31 is -365 365', () => {
    expect(typed(cast('j', K.date.vector(new Int32Array([-365, 365]))))).toEqual({
      type: 7,
      raw: [-365n, 365n],
    });
  });

  it('ref/divide.md: "i"$2010.01.01 2005.01.01 is 3653 1827i', () => {
    expect(typed(cast('i', K.date.vector(new Int32Array([3653, 1827]))))).toEqual({
      type: 6,
      raw: [3653, 1827],
    });
  });

  it('ref/ceiling.md: "d"$23:59:59.999+2010.05.13T12:30:59.999 is 2010.05.14', () => {
    const ms = (12 * 3600 + 30 * 60 + 59) * 1000 + 999 + (23 * 3600 + 59 * 60 + 59) * 1000 + 999;
    expect(typed(cast('d', K.datetime.atom(3785 + ms / 86_400_000)))).toEqual({
      type: -14,
      raw: 3786,
    });
  });

  it('ref/xbar.md: `month$2019.11.19, then `date$ of 2019.10m and 2020.01m', () => {
    expect(typed(cast('month', K.date.atom(7262)))).toEqual({ type: -13, raw: 19 * 12 + 10 });
    expect(typed(cast('date', K.month.atom(19 * 12 + 9)))).toEqual({ type: -14, raw: 7213 });
    expect(typed(cast('date', K.month.atom(20 * 12)))).toEqual({ type: -14, raw: 7305 });
  });

  it('kb/unicode.md: `char$50 43 51 is "2+3"', () => {
    expect(typed(cast('char', K.long.vector(new BigInt64Array([50n, 43n, 51n]))))).toEqual({
      type: 10,
      raw: [50, 43, 51],
    });
  });

  it('ref/dotq.md: 10h$ of bytes is a string', () => {
    expect(typed(cast(10, K.byte.vector(bytes('hello'))))).toEqual({
      type: 10,
      raw: Array.from(bytes('hello')),
    });
  });

  it('ref/sv.md: "x"$til 6 is 0x000102030405', () => {
    const til6 = K.long.vector(new BigInt64Array([0n, 1n, 2n, 3n, 4n, 5n]));
    expect(typed(cast('x', til6))).toEqual({ type: 4, raw: [0, 1, 2, 3, 4, 5] });
  });

  it('learn/python/examples: "j"$sqrt 25 is 5', () => {
    expect(typed(cast('j', K.float.atom(5)))).toEqual({ type: -7, raw: 5n });
  });

  it('ref/tok.md: `$"hello" and `$"   IBM   " trims blanks', () => {
    expect(typed(cast('', K.string('hello')))).toEqual({ type: -11, raw: 'hello' });
    expect(typed(cast('', K.string('   IBM   ')))).toEqual({ type: -11, raw: 'IBM' });
  });

  it('learn/reading/fizzbuzz.md: `$string x makes symbols of a list of strings', () => {
    const r = cast('', new MixedList([K.string('1'), K.string('2'), K.string('10')]));
    expect(typed(r)).toEqual({ type: 11, raw: ['1', '2', '10'] });
  });
});

describe('numeric casts: rounding, nulls, infinities, overflow', () => {
  it('floats round half away from zero', () => {
    const x = K.float.vector(new Float64Array([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1.4999, -1.4999]));
    expect(typed(cast('j', x))).toEqual({ type: 7, raw: [1n, 2n, 3n, -1n, -2n, -3n, 1n, -1n] });
    expect(typed(cast('h', K.real.atom(2.5)))).toEqual({ type: -5, raw: 3 });
  });

  it('nulls stay nulls between integer and float types', () => {
    expect(typed(cast('long', K.int.null))).toEqual({ type: -7, raw: -0x8000000000000000n });
    expect(typed(cast('int', K.long.null))).toEqual({ type: -6, raw: -0x80000000 });
    expect(typed(cast('short', K.int.null))).toEqual({ type: -5, raw: -0x8000 });
    expect(typed(cast('float', K.short.null)).raw).toBeNaN();
    expect(typed(cast('real', K.long.null)).raw).toBeNaN();
    expect(typed(cast('long', K.float.null))).toEqual({ type: -7, raw: -0x8000000000000000n });
    expect(typed(cast('int', K.real.null))).toEqual({ type: -6, raw: -0x80000000 });
  });

  it('narrowing clamps to the infinities: `int$0Wj is 0Wi', () => {
    expect(typed(cast('int', K.long.inf))).toEqual({ type: -6, raw: 0x7fffffff });
    expect(typed(cast('int', K.long.ninf))).toEqual({ type: -6, raw: -0x7fffffff });
    expect(typed(cast('int', K.long.atom(3_000_000_000n)))).toEqual({ type: -6, raw: 0x7fffffff });
    expect(typed(cast('short', K.long.atom(70000n)))).toEqual({ type: -5, raw: 0x7fff });
    expect(typed(cast('short', K.int.atom(-70000)))).toEqual({ type: -5, raw: -0x7fff });
    expect(typed(cast('short', K.int.inf))).toEqual({ type: -5, raw: 0x7fff });
  });

  it('float infinities and out-of-range floats map to the integer infinities', () => {
    expect(typed(cast('long', K.float.inf))).toEqual({ type: -7, raw: 0x7fffffffffffffffn });
    expect(typed(cast('long', K.float.ninf))).toEqual({ type: -7, raw: -0x7fffffffffffffffn });
    expect(typed(cast('int', K.float.atom(1e20)))).toEqual({ type: -6, raw: 0x7fffffff });
    expect(typed(cast('long', K.float.atom(-1e300)))).toEqual({
      type: -7,
      raw: -0x7fffffffffffffffn,
    });
    expect(typed(cast('real', K.float.inf))).toEqual({ type: -8, raw: Infinity });
  });

  it('widening keeps values, long to float may round', () => {
    expect(typed(cast('long', K.int.inf))).toEqual({ type: -7, raw: 2147483647n });
    expect(typed(cast('long', K.short.atom(-5)))).toEqual({ type: -7, raw: -5n });
    expect(typed(cast('float', K.real.atom(Math.fround(0.1))))).toEqual({
      type: -9,
      raw: Math.fround(0.1),
    });
    expect(typed(cast('real', K.float.atom(0.1)))).toEqual({ type: -8, raw: Math.fround(0.1) });
  });

  it('boolean is 1b for any nonzero item, nulls included', () => {
    expect(typed(cast('boolean', K.float.vector(new Float64Array([0, 0.5, -1]))))).toEqual({
      type: 1,
      raw: [0, 1, 1],
    });
    expect(typed(cast('boolean', K.long.null))).toEqual({ type: -1, raw: 1 });
    expect(typed(cast('boolean', K.date.atom(0)))).toEqual({ type: -1, raw: 0 });
  });

  it('byte and char keep the low 8 bits', () => {
    const x = K.long.vector(new BigInt64Array([255n, 256n, -1n, -0x8000000000000000n]));
    expect(typed(cast('byte', x))).toEqual({ type: 4, raw: [255, 0, 255, 0] });
    expect(typed(cast('x', K.float.atom(1.7)))).toEqual({ type: -4, raw: 2 });
    expect(typed(cast('x', K.short.atom(-2)))).toEqual({ type: -4, raw: 254 });
    expect(typed(cast('c', K.int.atom(65 + 256)))).toEqual({ type: -10, raw: 65 });
  });

  it('chars are their codes, booleans 0 or 1', () => {
    expect(typed(cast('j', K.char('a')))).toEqual({ type: -7, raw: 97n });
    expect(typed(cast('j', K.string('12')))).toEqual({ type: 7, raw: [49n, 50n] });
    expect(typed(cast('f', K.char('a')))).toEqual({ type: -9, raw: 97 });
    expect(typed(cast('i', K.char(' ')))).toEqual({ type: -6, raw: 32 });
    expect(typed(cast('c', K.boolean(true)))).toEqual({ type: -10, raw: 1 });
    expect(typed(cast('j', K.byte.atom(0x41)))).toEqual({ type: -7, raw: 65n });
  });

  it('same type is the value itself; empty vectors keep their new type', () => {
    const x = K.long.vector(new BigInt64Array([1n]));
    expect(cast('j', x)).toBe(x);
    expect(typed(cast('j', K.int.empty))).toEqual({ type: 7, raw: [] });
    expect(typed(cast('symbol', K.symbol.empty))).toEqual({ type: 11, raw: [] });
  });

  it("q's 'type for casts between symbols, guids and numbers", () => {
    expect(() => cast('long', K.symbol('a'))).toThrow('type');
    expect(() => cast('', K.long.atom(1n))).toThrow('type');
    expect(() => cast('j', K.guid.null)).toThrow('type');
    expect(() => cast('g', K.long.atom(1n))).toThrow('type');
    expect(() => cast('c', K.symbol('a'))).toThrow('type');
  });
});

describe('temporal casts', () => {
  it('timestamp to date floors, before 2000 too', () => {
    expect(typed(cast('date', K.timestamp.atom(DAY / 2n)))).toEqual({ type: -14, raw: 0 });
    expect(typed(cast('date', K.timestamp.atom(-DAY / 2n)))).toEqual({ type: -14, raw: -1 });
    expect(typed(cast('date', K.timestamp.atom(-DAY)))).toEqual({ type: -14, raw: -1 });
  });

  it('date to timestamp and datetime is midnight', () => {
    expect(typed(cast('p', K.date.atom(1)))).toEqual({ type: -12, raw: DAY });
    expect(typed(cast('z', K.date.atom(-3)))).toEqual({ type: -15, raw: -3 });
  });

  it('month <-> date: first of the month; month of a day', () => {
    expect(typed(cast('d', K.month.atom(2)))).toEqual({ type: -14, raw: 60 }); // 2000.03.01
    expect(typed(cast('m', K.date.atom(74)))).toEqual({ type: -13, raw: 2 }); // 2000.03.15
    expect(typed(cast('m', K.date.atom(-1)))).toEqual({ type: -13, raw: -1 }); // 1999.12m
    expect(typed(cast('p', K.month.atom(1)))).toEqual({ type: -12, raw: 31n * DAY });
    expect(typed(cast('m', K.timestamp.atom(-1n)))).toEqual({ type: -13, raw: -1 });
  });

  it('datetime <-> timestamp', () => {
    expect(typed(cast('z', K.timestamp.atom(DAY + DAY / 2n)))).toEqual({ type: -15, raw: 1.5 });
    expect(typed(cast('p', K.datetime.atom(1.5)))).toEqual({ type: -12, raw: DAY + DAY / 2n });
    // 2000.01.01T12:00:00.001 is a float that is not exact; the timestamp is.
    expect(typed(cast('p', K.datetime.atom(43_200_001 / 86_400_000)))).toEqual({
      type: -12,
      raw: 43_200_001_000_000n,
    });
    expect(typed(cast('d', K.datetime.atom(-0.25)))).toEqual({ type: -14, raw: -1 });
  });

  it('timestamp and datetime give their time of day to clock types', () => {
    const p = K.timestamp.atom(3n * DAY + 43_200_001_002_003n);
    expect(typed(cast('t', p))).toEqual({ type: -19, raw: 43_200_001 });
    expect(typed(cast('u', p))).toEqual({ type: -17, raw: 720 });
    expect(typed(cast('v', p))).toEqual({ type: -18, raw: 43_200 });
    expect(typed(cast('n', p))).toEqual({ type: -16, raw: 43_200_001_002_003n });
    expect(typed(cast('t', K.timestamp.atom(-1n)))).toEqual({ type: -19, raw: 86_399_999 });
    expect(typed(cast('t', K.datetime.atom(43_200_001 / 86_400_000)))).toEqual({
      type: -19,
      raw: 43_200_001,
    });
    expect(typed(cast('v', K.datetime.atom(-0.25)))).toEqual({ type: -18, raw: 64_800 });
  });

  it('clock types convert by unit, truncating to the coarser one', () => {
    expect(typed(cast('minute', K.time.atom(45_296_789)))).toEqual({ type: -17, raw: 754 }); // 12:34:56.789
    expect(typed(cast('second', K.time.atom(45_296_789)))).toEqual({ type: -18, raw: 45_296 });
    expect(typed(cast('second', K.minute.atom(754)))).toEqual({ type: -18, raw: 45_240 });
    expect(typed(cast('timespan', K.minute.atom(754)))).toEqual({
      type: -16,
      raw: 45_240_000_000_000n,
    });
    expect(typed(cast('time', K.timespan.atom(45_296_123_456_789n)))).toEqual({
      type: -19,
      raw: 45_296_123,
    });
    expect(typed(cast('minute', K.second.atom(45_296)))).toEqual({ type: -17, raw: 754 });
  });

  it('nulls and infinities map to the target type', () => {
    expect(typed(cast('date', K.timestamp.null))).toEqual({ type: -14, raw: -0x80000000 });
    expect(typed(cast('date', K.timestamp.inf))).toEqual({ type: -14, raw: 0x7fffffff });
    expect(typed(cast('timestamp', K.date.ninf))).toEqual({ type: -12, raw: -0x7fffffffffffffffn });
    expect(typed(cast('second', K.minute.inf))).toEqual({ type: -18, raw: 0x7fffffff });
    expect(typed(cast('timestamp', K.datetime.null))).toEqual({
      type: -12,
      raw: -0x8000000000000000n,
    });
    expect(typed(cast('time', K.datetime.inf))).toEqual({ type: -19, raw: 0x7fffffff });
    expect(typed(cast('datetime', K.date.null)).raw).toBeNaN();
  });

  it('results beyond the range become infinities', () => {
    expect(typed(cast('second', K.minute.atom(40_000_000)))).toEqual({
      type: -18,
      raw: 0x7fffffff,
    });
    expect(typed(cast('p', K.date.atom(200_000)))).toEqual({ type: -12, raw: 0x7fffffffffffffffn });
  });

  it('numbers read as counts: `date$1.5 rounds, "j"$ of temporal is the count', () => {
    expect(typed(cast('date', K.float.atom(1.5)))).toEqual({ type: -14, raw: 2 });
    expect(typed(cast('timestamp', K.float.atom(1.5)))).toEqual({ type: -12, raw: 2n });
    expect(typed(cast('date', K.long.atom(1n)))).toEqual({ type: -14, raw: 1 });
    expect(typed(cast('j', K.date.atom(1)))).toEqual({ type: -7, raw: 1n }); // "j"$2000.01.02
    expect(typed(cast('f', K.timestamp.atom(5n)))).toEqual({ type: -9, raw: 5 });
    expect(typed(cast('j', K.date.null))).toEqual({ type: -7, raw: -0x8000000000000000n });
    expect(typed(cast('i', K.timestamp.inf))).toEqual({ type: -6, raw: 0x7fffffff });
  });

  it("q's 'type between calendar and clock types, and chars", () => {
    expect(() => cast('date', K.time.atom(0))).toThrow('type'); // `date$12:00
    expect(() => cast('minute', K.date.atom(0))).toThrow('type');
    expect(() => cast('time', K.month.atom(0))).toThrow('type');
    expect(() => cast('timestamp', K.timespan.atom(0n))).toThrow('type');
    expect(() => cast('c', K.date.atom(0))).toThrow('type');
    expect(() => cast('d', K.char('a'))).toThrow('type');
  });

  it('parts: year and mm of a month; dd of a date; no hh of a date', () => {
    expect(typed(cast('year', K.month.atom(-1)))).toEqual({ type: -6, raw: 1999 });
    expect(typed(cast('mm', K.month.atom(-1)))).toEqual({ type: -6, raw: 12 });
    expect(typed(cast('dd', K.date.vector(new Int32Array([0, 59, -0x80000000]))))).toEqual({
      type: 6,
      raw: [1, 29, -0x80000000],
    });
    expect(typed(cast('hh', K.timespan.atom(25n * 3_600_000_000_000n)))).toEqual({
      type: -6,
      raw: 25,
    });
    expect(() => cast('hh', K.date.atom(0))).toThrow('type');
    expect(() => cast('dd', K.month.atom(0))).toThrow('type');
    expect(() => cast('year', K.long.atom(0n))).toThrow('type');
  });
});

describe('general lists, dictionaries and tables', () => {
  it('a general list casts item-wise and collapses to a vector', () => {
    expect(typed(cast('long', new MixedList([K.long.atom(1n), K.float.atom(2.5)])))).toEqual({
      type: 7,
      raw: [1n, 3n],
    });
    const r = cast(
      'long',
      new MixedList([K.int.vector(new Int32Array([1, 2])), K.float.atom(3)]),
    ) as MixedList;
    expect(r.type).toBe(0);
    expect(r.items.map(typed)).toEqual([
      { type: 7, raw: [1n, 2n] },
      { type: -7, raw: 3n },
    ]);
    expect(typed(cast('j', new MixedList([])))).toEqual({ type: 7, raw: [] });
  });

  it('strings in a general list become symbols; nested lists stay nested', () => {
    expect(typed(cast('s', new MixedList([K.string('ab'), K.char('c')])))).toEqual({
      type: 11,
      raw: ['ab', 'c'],
    });
    const r = cast(
      's',
      new MixedList([new MixedList([K.string('a'), K.string('b')]), K.string('c')]),
    ) as MixedList;
    expect(r.items.map(typed)).toEqual([
      { type: 11, raw: ['a', 'b'] },
      { type: -11, raw: 'c' },
    ]);
  });

  it('a dictionary casts its values and keeps its keys and sortedness', () => {
    const d = new Dictionary(
      K.symbol(['a', 'b']),
      K.float.vector(new Float64Array([1.5, -2.5])),
      true,
    );
    const r = cast('j', d) as Dictionary;
    expect(r.type).toBe(127);
    expect(typed(r.values)).toEqual({ type: 7, raw: [2n, -3n] });
  });

  it('a table casts every column; a keyed table its value columns', () => {
    const t = new Table(
      ['a', 'b'],
      [K.long.vector(new BigInt64Array([1n, 2n])), K.int.vector(new Int32Array([3, 4]))],
    );
    const r = cast('f', t) as Table;
    expect(r.type).toBe(98);
    expect(r.columns).toEqual(['a', 'b']);
    expect(r.data.map(typed)).toEqual([
      { type: 9, raw: [1, 2] },
      { type: 9, raw: [3, 4] },
    ]);
    const kt = new KeyedTable(new Table(['k'], [K.symbol(['x', 'y'])]), t);
    const rk = cast('f', kt) as KeyedTable;
    expect(rk).toBeInstanceOf(KeyedTable);
    expect(rk.keys).toBe(kt.keys);
    expect((rk.values as Table).data.map(typed)[1]).toEqual({ type: 9, raw: [3, 4] });
  });

  it('functions do not cast', () => {
    expect(() => cast('j', new Lambda('{x}'))).toThrow('type');
  });
});

describe('targets', () => {
  it('names, chars and numbers name the same cast', () => {
    for (const t of ['long', 'j', 7])
      expect(typed(cast(t, K.int.atom(1)))).toEqual({ type: -7, raw: 1n });
    for (const t of ['', 's', 'symbol', 11])
      expect(typed(cast(t, K.char('a')))).toEqual({ type: -11, raw: 'a' });
  });

  it('upper-case chars and negative numbers are Tok', () => {
    expect(typed(cast('J', K.string('42')))).toEqual({ type: -7, raw: 42n });
    expect(typed(cast(-8, K.string('3.14')))).toEqual({ type: -8, raw: Math.fround(3.14) });
  });

  it("unknown targets are 'type", () => {
    for (const t of ['q', 'Q', 'xyz', 3, -3, 20, 1.5, ' '])
      expect(() => cast(t, K.long.atom(1n))).toThrow('type');
  });
});

describe('symbols from UTF-8 strings', () => {
  it('decode the bytes as UTF-8 (kdb+ fixtures: `$"你好" is the symbol 你好)', () => {
    expect((cast('symbol', K.string('你好')) as Atom<11>).value).toBe('你好');
    expect((cast('', K.string('  9ỹT ')) as Atom<11>).value).toBe('9ỹT');
  });
});

describe('narrowing beyond the target range (cast.md, and `short$ of big floats)', () => {
  it('a long above the int infinity casts to the byte 0xff', () => {
    const w = 2147483647n;
    expect(
      cast('x', K.long.vector(BigInt64Array.from([w - 2n, w - 1n, w, w + 1n, w + 2n]))).toString(),
    ).toBe('0xfdfeffffff');
  });
  it('integers and floats beyond a narrower type hold at its infinity', () => {
    expect(cast('short', K.float(2 ** 20 - 1)).toString()).toBe('32767h');
    expect(cast('short', K.long.inf).toString()).toBe('32767h');
  });
});
