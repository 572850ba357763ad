import { describe, expect, it } from 'vitest';
import { qerror } from '../test-support.js';
import {
  Dictionary,
  EnumVector,
  IDENTITY,
  K,
  KError,
  KeyedTable,
  Lambda,
  MixedList,
  QError,
  Table,
  Vector,
} from '../index.js';
import { toJS, type LossyConversion } from './to-js.js';

const Q_EPOCH_MS = Date.UTC(2000, 0, 1);

describe('toJS: atoms', () => {
  it('maps basic types', () => {
    expect(toJS(K.boolean(true))).toBe(true);
    expect(toJS(K.byte(255))).toBe(255);
    expect(toJS(K.short(-3))).toBe(-3);
    expect(toJS(K.int(7))).toBe(7);
    expect(toJS(K.long(2n ** 60n))).toBe(2n ** 60n);
    expect(toJS(K.real(1.5))).toBe(1.5);
    expect(toJS(K.float(0.1))).toBe(0.1);
    expect(toJS(K.char('a'))).toBe('a');
    expect(toJS(K.symbol('ibm'))).toBe('ibm');
    expect(toJS(K.guid('8c680a01-5a49-5aab-5a65-d4bfddb6a661'))).toBe(
      '8c680a01-5a49-5aab-5a65-d4bfddb6a661',
    );
  });

  it('turns nulls into null, never a valid-looking value', () => {
    for (const c of [
      K.short,
      K.int,
      K.long,
      K.real,
      K.float,
      K.symbol,
      K.guid,
      K.timestamp,
      K.month,
      K.date,
      K.datetime,
      K.timespan,
      K.minute,
      K.second,
      K.time,
    ]) {
      expect(toJS(c.null)).toBeNull();
    }
    // a char's null is a blank: text, not missing
    expect(toJS(K.char(' '))).toBe(' ');
  });

  it('gives raw nulls on request', () => {
    expect(toJS(K.long.null, { nulls: 'raw' })).toBe(-(2n ** 63n));
    expect(toJS(K.int.null, { nulls: 'raw' })).toBe(-2147483648);
    expect(toJS(K.float.null, { nulls: 'raw' })).toBeNaN();
    expect(toJS(K.symbol.null, { nulls: 'raw' })).toBe('');
  });

  it('turns infinities into ±Infinity for every output kind, or raw', () => {
    for (const temporal of ['date', 'bigint', 'string'] as const) {
      expect(toJS(K.timestamp.inf, { temporal })).toBe(Infinity);
      expect(toJS(K.timestamp.ninf, { temporal })).toBe(-Infinity);
      expect(toJS(K.date.inf, { temporal })).toBe(Infinity);
      expect(toJS(K.datetime.ninf, { temporal })).toBe(-Infinity);
      expect(toJS(K.timespan.inf, { temporal })).toBe(Infinity);
    }
    expect(toJS(K.long.inf)).toBe(Infinity);
    expect(toJS(K.short.ninf)).toBe(-Infinity);
    expect(toJS(K.long.inf, { infinities: 'raw' })).toBe(2n ** 63n - 1n);
    expect(toJS(K.int.inf, { infinities: 'raw' })).toBe(2147483647);
  });
});

describe('toJS: long as number', () => {
  it('converts safe values and raises domain beyond 2^53', () => {
    expect(toJS(K.long(42), { long: 'number' })).toBe(42);
    expect(toJS(K.long(2n ** 53n - 1n), { long: 'number' })).toBe(2 ** 53 - 1);
    expect(qerror(() => toJS(K.long(2n ** 53n + 1n), { long: 'number' })).message).toBe('domain');
  });

  it('reports instead of raising when onLossy is given', () => {
    const losses: LossyConversion[] = [];
    expect(toJS(K.long(2n ** 53n + 1n), { long: 'number', onLossy: (l) => losses.push(l) })).toBe(
      2 ** 53,
    );
    expect(losses.map((l) => l.kind)).toEqual(['long-precision']);
  });
});

describe('toJS: temporal', () => {
  const p = K.timestamp('2020.01.02D03:04:05.123456789');

  it('gives Dates by default, floored to the ms', () => {
    expect((toJS(p) as Date).toISOString()).toBe('2020-01-02T03:04:05.123Z');
    expect((toJS(K.timestamp.atom(-1n)) as Date).getTime()).toBe(Q_EPOCH_MS - 1);
    expect((toJS(K.date('2000.02.29')) as Date).toISOString()).toBe('2000-02-29T00:00:00.000Z');
  });

  it('reports or refuses dropped nanoseconds', () => {
    expect(qerror(() => toJS(p, { subMillisecond: 'throw' })).message).toBe('domain');
    expect(
      toJS(K.timestamp('2020.01.02D03:04:05.123'), { subMillisecond: 'throw' }),
    ).toBeInstanceOf(Date);
    const losses: LossyConversion[] = [];
    toJS(K.timestamp([p.value, 0n]), { onLossy: (l) => losses.push(l) });
    expect(losses).toHaveLength(1);
    expect(losses[0]?.kind).toBe('sub-millisecond');
  });

  it('gives exact epoch bigints and ISO text', () => {
    expect(toJS(p, { temporal: 'bigint' })).toBe(
      BigInt(Date.UTC(2020, 0, 2, 3, 4, 5)) * 1_000_000n + 123_456_789n,
    );
    expect(toJS(p, { temporal: 'string' })).toBe('2020-01-02T03:04:05.123456789Z');
    expect(toJS(K.month('2020.01m'), { temporal: 'string' })).toBe('2020-01');
  });

  it('gives durations as bigint ns (timespan) and ms (times of day) under the default', () => {
    expect(toJS(K.timespan('-0D00:00:01.5'))).toBe(-1_500_000_000n);
    expect(toJS(K.minute('12:30'))).toBe(750);
    expect(toJS(K.second('00:01:05'))).toBe(65);
    expect(K.minute(toJS(K.minute('12:30')) as number).equals(K.minute('12:30'))).toBe(true);
    expect(toJS(K.second('12:30:15'))).toBe(45_015);
    expect(toJS(K.time('12:30:15.123'))).toBe(45_015_123);
    expect(toJS(K.time('12:30:15.123'), { temporal: 'bigint' })).toBe(45_015_123_000_000n);
    expect(toJS(K.timespan('0D00:00:01.5'), { temporal: 'string' })).toBe('PT1.5S');
  });

  it('raises domain for dates beyond Date range instead of wrapping', () => {
    expect(qerror(() => toJS(K.date.atom(2_000_000_000))).message).toBe('domain');
    expect(toJS(K.date.atom(2_000_000_000), { temporal: 'bigint' })).toBe(
      (2_000_000_000n - -10957n) * 86_400_000_000_000n,
    );
  });
});

describe('toJS: vectors', () => {
  it('gives arrays with nulls as null', () => {
    expect(toJS(K.long([1n, null, 3n]))).toEqual([1n, null, 3n]);
    expect(toJS(K.float([1.5, null]))).toEqual([1.5, null]);
    expect(toJS(K.symbol(['a', null, 'b']))).toEqual(['a', null, 'b']);
    expect(toJS(K.boolean([true, false]))).toEqual([true, false]);
    expect(toJS(K.date(['2000.01.01', null]))).toEqual([new Date(Q_EPOCH_MS), null]);
  });

  it('gives TypedArray copies on request', () => {
    const v = K.float([1.5, 2.5]);
    const out = toJS(v, { vectors: 'typed' }) as Float64Array;
    expect(out).toEqual(new Float64Array([1.5, 2.5]));
    expect(out).not.toBe(v.data);
    expect(toJS(K.int([1, null]), { vectors: 'typed' })).toEqual(new Int32Array([1, -2147483648]));
    expect(toJS(K.long([1n, null, 2n ** 63n - 1n]), { vectors: 'typed', long: 'number' })).toEqual(
      new Float64Array([1, NaN, Infinity]),
    );
    expect(toJS(K.symbol(['a']), { vectors: 'typed' })).toEqual(['a']);
  });

  it('decodes q strings as UTF-8 ("Zürich" is 7 bytes in q) or latin1', () => {
    const bytes = new Uint8Array([0x5a, 0xc3, 0xbc, 0x72, 0x69, 0x63, 0x68]);
    expect(toJS(new Vector(10, bytes))).toBe('Zürich');
    expect(toJS(new Vector(10, bytes), { encoding: 'latin1' })).toBe('ZÃ¼rich');
    expect(toJS(K.string('abc'))).toBe('abc');
  });
});

describe('toJS: containers', () => {
  const t = new Table(['a', 'b'], [K.long([1n, 2n]), K.symbol(['x', 'y'])]);

  it('gives tables as records or columns', () => {
    expect(toJS(t)).toEqual([
      { a: 1n, b: 'x' },
      { a: 2n, b: 'y' },
    ]);
    expect(toJS(t, { table: 'columns' })).toEqual({ a: [1n, 2n], b: ['x', 'y'] });
    const chars = new Table(['c'], [K.string('ab')]);
    expect(toJS(chars, { table: 'columns' })).toEqual({ c: ['a', 'b'] });
  });

  it('gives keyed tables as 0!kt', () => {
    const kt = new KeyedTable(
      new Table(['k'], [K.symbol(['a', 'b'])]),
      new Table(['v'], [K.float([1, 2])]),
    );
    expect(toJS(kt)).toEqual([
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ]);
  });

  it('gives symbol-keyed dictionaries as objects, others as Maps', () => {
    expect(toJS(new Dictionary(K.symbol(['a', 'b']), K.long([1n, 2n])))).toEqual({ a: 1n, b: 2n });
    expect(toJS(new Dictionary(K.long([1n, 2n]), K.symbol(['x', 'y'])))).toEqual(
      new Map([
        [1n, 'x'],
        [2n, 'y'],
      ]),
    );
    const proto = toJS(new Dictionary(K.symbol(['__proto__']), K.long([1n]))) as Record<
      string,
      unknown
    >;
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });

  it('gives mixed lists as arrays, :: as null, lambdas as text, errors as QError values', () => {
    expect(toJS(new MixedList([K.long(1n), K.string('ab'), IDENTITY]))).toEqual([1n, 'ab', null]);
    const lambda = new Lambda('{x+y}');
    expect(toJS(lambda)).toBe(lambda.toString());
    const e = toJS(new KError('length'));
    expect(e).toBeInstanceOf(QError);
    expect((e as QError).message).toBe('length');
  });

  it('gives enumerations as their symbols', () => {
    expect(toJS(new EnumVector(20, 'sym', new BigInt64Array([1n, 0n]), ['a', 'b']))).toEqual([
      'b',
      'a',
    ]);
    expect(qerror(() => toJS(new EnumVector(20, 'sym', new BigInt64Array([1n])))).message).toBe(
      'domain',
    );
  });

  it('is what K#toJS calls', () => {
    expect(K.long([1n]).toJS({ long: 'number' })).toEqual([1]);
  });
});
