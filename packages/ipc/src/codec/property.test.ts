/** Property tests (fast-check): round trips of random values, and damaged messages. */
import fc from 'fast-check';
import { MixedList, type K } from '@qts/types';
import { describe, expect, it } from 'vitest';
import {
  compress,
  decode,
  decodeMessage,
  decompress,
  encode,
  encodeMessage,
  type MessageTypeInput,
} from './index.js';
import { kValue } from './test-support/arbitrary.js';
import { valueOrDecodeError } from './test-support/errors.js';
import { mutate, mutations } from './test-support/mutate.js';

const msgType = fc.constantFrom<MessageTypeInput>('async', 'sync', 'response', 0, 1, 2);

describe('round trips', () => {
  it('decode(encode(v)) matches v, and re-encodes to the same bytes', () => {
    fc.assert(
      fc.property(kValue, (v) => {
        const bytes = encode(v);
        const back = decode(bytes);
        expect(back.equals(v)).toBe(true);
        expect(encode(back)).toEqual(bytes);
      }),
      { numRuns: 1000 },
    );
  });

  it('decode(encode(v)) with copy: true matches v too', () => {
    fc.assert(
      fc.property(kValue, (v) => decode(encode(v), { copy: true }).equals(v)),
      { numRuns: 200 },
    );
  });

  it('whole messages round-trip, compressed or not, with their message type', () => {
    fc.assert(
      fc.property(kValue, msgType, fc.boolean(), (v, t, z) => {
        const m = decodeMessage(encodeMessage(v, { msgType: t, compress: z }));
        expect(m.value.equals(v)).toBe(true);
        expect(m.msgType).toBe({ async: 0, sync: 1, response: 2 }[t as string] ?? t);
      }),
      { numRuns: 300 },
    );
  });

  it('decompress(compress(m)) is m for any message over 2000 bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1993, maxLength: 6000 }),
        fc.nat(7),
        (payload, alphabet) => {
          // Small alphabets make repetitive input that actually compresses.
          const body = alphabet === 7 ? payload : payload.map((b) => b & alphabet);
          const m = new Uint8Array(body.length + 8);
          m.set([1, 0, 0, 0]);
          new DataView(m.buffer).setUint32(4, m.length, true);
          m.set(body, 8);
          const z = compress(m);
          expect(z.length).toBeLessThanOrEqual(m.length);
          expect(decompress(z)).toEqual(m);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('damaged messages', () => {
  const valid = fc.tuple(kValue, fc.boolean()).map(([v, z]) => encodeMessage(v, { compress: z }));

  it('give a value or an IpcDecodeError, never anything else', () => {
    fc.assert(
      fc.property(valid, mutations, fc.boolean(), (m, ms, keepLength) => {
        valueOrDecodeError(() => decodeMessage(mutate(m, ms, keepLength)));
      }),
      { numRuns: 2000 },
    );
  });

  it('compressed messages with damaged streams give a value or an IpcDecodeError', () => {
    // Repeating a value makes a message long and repetitive enough to compress.
    const big = fc
      .tuple(kValue, fc.integer({ min: 40, max: 300 }))
      .map(([v, n]) => encodeMessage(new MixedList(new Array<K>(n).fill(v)), { compress: true }))
      .filter((m) => m[2] === 1);
    fc.assert(
      fc.property(big, mutations, (m, ms) => {
        valueOrDecodeError(() => decodeMessage(mutate(m, ms, true)));
      }),
      { numRuns: 300 },
    );
  });

  it('payloads with damage give a value or an IpcDecodeError', () => {
    fc.assert(
      fc.property(kValue, mutations, (v, ms) => {
        valueOrDecodeError(() => decode(mutate(encode(v), ms, false)));
      }),
      { numRuns: 2000 },
    );
  });
});
