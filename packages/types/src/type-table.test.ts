import { describe, expect, it } from 'vitest';
import { BASIC_CODES, TYPES, TypeCode, isBasicCode, typeInfo } from './type-table.js';

// q reference, Datatypes (basics/datatypes.md): code, char, size, null, infinity.
const REFERENCE: readonly [string, number, string, number][] = [
  ['boolean', 1, 'b', 1],
  ['guid', 2, 'g', 16],
  ['byte', 4, 'x', 1],
  ['short', 5, 'h', 2],
  ['int', 6, 'i', 4],
  ['long', 7, 'j', 8],
  ['real', 8, 'e', 4],
  ['float', 9, 'f', 8],
  ['char', 10, 'c', 1],
  ['symbol', 11, 's', 0],
  ['timestamp', 12, 'p', 8],
  ['month', 13, 'm', 4],
  ['date', 14, 'd', 4],
  ['datetime', 15, 'z', 8],
  ['timespan', 16, 'n', 8],
  ['minute', 17, 'u', 4],
  ['second', 18, 'v', 4],
  ['time', 19, 't', 4],
];

describe('type table', () => {
  it.each(REFERENCE)('%s is code %i, char %s, %i bytes', (name, code, char, width) => {
    const info = typeInfo(name);
    expect(info?.code).toBe(code);
    expect(info?.char).toBe(char);
    expect(info?.width).toBe(width);
    expect(typeInfo(char)).toBe(info);
    expect(typeInfo(-code)).toBe(info);
  });

  it('lists exactly the 18 basic codes in order', () => {
    expect(BASIC_CODES).toEqual(REFERENCE.map((r) => r[1]));
    expect(Object.keys(TypeCode)).toHaveLength(18);
  });

  it('has q bit patterns for nulls and infinities', () => {
    expect(TYPES[5].null).toBe(-32768);
    expect(TYPES[5].inf).toBe(32767);
    expect(TYPES[6].null).toBe(-(2 ** 31));
    expect(TYPES[6].ninf).toBe(-(2 ** 31 - 1));
    expect(TYPES[7].null).toBe(-(2n ** 63n));
    expect(TYPES[7].inf).toBe(2n ** 63n - 1n);
    expect(TYPES[12].null).toBe(TYPES[7].null);
    expect(TYPES[14].inf).toBe(TYPES[6].inf);
    expect(Number.isNaN(TYPES[9].null)).toBe(true);
    expect(TYPES[8].inf).toBe(Infinity);
    expect(TYPES[10].null).toBe(0x20);
    expect(TYPES[11].null).toBe('');
    expect(TYPES[1].null).toBeUndefined();
    expect(TYPES[4].null).toBeUndefined();
  });

  it('allocates storage of the right class and size', () => {
    for (const code of BASIC_CODES) {
      const data = TYPES[code].alloc(3);
      expect(data.length).toBe(code === 2 ? 48 : 3);
    }
    expect(TYPES[7].alloc(1)).toBeInstanceOf(BigInt64Array);
    expect(TYPES[15].alloc(1)).toBeInstanceOf(Float64Array);
  });

  it('rejects unknown codes', () => {
    expect(typeInfo(3)).toBeUndefined();
    expect(typeInfo('q')).toBeUndefined();
    expect(isBasicCode(3)).toBe(false);
    expect(isBasicCode(-7)).toBe(false);
    expect(isBasicCode(7)).toBe(true);
  });
});
