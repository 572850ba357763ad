/** Property tests: random q columns with nulls and infinities survive q → Arrow → IPC → q. */
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { K, Table, Vector } from '@qts/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Item, MAX_Q_NS, MIN_UNIX_NS, qToUnixNs, unixNsToQ } from './epoch-shift.js';
import { fromArrowWithReport, toArrowWithReport } from './index.js';

const EPOCH = 946_684_800_000_000_000n;
const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });

describe('epoch shift on 32-bit halves', () => {
  it('matches BigInt arithmetic, flagging nulls, infinities and overflow', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            int64,
            fc.constantFrom(
              -(2n ** 63n),
              2n ** 63n - 1n,
              -(2n ** 63n) + 1n,
              MAX_Q_NS,
              MAX_Q_NS + 1n,
            ),
          ),
        ),
        (xs) => {
          const src = BigInt64Array.from(xs);
          const dst = new BigInt64Array(xs.length);
          const flagged = new Map<number, Item>();
          qToUnixNs(src, dst, (i, kind) => flagged.set(i, kind));
          xs.forEach((x, i) => {
            if (x === -(2n ** 63n)) expect(flagged.get(i)).toBe(Item.Null);
            else if (x === 2n ** 63n - 1n) expect(flagged.get(i)).toBe(Item.PosInf);
            else if (x === -(2n ** 63n) + 1n) expect(flagged.get(i)).toBe(Item.NegInf);
            else if (x > MAX_Q_NS) expect(flagged.get(i)).toBe(Item.Overflow);
            else expect(dst[i]).toBe(x + EPOCH);
          });
          const back = new BigInt64Array(xs.length);
          unixNsToQ(dst, back, 0, undefined, 0, () => undefined);
          xs.forEach((x, i) => {
            if (!flagged.has(i) && x + EPOCH >= MIN_UNIX_NS) expect(back[i]).toBe(x);
          });
        },
      ),
    );
  });
});

describe('random columns round-trip through IPC', () => {
  it('longs, floats, symbols, timestamps and dates with nulls and infinities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 70 }).chain((n) =>
          fc.tuple(
            fc.array(
              fc.oneof(
                int64.filter((x) => x !== -(2n ** 63n)),
                fc.constant(null),
              ),
              { minLength: n, maxLength: n },
            ),
            fc.array(fc.oneof(fc.double(), fc.constant(null)), { minLength: n, maxLength: n }),
            fc.array(fc.oneof(fc.string(), fc.constantFrom('', 'a', 'b')), {
              minLength: n,
              maxLength: n,
            }),
            fc.array(fc.bigInt({ min: -(2n ** 63n) + 2n, max: MAX_Q_NS }), {
              minLength: n,
              maxLength: n,
            }),
            fc.array(fc.integer({ min: -2_000_000, max: 2_000_000 }), {
              minLength: n,
              maxLength: n,
            }),
          ),
        ),
        fc.constantFrom('stream' as const, 'file' as const),
        ([j, f, s, p, d], format) => {
          const t = new Table(
            ['j', 'f', 's', 'p', 'd'],
            [
              K.long(j),
              K.float(f),
              new Vector(
                11,
                s.map((x) => x.replaceAll('\u0000', '')),
              ),
              new Vector(12, BigInt64Array.from(p)),
              new Vector(14, Int32Array.from(d)),
            ],
          );
          const out = toArrowWithReport(t, { temporalInf: 'clamp' });
          const back = fromArrowWithReport(tableFromIPC(tableToIPC(out.value, format)));
          expect(back.report).toEqual([]);
          expect(back.value.equals(t)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
