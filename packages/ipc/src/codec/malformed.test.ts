/**
 * Malformed input gives an IpcDecodeError (q's `badmsg`, with what was wrong and where), never
 * a crash, a hang, or an allocation sized by a lying length field.
 */
import { describe, expect, it } from 'vitest';
import { IpcDecodeError, decode, decodeMessage, decompress, messageLength } from './index.js';
import { decodeError, valueOrDecodeError } from './test-support/errors.js';
import { fromHex, loadFixtures } from './test-support/fixtures.js';

const fixtures = loadFixtures();
const plain = fixtures.filter((f) => !f.compressed);
const compressed = fixtures.filter((f) => f.compressed);

/** A little-endian message around `payloadHex`, the length field set to the real length. */
function message(payloadHex: string, msgType = 0): Uint8Array {
  const payload = fromHex(payloadHex);
  const out = new Uint8Array(payload.length + 8);
  out.set([1, msgType, 0, 0]);
  new DataView(out.buffer).setUint32(4, out.length, true);
  out.set(payload, 8);
  return out;
}

describe('truncation', () => {
  it('every proper prefix of every fixture payload is an IpcDecodeError', () => {
    let tried = 0;
    for (const f of plain) {
      const payload = f.message.subarray(8);
      for (let n = 0; n < payload.length; n++) {
        decodeError(() => decode(payload.subarray(0, n)));
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(8_000);
  });

  it('a message whose length field agrees with its truncated bytes is still rejected', () => {
    const f = plain.find((x) => x.id === 'qpython-expr3-99');
    const cut = f!.message.slice(0, f!.message.length - 3);
    new DataView(cut.buffer).setUint32(4, cut.length, true);
    expect(decodeError(() => decodeMessage(cut)).detail).toMatch(/needs/);
  });

  it('every proper prefix of every compressed fixture is an IpcDecodeError', () => {
    for (const f of compressed) {
      for (let n = 0; n < f.message.length; n++) {
        const cut = f.message.slice(0, n);
        if (n >= 8) new DataView(cut.buffer).setUint32(4, n, true);
        decodeError(() => decodeMessage(cut));
      }
    }
  });

  it('one byte too many after the value is rejected', () => {
    const e = decodeError(() => decode(fromHex('fa0100000000')));
    expect(e.detail).toMatch(/1 bytes left over/);
    expect(e.offset).toBe(5);
  });
});

describe('lying counts fail before allocating', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['float vector of 2^31-1 items in 8 bytes', '0900ffffff7f0000000000000000'],
    ['long vector of 2^28 items', '070000000010' + '00'.repeat(8)],
    ['guid vector of 10^9 items', '020000ca9a3b' + '00'.repeat(16)],
    ['symbol vector of 2^31-1 items', '0b00ffffff7f6100'],
    ['mixed list of 2^31-1 items', '0000ffffff7fff01'],
    ['projection of 2^31-1 items', '68ffffff7f6500'],
    ['composition of 2^30 items', '690000004065006500'],
    ['table column list of 2^31-1 columns', '6200630b000100000061000000ffffff7f'],
  ];
  it.each(cases)('%s', (_what, hex) => {
    const e = decodeError(() => decode(fromHex(hex)));
    expect(e.detail).toMatch(/needs (at least )?\d+ bytes/);
  });

  it('a negative count is rejected', () => {
    expect(decodeError(() => decode(fromHex('0600ffffffff'))).detail).toMatch(/negative/);
  });

  it('a message length above the limit is rejected from the header alone', () => {
    const header = fromHex('01000000ffffff7f');
    expect(messageLength(header)).toBe(2 ** 31 - 1);
    expect(decodeError(() => messageLength(header, { maxBytes: 1 << 20 })).detail).toMatch(
      /exceeds the limit/,
    );
  });

  it('a 40-bit length (capability 5) counts byte 3, and the default limit refuses it', () => {
    const header = fromHex('0100000100000000');
    expect(messageLength(header, { maxBytes: 2 ** 40 })).toBe(2 ** 32);
    decodeError(() => messageLength(header));
  });

  it('a compressed message claiming 4 GB uncompressed from 20 bytes is rejected unallocated', () => {
    const m = fromHex('0100010014000000ffffffff00010203040506ff');
    expect(decodeError(() => decompress(m, { maxBytes: 2 ** 33 })).detail).toMatch(/impossible/);
  });
});

describe('header', () => {
  it.each([
    ['byte order 2', '020000000a0000006500', /byte-order/],
    ['message type 3', '010300000a0000006500', /message type 3/],
    ['compression flag 2', '010002000a0000006500', /compression flag/],
    ['length 9', '01000000090000006500', /below/],
    ['length 12 for 10 bytes', '010000000c0000006500', /header says 12/],
    ['short header', '0100000a', /header needs 8/],
  ])('%s', (_what, hex, problem) => {
    expect(decodeError(() => decodeMessage(fromHex(hex))).detail).toMatch(problem);
  });
});

describe('types', () => {
  it.each([
    ['-3 (no such atom type)', 'fd00', /unknown atom type -3/],
    ['3 (no such vector type)', '030000000000', /unknown vector type 3/],
    ['20 (enumeration)', '140001000000' + '00'.repeat(8), /enumerations never travel/],
    ['-20 (enumerated atom)', 'ec00000000', /enumerations never travel/],
    ['77 (anymap)', '4d00', /anymap/],
    ['112 (foreign)', '7000', /foreign/],
    ['113 (unknown)', '7100', /unknown type 113/],
    ['-127 (unknown)', '8100', /unknown type -127/],
    ['attribute 5', '060501000000' + '01000000', /attribute byte 5/],
    ['table of a list', '620000000000000000', /table does not hold a dictionary/],
    ['table with long column names', '6200630700000000000000000000000000', /not symbols/],
    [
      'table columns of different lengths',
      '6200630b00020000006100620000000200000006000100000001000000060000000000',
      /length/,
    ],
    ['dictionary of 2 keys and 1 value', '630b0002000000610062000600010000000100000000', /length/],
    ['lambda with a long as source', '6400f90100000000000000', /lambda source has type -7/],
    ['projection of nothing', '6800000000', /projection/],
    ['symbol without NUL', 'f56162', /no terminating NUL/],
    ['symbol vector item without NUL', '0b000200000061006263', /symbol 1 of 2/],
    ['error without NUL', '806162', /no terminating NUL/],
  ])('%s', (_what, hex, problem) => {
    expect(decodeError(() => decode(fromHex(hex))).detail).toMatch(problem);
  });

  it('every type byte followed by garbage gives a value or an IpcDecodeError', () => {
    const tail = fromHex('0001000000ff0000000000000000');
    for (let t = 0; t < 256; t++) {
      const bytes = new Uint8Array([t, ...tail]);
      for (let n = 1; n <= bytes.length; n++)
        valueOrDecodeError(() => decode(bytes.subarray(0, n)));
    }
  });

  it('nesting deeper than the limit is an IpcDecodeError, not a stack overflow', () => {
    const depth = 200_000;
    const bytes = new Uint8Array(depth * 6 + 2);
    for (let i = 0; i < depth; i++) bytes.set([0, 0, 1, 0, 0, 0], i * 6);
    bytes.set([0x65, 0], depth * 6);
    expect(decodeError(() => decode(bytes)).detail).toMatch(/nested deeper than 1024/);
    expect(decode(bytes.subarray(depth * 6 - 6 * 100), { maxDepth: 200 }).type).toBe(0);
  });
});

describe('compressed streams', () => {
  const bits = fixtures.find((f) => f.id === 'kdbgo-compress-1')!.message;

  it('a copy from an empty table slot is rejected', () => {
    const m = fromHex('010001000f0000001000000001ab00');
    expect(decodeError(() => decompress(m)).detail).toMatch(/empty table slot/);
  });

  it('a copy running past the declared length is rejected', () => {
    const m = bits.slice();
    m[m.length - 1] = 0xff;
    expect(decodeError(() => decompress(m)).detail).toMatch(/past the uncompressed length/);
  });

  it('a stream that ends before the declared length is rejected', () => {
    const m = bits.slice();
    new DataView(m.buffer).setUint32(8, 3000, true);
    expect(decodeError(() => decompress(m)).detail).toMatch(/ends/);
  });

  it('compressed bytes left over after the declared length are rejected', () => {
    const m = bits.slice();
    new DataView(m.buffer).setUint32(8, 1000, true);
    expect(decodeError(() => decompress(m)).detail).toMatch(/past the uncompressed|left over/);
  });

  it('an uncompressed size of 8 or less is rejected', () => {
    const m = bits.slice();
    new DataView(m.buffer).setUint32(8, 8, true);
    expect(decodeError(() => decompress(m)).detail).toMatch(/impossible/);
  });

  it('every single-byte change of every compressed fixture gives a value or an IpcDecodeError', () => {
    let errors = 0;
    for (const f of compressed) {
      for (let i = 0; i < f.message.length; i++) {
        for (const v of [0x00, 0xff, f.message[i]! ^ 0x01]) {
          const m = f.message.slice();
          m[i] = v;
          if (valueOrDecodeError(() => decodeMessage(m)) === 'error') errors++;
        }
      }
    }
    expect(errors).toBeGreaterThan(0);
  });

  it('IpcDecodeError is a QError named badmsg with the offset', () => {
    const e = decodeError(() => decode(fromHex('0600ffffffff')));
    expect(e).toBeInstanceOf(IpcDecodeError);
    expect(e.message).toBe('badmsg');
    expect(e.offset).toBe(2);
    expect(e.detail).toMatch(/at offset 2/);
    expect(message('6500').length).toBe(10);
  });
});
