/** Property tests: random q tables with nulls and infinities survive q → Danfo → q with the sidecar. */
import { K, Table, Vector } from '@qts/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDanfoWithReport, toDanfoWithReport } from './index.js';

const SAFE = 2n ** 53n - 1n;

describe('random tables round-trip through Danfo', () => {
  it('safe longs, floats, symbols, ms timestamps, dates and booleans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }).chain((n) =>
          fc.tuple(
            fc.array(
              fc.oneof(
                fc.bigInt({ min: -SAFE, max: SAFE }),
                fc.constant(null),
                fc.constantFrom(2n ** 63n - 1n, -(2n ** 63n - 1n)),
              ),
              { minLength: n, maxLength: n },
            ),
            fc.array(fc.oneof(fc.double(), fc.constant(null)), { minLength: n, maxLength: n }),
            fc.array(fc.oneof(fc.string(), fc.constant('')), { minLength: n, maxLength: n }),
            fc.array(fc.oneof(fc.integer({ min: -8.64e12, max: 8.64e12 }), fc.constant(null)), {
              minLength: n,
              maxLength: n,
            }),
            fc.array(fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.constant(null)), {
              minLength: n,
              maxLength: n,
            }),
            fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          ),
        ),
        ([j, f, s, pms, d, b]) => {
          const t = new Table(
            ['j', 'f', 's', 'p', 'd', 'b'],
            [
              K.long(j),
              K.float(f),
              K.symbol(s),
              new Vector(
                12,
                BigInt64Array.from(pms, (x) =>
                  x === null ? -(2n ** 63n) : BigInt(x) * 1_000_000n,
                ),
              ),
              new Vector(
                14,
                Int32Array.from(d, (x) => (x === null ? -0x80000000 : x)),
              ),
              K.boolean(b),
            ],
          );
          const out = toDanfoWithReport(t);
          expect(out.report).toEqual([]);
          const back = fromDanfoWithReport(out.value);
          expect(back.report).toEqual([]);
          expect(back.value.equals(t)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
