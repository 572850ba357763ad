/**
 * The round-trip matrix (adapters-mapping §7, items 1-7 and 11): every basic type with its
 * null, infinities, extreme finite values and zero, at lengths that exercise bitmap tail
 * bytes, through Arrow in memory and through IPC stream and file.
 */
import { tableFromIPC, tableToIPC, type Table as ArrowTable } from 'apache-arrow';
import {
  Dictionary,
  K,
  KeyedTable,
  MixedList,
  TYPES,
  Table,
  Vector,
  type BasicCode,
  type K as KValue,
  type StorageOf,
} from '@qts/types';
import { describe, expect, it } from 'vitest';
import { MAX_Q_NS } from './epoch-shift.js';
import { fromArrowWithReport, toArrowWithReport, type ToArrowOptions } from './index.js';

const I64 = 0x7fffffffffffffffn;
const I32 = 0x7fffffff;

/** Raw items per type: null, +inf, -inf, largest and smallest finite values Arrow can hold, zero, one. */
const RAWS: { [C in BasicCode]: unknown[] } = {
  1: [1, 0, 1, 1, 0],
  2: [
    new Uint8Array(16),
    Uint8Array.from({ length: 16 }, (_, i) => i * 17),
    Uint8Array.from({ length: 16 }, () => 255),
  ],
  4: [0, 255, 128, 1],
  5: [-0x8000, 0x7fff, -0x7fff, 0x7ffe, -0x7ffe, 0, 1],
  6: [-0x80000000, I32, -I32, I32 - 1, -(I32 - 1), 0, 1],
  7: [-(2n ** 63n), I64, -I64, I64 - 1n, -(I64 - 1n), 0n, 1n],
  8: [NaN, Infinity, -Infinity, 3.4028234663852886e38, -1.5, 0, 1],
  9: [NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MIN_VALUE, 0, 0.1],
  10: [0x20, 0x41, 0xe9, 0x00, 0x7f],
  11: ['', 'a', '1', 'héllo', 'with space'],
  12: [-(2n ** 63n), I64, -I64, MAX_Q_NS, -(I64 - 1n), 0n, 1n, -1n],
  13: [-0x80000000, I32, -I32, 12000, -12000, 0, 1],
  14: [-0x80000000, I32, -I32, I32 - 1 - 10957, -(I32 - 1), 0, 1],
  15: [NaN, Infinity, -Infinity, 1 / 86_400_000, -1.5, 0, 9000.25],
  16: [-(2n ** 63n), I64, -I64, I64 - 1n, -(I64 - 1n), 0n, 1n],
  17: [-0x80000000, I32, -I32, 1439, 0, 1],
  18: [-0x80000000, I32, -I32, 86399, 0, 1],
  19: [-0x80000000, I32, -I32, 86_399_999, 0, 1],
};

/** A vector of `n` items cycling through the type's raw samples. */
function sample<C extends BasicCode>(code: C, n: number): Vector<C> {
  const raws = RAWS[code];
  if (code === 11)
    return new Vector(
      11,
      Array.from({ length: n }, (_, i) => raws[i % raws.length] as string),
    ) as Vector<C>;
  const data = TYPES[code].alloc(n) as Exclude<StorageOf[BasicCode], string[]>;
  for (let i = 0; i < n; i++) {
    const r = raws[i % raws.length];
    if (code === 2) (data as Uint8Array).set(r as Uint8Array, i * 16);
    else (data as unknown as unknown[])[i] = r;
  }
  return new Vector(code, data as StorageOf[C]);
}

const CODES = Object.keys(RAWS).map(Number) as BasicCode[];

function allTypes(n: number): Table {
  return new Table(
    CODES.map((c) => TYPES[c].name),
    CODES.map((c) => sample(c, n)),
  );
}

const ipc = {
  memory: (t: ArrowTable) => t,
  stream: (t: ArrowTable) => tableFromIPC(tableToIPC(t, 'stream')),
  file: (t: ArrowTable) => tableFromIPC(tableToIPC(t, 'file')),
};

function expectSameColumns(a: Table, b: KValue): void {
  expect(b).toBeInstanceOf(Table);
  const t = b as Table;
  expect(t.columns).toEqual(a.columns);
  a.data.forEach((col, i) => {
    const back = t.data[i]!;
    expect(back.type, a.columns[i]).toBe(col.type);
    expect(back.equals(col), `${a.columns[i]}: ${col.toString()} vs ${back.toString()}`).toBe(true);
  });
}

describe('every basic type round-trips exactly (temporalInf: clamp)', () => {
  const options: ToArrowOptions = { temporalInf: 'clamp' };
  for (const n of [0, 1, 7, 8, 9, 65, 1000]) {
    for (const [route, via] of Object.entries(ipc)) {
      it(`${n} rows through ${route}`, () => {
        const t = allTypes(n);
        const out = toArrowWithReport(t, options);
        expect(out.report).toEqual([]);
        const back = fromArrowWithReport(via(out.value));
        expect(back.report).toEqual([]);
        expectSameColumns(t, back.value);
      });
    }
  }
});

describe('metadata and validity', () => {
  it('writes kdb.type on every field and kdb.shape on the schema', () => {
    const arrow = toArrowWithReport(allTypes(9)).value;
    expect(arrow.schema.metadata.get('kdb.shape')).toBe('table');
    for (const f of arrow.schema.fields)
      expect(f.metadata.get('kdb.type')).toBe(TYPES[CODES[arrow.schema.fields.indexOf(f)]!].char);
    expect(arrow.schema.fields[1]!.metadata.get('ARROW:extension:name')).toBe('arrow.uuid');
  });

  it('never leaves a q null in a valid slot', () => {
    const arrow = toArrowWithReport(allTypes(65), { temporalInf: 'clamp' }).value;
    for (const [j, code] of CODES.entries()) {
      const info = TYPES[code];
      if (info.null === undefined || code === 2 || code === 11 || code === 10) continue;
      const data = arrow.getChildAt(j)!.data[0]!;
      const values = data.values as unknown as ArrayLike<unknown>;
      for (let i = 0; i < data.length; i++) {
        if (!data.getValid(i)) continue;
        const v = values[i];
        if (typeof v === 'number' && Number.isNaN(info.null as number))
          expect(Number.isNaN(v), info.name).toBe(false);
        else if (code === 5 || code === 6 || code === 7 || code === 16)
          expect(v, info.name).not.toBe(info.null);
      }
      expect(data.nullCount, info.name).toBeGreaterThan(0);
    }
  });

  it('hands long, int, short, float, real, timespan, second and time storage to Arrow without a copy', () => {
    for (const code of [4, 5, 6, 7, 8, 9, 16, 18, 19] as const) {
      const v = sample(code, 100);
      const out = toArrowWithReport(v, { temporalInf: 'null' }).value;
      expect(out.data[0]!.values.buffer, TYPES[code].name).toBe((v.data as Uint8Array).buffer);
    }
  });

  it('reads an aligned column without nulls back without a copy', () => {
    const v = K.float(new Float64Array([1, 2, 3]));
    const back = fromArrowWithReport(toArrowWithReport(v).value).value as Vector<9>;
    expect(back.data.buffer).toBe(v.data.buffer);
  });
});

describe('temporal edges', () => {
  const ts = (raws: bigint[]) => new Vector(12, BigInt64Array.from(raws));
  it('keeps nanoseconds, pre-1970 and the extremes of the range', () => {
    const epoch = -946_684_800_000_000_000n;
    const v = ts([epoch, epoch - 1n, 0n, 1n, 123_456_789n, -(I64 - 1n), MAX_Q_NS]);
    const arrow = toArrowWithReport(v).value;
    expect(Array.from(arrow.data[0]!.values as BigInt64Array).slice(0, 5)).toEqual([
      0n,
      -1n,
      946_684_800_000_000_000n,
      946_684_800_000_000_001n,
      946_684_800_123_456_789n,
    ]);
    expect(fromArrowWithReport(arrow).value.equals(v)).toBe(true);
  });

  it('applies temporalInf to 0Wp: null (reported), clamp (exact), error', () => {
    const v = ts([I64, -I64, 5n]);
    const asNull = toArrowWithReport(v);
    expect(asNull.value.nullCount).toBe(2);
    expect(asNull.report).toMatchObject([{ kind: 'infinity', count: 2 }]);
    const clamp = toArrowWithReport(v, { temporalInf: 'clamp' }).value;
    expect(Array.from(clamp.data[0]!.values as BigInt64Array).slice(0, 2)).toEqual([I64, -I64]);
    expect(fromArrowWithReport(clamp).value.equals(v)).toBe(true);
    expect(() => toArrowWithReport(v, { temporalInf: 'error' })).toThrow(
      expect.objectContaining({ message: 'domain', detail: expect.stringMatching(/temporalInf/) }),
    );
  });

  it('does not wrap 0Wd into a valid Date32', () => {
    const v = new Vector(14, Int32Array.from([I32, -I32, 0]));
    const out = toArrowWithReport(v).value;
    expect(out.nullCount).toBe(2);
    expect((out.data[0]!.values as Int32Array)[2]).toBe(10957);
  });

  it('maps months to the first of the month over ±1000 years', () => {
    const months = Int32Array.from({ length: 24001 }, (_, i) => i - 12000);
    const table = new Table(['m'], [new Vector(13, months)]);
    const back = fromArrowWithReport(toArrowWithReport(table).value).value as Table;
    expect(back.data[0]!.equals(table.data[0]!)).toBe(true);
  });

  it('reports datetimes finer than a millisecond', () => {
    const out = toArrowWithReport(
      new Table(['z'], [new Vector(15, Float64Array.from([0.5, 1e-9]))]),
    );
    expect(out.report).toMatchObject([{ kind: 'precision', count: 1, sample: 1e-9 }]);
  });

  it('reports minute/second/time values outside a day, and keeps them under time: duration', () => {
    const v = new Vector(18, Int32Array.from([90000, -1, 5]));
    expect(toArrowWithReport(v).report).toMatchObject([{ kind: 'out-of-spec', count: 2 }]);
    const t = new Table(['v'], [v]);
    const dur = toArrowWithReport(t, { time: 'duration' });
    expect(dur.report).toEqual([]);
    expect(String(dur.value.schema.fields[0]!.type)).toBe('Duration<SECOND>');
    expect((fromArrowWithReport(dur.value).value as Table).data[0]!.equals(v)).toBe(true);
  });

  it('keeps negative timespans and timespans over a day', () => {
    const v = new Vector(16, BigInt64Array.from([-1n, 86_400_000_000_001n]));
    expect(fromArrowWithReport(toArrowWithReport(v).value).value.equals(v)).toBe(true);
  });
});

describe('guids, chars, strings and symbols', () => {
  it('keeps guid bytes in text order with the arrow.uuid extension, null guid as null', () => {
    const g = K.guid(['8c680a01-5a49-5aab-5a65-d4bfddb6a661', null]);
    const arrow = toArrowWithReport(new Table(['g'], [g])).value;
    const bytes = arrow.getChildAt(0)!.get(0) as Uint8Array;
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x8c, 0x68, 0x0a, 0x01]);
    expect(arrow.getChildAt(0)!.nullCount).toBe(1);
    expect(
      (fromArrowWithReport(tableFromIPC(tableToIPC(arrow, 'file'))).value as Table).data[0]!.equals(
        g,
      ),
    ).toBe(true);
  });

  it('reads FixedSizeBinary(16) without the extension as byte lists', () => {
    const arrow = toArrowWithReport(
      new Table(['g'], [K.guid(['8c680a01-5a49-5aab-5a65-d4bfddb6a661'])]),
      { metadata: false },
    ).value;
    const back = (fromArrowWithReport(arrow).value as Table).data[0]!;
    expect(back).toBeInstanceOf(MixedList);
    expect((back as MixedList).items[0]!.toString()).toBe('0x8c680a015a495aab5a65d4bfddb6a661');
  });

  it('round-trips strings with "", " ", multibyte UTF-8 and an embedded NUL', () => {
    const enc = (s: string) => new Vector(10, new TextEncoder().encode(s));
    const strings = new MixedList([enc(''), enc(' '), enc('日本語 ✓'), enc('a\u0000b')]);
    const t = new Table(['s'], [strings]);
    const out = toArrowWithReport(t);
    expect(String(out.value.schema.fields[0]!.type)).toBe('Utf8');
    expect(out.value.getChildAt(0)!.get(2) as string).toBe('日本語 ✓');
    expectSameColumns(t, fromArrowWithReport(out.value).value);
  });

  it('falls back to Binary for strings that are not UTF-8, and reports it', () => {
    const t = new Table(
      ['s'],
      [new MixedList([new Vector(10, Uint8Array.from([0xff])), K.string('ok')])],
    );
    const out = toArrowWithReport(t);
    expect(String(out.value.schema.fields[0]!.type)).toBe('Binary');
    expect(out.report).toMatchObject([{ kind: 'encoding', column: 's', count: 1, sample: 'ff' }]);
    expectSameColumns(t, fromArrowWithReport(out.value).value);
  });

  it('keeps char columns with bytes ≥ 0x80 through latin-1', () => {
    const c = new Vector(10, Uint8Array.from([0x41, 0xe9, 0xff, 0x20]));
    const arrow = toArrowWithReport(new Table(['c'], [c])).value;
    expect(arrow.getChildAt(0)!.get(1)).toBe('é');
    expect((fromArrowWithReport(arrow).value as Table).data[0]!.equals(c)).toBe(true);
  });

  it('writes symbols as a dictionary by default and as Utf8 on request; the null symbol is an Arrow null', () => {
    const s = K.symbol(['a', '', '1', 'a']);
    const dict = toArrowWithReport(s).value;
    expect(String(dict.type)).toBe('Dictionary<Int32, Utf8>');
    expect(dict.data[0]!.dictionary!.length).toBe(2);
    const utf8 = toArrowWithReport(s, { symbol: 'utf8' }).value;
    expect(String(utf8.type)).toBe('Utf8');
    for (const v of [dict, utf8]) {
      expect(v.nullCount).toBe(1);
      expect(fromArrowWithReport(v).value.equals(s)).toBe(true);
    }
  });
});

describe('table shapes and attributes', () => {
  it('keeps keyed tables with one and two keys', () => {
    for (const keys of [['k'], ['k', 'k2']]) {
      const kt = new KeyedTable(
        new Table(
          keys,
          keys.map((_, i) => K.symbol([`a${i}`, `b${i}`])),
        ),
        new Table(['v'], [K.long([1, 2])]),
      );
      const arrow = toArrowWithReport(kt).value;
      expect(arrow.schema.metadata.get('kdb.keys')).toBe(JSON.stringify(keys));
      const back = fromArrowWithReport(tableFromIPC(tableToIPC(arrow, 'stream'))).value;
      expect(back).toBeInstanceOf(KeyedTable);
      expect(back.equals(kt)).toBe(true);
    }
  });

  it('keeps dictionaries, sorted ones too', () => {
    const d = new Dictionary(K.symbol(['a', 'b']), K.long([1, 2]));
    expect(fromArrowWithReport(toArrowWithReport(d).value).value.equals(d)).toBe(true);
    const sorted = new Dictionary(K.symbol(['a', 'b'], 's'), K.long([1, 2]), true);
    expect(fromArrowWithReport(toArrowWithReport(sorted).value).value.type).toBe(127);
  });

  it('re-applies s# u# p# g# when they hold and refuses a bogus s#', () => {
    const t = new Table(
      ['s', 'u', 'p', 'g'],
      [
        K.long([1, 2, 3], 's'),
        K.symbol(['b', 'a', 'c'], 'u'),
        K.symbol(['a', 'a', 'b'], 'p'),
        K.long([3, 1, 3], 'g'),
      ],
    );
    const back = fromArrowWithReport(toArrowWithReport(t).value).value as Table;
    expect(back.data.map((c) => (c as Vector).attribute)).toEqual(['s', 'u', 'p', 'g']);
    const bogus = new Table(['x'], [new Vector(7, BigInt64Array.from([3n, 1n]), 's')]);
    const out = fromArrowWithReport(toArrowWithReport(bogus).value);
    expect(((out.value as Table).data[0] as Vector).attribute).toBe('');
    expect(out.report).toMatchObject([{ kind: 'out-of-spec', column: 'x' }]);
  });
});
