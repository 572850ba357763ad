import { describe, expect, it } from 'vitest';
import { K } from '../constructors.js';
import type { K as KValue } from '../k.js';
import { formatGuid } from '../guid.js';
import { MixedList } from '../list.js';
import type { Atom } from '../atom.js';
import { parse } from './index.js';
import type { Vector } from '../vector.js';

/** Raw content of an atom or vector for comparisons in tests: the atom's value or the items. */
function raw(k: KValue): unknown {
  if (k.type < 0 && k.type > -20) return (k as Atom).value;
  if (k.type > 0 && k.type < 20) return Array.from((k as Vector).data as ArrayLike<unknown>);
  throw new Error(`not an atom or vector: type ${k.type}`);
}

/** Type and raw content together, so a failure shows both. */
function typed(k: KValue): { type: number; raw: unknown } {
  return { type: k.type, raw: raw(k) };
}

const DAY = 86_400_000_000_000n;
const S = 1_000_000_000n;
const QAN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789';
const INT_NULL = -0x80000000;
const LONG_NULL = -0x8000000000000000n;
/** `"B"$'x`: Tok each char of a string. */
const eachChar = (s: string): MixedList => new MixedList(Array.from(s, (c) => K.char(c)));
const guidText = (k: unknown): string => formatGuid((k as Atom<2>).value);

describe('docs/ref/tok.md, in order', () => {
  it('"E"$"3.14" and -8h$"3.14" are 3.14e', () => {
    expect(typed(parse('E', '3.14'))).toEqual({ type: -8, raw: Math.fround(3.14) });
    expect(typed(parse(-8, '3.14'))).toEqual({ type: -8, raw: Math.fround(3.14) });
  });

  it('"D"$"2000-12-12" is 2000.12.12', () => {
    expect(typed(parse('D', '2000-12-12'))).toEqual({ type: -14, raw: 346 });
  });

  it('"U"$"12:13:14" is 12:13', () => {
    expect(typed(parse('U', '12:13:14'))).toEqual({ type: -17, raw: 733 });
  });

  it('"T"$"123456789" is 12:34:56.789', () => {
    expect(typed(parse('T', '123456789'))).toEqual({ type: -19, raw: 45_296_789 });
  });

  it('"P"$"2015-10-28D03:55:58.6542" is 2015.10.28D03:55:58.654200000', () => {
    const ns = 5779n * DAY + BigInt((3 * 60 + 55) * 60 + 58) * S + 654_200_000n;
    expect(typed(parse('P', '2015-10-28D03:55:58.6542'))).toEqual({ type: -12, raw: ns });
  });

  it('out of range is null: "H"$"32768", "I"$"2147483648", "D"$"2147483648"', () => {
    expect(typed(parse('H', '32768'))).toEqual({ type: -5, raw: -0x8000 });
    expect(typed(parse('I', '2147483648'))).toEqual({ type: -6, raw: INT_NULL });
    expect(typed(parse('D', '2147483648'))).toEqual({ type: -14, raw: INT_NULL });
  });

  it('"BXH"$("42";"42";"42") is 0b 0x42 42h', () => {
    expect(['B', 'X', 'H'].map((t) => typed(parse(t, '42')))).toEqual([
      { type: -1, raw: 0 },
      { type: -4, raw: 0x42 },
      { type: -5, raw: 42 },
    ]);
  });

  it('("B";"XHI")$("42";("42";"42";"42")): I gives 42i', () => {
    expect(typed(parse('I', '42'))).toEqual({ type: -6, raw: 42 });
  });

  it('"B"$"   Y  " is 1b; "B"$\'"   Y  " is 000100b', () => {
    expect(typed(parse('B', '   Y  '))).toEqual({ type: -1, raw: 1 });
    expect(typed(parse('B', eachChar('   Y  ')))).toEqual({ type: 1, raw: [0, 0, 0, 1, 0, 0] });
  });

  it('"S"$"hello" and `$"hello" are `hello; `$"   IBM   " is `IBM', () => {
    expect(typed(parse('S', 'hello'))).toEqual({ type: -11, raw: 'hello' });
    expect(typed(parse('', 'hello'))).toEqual({ type: -11, raw: 'hello' });
    expect(typed(parse('', '   IBM   '))).toEqual({ type: -11, raw: 'IBM' });
  });

  it('"B"$(" Y ";"    N ") is 10b', () => {
    expect(typed(parse('B', [' Y ', '    N ']))).toEqual({ type: 1, raw: [1, 0] });
  });

  it('"B"$\'" ",.Q.an: only t x y T X Y 1 are true', () => {
    const bits = '0000000000000000000010001100000000000000000000100011000100000000';
    expect(typed(parse('B', eachChar(' ' + QAN)))).toEqual({
      type: 1,
      raw: Array.from(bits, Number),
    });
  });

  it('"I"$"192.168.1.34" is an IP address as an int', () => {
    expect(typed(parse('I', '192.168.1.34'))).toEqual({ type: -6, raw: -1062731486 });
  });

  it('"G"$ reads IPv4 and IPv6 addresses', () => {
    const cases: [string, string][] = [
      ['192.0.2.1', '00000000-0000-0000-0000-ffffc0000201'],
      ['2001:0DB8:85A3:0000:0000:8A2E:0370:7334', '20010db8-85a3-0000-0000-8a2e03707334'],
      ['2001:0DB8:85A3::8A2E:0370:7334', '20010db8-85a3-0000-0000-8a2e03707334'],
      ['::8A2E:0370:7334', '00000000-0000-0000-0000-8a2e03707334'],
      ['::FFFF:192.0.2.1', '00000000-0000-0000-0000-ffffc0000201'],
      ['::FFFF:c000:201', '00000000-0000-0000-0000-ffffc0000201'],
      ['192.0.2.1', '00000000-0000-0000-0000-ffffc0000201'],
    ];
    for (const [text, expected] of cases) expect(guidText(parse('G', text))).toBe(expected);
  });

  it('"NT"$\\:"123456123987654"', () => {
    expect(typed(parse('N', '123456123987654'))).toEqual({ type: -16, raw: 45_296_123_987_654n });
    expect(typed(parse('T', '123456123987654'))).toEqual({ type: -19, raw: 45_296_123 });
  });

  it('"P"$ of 9 to 11 digits is seconds since the Unix epoch', () => {
    const unix = -946_684_800n * S;
    expect(typed(parse('P', '10129708800'))).toEqual({
      type: -12,
      raw: unix + 10_129_708_800n * S,
    });
    expect(typed(parse('P', '00000000000'))).toEqual({ type: -12, raw: unix });
    expect(typed(parse('P', '10129708800.123456789'))).toEqual({
      type: -12,
      raw: unix + 10_129_708_800n * S + 123_456_789n,
    });
    expect(typed(parse('P', '00000000000.123456789'))).toEqual({
      type: -12,
      raw: unix + 123_456_789n,
    });
  });

  it('"PZ"$\\:"20191122-11:11:11.123"', () => {
    const ms = (11 * 3600 + 11 * 60 + 11) * 1000 + 123;
    expect(typed(parse('P', '20191122-11:11:11.123'))).toEqual({
      type: -12,
      raw: 7265n * DAY + BigInt(ms) * 1_000_000n,
    });
    const z = parse('Z', '20191122-11:11:11.123') as Atom<15>;
    expect(z.type).toBe(-15);
    expect(Math.round(z.value * 86_400_000)).toBe(7265 * 86_400_000 + ms);
  });

  it('date formats: [yy]yymmdd, ddMMM[yy]yy, yyyy/[mm|MMM]/dd, [mm|MMM]/dd/[yy]yy', () => {
    for (const text of [
      '20200102',
      '200102',
      '02Jan2020',
      '02jan20',
      '2020/01/02',
      '2020/Jan/02',
      '01/02/2020',
      'Jan/02/2020',
      '01/02/20',
    ]) {
      expect(typed(parse('D', text)), text).toEqual({ type: -14, raw: 7306 });
    }
  });
});

describe('docs/basics/datatypes.md and docs/ref/dotq.md', () => {
  it('"D"$"3001.01.01" is 3001.01.01', () => {
    expect(typed(parse('D', '3001.01.01'))).toEqual({ type: -14, raw: 365608 });
  });

  it('"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661" is that guid', () => {
    expect(guidText(parse('G', '8c680a01-5a49-5aab-5a65-d4bfddb6a661'))).toBe(
      '8c680a01-5a49-5aab-5a65-d4bfddb6a661',
    );
  });

  it('"I"$"104.130.139.23" is 1753385751i', () => {
    expect(typed(parse('I', '104.130.139.23'))).toEqual({ type: -6, raw: 1753385751 });
  });
});

describe('Tok edge cases', () => {
  it('integers: signs, blanks, nulls, infinities; anything else is null', () => {
    expect(typed(parse('J', '42'))).toEqual({ type: -7, raw: 42n });
    expect(typed(parse('J', ' -42 '))).toEqual({ type: -7, raw: -42n });
    expect(typed(parse('J', '+5'))).toEqual({ type: -7, raw: 5n });
    expect(typed(parse('J', '0W'))).toEqual({ type: -7, raw: 0x7fffffffffffffffn });
    expect(typed(parse('I', '-0W'))).toEqual({ type: -6, raw: -0x7fffffff });
    for (const text of ['', 'abc', '12abc', '1 2', '0N', '9223372036854775808']) {
      expect(typed(parse('J', text)), text).toEqual({ type: -7, raw: LONG_NULL });
    }
    expect(typed(parse('H', '-32768'))).toEqual({ type: -5, raw: -0x8000 });
    expect(typed(parse('I', '256.1.1.1'))).toEqual({ type: -6, raw: INT_NULL });
  });

  it('floats: decimals, exponents, nulls and infinities; bad text is 0n', () => {
    expect(typed(parse('F', '1.5'))).toEqual({ type: -9, raw: 1.5 });
    expect(typed(parse('F', '.5'))).toEqual({ type: -9, raw: 0.5 });
    expect(typed(parse('F', '-1e3'))).toEqual({ type: -9, raw: -1000 });
    expect(typed(parse('F', '0w'))).toEqual({ type: -9, raw: Infinity });
    expect(typed(parse('F', '-0w'))).toEqual({ type: -9, raw: -Infinity });
    expect(typed(parse('F', 'abc')).raw).toBeNaN();
    expect(typed(parse('E', '')).raw).toBeNaN();
  });

  it('byte, char, symbol, string', () => {
    expect(typed(parse('X', 'ff'))).toEqual({ type: -4, raw: 255 });
    expect(typed(parse('X', 'zz'))).toEqual({ type: -4, raw: 0 });
    expect(typed(parse('C', 'a'))).toEqual({ type: -10, raw: 97 });
    expect(typed(parse('C', 'ab'))).toEqual({ type: -10, raw: 32 });
    expect(typed(parse('S', 'a b'))).toEqual({ type: -11, raw: 'a b' });
    expect(typed(parse('*', '2012-02-02'))).toEqual({
      type: 10,
      raw: Array.from('2012-02-02', (c) => c.charCodeAt(0)),
    });
    const s = K.string('x');
    expect(parse(0, s)).toBe(s);
  });

  it('guids: bad text is the null guid', () => {
    expect(guidText(parse('G', 'nope'))).toBe('00000000-0000-0000-0000-000000000000');
    expect(guidText(parse('G', '1::2::3'))).toBe('00000000-0000-0000-0000-000000000000');
  });

  it('temporal: q literals, other forms, invalid dates are null', () => {
    expect(typed(parse('D', '2020.01.02'))).toEqual({ type: -14, raw: 7306 });
    expect(typed(parse('D', '2023.02.29'))).toEqual({ type: -14, raw: INT_NULL });
    expect(typed(parse('D', 'abc'))).toEqual({ type: -14, raw: INT_NULL });
    expect(typed(parse('M', '2020.03'))).toEqual({ type: -13, raw: 242 });
    expect(typed(parse('P', '2020.01.02'))).toEqual({ type: -12, raw: 7306n * DAY });
    expect(typed(parse('N', '1D'))).toEqual({ type: -16, raw: DAY });
    expect(typed(parse('V', '123456'))).toEqual({ type: -18, raw: 45_296 });
    expect(typed(parse('U', '1234'))).toEqual({ type: -17, raw: 754 });
    expect(typed(parse('T', '12:60'))).toEqual({ type: -19, raw: INT_NULL });
    expect(typed(parse('P', 'x'))).toEqual({ type: -12, raw: LONG_NULL });
    expect(typed(parse('Z', 'x')).raw).toBeNaN();
  });

  it('lists of strings give vectors; nested lists stay general; () gives an empty vector', () => {
    expect(typed(parse('J', ['1', '23', 'x']))).toEqual({ type: 7, raw: [1n, 23n, LONG_NULL] });
    const r = parse(
      'J',
      new MixedList([new MixedList([K.string('1'), K.string('2')]), K.string('3')]),
    ) as MixedList;
    expect(r.items.map(typed)).toEqual([
      { type: 7, raw: [1n, 2n] },
      { type: -7, raw: 3n },
    ]);
    expect(typed(parse('J', new MixedList([])))).toEqual({ type: 7, raw: [] });
    expect(typed(parse('D', ['2020.01.02', '']))).toEqual({ type: 14, raw: [7306, INT_NULL] });
  });

  it("Tok of anything but text is 'type", () => {
    expect(() => parse('J', K.long.atom(1n))).toThrow('type');
    expect(() => parse('J', K.symbol('a'))).toThrow('type');
    expect(() => parse('Q', '1')).toThrow('type');
  });
});
