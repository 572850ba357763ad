import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Atom, K, match, TYPES, type BasicCode, type RawOf } from '../index.js';
import { fromJS } from './from-js.js';
import { toJS } from './to-js.js';
import { rawFromDate, rawFromEpochNs } from '../temporal/from-js.js';
import { parseTemporal } from '../temporal/parse.js';
import { temporalToDate, temporalToEpochNs, temporalToIso } from '../temporal/to-js.js';

const INT64_MAX_VALID = 2n ** 63n - 2n;
const INT32_MAX_VALID = 2 ** 31 - 2;

/** Raw items of each type: valid values, plus the null and infinities. */
const specials = <C extends BasicCode>(code: C): RawOf[C][] =>
  [TYPES[code].null, TYPES[code].inf, TYPES[code].ninf].filter(
    (x) => x !== undefined,
  ) as RawOf[C][];

const raw64 = fc.bigInt({ min: -INT64_MAX_VALID, max: INT64_MAX_VALID });
const raw32 = fc.integer({ min: -INT32_MAX_VALID, max: INT32_MAX_VALID });

const atomOf = <C extends BasicCode>(code: C, raw: RawOf[C]): Atom<C> => new Atom(code, raw);

/** Rebuild an atom of `code` from its toJS output through the typed constructor. */
function rebuild(code: BasicCode, js: unknown): Atom {
  const ctor = K[TYPES[code].name] as unknown as (v: unknown) => Atom;
  return ctor(js);
}

describe('round trips through toJS and the constructors', () => {
  const cases: [BasicCode, fc.Arbitrary<unknown>][] = [
    [1, fc.constantFrom(0, 1)],
    [4, fc.integer({ min: 0, max: 255 })],
    [5, fc.integer({ min: -32766, max: 32766 })],
    [6, raw32],
    [7, raw64],
    [8, fc.float({ noNaN: true, noDefaultInfinity: true })],
    [9, fc.double({ noNaN: true, noDefaultInfinity: true })],
    [11, fc.string({ minLength: 1 })],
  ];
  for (const [code, arb] of cases) {
    it(`${TYPES[code].name}: raw -> atom -> toJS -> constructor is the same atom`, () => {
      fc.assert(
        fc.property(arb, (raw) => {
          const a = atomOf(code, raw as RawOf[BasicCode]);
          expect(match(rebuild(code, toJS(a)), a)).toBe(true);
        }),
      );
    });
  }

  it('nulls come back as nulls for every type with one', () => {
    for (const code of [2, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19] as BasicCode[]) {
      const a = atomOf(code, TYPES[code].null as RawOf[BasicCode]);
      expect(toJS(a)).toBeNull();
      expect(match(rebuild(code, null), a)).toBe(true);
    }
  });

  it('vectors with nulls and infinities survive toJS({nulls, infinities: raw}) -> storage', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(raw64, fc.constantFrom(...specials(7)))), (items) => {
        const v = K.long.vector(BigInt64Array.from(items));
        const back = toJS(v, { nulls: 'raw', infinities: 'raw' }) as bigint[];
        expect(match(K.long.vector(BigInt64Array.from(back)), v)).toBe(true);
      }),
    );
  });

  it('fromJS(toJS(x)) is x for float vectors, symbol vectors and long vectors', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constant(null)), { minLength: 1 }),
        (xs) => {
          // a list of nulls alone has no type to infer: fromJS makes a mixed list of ::
          fc.pre(xs.some((x) => x !== null));
          const v = K.float(xs);
          expect(match(fromJS(toJS(v)), v)).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), (xs) => {
        const v = K.symbol(xs);
        expect(match(fromJS(toJS(v)), v)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(raw64, { minLength: 1 }), (xs) => {
        const v = K.long(xs);
        expect(match(fromJS(toJS(v)), v)).toBe(true);
      }),
    );
  });

  it('fromJS(toJS(table)) is the table', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ s: fc.string({ minLength: 1 }), x: fc.double({ noNaN: true }), j: raw64 }),
          { minLength: 1 },
        ),
        (rows) => {
          const t = fromJS(rows);
          expect(match(fromJS(toJS(t)), t)).toBe(true);
        },
      ),
    );
  });
});

describe('temporal round trips', () => {
  const ranges: [12 | 13 | 14 | 15 | 16 | 17 | 18 | 19, fc.Arbitrary<number | bigint>][] = [
    [12, raw64],
    [13, raw32],
    [14, raw32],
    [16, raw64],
    [17, raw32],
    [18, raw32],
    [19, raw32],
  ];
  for (const [code, arb] of ranges) {
    it(`${TYPES[code].name}: epoch bigint and ISO text are exact over the whole range`, () => {
      fc.assert(
        fc.property(arb, (raw) => {
          const r = raw as RawOf[typeof code];
          expect(rawFromEpochNs(code, temporalToEpochNs(code, r))).toBe(raw);
          expect(parseTemporal(code, temporalToIso(code, r))).toBe(raw);
          // through the public surface: toJS -> constructor
          expect(
            match(rebuild(code, toJS(atomOf(code, r), { temporal: 'bigint' })), atomOf(code, r)),
          ).toBe(true);
        }),
      );
    });
  }

  it('dates and months: ISO text round-trips for years 0..9999 and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -730120, max: 2_921_939 }), (d) => {
        expect(parseTemporal(14, temporalToIso(14, d))).toBe(d);
      }),
    );
  });

  it('datetime: whole milliseconds round-trip through Date, bigint and ISO (years 1..9999)', () => {
    const minMs = -730119 * 86_400_000;
    const maxMs = 2_921_940 * 86_400_000 - 1;
    fc.assert(
      fc.property(fc.integer({ min: minMs, max: maxMs }), (ms) => {
        const raw = ms / 86_400_000;
        expect(rawFromDate(15, temporalToDate(15, raw))).toBe(raw);
        expect(rawFromEpochNs(15, temporalToEpochNs(15, raw))).toBe(raw);
        expect(parseTemporal(15, temporalToIso(15, raw))).toBe(raw);
      }),
    );
  });

  it('timestamps at whole milliseconds round-trip through Date', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -INT64_MAX_VALID / 1_000_000n, max: INT64_MAX_VALID / 1_000_000n }),
        (ms) => {
          const raw = ms * 1_000_000n;
          expect(rawFromDate(12, temporalToDate(12, raw))).toBe(raw);
          const a = atomOf(12, raw);
          expect(match(rebuild(12, toJS(a)), a)).toBe(true);
        },
      ),
    );
  });

  it('dates and months round-trip through Date within its range', () => {
    expect(rawFromDate(14, temporalToDate(14, 99_989_043))).toBe(99_989_043);
    expect(() => temporalToDate(14, 99_989_044)).toThrow('domain');
    fc.assert(
      fc.property(fc.integer({ min: -100_010_957, max: 99_989_043 }), (d) => {
        expect(rawFromDate(14, temporalToDate(14, d))).toBe(d);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -3_000_000, max: 3_000_000 }), (m) => {
        expect(rawFromDate(13, temporalToDate(13, m))).toBe(m);
      }),
    );
  });

  it('Dates round-trip through timestamps exactly', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1710, 0, 1)),
          max: new Date(Date.UTC(2290, 0, 1)),
          noInvalidDate: true,
        }),
        (d) => {
          expect(toJS(fromJS(d))).toEqual(d);
          expect((toJS(K.date(d)) as Date).getTime()).toBe(
            Math.floor(d.getTime() / 86_400_000) * 86_400_000,
          );
        },
      ),
    );
  });

  it('infinities never wrap in any output', () => {
    for (const code of [12, 13, 14, 15, 16, 17, 18, 19] as const) {
      for (const temporal of ['date', 'bigint', 'string'] as const) {
        expect(toJS(K[TYPES[code].name].inf, { temporal })).toBe(Infinity);
        expect(toJS(K[TYPES[code].name].ninf, { temporal })).toBe(-Infinity);
      }
    }
  });
});
