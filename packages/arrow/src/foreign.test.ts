/**
 * Arrow data qts did not write (adapters-mapping §7, items 8-10, 12-13): the structural
 * mapping, sentinel collisions, nested types, sliced and chunked input, and the loss policies.
 */
import {
  Binary,
  DateMillisecond,
  Decimal,
  DurationMicrosecond,
  DurationMillisecond,
  Field,
  Float16,
  Float64,
  Int16,
  Int64,
  Int8,
  IntervalMonthDayNano,
  IntervalYearMonth,
  LargeUtf8,
  List,
  Map_,
  Null,
  Struct,
  TimeMicrosecond,
  TimeSecond,
  TimestampMicrosecond,
  TimestampSecond,
  Uint16,
  Uint32,
  Uint64,
  Utf8,
  makeData,
  makeVector,
  tableFromIPC,
  tableToIPC,
  Table as ArrowTable,
  vectorFromArray,
  type DataType,
  type Vector as ArrowVector,
} from 'apache-arrow';
import { Dictionary, IDENTITY, K, MixedList, Table, Vector, type K as KValue } from '@qts/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LossyConversionError,
  type FromArrowOptions,
  fromArrow,
  fromArrowWithReport,
  lossReport,
  toArrow,
  toArrowWithReport,
} from './index.js';

const q = (v: ArrowVector, options: FromArrowOptions = {}) => fromArrowWithReport(v, options);
const text = (k: KValue) => k.toString();

describe('foreign numeric types', () => {
  it('widens int8, uint16 and uint32 to short, int and long', () => {
    expect(text(q(vectorFromArray([-128, null, 5], new Int8())).value)).toBe('-128 0N 5h');
    expect(text(q(vectorFromArray([65535, 0], new Uint16())).value)).toBe('65535 0i');
    expect(text(q(vectorFromArray([4294967295, null], new Uint32())).value)).toBe('4294967295 0N');
  });

  it('checks uint64 above the largest long: error, clamp or float', () => {
    const big = vectorFromArray([1n, 2n ** 64n - 1n], new Uint64());
    expect(() => q(big)).toThrow(expect.objectContaining({ message: 'domain' }));
    const clamp = q(big, { uint64: 'clamp' });
    expect(text(clamp.value)).toBe('1 9223372036854775806');
    expect(clamp.report).toMatchObject([{ kind: 'range', count: 1 }]);
    const float = q(big, { uint64: 'float' });
    expect(float.value.type).toBe(9);
    expect(float.report).toMatchObject([{ kind: 'precision', count: 1 }]);
  });

  it('decodes float16 bits', () => {
    expect(text(q(vectorFromArray([1.5, null, -2], new Float16())).value)).toBe('1.5 0N -2e');
  });

  it('reads decimals as floats (inexact ones reported) or exact strings', () => {
    const words = new Uint32Array([
      12345, 0, 0, 0, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 1, 0, 0x100000, 0,
    ]);
    const dec = makeVector(makeData({ type: new Decimal(2, 38, 128), data: words, length: 3 }));
    const f = q(dec);
    expect(Array.from((f.value as Vector<9>).data).slice(0, 2)).toEqual([123.45, -0.01]);
    expect(f.report).toMatchObject([{ kind: 'precision', count: 1 }]);
    const s = q(dec, { decimal: 'string' }).value as MixedList;
    const third = 2n ** 84n + 1n;
    const thirdText = `${third / 100n}.${String(third % 100n).padStart(2, '0')}`;
    expect(s.items.map((x) => new TextDecoder().decode((x as Vector<10>).data))).toEqual([
      '123.45',
      '-0.01',
      thirdText,
    ]);
  });

  it('reports valid values that collide with q sentinels', () => {
    const r = q(vectorFromArray([-(2n ** 63n), 2n ** 63n - 1n, 1n], new Int64()));
    expect(r.report).toMatchObject([
      { kind: 'null-collision', count: 1 },
      { kind: 'infinity', count: 1 },
    ]);
    const nan = q(makeVector(new Float64Array([NaN, 1])));
    expect(nan.report).toMatchObject([{ kind: 'null-collision', count: 1 }]);
    expect(q(vectorFromArray([-32768], new Int16())).report).toMatchObject([
      { kind: 'null-collision' },
    ]);
  });
});

describe('foreign strings and binaries', () => {
  it('reads large_utf8 as symbols, null and "" collapsing (reported)', () => {
    const r = q(vectorFromArray(['a', null, ''], new LargeUtf8()));
    expect(text(r.value)).toBe('`a``');
    expect(r.report).toMatchObject([{ kind: 'null-collision', count: 1 }]);
    expect(text(q(vectorFromArray(['ab', 'c'], new Utf8()), { utf8: 'string' }).value)).toBe(
      '"ab"\n,"c"',
    );
  });

  it('reads binary as byte lists, nulls as empty lists (reported)', () => {
    const r = q(vectorFromArray([Uint8Array.from([1, 2]), null], new Binary()));
    expect((r.value as MixedList).items.map(text)).toEqual(['0x0102', '`byte$()']);
    expect(r.report).toMatchObject([{ kind: 'null-dropped', count: 1 }]);
  });
});

describe('foreign temporal types', () => {
  it('reads date64 as dates when whole days, else as timestamps', () => {
    expect(
      text(q(vectorFromArray([new Date(Date.UTC(2026, 10, 23))], new DateMillisecond())).value),
    ).toBe(',2026.11.23');
    expect(
      text(q(vectorFromArray([new Date(Date.UTC(2026, 10, 23, 1))], new DateMillisecond())).value),
    ).toBe(',2026.11.23D01:00:00.000000000');
  });

  it('reads timestamps in s/us with a time zone as UTC instants, the zone reported', () => {
    const sec = makeVector(
      makeData({ type: new TimestampSecond('America/New_York'), data: BigInt64Array.from([0n]) }),
    );
    const r = q(sec);
    expect(text(r.value)).toBe(',1970.01.01D00:00:00.000000000');
    expect(r.report).toMatchObject([{ kind: 'tz-dropped', sample: 'America/New_York' }]);
    const us = makeVector(
      makeData({
        type: new TimestampMicrosecond(),
        data: BigInt64Array.from([946_684_800_000_001n]),
      }),
    );
    expect(text(q(us).value)).toBe(',2000.01.01D00:00:00.000001000');
  });

  it('reads times and durations in every unit', () => {
    expect(
      text(q(makeVector(makeData({ type: new TimeSecond(), data: Int32Array.from([61]) }))).value),
    ).toBe(',00:01:01');
    expect(
      text(
        q(makeVector(makeData({ type: new TimeMicrosecond(), data: BigInt64Array.from([1n]) })))
          .value,
      ),
    ).toBe(',0D00:00:00.000001000');
    expect(
      text(
        q(makeVector(makeData({ type: new DurationMillisecond(), data: BigInt64Array.from([1n]) })))
          .value,
      ),
    ).toBe(',0D00:00:00.001000000');
    expect(
      text(
        q(
          makeVector(
            makeData({ type: new DurationMicrosecond(), data: BigInt64Array.from([-1n]) }),
          ),
        ).value,
      ),
    ).toBe(',-0D00:00:00.000001000');
  });

  it('reads year-month intervals as months (reported) and refuses month-day-nano', () => {
    const ym = q(
      makeVector(makeData({ type: new IntervalYearMonth(), data: Int32Array.from([14]) })),
    );
    expect(text(ym.value)).toBe(',2001.03m');
    expect(ym.report).toMatchObject([{ kind: 'type-changed' }]);
    const mdn = makeVector(
      makeData({ type: new IntervalMonthDayNano(), data: new Int32Array(4), length: 1 }),
    );
    expect(() => q(mdn)).toThrow(expect.objectContaining({ message: 'type' }));
  });

  it('reads the Null type as a list of ::', () => {
    const r = q(makeVector(makeData({ type: new Null(), length: 2 }))).value as MixedList;
    expect(r.items).toEqual([IDENTITY, IDENTITY]);
  });
});

describe('nested types', () => {
  it('reads List<Int64> with empty and null entries, and List<Utf8>', () => {
    const r = q(
      vectorFromArray([[1n, 2n], [], null], new List(new Field('item', new Int64(), true))),
    );
    expect((r.value as MixedList).items.map(text)).toEqual(['1 2', '`long$()', '`long$()']);
    expect(r.report).toMatchObject([{ kind: 'null-dropped', count: 1 }]);
    const s = q(vectorFromArray([['a', null]], new List(new Field('item', new Utf8(), true))))
      .value as MixedList;
    expect(text(s.items[0]!)).toBe('`a`');
  });

  it('round-trips nested q lists, List<List<float>> and mixed lists as a DenseUnion', () => {
    const mixed = new MixedList([
      K.long(1),
      K.symbol('s'),
      K.string('C'),
      K.float([1, 2]),
      IDENTITY,
    ]);
    const t = new Table(
      ['jj', 'ff', 'mixed'],
      [
        new MixedList([K.long([1, 2]), K.long([]), K.long([3]), K.long([4]), K.long([])]),
        new MixedList([
          new MixedList([K.float([1.5]), K.float([])]),
          new MixedList([K.float([2])]),
          new MixedList([K.float([3])]),
          new MixedList([K.float([])]),
          new MixedList([K.float([4, 5])]),
        ]),
        mixed,
      ],
    );
    const arrow = toArrowWithReport(t).value;
    expect(String(arrow.schema.fields[0]!.type)).toBe('List<Int64>');
    expect(String(arrow.schema.fields[2]!.type)).toMatch(/^Union/);
    for (const via of [arrow, tableFromIPC(tableToIPC(arrow, 'stream'))]) {
      expect(fromArrowWithReport(via).value.equals(t)).toBe(true);
    }
    expect(fromArrowWithReport(toArrowWithReport(mixed).value).value.equals(mixed)).toBe(true);
  });

  it('flattens structs into parent.child columns, or reads them as dictionaries', () => {
    const struct = new Struct([new Field('a', new Int64()), new Field('b', new Utf8())]);
    const rows = vectorFromArray(
      [
        { a: 1n, b: 'x' },
        { a: 2n, b: 'y' },
      ],
      struct,
    );
    const withStruct = new ArrowTable({ id: makeVector(Int32Array.from([1, 2])), s: rows });
    const flat = fromArrowWithReport(withStruct).value as Table;
    expect(flat.columns).toEqual(['id', 's.a', 's.b']);
    const dicts = fromArrowWithReport(withStruct, { struct: 'dicts' }).value as Table;
    expect((dicts.data[1] as MixedList).items[0]).toBeInstanceOf(Dictionary);
    expect(fromArrowWithReport(rows).value).toBeInstanceOf(Table);
  });

  it('reads maps as dictionaries', () => {
    const entries = new Struct([
      new Field('key', new Utf8(), false),
      new Field('value', new Float64()),
    ]);
    const map = new Map_(
      new Field('entries', entries) as Field<Struct<{ key: Utf8; value: Float64 }>>,
    );
    const v = vectorFromArray([new Map([['a', 1]])], map as DataType);
    const r = fromArrowWithReport(v).value as MixedList;
    expect(text(r.items[0]!)).toBe('a| 1');
  });
});

describe('input layouts', () => {
  it('reads sliced and multi-chunk vectors like the whole', () => {
    const whole = K.long([1, null, 3, 4, null, 6, 7, 8, 9]);
    const arrow = toArrowWithReport(whole).value;
    expect(text(fromArrowWithReport(arrow.slice(1, 6)).value)).toBe(text(whole.slice(1, 6)));
    const chunked = arrow.slice(0, 4).concat(arrow.slice(4));
    expect(chunked.data.length).toBe(2);
    expect(fromArrowWithReport(chunked).value.equals(whole)).toBe(true);
    const ts = toArrowWithReport(
      K.timestamp(['2026.01.01D00:00:00.000000001', null, '2026.01.02']),
    ).value;
    expect(text(fromArrowWithReport(ts.slice(1)).value)).toBe('0N 2026.01.02D00:00:00.000000000');
  });

  it('never writes a bitmap with nullCount 0', () => {
    const arrow = toArrowWithReport(K.long([1, 2])).value;
    expect(arrow.data[0]!.nullBitmap?.length ?? 0).toBe(0);
  });
});

describe('loss policies', () => {
  afterEach(() => vi.restoreAllMocks());
  const lossy = new Table(['p'], [new Vector(12, BigInt64Array.from([0x7fffffffffffffffn]))]);

  it('toArrow warns and keeps the report readable; throw raises LossyConversionError', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = toArrow(lossy);
    expect(warn).toHaveBeenCalledOnce();
    expect(lossReport(t)).toMatchObject([{ kind: 'infinity', column: 'p', count: 1 }]);
    expect(() => toArrow(lossy, { onLossy: 'throw' })).toThrow(LossyConversionError);
    expect(() =>
      fromArrow(toArrow(K.long([1]), { onLossy: 'report' }), { onLossy: 'throw' }),
    ).not.toThrow();
  });

  it('refuses values with no Arrow form with a typed error', () => {
    expect(() =>
      toArrow(new Table(['f'], [new MixedList([new Dictionary(K.symbol(['a']), K.long([1]))])])),
    ).toThrow(expect.objectContaining({ message: 'type' }));
  });
});
