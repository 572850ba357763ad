import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { K } from '@qts/types';
import { encodeMessage, messageLength, IpcDecodeError } from '../codec/index.js';
import { ConnectionError } from './connection-error.js';
import { FrameReader } from './frame-reader.js';

const lengthOf = (h: Uint8Array): number => messageLength(h);

function drain(reader: FrameReader): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let m = reader.next(); m !== undefined; m = reader.next()) out.push(m);
  return out;
}

describe('FrameReader', () => {
  const messages = [
    encodeMessage(K.long(1)),
    encodeMessage(K.string('hello world'), { msgType: 'sync' }),
    encodeMessage(K.float(new Float64Array(100).fill(1.5)), { msgType: 'response' }),
    encodeMessage(K.symbol(['a', 'bb', 'ccc'])),
  ];
  const stream = new Uint8Array(messages.reduce((n, m) => n + m.length, 0));
  messages.reduce((at, m) => (stream.set(m, at), at + m.length), 0);

  it('returns several messages that arrive in one chunk, as views of it', () => {
    const reader = new FrameReader(lengthOf, 1 << 20);
    reader.push(stream);
    const got = drain(reader);
    expect(got.map((m) => Array.from(m))).toEqual(messages.map((m) => Array.from(m)));
    expect(got.every((m) => m.buffer === stream.buffer)).toBe(true);
    expect(reader.pending).toBe(0);
  });

  it('reassembles messages split at every possible pair of points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: stream.length }), { maxLength: 12 }),
        (cuts) => {
          const points = [...new Set([0, ...cuts, stream.length])].sort((a, b) => a - b);
          const reader = new FrameReader(lengthOf, 1 << 20);
          const got: Uint8Array[] = [];
          for (let i = 1; i < points.length; i++) {
            reader.push(stream.subarray(points[i - 1], points[i]));
            got.push(...drain(reader));
          }
          expect(got.map((m) => Array.from(m))).toEqual(messages.map((m) => Array.from(m)));
        },
      ),
    );
  });

  it('feeds one byte at a time', () => {
    const reader = new FrameReader(lengthOf, 1 << 20);
    const got: Uint8Array[] = [];
    for (const byte of stream) {
      reader.push(Uint8Array.of(byte));
      got.push(...drain(reader));
    }
    expect(got).toHaveLength(messages.length);
    expect(Array.from(got[2]!)).toEqual(Array.from(messages[2]!));
  });

  it('refuses a header that claims more than the limit before buffering the body', () => {
    const header = Uint8Array.of(1, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f);
    const reader = new FrameReader(lengthOf, 4096);
    reader.push(header);
    expect(() => reader.next()).toThrow(ConnectionError);
    try {
      reader.next();
    } catch (error) {
      expect((error as ConnectionError).code).toBe('limit');
    }
  });

  it('gives the codec error for a garbage header', () => {
    const reader = new FrameReader(lengthOf, 1 << 20);
    reader.push(new TextEncoder().encode('GET / HTTP/1.1\r\n'));
    expect(() => reader.next()).toThrow(IpcDecodeError);
  });

  it('waits for the rest of a message that has only its header', () => {
    const reader = new FrameReader(lengthOf, 1 << 20);
    reader.push(messages[2]!.subarray(0, 8));
    expect(reader.next()).toBeUndefined();
    reader.push(messages[2]!.subarray(8));
    expect(Array.from(reader.next()!)).toEqual(Array.from(messages[2]!));
  });
});
