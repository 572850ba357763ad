import { describe, expect, it } from 'vitest';
import { Atom } from './atom.js';
import { K } from './constructors.js';
import { Dictionary } from './dictionary.js';
import { QError } from './error.js';
import { KError } from './k-error.js';
import { IDENTITY, Lambda, Primitive, Projection } from './function.js';
import { MixedList } from './list.js';
import { match } from './match.js';
import { KeyedTable, Table } from './table.js';
import { Vector } from './vector.js';

describe('atoms', () => {
  it('carry the negated type code and the raw value', () => {
    const a = K.short(1);
    expect(a.type).toBe(-5);
    expect(a.code).toBe(5);
    expect(a.value).toBe(1);
    expect(a.length).toBe(1);
    expect(K.long(3).value).toBe(3n);
    expect(K.real(1.1).value).toBe(Math.fround(1.1));
    expect(K.char('a').value).toBe(97);
    expect(K.boolean(true).value).toBe(1);
  });

  it('know their nulls and infinities for every type that has them', () => {
    for (const c of [
      K.short,
      K.int,
      K.long,
      K.real,
      K.float,
      K.timestamp,
      K.month,
      K.date,
      K.datetime,
      K.timespan,
      K.minute,
      K.second,
      K.time,
    ]) {
      expect(c.null.isNull).toBe(true);
      expect(c.null.isInf).toBe(false);
      expect(c.inf.isInf).toBe(true);
      expect(c.ninf.isInf).toBe(true);
      expect(c.inf.isNull).toBe(false);
    }
    expect(K.char.null.value).toBe(32);
    expect(K.symbol.null.isNull).toBe(true);
    expect(K.guid.null.isNull).toBe(true);
    expect(K.boolean.null.isNull).toBe(false);
    expect(() => K.symbol.inf).toThrow(QError);
    expect(() => K.byte.ninf).toThrow(/type/);
  });

  it('treat every NaN as the float null', () => {
    expect(new Atom(9, Number.NaN).isNull).toBe(true);
    expect(new Atom(9, -0).isNull).toBe(false);
    expect(K.float(null).isNull).toBe(true);
  });
});

describe('typed constructors reject bad input with typed errors', () => {
  it.each([
    ['short out of range', () => K.short(40000), 'domain'],
    ['int not an integer', () => K.int(1.5), 'type'],
    ['long beyond 64 bits', () => K.long(2n ** 64n), 'domain'],
    ['long unsafe number', () => K.long(2 ** 60), 'type'],
    ['byte negative', () => K.byte(-1), 'domain'],
    ['boolean from string', () => K.boolean('x' as unknown as boolean), 'type'],
    ['char of two letters', () => K.char('ab'), 'type'],
    ['char beyond a byte', () => K.char('€'), 'type'],
    ['symbol from number', () => K.symbol(1 as unknown as string), 'type'],
    ['bad guid', () => K.guid('not-a-guid'), 'type'],
  ])('%s', (_, make, name) => {
    expect(make).toThrow(QError);
    expect(make).toThrow(name);
  });
});

describe('vectors', () => {
  it('hold items in the storage class of their type', () => {
    expect(K.long([1, 2]).data).toBeInstanceOf(BigInt64Array);
    expect(K.short([1]).data).toBeInstanceOf(Int16Array);
    expect(K.symbol(['a', 'b']).data).toEqual(['a', 'b']);
    expect(K.guid(['8c680a01-5a49-5aab-5a65-d4bfddb6a661']).data).toHaveLength(16);
  });

  it('adopt matching storage without copying', () => {
    const data = new Float64Array([1, 2, 3]);
    const v = K.float(data);
    expect(v.data).toBe(data);
    expect(() => new Vector(9, new Float32Array(1) as unknown as Float64Array)).toThrow(QError);
  });

  it('index as q does: null out of range', () => {
    const v = K.long([1, 2, 3]);
    expect(v.at(1).value).toBe(2n);
    expect(v.at(3).isNull).toBe(true);
    expect(v.at(-1).isNull).toBe(true);
    expect(K.symbol(['a']).at(5).value).toBe('');
  });

  it('report nulls and infinities per item and overall', () => {
    const v = K.int([1, null, 3]);
    expect(v.isNull(1)).toBe(true);
    expect(v.hasNulls()).toBe(true);
    expect(K.int([1, 2]).hasNulls()).toBe(false);
    expect(K.float([1, NaN]).hasNulls()).toBe(true);
    expect(K.guid(['00000000-0000-0000-0000-000000000000']).hasNulls()).toBe(true);
    expect(K.boolean([false]).hasNulls()).toBe(false);
    expect(new Vector(7, new BigInt64Array([2n ** 63n - 1n])).isInf(0)).toBe(true);
  });

  it('slice as views over the same memory', () => {
    const v = K.int([1, 2, 3, 4]);
    const s = v.slice(1, 3);
    expect([...s].map((a) => a.value)).toEqual([2, 3]);
    expect(s.data.buffer).toBe(v.data.buffer);
    const g = K.guid([
      '8c680a01-5a49-5aab-5a65-d4bfddb6a661',
      '00000000-0000-0000-0000-000000000001',
    ]).slice(1);
    expect(g.length).toBe(1);
    expect(g.raw(0)[15]).toBe(1);
  });

  it('have typed empties and attributes', () => {
    expect(K.long.empty.length).toBe(0);
    expect(K.long.empty.type).toBe(7);
    expect(K.long([1, 2], 's').attribute).toBe('s');
    expect(K.long([1, 2]).withAttribute('u').attribute).toBe('u');
  });
});

describe('containers', () => {
  it('mixed lists, dictionaries and tables count their items', () => {
    expect(new MixedList([K.long(1), K.symbol('a')]).length).toBe(2);
    const d = new Dictionary(K.symbol(['a', 'b']), K.long([1, 2]));
    expect(d.type).toBe(99);
    expect(new Dictionary(K.symbol(['a'], 's'), K.long([1]), true).type).toBe(127);
    const t = new Table(['a', 'b'], [K.long([1, 2]), K.float([1, 2])]);
    expect(t.length).toBe(2);
    expect(t.column('b')?.type).toBe(9);
    expect(t.column('c')).toBeUndefined();
    const kt = new KeyedTable(new Table(['k'], [K.symbol(['x', 'y'])]), t);
    expect(kt.type).toBe(99);
    expect(kt.length).toBe(2);
  });

  it('refuse mismatched shapes with q errors', () => {
    expect(() => new Dictionary(K.symbol(['a']), K.long([1, 2]))).toThrow('length');
    expect(() => new Table(['a', 'b'], [K.long([1, 2]), K.long([1])])).toThrow('length');
    expect(() => new Table(['a'], [K.long(1)])).toThrow('type');
    expect(() => new Table(['a', 'a'], [K.long([1]), K.long([1])])).toThrow('type');
  });
});

describe('match', () => {
  it('compares type, shape and items; nulls match nulls', () => {
    expect(match(K.long([1, 2]), K.long([1, 2]))).toBe(true);
    expect(match(K.long([1, 2]), K.int([1, 2]))).toBe(false);
    expect(match(K.long([1, 2]), K.long([1, 3]))).toBe(false);
    expect(match(K.float([NaN]), K.float([NaN]))).toBe(true);
    expect(match(K.long(1), K.long([1]))).toBe(false);
    expect(K.long([1, 2], 's').equals(K.long([1, 2]))).toBe(true);
  });

  it('recurses into lists, dictionaries, tables and functions', () => {
    const list = () => new MixedList([K.long(1), K.string('ab')]);
    expect(match(list(), list())).toBe(true);
    expect(match(list(), new MixedList([K.long(1), K.string('ac')]))).toBe(false);
    const t = (x: number) => new Table(['a'], [K.long([x])]);
    expect(match(t(1), t(1))).toBe(true);
    expect(match(t(1), t(2))).toBe(false);
    expect(match(new Table(['b'], [K.long([1])]), t(1))).toBe(false);
    expect(match(new Lambda('{x}'), new Lambda('{x}'))).toBe(true);
    expect(match(new Lambda('{x}'), new Lambda('{y}'))).toBe(false);
    expect(
      match(
        new Projection([new Primitive(102, 1), K.long(1)]),
        new Projection([new Primitive(102, 1), K.long(1)]),
      ),
    ).toBe(true);
    expect(match(new KError('type'), new KError('type'))).toBe(true);
  });
});

describe('functions and errors', () => {
  it('name primitives by glyph; the identity is ::', () => {
    expect(new Primitive(102, 1).glyph).toBe('+');
    expect(new Primitive(101, 15).glyph).toBe('~:');
    expect(IDENTITY.isIdentity).toBe(true);
    expect(IDENTITY.glyph).toBe('::');
  });

  it('QError keeps q text apart from its explanation', () => {
    const e = new QError('type', 'why');
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('type');
    expect(e.detail).toBe('why');
    expect(e.toString()).toBe("'type");
    expect(new KError('rank').toQError().message).toBe('rank');
  });
});

describe('K.string', () => {
  it('stores UTF-8 by default, as the q console does and as toJS reads it', () => {
    // q: count "Zürich" is 7 (ü is two bytes).
    const s = K.string('Zürich');
    expect(s.length).toBe(7);
    expect(s.toJS()).toBe('Zürich');
    expect(K.string('é', 'latin1').data).toEqual(new Uint8Array([0xe9]));
    expect(() => K.string('€', 'latin1')).toThrow('type');
  });
});
