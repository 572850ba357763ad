/** Encoder and decoder behaviour beyond the fixtures: capabilities, NaN bits, views, big-endian input. */
import {
  Derived,
  EnumAtom,
  EnumVector,
  Foreign,
  K,
  Primitive,
  QError,
  Table,
  type Vector,
} from '@qts/types';
import { describe, expect, it } from 'vitest';
import {
  HEADER_BYTES,
  compress,
  decode,
  decodeMessage,
  encode,
  encodeMessage,
  messageType,
} from './index.js';
import { writeHeader } from './header.js';
import { fromHex, toHex } from './test-support/fixtures.js';

function qerror(f: () => unknown): QError {
  try {
    f();
  } catch (e) {
    if (e instanceof QError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

const til = (n: number): Vector<7> =>
  K.long.vector(BigInt64Array.from({ length: n }, (_, i) => BigInt(i)));

describe('compression on encode', () => {
  it('til 1000 (8014 bytes) compresses to 3276 bytes, as -18! does (ipc-protocol.md 4.4)', () => {
    const m = encodeMessage(til(1000), { compress: 'auto' });
    expect(m.length).toBe(3276);
    expect(m[2]).toBe(1);
    expect(new DataView(m.buffer, m.byteOffset).getUint32(8, true)).toBe(8014);
  });

  it("'auto' leaves a message of 2000 bytes or less alone; true compresses it", () => {
    const v = K.long.vector(new BigInt64Array(200));
    expect(encodeMessage(v, { compress: 'auto' })[2]).toBe(0);
    expect(encodeMessage(v, { compress: true })[2]).toBe(1);
    expect(encodeMessage(v)[2]).toBe(0);
  });

  it('never compresses at capability 0, or when the result would exceed half', () => {
    expect(encodeMessage(til(1000), { compress: true, capability: 0 })[2]).toBe(0);
    const noise = K.byte.vector(Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251));
    expect(encodeMessage(noise, { compress: true })[2]).toBe(0);
    const m = encodeMessage(noise);
    expect(compress(m)).toBe(m);
  });

  it('compress leaves an already compressed message unchanged', () => {
    const z = encodeMessage(til(1000), { compress: true });
    expect(compress(z)).toBe(z);
  });
});

describe('capabilities and limits', () => {
  it('a guid needs capability 3, timestamps and timespans capability 1 (ipc.md)', () => {
    expect(qerror(() => encode(K.guid.null, { capability: 2 })).message).toBe('type');
    expect(qerror(() => encode(K.timestamp([0n]), { capability: 0 })).message).toBe('type');
    expect(qerror(() => encode(K.timespan.atom(0n), { capability: 0 })).message).toBe('type');
    expect(toHex(encode(K.timestamp.atom(0n), { capability: 1 }))).toBe('f40000000000000000');
  });

  it('capability must be 0..6', () => {
    expect(qerror(() => encode(K.long(1), { capability: 7 })).message).toBe('domain');
  });

  it('a header over 2 GB is a limit error below capability 5; from 5 it uses byte 3', () => {
    const out = new Uint8Array(8);
    expect(qerror(() => writeHeader(out, 0, false, 2 ** 31, 3)).message).toBe('limit');
    writeHeader(out, 2, false, 2 ** 32 + 5, 5);
    expect(toHex(out)).toBe('0102000105000000');
  });

  it('message types by name or number', () => {
    expect(messageType('sync')).toBe(1);
    expect(messageType(2)).toBe(2);
    expect(qerror(() => messageType(3 as 2)).message).toBe('domain');
    expect(toHex(encodeMessage(K.int(1), { msgType: 'response' }))).toBe(
      '010200000d000000fa01000000',
    );
  });
});

describe('values the wire needs special care for', () => {
  it('NaN goes out with kdb+ bits (sign set), whatever bits JS holds', () => {
    expect(toHex(encode(K.float([1, NaN])))).toBe('090002000000000000000000f03f000000000000f8ff');
    expect(toHex(encode(K.real.null))).toBe('f80000c0ff');
    expect(toHex(encode(K.datetime.null))).toBe('f1000000000000f8ff');
  });

  it('enumerations go out as their symbols, as kdb+ un-enumerates them', () => {
    const e = new EnumVector(20, 'sym', new BigInt64Array([1n, 0n]), ['a', 'b'], 's');
    expect(toHex(encode(e))).toBe(toHex(encode(K.symbol(['b', 'a'], 's'))));
    expect(toHex(encode(new EnumAtom(-20, 'sym', 0n, 'a')))).toBe('f56100');
    expect(qerror(() => encode(new EnumVector(20, 'sym', new BigInt64Array([0n])))).message).toBe(
      'type',
    );
  });

  it('a symbol containing NUL and a foreign function cannot be sent', () => {
    expect(qerror(() => encode(K.symbol(['a\0b']))).message).toBe('type');
    expect(qerror(() => encode(K.symbol('é\0'))).message).toBe('type');
    expect(qerror(() => encode(new Foreign())).message).toBe('type');
  });

  it('symbols are UTF-8: `$"Zürich" is 7 bytes', () => {
    expect(toHex(encode(K.symbol('Zürich')))).toBe('f55ac3bc7269636800');
    expect((decode(encode(K.symbol(['Zürich', 'a']))) as Vector<11>).data).toEqual(['Zürich', 'a']);
  });

  it('iterator types 103 and 110, which no fixture has, round-trip', () => {
    const v = new Derived(110, new Primitive(103, 2));
    expect(toHex(encode(v))).toBe('6e6702');
    expect(decode(encode(v)).equals(v)).toBe(true);
  });
});

describe('decoded vectors share the received bytes', () => {
  const floats = K.float([1.5, 2.5, 3.5]);

  it('an aligned float vector is a view over the input', () => {
    const payload = encode(floats);
    const buf = new Uint8Array(payload.length + 2);
    buf.set(payload, 2); // items start at 2 + 6 = 8: aligned
    const v = decode(buf.subarray(2)) as Vector<9>;
    expect(v.data.buffer).toBe(buf.buffer);
    expect(v.equals(floats)).toBe(true);
  });

  it('an unaligned one is one copy; copy: true always copies', () => {
    const payload = encode(floats);
    const buf = new Uint8Array(payload.length + 1);
    buf.set(payload, 1);
    expect((decode(buf.subarray(1)) as Vector<9>).data.buffer).not.toBe(buf.buffer);
    const aligned = new Uint8Array(payload.length + 2);
    aligned.set(payload, 2);
    expect((decode(aligned.subarray(2), { copy: true }) as Vector<9>).data.buffer).not.toBe(
      aligned.buffer,
    );
  });

  it('char, boolean, byte and guid vectors are views at any offset', () => {
    const buf = new Uint8Array(64);
    const payload = encode(K.guid(['8c680a01-5a49-5aab-5a65-d4bfddb6a661']));
    buf.set(payload, 3);
    const g = decode(buf.subarray(3, 3 + payload.length)) as Vector<2>;
    expect(g.data.buffer).toBe(buf.buffer);
    expect(g.data.length).toBe(16);
  });

  it('columns of a decoded table are vectors, not per-item objects', () => {
    const t = new Table(['a', 'b'], [K.float([1, 2]), K.symbol(['x', 'y'])]);
    const back = decode(encode(t)) as Table;
    expect(back.data[0]!.type).toBe(9);
    expect((back.data[0] as Vector<9>).data).toBeInstanceOf(Float64Array);
    expect((back.data[1] as Vector<11>).data).toEqual(['x', 'y']);
  });
});

describe('big-endian messages (header byte 0 = 0), which javakdb and c.cs can send', () => {
  it.each([
    [
      '1 2 3i',
      '000000000000001a' + '0600' + '00000003' + '00000001' + '00000002' + '00000003',
      K.int([1, 2, 3]),
    ],
    ['1j', '0000000000000011' + 'f9' + '0000000000000001', K.long(1)],
    [
      '1.5 0n',
      '000000000000001e' + '0900' + '00000002' + '3ff8000000000000' + 'fff8000000000000',
      K.float([1.5, NaN]),
    ],
    ['-234h', '000000000000000b' + 'fb' + 'ff16', K.short(-234)],
    [
      '`a`b!1 2i',
      '0000000000000021' +
        '63' +
        '0b00' +
        '00000002' +
        '61006200' +
        '0600' +
        '00000002' +
        '00000001' +
        '00000002',
      null,
    ],
    [
      '{x}[1i]',
      '000000000000001d' +
        '68' +
        '00000002' +
        '6400' +
        '0a00' +
        '00000003' +
        '7b787d' +
        'fa' +
        '00000001',
      null,
    ],
  ])('%s', (_q, hex, expected) => {
    const m = decodeMessage(fromHex(hex));
    expect(m.littleEndian).toBe(false);
    if (expected !== null) expect(m.value.equals(expected)).toBe(true);
    const le = encodeMessage(m.value);
    expect(decodeMessage(le).value.equals(m.value)).toBe(true);
  });

  it('a big-endian message compresses and decompresses with its own byte order', () => {
    const n = 1000;
    const be = new Uint8Array(HEADER_BYTES + 6 + 4 * n);
    const view = new DataView(be.buffer);
    view.setUint32(4, be.length, false);
    be.set([6, 0], HEADER_BYTES);
    view.setInt32(HEADER_BYTES + 2, n, false);
    for (let i = 0; i < n; i++) view.setInt32(HEADER_BYTES + 6 + i * 4, 7, false);
    const z = compress(be);
    expect(z[2]).toBe(1);
    expect(new DataView(z.buffer, z.byteOffset).getUint32(8, false)).toBe(be.length);
    const m = decodeMessage(z);
    expect(m.littleEndian).toBe(false);
    expect(m.value.equals(K.int.vector(new Int32Array(n).fill(7)))).toBe(true);
  });
});
