/**
 * One case per display form, from the q reference's literal syntax (basics/datatypes.md:
 * nulls, infinities, literals) and q's rules for vectors, lists and functions. Values are
 * built from raw q units so these tests do not depend on the JS temporal conversions.
 */
import { describe, expect, it, test } from 'vitest';
import { Atom } from '../atom.js';
import { K } from '../constructors.js';
import { Dictionary } from '../dictionary.js';
import { EnumAtom, EnumVector } from '../enumeration.js';
import { KError } from '../k-error.js';
import { Composition, Derived, IDENTITY, Lambda, Primitive, Projection } from '../function.js';
import type { K as KValue } from '../k.js';
import { MixedList } from '../list.js';
import { KeyedTable, Table } from '../table.js';
import { formatInline, formatValue } from './format.js';
import { formatG } from './float-text.js';

const show = (x: KValue): string => formatValue(x);
const NJ = -(2n ** 63n);
const WJ = 2n ** 63n - 1n;
const NI = -(2 ** 31);
const WI = 2 ** 31 - 1;

const atoms: [string, KValue, string][] = [
  ['boolean', K.boolean(false), '0b'],
  ['byte', K.byte(42), '0x2a'],
  ['short', K.short(-1), '-1h'],
  ['int', K.int(1), '1i'],
  ['long', K.long(1), '1'],
  ['real', K.real(5.5), '5.5e'],
  ['integral real', K.real(1), '1e'],
  ['float', K.float(3.234), '3.234'],
  ['negative zero float', K.float(-0), '-0f'],
  ['char', K.char('a'), '"a"'],
  ['newline char', K.char('\n'), '"\\n"'],
  ['quote char', K.char('"'), '"\\""'],
  ['control char', K.char(1), '"\\001"'],
  ['symbol', K.symbol('abc'), '`abc'],
  [
    'timestamp',
    K.timestamp.atom(3n * 86_400_000_000_000n + 20_217_600_000_000n),
    '2000.01.04D05:36:57.600000000',
  ],
  ['timestamp before 2000', K.timestamp.atom(-1n), '1999.12.31D23:59:59.999999999'],
  ['month', new Atom(13, 12), '2001.01m'],
  ['month before 2000', new Atom(13, -1), '1999.12m'],
  ['date', new Atom(14, 0), '2000.01.01'],
  ['date before 2000', new Atom(14, -1), '1999.12.31'],
  ['datetime', new Atom(15, 0), '2000.01.01T00:00:00.000'],
  ['datetime with a fraction', new Atom(15, 1.5), '2000.01.02T12:00:00.000'],
  ['timespan', K.timespan.atom(0n), '0D00:00:00.000000000'],
  ['negative timespan', K.timespan.atom(-1n), '-0D00:00:00.000000001'],
  [
    'timespan of days',
    K.timespan.atom(86_400_000_000_000n + 3_723_000_000_001n),
    '1D01:02:03.000000001',
  ],
  ['minute', new Atom(17, 0), '00:00'],
  ['minute past a day', new Atom(17, 25 * 60 + 1), '25:01'],
  ['negative minute', new Atom(17, -1), '-00:01'],
  ['second', new Atom(18, 0), '00:00:00'],
  ['second', new Atom(18, 3661), '01:01:01'],
  ['time', new Atom(19, 0), '00:00:00.000'],
  ['time', new Atom(19, 45_296_789), '12:34:56.789'],
  ['negative time', new Atom(19, -1), '-00:00:00.001'],
];

const nulls: [string, KValue, string][] = [
  ['short', K.short.null, '0Nh'],
  ['int', K.int.null, '0Ni'],
  ['long', K.long.null, '0N'],
  ['real', K.real.null, '0Ne'],
  ['float', K.float.null, '0n'],
  ['char', K.char.null, '" "'],
  ['symbol', K.symbol.null, '`'],
  ['timestamp', K.timestamp.atom(NJ), '0Np'],
  ['month', new Atom(13, NI), '0Nm'],
  ['date', new Atom(14, NI), '0Nd'],
  ['datetime', new Atom(15, NaN), '0Nz'],
  ['timespan', K.timespan.atom(NJ), '0Nn'],
  ['minute', new Atom(17, NI), '0Nu'],
  ['second', new Atom(18, NI), '0Nv'],
  ['time', new Atom(19, NI), '0Nt'],
  ['guid', K.guid.null, '00000000-0000-0000-0000-000000000000'],
];

const infinities: [string, KValue, string][] = [
  ['short (no display)', K.short.inf, '32767h'],
  ['int', K.int.inf, '0Wi'],
  ['int negative', K.int.ninf, '-0Wi'],
  ['long', K.long.inf, '0W'],
  ['long negative', K.long.ninf, '-0W'],
  ['real', K.real.inf, '0we'],
  ['real negative', K.real.ninf, '-0we'],
  ['float', K.float.inf, '0w'],
  ['float negative', K.float.ninf, '-0w'],
  ['timestamp', K.timestamp.atom(WJ), '0Wp'],
  ['timestamp negative', K.timestamp.atom(-WJ), '-0Wp'],
  ['month', new Atom(13, WI), '0Wm'],
  ['date', new Atom(14, WI), '0Wd'],
  ['date negative', new Atom(14, -WI), '-0Wd'],
  ['datetime', new Atom(15, Infinity), '0wz'],
  ['datetime negative', new Atom(15, -Infinity), '-0wz'],
  ['timespan', K.timespan.atom(WJ), '0Wn'],
  ['minute', new Atom(17, WI), '0Wu'],
  ['second', new Atom(18, WI), '0Wv'],
  ['time', new Atom(19, WI), '0Wt'],
];

const vectors: [string, KValue, string][] = [
  ['longs', K.long([1, 2, 3]), '1 2 3'],
  ['shorts', K.short([1, 2, 3]), '1 2 3h'],
  ['ints with null and infinities', K.int.vector(new Int32Array([NI, WI, -WI])), '0N 0W -0Wi'],
  ['shorts with null', K.short([1, null]), '1 0Nh'],
  ['integral floats', K.float([1, 2, 3]), '1 2 3f'],
  ['floats', K.float([1.5, 2, 3]), '1.5 2 3'],
  ['floats with null', K.float([1, NaN]), '1 0n'],
  ['reals', K.real([1, 2]), '1 2e'],
  [
    'reals with null and infinity',
    K.real.vector(new Float32Array([NaN, Infinity, 1.5])),
    '0N 0w 1.5e',
  ],
  ['booleans', K.boolean([false, true, false]), '010b'],
  ['bytes', K.byte([1, 2]), '0x0102'],
  ['string', K.string('abc'), '"abc"'],
  ['string with escapes', K.string('a"b\\c\td'), '"a\\"b\\\\c\\td"'],
  ['symbols', K.symbol(['a', 'b']), '`a`b'],
  [
    'guids',
    K.guid(['8c680a01-5a49-5aab-5a65-d4bfddb6a661', '00000000-0000-0000-0000-000000000000']),
    '8c680a01-5a49-5aab-5a65-d4bfddb6a661 00000000-0000-0000-0000-000000000000',
  ],
  ['months always have m', K.month.vector(new Int32Array([0, 1])), '2000.01 2000.02m'],
  ['minutes need no suffix', K.minute.vector(new Int32Array([1, 2])), '00:01 00:02'],
  ['seconds', K.second.vector(new Int32Array([1, 2])), '00:00:01 00:00:02'],
  ['times', K.time.vector(new Int32Array([1, 2])), '00:00:00.001 00:00:00.002'],
  [
    'timespans',
    K.timespan.vector(BigInt64Array.from([0n, 1n])),
    '0D00:00:00.000000000 0D00:00:00.000000001',
  ],
  ['dates with a null', K.date.vector(new Int32Array([0, NI])), '2000.01.01 0N'],
  ['all-null dates keep their suffix', K.date.vector(new Int32Array([NI, NI])), '0N 0Nd'],
  ['all-null timestamps', K.timestamp.vector(BigInt64Array.from([NJ, NJ])), '0N 0Np'],
  ['all-null months', K.month.vector(new Int32Array([NI, NI])), '0N 0Nm'],
  ['all-null minutes', K.minute.vector(new Int32Array([NI, NI])), '0N 0Nu'],
  [
    'datetime infinity in a vector',
    K.datetime.vector(Float64Array.from([0, Infinity])),
    '2000.01.01T00:00:00.000 0w',
  ],
  ['single long', K.long([1]), ',1'],
  ['single char', K.string('a'), ',"a"'],
  ['single symbol', K.symbol(['a']), ',`a'],
  ['single boolean', K.boolean([true]), ',1b'],
  ['single byte', K.byte([1]), ',0x01'],
  ['single short', K.short([1]), ',1h'],
  ['single integral float', K.float([1]), ',1f'],
  ['single date null', K.date.vector(new Int32Array([NI])), ',0Nd'],
  ['empty long', K.long.empty, '`long$()'],
  ['empty symbol', K.symbol.empty, '`symbol$()'],
  ['empty string', K.char.empty, '""'],
  ['empty date', K.date.empty, '`date$()'],
  ['empty guid', K.guid.empty, '`guid$()'],
  ['sorted attribute', K.long([1, 2, 3], 's'), '`s#1 2 3'],
  ['unique attribute on symbols', K.symbol(['a', 'b'], 'u'), '`u#`a`b'],
  ['empty general list', new MixedList([]), '()'],
];

describe('atoms', () => {
  test.each(atoms)('%s', (_n, x, text) => expect(show(x)).toBe(text));
});
describe('nulls (basics/datatypes.md)', () => {
  test.each(nulls)('%s', (_n, x, text) => expect(show(x)).toBe(text));
});
describe('infinities (basics/datatypes.md)', () => {
  test.each(infinities)('%s', (_n, x, text) => expect(show(x)).toBe(text));
});
describe('vectors', () => {
  test.each(vectors)('%s', (_n, x, text) => expect(show(x)).toBe(text));
});

describe('%g float text', () => {
  test.each([
    [1e10, 7, '1e+10'],
    [1e7, 7, '1e+07'],
    [1e6, 7, '1000000'],
    [0.0001, 7, '0.0001'],
    [0.00001, 7, '1e-05'],
    [123456789, 7, '1.234568e+08'],
    [1e100, 7, '1e+100'],
    [-2.5e-7, 7, '-2.5e-07'],
    [0.1, 17, '0.10000000000000001'],
    [100, 2, '1e+02'],
  ] as const)('%d at %d digits', (x, digits, text) => expect(formatG(x, digits)).toBe(text));
});

describe('general lists, dictionaries and tables', () => {
  test('nested forms of dictionaries and tables inside a list', () => {
    const d = new Dictionary(K.symbol(['a', 'b']), K.long([1, 2]));
    const t = new Table(['a'], [K.long([1, 2])]);
    const kt = new KeyedTable(
      new Table(['k'], [K.long([1, 2, 3])]),
      new Table(['xx', 'yy'], [K.long([10, 40, 0]), K.long([1, 2, 3])]),
    );
    expect(show(new MixedList([K.long(1), d, t, kt]))).toBe(
      '1\n`a`b!1 2\n+(,`a)!,1 2\n(+(,`k)!,1 2 3)!+`xx`yy!(10 40 0;1 2 3)',
    );
  });
  test('single-key dictionary nests with parentheses', () => {
    const d = new Dictionary(K.symbol(['a']), K.long([1]));
    expect(show(new MixedList([d, K.long(2)]))).toBe('(,`a)!,1\n2');
  });
  test('sorted dictionary shows its attribute when nested', () => {
    const d = new Dictionary(K.symbol(['a', 'b']), K.long([1, 2]), true);
    expect(show(new MixedList([d, K.long(2)]))).toBe('`s#`a`b!1 2\n2');
  });
  test('dictionary with null values shows blanks', () => {
    expect(show(new Dictionary(K.symbol(['a', 'b']), K.float([1.5, NaN])))).toBe('a| 1.5\nb| ');
  });
  test('table cells: booleans bare, bytes with 0x, chars raw, nulls blank', () => {
    const t = new Table(
      ['b', 'x', 'c', 'd'],
      [
        K.boolean([true, false]),
        K.byte([1, 255]),
        K.string('a '),
        K.date.vector(new Int32Array([0, NI])),
      ],
    );
    expect(show(t).split('\n')).toEqual([
      'b x    c d         ',
      '-------------------',
      '1 0x01 a 2000.01.01',
      '0 0xff' + ' '.repeat(13),
    ]);
  });
  test('table rows stop at the console height with ..', () => {
    const t = new Table(['a'], [K.long(Array.from({ length: 100 }, (_, i) => i))]);
    const lines = formatValue(t).split('\n');
    expect(lines).toHaveLength(23);
    expect(lines.slice(0, 3)).toEqual(['a ', '--', '0 ']);
    expect(lines[21]).toBe('19');
    expect(lines[22]).toBe('..');
  });
  test('a table that fits is shown whole', () => {
    const t = new Table(['a'], [K.long(Array.from({ length: 21 }, (_, i) => i))]);
    expect(formatValue(t).split('\n')).toHaveLength(23);
  });
  test('long vector cut at 77 characters and ..', () => {
    const text = show(K.long(Array.from({ length: 1000 }, (_, i) => i)));
    expect(text).toHaveLength(79);
    expect(text.endsWith('..')).toBe(true);
  });
  test('a 79-character line is not cut', () => {
    const text = show(K.string('x'.repeat(77)));
    expect(text).toHaveLength(79);
    expect(text.endsWith('x"')).toBe(true);
  });
  test('symbol widths count UTF-8 bytes, as q pads by bytes', () => {
    expect(show(new Dictionary(K.symbol(['Zür', 'abcde']), K.long([1, 2])))).toBe(
      'Zür | 1\nabcde| 2',
    );
  });
});

describe('enumerations', () => {
  test('vector', () =>
    expect(show(new EnumVector(20, 'sym', BigInt64Array.from([0n, 1n]), ['a', 'b']))).toBe(
      '`sym$`a`b',
    ));
  test('single item', () =>
    expect(show(new EnumVector(20, 'sym', BigInt64Array.from([1n]), ['a', 'b']))).toBe('`sym$,`b'));
  test('atom', () => expect(show(new EnumAtom(-20, 'sym', 0n, 'a'))).toBe('`sym$`a'));
  test('column shows bare symbols', () => {
    const t = new Table(
      ['s'],
      [new EnumVector(20, 'sym', BigInt64Array.from([0n, 1n]), ['a', 'bc'])],
    );
    expect(show(t)).toBe('s \n--\na \nbc');
  });
});

describe('functions and errors', () => {
  test('lambda', () => expect(show(new Lambda('{x+y}'))).toBe('{x+y}'));
  test('binary primitive', () => expect(show(new Primitive(102, 1))).toBe('+'));
  test('unary primitive', () => expect(show(new Primitive(101, 2))).toBe('-:'));
  test('projection', () =>
    expect(show(new Projection([new Lambda('{x+y}'), K.long(3)]))).toBe('{x+y}[3]'));
  test('projection with an elided argument', () =>
    expect(show(new Projection([new Primitive(102, 1), IDENTITY, K.long(1)]))).toBe('+[;1]'));
  test('derived each-left', () =>
    expect(show(new Derived(111, new Primitive(102, 12)))).toBe(',\\:'));
  test('composition', () =>
    expect(show(new Composition([new Primitive(101, 2), new Primitive(102, 1)]))).toBe("'[-:;+]"));
  test('identity inside a list', () =>
    expect(show(new MixedList([IDENTITY, K.long(1)]))).toBe('::\n1'));
  test('identity at top level prints nothing', () => expect(show(IDENTITY)).toBe(''));
  test('error', () => expect(show(new KError('type'))).toBe("'type"));
});

describe('formatInline (-3!x)', () => {
  it('gives one line of q source for any value', () => {
    expect(formatInline(K.long([1, 2, 3]))).toBe('1 2 3');
    expect(formatInline(K.string('abc'))).toBe('"abc"');
    expect(formatInline(new Dictionary(K.symbol(['a', 'b']), K.long([1, 2])))).toBe('`a`b!1 2');
    expect(formatInline(new MixedList([K.long(1), K.string('ab')]))).toBe('(1;"ab")');
    expect(formatInline(K.float(1 / 3), { precision: 3 })).toBe('0.333');
  });
});
