import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Atom } from '../atom.js';
import { K } from '../constructors.js';
import { cast } from './index.js';

const DAY = 86_400_000_000_000n;
const value = <T>(k: unknown): T => (k as Atom).value as T;

describe('cast properties', () => {
  it('int -> long -> int gives back every int, nulls and infinities included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -0x80000000, max: 0x7fffffff }), (i) => {
        expect(value(cast('i', cast('j', K.int.atom(i))))).toBe(i);
      }),
    );
  });

  it('float -> long: within 0.5 of an integer n rounds to n, halves away from zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.double({ min: -0.49, max: 0.49, noNaN: true }),
        (n, d) => {
          expect(value(cast('j', K.float.atom(n + d)))).toBe(BigInt(n));
          expect(value(cast('j', K.float.atom(n + (n >= 0 ? 0.5 : -0.5))))).toBe(
            BigInt(n + (n >= 0 ? 1 : -1)),
          );
        },
      ),
    );
  });

  it('timestamp -> date is the day holding the instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.bigInt({ min: 0n, max: DAY - 1n }),
        (d, ns) => {
          expect(value(cast('d', K.timestamp.atom(BigInt(d) * DAY + ns)))).toBe(d);
        },
      ),
    );
  });

  it('date -> timestamp -> date and date -> month -> date (first of month) round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (d) => {
        expect(value(cast('d', cast('p', K.date.atom(d))))).toBe(d);
        const first = value<number>(cast('d', cast('m', K.date.atom(d))));
        expect(first <= d && d - first < 31).toBe(true);
        expect(value(cast('dd', K.date.atom(first)))).toBe(1);
      }),
    );
  });
});
