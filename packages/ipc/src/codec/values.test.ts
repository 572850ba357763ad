/**
 * Decoded values of real kdb+ bytes, checked against K values built by hand from each
 * fixture's q expression (fixture ids name the source; see ../shared/fixtures/ipc/SOURCES.md).
 * Together they cover every type code the fixtures contain; the last test checks that.
 * The full check of every fixture against its expression needs a q evaluator and runs later
 * through the embedded engine.
 */
import {
  Composition,
  Derived,
  Dictionary,
  IDENTITY,
  K,
  KError,
  KeyedTable,
  Lambda,
  MixedList,
  Primitive,
  Projection,
  Table,
  Vector,
} from '@qts/types';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from './index.js';
import { TableReference } from './table-reference.js';
import { fixture, loadFixtures } from './test-support/fixtures.js';

const all = loadFixtures();
const decoded = (id: string): K => decodeMessage(fixture(id, all).message).value;

const dict = (keys: K, values: K, sorted = false): Dictionary =>
  new Dictionary(keys, values, sorted);
const table = (cols: Record<string, K>, attribute: '' | 's' = ''): Table =>
  new Table(Object.keys(cols), Object.values(cols), attribute);

/** Fixture id, and the value its q expression denotes. */
const EXPECTED: readonly (readonly [string, K])[] = [
  ['qpython-expr3-1', new KError('type')],
  ['qpython-expr3-5', K.boolean(false)],
  ['aiokdb-atoms-17', K.guid('97ebf398-b01a-0870-b5b7-8fc9e4edd95a')],
  ['nodeq-c-3', K.guid.null],
  ['qpython-expr3-7', K.byte(0x2a)],
  ['qpython-expr3-4', K.short(-234)],
  ['qpython-expr3-3', K.int(1)],
  ['qpython-expr3-8', K.long(89421099511627575n)],
  ['qpython-expr3-10', K.real(5.5)],
  ['qpython-expr3-9', K.float(3.234)],
  ['nodeq-c-57', K.datetime.null],
  ['nodeq-c-36', K.char('a')],
  ['aiokdb-atoms-9', K.symbol('9ỹT')],
  ['nodeq-c-46', K.timestamp('2014.06.23D11:34:39.412547000')],
  ['qjava-expr-18', K.month('2001.01m')],
  ['kdbgo-encode-4', K.date('2000.01.01')],
  ['nodeq-c-55', K.date('1995.01.01')],
  // 2000.01.04T05:36:57.600 is 3.234 days after the epoch.
  ['qjava-expr-21', K.datetime.atom(3.234)],
  [
    'qjava-expr-22',
    K.timespan.atom(((5n * 60n + 36n) * 60n + 57n) * 1_000_000_000n + 600_000_000n),
  ],
  ['qjava-expr-23', K.minute(12 * 60 + 1)],
  ['qjava-expr-24', K.second((12 * 60 + 5) * 60)],
  ['javakdb-ctest-5', K.time(-((23 * 3600 + 12 * 60 + 34) * 1000 + 567))],
  ['javakdb-ctest-4', K.time((43 * 3600 + 12 * 60 + 34) * 1000 + 567)],
  ['kdbgo-decode-2', K.boolean([false, true])],
  ['qpython-expr3-110', K.guid(['8c680a01-5a49-5aab-5a65-d4bfddb6a661', null])],
  ['kdbgo-decode-11', K.byte([0, 1, 2, 3, 4])],
  ['qpython-expr3-46', K.short([1, null, 3])],
  ['qpython-expr3-50', K.int([1, null, 3])],
  ['qpython-expr3-48', K.long([1, null, 3])],
  ['qpython-expr3-51', K.real([5.5, 8.5])],
  ['qpython-expr3-53', K.float([3.23, 6.46])],
  ['qpython-expr3-54', K.float([3.23, null])],
  ['kdbgo-decode-7', K.string('GOOG')],
  ['qpython-expr3-62', K.symbol(['', 'quick', '', 'fox'])],
  ['qpython-expr3-68', K.timestamp(['2000.01.04D05:36:57.600', null])],
  ['qpython-expr3-69', K.month(['2001.01m', null])],
  ['qpython-expr3-70', K.date(['2001.01.01', '2000.05.01', null])],
  ['qpython-expr3-71', K.datetime.vector(new Float64Array([3.234, NaN]))],
  ['qpython-expr3-72', K.timespan.vector(new BigInt64Array([20217600000000n, -(2n ** 63n)]))],
  ['qpython-expr3-73', K.minute([12 * 60 + 1, null])],
  ['qpython-expr3-74', K.second([(12 * 60 + 5) * 60, null])],
  ['qpython-expr3-75', K.time([((12 * 60 + 4) * 60 + 59) * 1000 + 123, null])],
  ['qpython-expr3-42', new MixedList([])],
  ['kdbgo-decode-25', new MixedList([K.string('ac'), K.symbol('b'), K.symbol('')])],
  [
    'qpython-expr3-58',
    new MixedList([
      K.symbol('one'),
      K.long([2, 3]),
      K.string('456'),
      new MixedList([K.long(7), K.long([8, 9])]),
    ]),
  ],
  ['qpython-expr3-89', dict(K.symbol(['a']), K.long([1]))],
  ['qpython-expr3-92', dict(K.symbol(['x', 'y']), new MixedList([K.symbol('a'), K.long(2)]))],
  ['kdbgo-decode-16', dict(K.symbol(['a', 'b'], 's'), K.int([2, 3]), true)],
  ['qpython-expr3-96', table({ abc: K.long([1, 2, 3]), def: K.long([4, 5, 6]) })],
  ['kdbgo-decode-19', table({ a: K.int([2], 'p'), b: K.int([3]) }, 's')],
  ['javakdb-ctest-6', table({ name: new MixedList([]), iq: new MixedList([]) })],
  [
    'qpython-expr3-107',
    new KeyedTable(table({ k: K.long([1, 2, 3]) }), table({ v: K.symbol(['a', 'b', 'c']) })),
  ],
  ['kdbgo-decode-21', dict(table({ a: K.int([2]) }), table({ b: K.int([3]) }), true)],
  ['javakdb-ctest-7', new TableReference(dict(K.symbol(['a']), K.symbol(':test/')))],
  ['qpython-expr3-77', new Lambda('{x+y}')],
  ['kdbgo-decode-23', new Lambda('{x+y}', 'd')],
  ['qpython-expr3-76', IDENTITY],
  ['qpython-expr3-81', new Primitive(101, 15)],
  ['qpython-expr3-82', new Primitive(102, 5)],
  ['qpython-expr3-78', new Projection([new Lambda('{x+y}'), K.long(3)])],
  ['qpython-expr3-83', new Projection([new Primitive(102, 16), K.long(-15)])],
  [
    'qpython-expr3-84',
    new Composition([
      new Primitive(101, 28),
      new Projection([new Primitive(102, 11), K.char('b')]),
    ]),
  ],
  [
    'qpython-expr3-85',
    new Derived(
      106,
      new Lambda('k){$[1=#p:`\\:*|`\\:x:-1!x;set[x;. *p];   x 0:.h.tx[p 1]@.*p]}', 'q'),
    ),
  ],
  ['qpython-expr3-86', new Derived(107, new Primitive(102, 12))],
  ['qpython-expr3-87', new Derived(108, new Primitive(102, 1))],
  ['qpython-expr3-88', new Derived(109, new Primitive(102, 0))],
  [
    'kdbgo-encode-5',
    new Composition([
      new Projection([new Primitive(102, 18), K.string('ab')]),
      new Derived(111, K.byte(0x40)),
    ]),
  ],
  ['qpython-cexpr3-1', K.symbol(new Array<string>(1000).fill('q'))],
];

describe('decoded values match the expressions', () => {
  it.each(EXPECTED)('%s', (id, expected) => {
    const value = decoded(id);
    expect(value.type).toBe(expected.type);
    expect(value.equals(expected)).toBe(true);
  });
});

describe('details q match ignores', () => {
  it('kdbgo-decode-19 `s#([]a:..;b:..): the table is sorted and its first column parted', () => {
    const t = decoded('kdbgo-decode-19') as Table;
    expect(t.attribute).toBe('s');
    expect((t.data[0] as Vector).attribute).toBe('p');
  });

  it('kdbgo-decode-16 `s#`a`b!2 3: a sorted dictionary (127) with sorted keys', () => {
    const d = decoded('kdbgo-decode-16') as Dictionary;
    expect(d.type).toBe(127);
    expect((d.keys as Vector).attribute).toBe('s');
  });

  it('qpython-expr3-107 ([k:1 2 3] v:`a`b`c) decodes as a KeyedTable', () => {
    expect(decoded('qpython-expr3-107')).toBeInstanceOf(KeyedTable);
  });

  it('qpython-expr3-80 xbar: a k lambda in the q context, source kept verbatim', () => {
    const f = decoded('qpython-expr3-80') as Lambda;
    expect(f.context).toBe('q');
    expect(f.source).toBe('k){x*y div x:$[16h=abs[@x];"j"$x;x]}');
  });

  it('qpython-expr3-54 3.23 0n: an edited NaN still decodes as the null', () => {
    expect((decoded('qpython-expr3-54') as Vector<9>).isNull(1)).toBe(true);
  });

  it('javakdb-ctest-7 splayed table reference prints as its k form', () => {
    expect(decoded('javakdb-ctest-7').toString()).toBe('+(,`a)!`:test/');
  });
});

function codesIn(v: K, out: Set<number>): Set<number> {
  out.add(v.type);
  const parts: K[] = [];
  if (v instanceof MixedList) parts.push(...v.items);
  if (v instanceof Dictionary) parts.push(v.keys, v.values);
  if (v instanceof Table) parts.push(...v.data);
  if (v instanceof TableReference) parts.push(v.dictionary);
  if (v instanceof Projection || v instanceof Composition) parts.push(...v.items);
  if (v instanceof Derived) parts.push(v.fn);
  for (const p of parts) codesIn(p, out);
  return out;
}

it('the hand-built values cover every type code the fixtures contain', () => {
  const inFixtures = new Set<number>();
  for (const f of all) codesIn(decodeMessage(f.message).value, inFixtures);
  const covered = new Set<number>();
  for (const [, v] of EXPECTED) codesIn(v, covered);
  const missing = [...inFixtures].filter((c) => !covered.has(c)).sort((a, b) => a - b);
  expect(missing).toEqual([]);
  expect(inFixtures.size).toBeGreaterThan(45);
});
