/**
 * Every real kdb+ byte string in ../shared/fixtures/ipc (SOURCES.md there gives each file's
 * provenance): it decodes, re-encodes to the same bytes (except rows whose NaN bytes the
 * source edited, nanCanonical=false, which SOURCES.md marks decode-only), and every
 * compressed one decompresses and re-compresses to the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { compress, decode, decodeMessage, decompress, encode, encodeMessage } from './index.js';
import { loadFixtures, toHex } from './test-support/fixtures.js';

const fixtures = loadFixtures();

/** The edited NaN patterns of the exxeleron files replaced by kdb+'s (sign bit set). */
function kdbNaN(hex: string): string {
  return hex.replaceAll('000000000000f87f', '000000000000f8ff').replaceAll('0000c07f', '0000c0ff');
}
const plain = fixtures.filter((f) => !f.compressed);
const compressed = fixtures.filter((f) => f.compressed);

describe('fixture set', () => {
  it('holds the 416 fixtures SOURCES.md lists, 8 of them compressed', () => {
    expect(fixtures).toHaveLength(416);
    expect(compressed).toHaveLength(8);
  });
});

describe.each(plain.map((f) => [`${f.id} ${f.expr ?? ''}`, f] as const))('%s', (_name, f) => {
  it('decodes the whole message', () => {
    expect(() => decodeMessage(f.message)).not.toThrow();
  });

  // Rows whose source edited the NaN bytes (nanCanonical=false) come back with kdb+'s own NaN.
  const expected = f.nanCanonical === false ? kdbNaN(toHex(f.message)) : toHex(f.message);

  it(
    f.nanCanonical === false ? 're-encodes with kdb+ NaN bytes' : 're-encodes to the same bytes',
    () => {
      const m = decodeMessage(f.message);
      expect(toHex(encodeMessage(m.value, { msgType: m.msgType }))).toBe(expected);
      expect(toHex(encode(decode(f.message.subarray(8))))).toBe(expected.slice(16));
    },
  );
});

describe.each(compressed.map((f) => [`${f.id} ${f.expr ?? ''}`, f] as const))('%s', (_name, f) => {
  it('decompresses and re-compresses to the same bytes', () => {
    const inflated = decompress(f.message);
    expect(inflated[2]).toBe(0);
    expect(inflated.length).toBe(new DataView(f.message.buffer).getUint32(8, true));
    expect(toHex(compress(inflated))).toBe(toHex(f.message));
  });

  it('decodes, and re-encodes with compression to the same bytes', () => {
    const m = decodeMessage(f.message);
    expect(m.compressed).toBe(true);
    expect(toHex(encodeMessage(m.value, { msgType: m.msgType, compress: 'auto' }))).toBe(
      toHex(f.message),
    );
  });
});
