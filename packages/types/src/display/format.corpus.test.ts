/**
 * Console text checked against real q output: each case builds the value by hand and
 * compares with the `expected` text of /work/shared/corpus/dev.jsonl (page and case
 * number in the name), or with a transcript quoted from the q reference (syscmds `\c`,
 * `\P`). Trailing blanks are compared as the corpus runner compares them (trimmed).
 */
import { describe, expect, test } from 'vitest';
import { K } from '../constructors.js';
import { Dictionary } from '../dictionary.js';
import { Derived, IDENTITY, Lambda, Primitive } from '../function.js';
import type { K as KValue } from '../k.js';
import { MixedList } from '../list.js';
import { KeyedTable, Table } from '../table.js';
import { daysFromCivil } from '../temporal/calendar.js';
import { formatValue, type DisplayOptions } from './format.js';

const norm = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.replace(/ +$/, ''))
    .join('\n');
const show = (x: KValue, o?: DisplayOptions): string => norm(formatValue(x, o));

const j = (...xs: (number | null)[]): KValue => K.long(xs);
const f = (...xs: number[]): KValue => K.float(xs);
const s = (...xs: string[]): KValue => K.symbol(xs);
const str = (t: string): KValue => K.string(t);
const L = (...xs: KValue[]): MixedList => new MixedList(xs);
const D = (k: KValue, v: KValue): Dictionary => new Dictionary(k, v);
const T = (cols: Record<string, KValue>): Table =>
  new Table(Object.keys(cols), Object.values(cols));
const KT = (k: Table, v: Table): KeyedTable => new KeyedTable(k, v);
const day = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);
const NS_DAY = 86_400_000_000_000n;
const secs = (h: number, m: number, sec: number): number => h * 3600 + m * 60 + sec;
const W = 0x7fffffffffffffffn;

type Case = readonly [
  name: string,
  value: () => KValue,
  expected: string,
  options?: DisplayOptions,
];

const cases: Case[] = [
  ['abs.md#1 float atom', () => K.float(1), '1f'],
  ['abs.md#2 long vector with null', () => j(10, 43, null), '10 43 0N'],
  ['abs.md#3 date atom', () => K.date.atom(day(2000, 12, 31)), '2000.12.31'],
  ['abs.md#5 negative longs', () => j(-365, 365), '-365 365'],
  ['abs.md#6 list of atom and vector', () => L(K.long(10), j(20, 30)), '10\n20 30'],
  [
    'accumulators.md#8 list of strings',
    () => L(str('abcd'), str('bcda'), str('cdab'), str('dabc')),
    '"abcd"\n"bcda"\n"cdab"\n"dabc"',
  ],
  [
    'accumulators.md#9 exponent forms',
    () => {
      const xs = [0.1];
      for (let i = 0; i < 9; i++) xs.push((xs[i] ?? 0) * (xs[i] ?? 0));
      return K.float(xs);
    },
    '0.1 0.01 0.0001 1e-08 1e-16 1e-32 1e-64 1e-128 1e-256 0',
  ],
  [
    'accumulators.md#13 long matrix aligned',
    () => L(j(2, 7), j(4, 14), j(8, 28), j(16, 56)),
    '2  7\n4  14\n8  28\n16 56',
  ],
  [
    'accumulators.md#14 nested enlists',
    () => {
      const out: KValue[] = [K.long(1)];
      for (let i = 0; i < 5; i++) {
        const prev = out[i] as KValue;
        out.push(prev.type < 0 ? j(1) : L(prev));
      }
      return new MixedList(out);
    },
    '1\n,1\n,,1\n,,,1\n,,,,1\n,,,,,1',
  ],
  [
    'accumulators.md#15 nested general lists',
    () => {
      const out: KValue[] = [K.long(1)];
      for (let i = 0; i < 5; i++) out.push(L(K.symbol('f'), out[i] as KValue));
      return new MixedList(out);
    },
    '1\n(`f;1)\n(`f;(`f;1))\n(`f;(`f;(`f;1)))\n(`f;(`f;(`f;(`f;1))))\n(`f;(`f;(`f;(`f;(`f;1)))))',
  ],
  [
    'accumulators.md#22 float matrix prints without suffix',
    () => {
      const rows: KValue[] = [];
      let [a, b] = [1, 1];
      for (let i = 0; i < 11; i++) {
        rows.push(f(a, b));
        [a, b] = [b, a + b];
      }
      return new MixedList(rows);
    },
    '1  1\n1  2\n2  3\n3  5\n5  8\n8  13\n13 21\n21 34\n34 55\n55 89\n89 144',
  ],
  [
    'accumulators.md#37 single-item vector in a list',
    () => L(j(2), j(2, 3), j(2, 3, 4)),
    ',2\n2 3\n2 3 4',
  ],
  [
    'accumulators.md#42 string and longs',
    () => L(str('The'), K.long(8), K.long(6), K.long(4)),
    '"The"\n8\n6\n4',
  ],
  [
    'accumulators.md#52 integral floats get f',
    () => f(1005, 2016, 6055, 24228),
    '1005 2016 6055 24228f',
  ],
  [
    'aj.md#4 table with second column',
    () =>
      T({
        time: K.second.vector(
          new Int32Array([secs(10, 1, 0), secs(10, 1, 0), secs(10, 1, 0), secs(10, 1, 2)]),
        ),
        sym: s('ibm', 'msft', 'msft', 'ibm'),
        px: j(100, 99, 101, 98),
      }),
    'time     sym  px\n-----------------\n10:01:00 ibm  100\n10:01:00 msft 99\n10:01:00 msft 101\n10:01:02 ibm  98',
  ],
  ['amend.md#5 matrix', () => L(j(1, 2, 3), j(4, 5, 6)), '1 2 3\n4 5 6'],
  [
    'maps.md symbol matrix prints bare, aligned',
    () => L(s('Kuh', 'Hund', 'Katte'), s('vache', 'chien', 'chat')),
    'Kuh   Hund  Katte\nvache chien chat',
  ],
  [
    'language.md list of symbols and longs is a matrix',
    () => L(s('nut', 'bolt'), j(6, 8)),
    'nut bolt\n6   8',
  ],
  [
    'reverse.md dictionary of a string and longs prints the string bare',
    () => D(s('b', 'a'), L(K.string('xyz'), j(1, 2, 3))),
    'b| x y z\na| 1 2 3',
  ],
  ['strings alone keep their quotes', () => L(K.string('ab'), K.string('cd')), '"ab"\n"cd"'],
  [
    'funsql.md exec by: a dictionary from a list to a table',
    () => D(s('a', 'b'), new Table(['c2'], [j(10, 20)])),
    ' | c2\n-| --\na| 10\nb| 20',
  ],
  [
    'value.md a one-item list of a vector prints the vector',
    () => L(j(0, 1, 2, 3, 4)),
    '0 1 2 3 4',
  ],
  ['amend.md#8 float vector and string', () => L(f(5, 2.14), str('abx')), '5 2.14\n"abx"'],
  ['amend.md#19 ragged list', () => L(j(2, 0), j(0, 1, 0)), '2 0\n0 1 0'],
  [
    'apply.md#25 symbol dictionary',
    () => D(s('cat', 'cow', 'dog', 'sheep'), s('chat', 'vache', 'chien', 'mouton')),
    'cat  | chat\ncow  | vache\ndog  | chien\nsheep| mouton',
  ],
  [
    'apply.md#28 long keys padded',
    () => D(j(0, 10, 20, 30, 40, 50, 60, 70, 80, 90), j(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
    '0 | 0\n10| 1\n20| 2\n30| 3\n40| 4\n50| 5\n60| 6\n70| 7\n80| 8\n90| 9',
  ],
  [
    'apply.md#37 dictionary of longs',
    () => D(s('o', 'h', 'l', 'c'), j(1, 22, 1, 22)),
    'o| 1\nh| 22\nl| 1\nc| 22',
  ],
  ['ceiling.md#2 int vector', () => K.int([0, 1]), '0 1i'],
  ['ceiling.md#3 atom then vector', () => L(K.long(2), j(4, 6)), '2\n4 6'],
  [
    'ceiling.md#4 dictionary with a list value',
    () => D(s('a', 'b'), L(K.long(2), j(4, 6))),
    'a| 2\nb| 4 6',
  ],
  ['ceiling.md#5 table', () => T({ a: j(2, 4), b: j(6, 8) }), 'a b\n---\n2 6\n4 8'],
  [
    'coalesce.md#6 keyed table with nulls blank',
    () => KT(T({ k: j(2, 3) }), T({ c1: j(null, 3000), c2: s('bbb', '') })),
    'k| c1   c2\n-| --------\n2|      bbb\n3| 3000',
  ],
  [
    'coalesce.md#3 keyed table',
    () =>
      KT(
        T({ k: j(1, 2, 3, 4, 5) }),
        T({ c1: j(10, 20, 300, 400, 500), c2: s('a', 'b', 'cc', 'dd', 'ee') }),
      ),
    'k| c1  c2\n-| ------\n1| 10  a\n2| 20  b\n3| 300 cc\n4| 400 dd\n5| 500 ee',
  ],
  [
    'cos.md#5 floats at 7 digits',
    () => L(K.float(Math.cos(0.2)), f(Math.cos(0.3), Math.cos(0.4))),
    '0.9800666\n0.9553365 0.921061',
  ],
  [
    'cross.md#1 long pairs',
    () => L(j(1, 10), j(1, 20), j(2, 10), j(2, 20), j(3, 10), j(3, 20)),
    '1 10\n1 20\n2 10\n2 20\n3 10\n3 20',
  ],
  [
    'cross.md#2 matrix of general lists',
    () =>
      L(...[2, 3].flatMap((a) => ['a', 'b', 'c'].map((c) => L(K.long(a), K.long(10), K.char(c))))),
    '2 10 "a"\n2 10 "b"\n2 10 "c"\n3 10 "a"\n3 10 "b"\n3 10 "c"',
  ],
  [
    'cross.md#5 table',
    () => T({ s: s('IBM', 'IBM', 'MSFT', 'MSFT', 'AAPL', 'AAPL'), v: j(1, 2, 1, 2, 1, 2) }),
    's    v\n------\nIBM  1\nIBM  2\nMSFT 1\nMSFT 2\nAAPL 1\nAAPL 2',
  ],
  [
    'cut.md#2 empty vector in a list',
    () => L(j(2, 3), K.long.empty, j(4, 5, 6, 7, 8), j(9)),
    '2 3\n`long$()\n4 5 6 7 8\n,9',
  ],
  ['cut.md#7 cuts', () => L(j(0, 1, 2, 3), j(4), j(5, 6)), '0 1 2 3\n,4\n5 6'],
  ['delete.md#3 one symbol column', () => T({ a: s('a', 'b', 'c') }), 'a\n-\na\nb\nc'],
  ['delete.md#4 dictionary', () => D(s('a', 'b', 'c'), j(0, 1, 2)), 'a| 0\nb| 1\nc| 2'],
  [
    'desc.md#2 general list of atoms',
    () => L(K.date.atom(day(2009, 1, 1)), K.char('b'), K.char('a'), K.long(1), K.long(0)),
    '2009.01.01\n"b"\n"a"\n1\n0',
  ],
  [
    'desc.md#6 meta: char columns with blanks',
    () => KT(T({ c: s('a', 'b') }), T({ t: str('js'), f: str('  '), a: str('  ') })),
    'c| t f a\n-| -----\na| j\nb| s',
  ],
  ['dev.md#6 float dictionary', () => D(s('a', 'b'), f(1.247219128924647, 2)), 'a| 1.247219\nb| 2'],
  [
    'dev.md#10 floats with null',
    () => f(NaN, 0, 0, 1.5, 2.0548046676563256, 2.0548046676563256),
    '0n 0 0 1.5 2.054805 2.054805',
  ],
  [
    'dev.md#12 float table',
    () => T({ b: f(0, 0.5, 0.5), c: f(0, 0.5, 0.5) }),
    'b   c\n-------\n0   0\n0.5 0.5\n0.5 0.5',
  ],
  [
    'dev.md#14 dictionary of equal-length vectors aligns',
    () => D(s('a', 'b'), L(f(0, 0, 0), f(3, 8, 1.5))),
    'a| 0 0 0\nb| 3 8 1.5',
  ],
  [
    'dev.md#16 keyed table with symbol key',
    () => KT(T({ k: s('abc', 'def', 'ghi') }), T({ a: f(0, 5.5, 9), b: f(0, 0.5, 0.5) })),
    'k  | a   b\n---| -------\nabc| 0   0\ndef| 5.5 0.5\nghi| 9   0.5',
  ],
  [
    'dict.md#2 keyed table with two key columns',
    () =>
      KT(
        T({ name: s('Tom', 'Jo', 'Tom'), city: s('NYC', 'LA', 'Lagos') }),
        T({ eye: s('green', 'blue', 'brown'), sex: s('m', 'f', 'm') }),
      ),
    'name city | eye   sex\n----------| ---------\nTom  NYC  | green m\nJo   LA   | blue  f\nTom  Lagos| brown m',
  ],
  [
    'dict.md#5 unkeyed',
    () =>
      T({
        name: s('Tom', 'Jo', 'Tom'),
        city: s('NYC', 'LA', 'Lagos'),
        eye: s('green', 'blue', 'brown'),
        sex: s('m', 'f', 'm'),
      }),
    'name city  eye   sex\n--------------------\nTom  NYC   green m\nJo   LA    blue  f\nTom  Lagos brown m',
  ],
  [
    'div.md#3 signed long matrix',
    () => L(j(2, 3, -4, -3), j(-3, -4, 3, 2)),
    '2  3  -4 -3\n-3 -4 3  2',
  ],
  ['div.md#4 float atom', () => K.float(3), '3f'],
  ['div.md#5 int atom', () => K.int(1), '1i'],
  ['div.md#6 date atom', () => K.date.atom(day(2000, 1, 15)), '2000.01.15'],
  ['div.md#10 matrix', () => L(j(3, 2), j(-4, -6)), '3  2\n-4 -6'],
  [
    'div.md#12 dictionary matrix',
    () => D(s('a', 'b'), L(j(2, -5, 0), j(0, 1, -2))),
    'a| 2 -5 0\nb| 0 1  -2',
  ],
  ['divide.md#6 integral float', () => K.float(2), '2f'],
  ['divide.md#7 int vector', () => K.int([3653, 1827]), '3653 1827i'],
  ['divide.md#8 float', () => K.float(3653 / 1827), '1.999453'],
  ['divide.md#10 float atom and vector', () => L(K.float(5), f(20 / 3, 7.5)), '5f\n6.666667 7.5'],
  [
    'divide.md#13 dictionary matrix of floats',
    () => D(s('a', 'b', 'c'), L(f(10, -21, 3), f(0.4, 0.25, -0.2), f(1000, 2000, 3000))),
    'a| 10   -21  3\nb| 0.4  0.25 -0.2\nc| 1000 2000 3000',
  ],
  [
    'divide.md#14 float table',
    () => T({ a: f(0.1, -0.21, 0.03), b: f(0.04, 0.05, -0.06) }),
    'a     b\n-----------\n0.1   0.04\n-0.21 0.05\n0.03  -0.06',
  ],
  [
    'dotq.md#136 empty table of general columns',
    () => T({ in1: L(), within1: L(), like1: L(), bin1: L(), binr1: L() }),
    'in1 within1 like1 bin1 binr1\n----------------------------',
  ],
  ['dotq.md#137 empty table', () => T({ a: L(), ab: L() }), 'a ab\n----'],
  [
    'dotq.md#138 dictionary of empty lists',
    () => D(s('abs1', 'acos1', 'asin1', 'atan1', 'avg1'), L(L(), L(), L(), L(), L())),
    'abs1 |\nacos1|\nasin1|\natan1|\navg1 |',
  ],
  [
    'dotq.md#207 .Q.s text of a keyed table',
    () => KT(T({ h: j(1, 2, 3) }), T({ m: j(4, 5, 6) })),
    'h| m\n-| -\n1| 4\n2| 5\n3| 6',
  ],
  [
    'dotq.md#207 the string itself',
    () => str('h| m\n-| -\n1| 4\n2| 5\n3| 6\n'),
    '"h| m\\n-| -\\n1| 4\\n2| 5\\n3| 6\\n"',
  ],
  [
    'dotq.md#227 general column shows each item in full',
    () =>
      T({
        a: j(3, 4, 5),
        b: s('a', 'b', 'c'),
        c: L(K.long(3), str('xy'), K.symbol('ab')),
        d: L(j(3, 4), j(5, 3), j(4, 5)),
        e: L(str('abc'), str('de'), str('fg')),
      }),
    'a b c    d   e\n------------------\n3 a 3    3 4 "abc"\n4 b "xy" 5 3 "de"\n5 c `ab  4 5 "fg"',
  ],
  [
    'dotq.md#4 date vector',
    () => K.date.vector(new Int32Array([day(2008, 4, 16), day(2008, 5, 16)])),
    '2008.04.16 2008.05.16',
  ],
  [
    'dotq.md#135 symbols',
    () => s('ab', 'ab', 'twowords', 'a2drifters', 'a22'),
    '`ab`ab`twowords`a2drifters`a22',
  ],
  [
    'dotq.md#208 bytes',
    () =>
      K.byte([
        0x2e, 0xf7, 0xbd, 0xe6, 0x08, 0xce, 0x54, 0x04, 0xe9, 0x7d, 0x5f, 0x04, 0x2f, 0x95, 0xf8,
        0x9f, 0x1c, 0x23, 0x28, 0x71,
      ]),
    '0x2ef7bde608ce5404e97d5f042f95f89f1c232871',
  ],
  [
    'drop.md#23 dictionary with a general list',
    () => D(s('a', 'b', 'c', 'x'), L(K.long(1), j(2, 3), K.long(4), K.long(5))),
    'a| 1\nb| 2 3\nc| 4\nx| 5',
  ],
  ['drop.md#13 long keys, symbol values', () => D(j(100, 200), s('a', 'b')), '100| a\n200| b'],
  [
    'each.md#2 nested list in a list',
    () => L(j(2, 5, 9), L(j(5, 6), j(12, 14)), j(9, 19, 30, 42)),
    '2 5 9\n(5 6;12 14)\n9 19 30 42',
  ],
  [
    'enlist.md#9 list display',
    () => L(j(0, 1, 2, 3, 4), s('ibm', 'goog'), str('hello')),
    '0 1 2 3 4\n`ibm`goog\n"hello"',
  ],
  [
    'enlist.md#12 table with a general column',
    () => T({ a: j(1), b: L(j(2, 3)), c: j(4) }),
    'a b   c\n-------\n1 2 3 4',
  ],
  ['enlist.md#4 type vector', () => K.short([-7, 7, 0]), '-7 7 0h'],
  [
    'funsql.md#33 dictionary keyed by a table',
    () => D(T({ one: s('a', 'b', 'c') }), L(j(10, 40, 40), j(20), j(30, 30))),
    'one|\n---| --------\na  | 10 40 40\nb  | ,20\nc  | 30 30',
  ],
  [
    'datatypes.md#1 UTF-8 bytes print in octal',
    () => L(K.char.vector(new TextEncoder().encode('Zürich')), K.long(7)),
    '"Z\\303\\274rich"\n7',
  ],
  [
    'datatypes.md#2 CJK bytes',
    () => L(K.char.vector(new TextEncoder().encode('日本')), K.long(6)),
    '"\\346\\227\\245\\346\\234\\254"\n6',
  ],
  ['datatypes.md#7 far date', () => K.date.atom(day(3001, 1, 1)), '3001.01.01'],
  [
    'datatypes.md#8 dictionary of temporal atoms',
    () =>
      D(
        s('minutes', 'seconds', 'nanoseconds'),
        L(K.minute.atom(720), K.second.atom(43200), K.timespan.atom(43_200_000_000_000n)),
      ),
    'minutes    | 12:00\nseconds    | 12:00:00\nnanoseconds| 0D12:00:00.000000000',
  ],
  [
    'datatypes.md#9 long dictionary',
    () => D(s('minutes', 'seconds', 'nanoseconds'), j(720, 43200, 43200000000000)),
    'minutes    | 720\nseconds    | 43200\nnanoseconds| 43200000000000',
  ],
  ['datatypes.md#10 timestamp -infinity', () => K.timestamp.atom(-W), '-0Wp'],
  ['datatypes.md#11 date out of range', () => K.date.atom(day(1, 1, 1) - 1), '0000.00.00'],
  [
    'datatypes.md#12 datetime out of range',
    () => K.datetime.atom(day(1, 1, 1) - 1),
    '0000.00.00T00:00:00.000',
  ],
  [
    'datatypes.md#13 timestamp limits',
    () => K.timestamp.vector(BigInt64Array.from([-W + 1n, W - 1n])),
    '1707.09.22D00:12:43.145224194 2292.04.10D23:47:16.854775806',
  ],
  [
    'datatypes.md#14 timespan limits',
    () => K.timespan.vector(BigInt64Array.from([-W + 1n, W - 1n])),
    '-106751D23:47:16.854775806 106751D23:47:16.854775806',
  ],
  ['datatypes.md#19 symbol with a blank', () => K.symbol('hello world'), '`hello world'],
  ['datatypes.md#21 long', () => K.long(2147483652), '2147483652'],
  ['datatypes.md#22 int', () => K.int(-2147483644), '-2147483644i'],
  ['datatypes.md#23 float of 0Wj', () => K.float(2 ** 63), '9.223372e+18'],
  ['datatypes.md#24 float of 0Wi', () => K.float(2147483647), '2.147484e+09'],
  ['datatypes.md#25 real infinity', () => K.real.inf, '0we'],
  ['datatypes.md#26 float infinity', () => K.float.inf, '0w'],
  [
    'datatypes.md#28 longs around null',
    () =>
      K.long.vector(
        BigInt64Array.from([-9223372036854775799n, -0x8000000000000000n, -9223372036854775797n]),
      ),
    '-9223372036854775799 0N -9223372036854775797',
  ],
  ['datatypes.md#29 nulls', () => j(null, null, null, 1, 2, 3), '0N 0N 0N 1 2 3'],
  ['datatypes.md#30 short infinity has no display', () => K.short.inf, '32767h'],
  ['datatypes.md#31 short -infinity', () => K.short.ninf, '-32767h'],
  [
    'datatypes.md#34 guid',
    () => K.guid('8c680a01-5a49-5aab-5a65-d4bfddb6a661'),
    '8c680a01-5a49-5aab-5a65-d4bfddb6a661',
  ],
  ['datatypes.md#35 null guid', () => K.guid.null, '00000000-0000-0000-0000-000000000000'],
  ['datatypes.md#36 boolean', () => K.boolean(true), '1b'],
  [
    'datatypes.md#45 type codes',
    () => K.short([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112]),
    '100 101 102 103 104 105 106 107 108 109 110 111 112h',
  ],
  ['precision.md#2 \\P 0', () => K.float(1 / 3), '0.33333333333333331', { precision: 0 }],
  [
    'precision.md#4 \\P 0 sum',
    () => K.float(Array.from({ length: 7 }, () => 1 / 7).reduce((a, b) => a + b)),
    '0.99999999999999978',
    { precision: 0 },
  ],
  [
    'precision.md#19 \\P 0',
    () => K.float(96.099999999999994),
    '96.099999999999994',
    { precision: 0 },
  ],
  ['precision.md#20 \\P 0', () => K.float(96.10000000001), '96.100000000009999', { precision: 0 }],
  ['precision.md#21 \\P 0', () => K.float(96.10000000002), '96.100000000020003', { precision: 0 }],
  ['precision.md#31 \\P 7', () => K.float(2 ** -43 * 1e12), '0.1136868'],
  ['precision.md#34 \\P 7', () => K.float(2 ** -43 * 1e13), '1.136868'],
  [
    'precision.md#38 \\P 0',
    () => {
      let x = 0;
      for (let i = 0; i < 1000; i++) x += 0.001;
      return K.float(x);
    },
    '1.0000000000000007',
    { precision: 0 },
  ],
  ['precision.md#48 integral floats', () => f(1, 1), '1 1f', { precision: 0 }],
  [
    'precision.md#49 \\P 0 vector',
    () => f(1, 1 - 1e-13),
    '1 0.99999999999989997',
    { precision: 0 },
  ],
  [
    'precision.md#50 \\P 0 float keys',
    () => D(f(1, 1 - 1e-13), j(0, 1)),
    '1                  | 0\n0.99999999999989997| 1',
    { precision: 0 },
  ],
  ['precision.md#51 longs', () => j(1, 0), '1 0'],
  [
    'precision.md#53 datetime rounds to the millisecond',
    () => {
      let x = 1;
      for (let i = 0; i < 1000; i++) x += 1 / 86400;
      return K.datetime.atom(x);
    },
    '2000.01.02T00:16:40.000',
  ],
  ['string.md#1 string', () => str('ibm'), '"ibm"'],
  ['string.md#2 single char', () => str('2'), ',"2"'],
  ['string.md#3 string of a lambda', () => str('{x*x}'), '"{x*x}"'],
  [
    'string.md#5 lists of single chars',
    () => L(L(str('2'), str('3')), L(str('a'), str('b'), str('c'))),
    '(,"2";,"3")\n(,"a";,"b";,"c")',
  ],
  ['string.md#6 single chars', () => L(str('c'), str('a'), str('t')), ',"c"\n,"a"\n,"t"'],
  [
    'string.md#7 string values',
    () => D(s('a', 'b', 'c'), L(str('2002'), str('2004'), str('2010'))),
    'a| "2002"\nb| "2004"\nc| "2010"',
  ],
  [
    'string.md#8 table of strings',
    () => T({ a: L(str('1'), str('2'), str('3')), b: L(str('ibm'), str('goog'), str('aapl')) }),
    'a    b\n-----------\n,"1" "ibm"\n,"2" "goog"\n,"3" "aapl"',
  ],
  ['identity.md#2 list of vector and float', () => L(j(1, 2, 3), K.float(2)), '1 2 3\n2f'],
  ['identity.md#8 enlisted identity', () => L(IDENTITY), '::'],
  ['tok.md#8 short null', () => K.short.null, '0Nh'],
  ['tok.md#9 int null', () => K.int.null, '0Ni'],
  ['tok.md#10 date null', () => K.date.null, '0Nd'],
  [
    'tok.md#11 atoms of three types',
    () => L(K.boolean(false), K.byte(0x42), K.short(42)),
    '0b\n0x42\n42h',
  ],
  [
    'tok.md#12 nested atoms',
    () => L(K.boolean(false), L(K.byte(0x42), K.short(42), K.int(42))),
    '0b\n(0x42;42h;42i)',
  ],
  [
    'exp.md#3 floats with null and infinity',
    () => f(Math.exp(-4.2), 1, Math.exp(0.1), NaN, Infinity),
    '0.01499558 1 1.105171 0n 0w',
  ],
  ['exp.md#4 float infinity in a vector', () => f(1, Math.exp(12), Infinity), '1 162754.8 0w'],
  ['exp.md#10 integral float', () => K.float(256), '256f'],
  [
    'tan.md#1 exponent in a vector',
    () => f(0, Math.tan(0.5), Math.tan(1), Math.tan(1.5707963), Math.tan(2), NaN),
    '0 0.5463025 1.557408 3.732054e+07 -2.18504 0n',
  ],
  [
    'min.md#9 long infinities',
    () =>
      K.long.vector(BigInt64Array.from([-(2n ** 63n), -(2n ** 63n), -(2n ** 63n), -3n, -W, -W])),
    '0N 0N 0N -3 -0W -0W',
  ],
  [
    'max.md#8 negative infinity',
    () => K.long.vector(BigInt64Array.from([-W, 5n, 5n, 5n, 5n])),
    '-0W 5 5 5 5',
  ],
  ['min.md#8 infinity', () => K.long.vector(BigInt64Array.from([W, 5n, 5n, 1n, 1n])), '0W 5 5 1 1'],
  ['null.md#1 booleans', () => K.boolean([false, true, false, false, true]), '01001b'],
  ['null.md#2 single symbol', () => s('c2'), ',`c2'],
  [
    'file-text.md#24 single timestamp',
    () =>
      K.timestamp.vector(
        BigInt64Array.from([BigInt(day(2013, 3, 15)) * NS_DAY + 68_140_686_000_000n]),
      ),
    ',2013.03.15D18:55:40.686000000',
  ],
  [
    'file-text.md#27 datetime vector',
    () =>
      K.datetime.vector(
        Float64Array.from([
          day(2013, 6, 4) + secs(16, 0, 13) / 86400,
          day(2013, 6, 4) + secs(2, 0, 13) / 86400,
        ]),
      ),
    '2013.06.04T16:00:13.000 2013.06.04T02:00:13.000',
  ],
  [
    'maps.md#19 bytes of a float',
    () => K.byte([0x40, 0x09, 0x21, 0xea, 0x35, 0x93, 0x5f, 0xc4]),
    '0x400921ea35935fc4',
  ],
  ['maps.md#28 leading null', () => j(null, 7, 10), '0N 7 10'],
  [
    'hsym.md#3 file symbols',
    () => s(':host:port', ':localhost:8001'),
    '`:host:port`:localhost:8001',
  ],
  ['differ.md#3 booleans', () => K.boolean([true, true, false, true]), '1101b'],
  ['value.md#32 symbol vector with an empty symbol', () => s('', 'd', 'e'), '``d`e'],
  ['value.md#32 empty string', () => str(''), '""'],
  ['learn/tour datatypes.md#4 char atom', () => K.char('i'), '"i"'],
  ['learn/tour datatypes.md#1 short atom', () => K.short(7), '7h'],
  [
    'show.md#6 boolean vector then long',
    () => L(K.boolean([true, true, false, false, true]), K.long(3)),
    '11001b\n3',
  ],
  ['signum.md#4 int atom and vector', () => L(K.int(1), K.int([-1, 1])), '1i\n-1 1i'],
  ['exp.md#17 float atom and vector', () => L(K.float(3), f(9, 27)), '3f\n9 27f'],
  [
    'inv.md#4 boolean matrix keeps its form',
    () =>
      L(
        K.boolean([true, false, false]),
        K.boolean([false, true, false]),
        K.boolean([false, false, true]),
      ),
    '100b\n010b\n001b',
  ],
  [
    'inv.md#3 float matrix with exponents',
    () => L(f(1, 2.220446e-16, -2.775558e-17), f(0, 1, 5.551115e-17), f(0, 0, 1)),
    '1 2.220446e-16 -2.775558e-17\n0 1            5.551115e-17\n0 0            1',
  ],
  [
    'within.md#6 boolean vectors',
    () =>
      L(
        K.boolean([false, true, false, true, true]),
        K.boolean([false, true, false, false, true, true, false]),
      ),
    '01011b\n0100110b',
  ],
  ['cut.md#1 cut', () => L(j(2, 3), j(4, 5, 6, 7, 8), j(9)), '2 3\n4 5 6 7 8\n,9'],
  // \c and \P transcripts from the q reference, basics/syscmds.md
  [
    'syscmds.md \\c 5 5 is clamped to 10 10: til each 20+til 10',
    () =>
      L(
        ...Array.from({ length: 10 }, (_, i) =>
          K.long(Array.from({ length: 20 + i }, (_, k) => k)),
        ),
      ),
    '0 1 2 3..\n0 1 2 3..\n0 1 2 3..\n0 1 2 3..\n0 1 2 3..\n0 1 2 3..\n0 1 2 3..\n..',
    { consoleSize: [5, 5] },
  ],
  ['syscmds.md \\P default: reciprocal 7', () => K.float(1 / 7), '0.1428571'],
  ['syscmds.md \\P: integers shown in full', () => K.long(123456789), '123456789'],
  ['syscmds.md \\P: floats to 7 significant digits', () => K.float(123456789), '1.234568e+08'],
  ['syscmds.md \\P 3', () => K.float(1 / 3), '0.333', { precision: 3 }],
  ['syscmds.md \\P 10', () => K.float(1 / 3), '0.3333333333', { precision: 10 }],
  ['syscmds.md \\B empty symbol vector', () => K.symbol.empty, '`symbol$()'],
  ['syscmds.md \\B single symbol', () => s('a'), ',`a'],
  // console width: the corpus cuts lines at 77 characters and `..` (79 wide)
  [
    'dotq.md#206 width truncation',
    () =>
      s(
        'abs',
        'acos',
        'asin',
        'atan',
        'avg',
        'bin',
        'binr',
        'cor',
        'cos',
        'cov',
        'delete',
        'dev',
        'div',
        'do',
        'enlist',
        'exec',
        'exit',
        'exp',
      ),
    '`abs`acos`asin`atan`avg`bin`binr`cor`cos`cov`delete`dev`div`do`enlist`exec`ex..',
  ],
  [
    'sum-say.md#8 width truncation of longs',
    () =>
      j(
        1279,
        1297,
        1729,
        1792,
        1927,
        1972,
        2179,
        2197,
        2719,
        2791,
        2917,
        2971,
        7129,
        7192,
        7219,
        7291,
        7912,
        7921,
        9127,
      ),
    '1279 1297 1729 1792 1927 1972 2179 2197 2719 2791 2917 2971 7129 7192 7219 72..',
  ],
];

describe('formatValue against q console transcripts', () => {
  for (const [name, value, expected, options] of cases) {
    test(name, () => expect(show(value(), options)).toBe(expected));
  }
});

describe('functions', () => {
  test('string.md#3 a lambda shows its source', () => {
    expect(show(new Lambda('{x*x}'))).toBe('{x*x}');
  });
  test('string.md#4 a derived function', () => {
    expect(show(new Derived(107, new Primitive(102, 1)))).toBe('+/');
  });
  test('the identity prints nothing at top level', () => {
    expect(formatValue(IDENTITY)).toBe('');
  });
});
