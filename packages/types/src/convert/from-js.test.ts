import { describe, expect, it } from 'vitest';
import { qerror } from '../test-support.js';
import { Atom, Dictionary, IDENTITY, K, MixedList, Table, Vector } from '../index.js';
import { fromJS } from './from-js.js';

describe('fromJS: scalars', () => {
  it('infers q types', () => {
    expect(fromJS(true)).toEqual(new Atom(1, 1));
    expect(fromJS(1)).toEqual(new Atom(9, 1));
    expect(fromJS(1.5)).toEqual(new Atom(9, 1.5));
    expect(fromJS(7n)).toEqual(new Atom(7, 7n));
    expect(fromJS('ibm')).toEqual(new Atom(11, 'ibm'));
    expect(fromJS(new Date(Date.UTC(2000, 0, 1, 0, 0, 0, 1)))).toEqual(new Atom(12, 1_000_000n));
    expect(fromJS(null)).toBe(IDENTITY);
    expect(fromJS(undefined)).toBe(IDENTITY);
  });

  it('keeps NaN and infinities as q float null and infinities', () => {
    expect((fromJS(NaN) as Atom<9>).isNull).toBe(true);
    expect((fromJS(-Infinity) as Atom<9>).value).toBe(-Infinity);
  });

  it('infers long for safe integers only on request', () => {
    expect(fromJS(3, { numbers: 'infer' })).toEqual(new Atom(7, 3n));
    expect(fromJS(3.5, { numbers: 'infer' })).toEqual(new Atom(9, 3.5));
  });

  it('makes q strings on request, UTF-8 by default', () => {
    expect((fromJS('Zürich', { strings: 'char' }) as Vector<10>).data).toEqual(
      new Uint8Array([0x5a, 0xc3, 0xbc, 0x72, 0x69, 0x63, 0x68]),
    );
    expect((fromJS('Zürich', { strings: 'char', encoding: 'latin1' }) as Vector<10>).length).toBe(
      6,
    );
  });

  it('passes K values through and refuses what has no q form', () => {
    const v = K.long([1n]);
    expect(fromJS(v)).toBe(v);
    expect(qerror(() => fromJS(() => 1)).message).toBe('type');
    expect(qerror(() => fromJS(2n ** 64n)).message).toBe('domain');
  });
});

describe('fromJS: lists', () => {
  it('makes vectors of one kind, nulls as the type null', () => {
    expect(fromJS([1, null, 2.5])).toEqual(new Vector(9, new Float64Array([1, NaN, 2.5])));
    expect(fromJS([1n, null])).toEqual(new Vector(7, new BigInt64Array([1n, -(2n ** 63n)])));
    expect(fromJS(['a', 'b'])).toEqual(new Vector(11, ['a', 'b']));
    expect(fromJS([true, false])).toEqual(new Vector(1, new Uint8Array([1, 0])));
    expect(fromJS([new Date(Date.UTC(2000, 0, 1)), null])).toEqual(
      new Vector(12, new BigInt64Array([0n, -(2n ** 63n)])),
    );
    expect(fromJS([1, 2], { numbers: 'infer' })).toEqual(
      new Vector(7, new BigInt64Array([1n, 2n])),
    );
    expect(fromJS([1, 2.5], { numbers: 'infer' }).type).toBe(9);
  });

  it('makes mixed lists otherwise', () => {
    expect(fromJS([])).toEqual(new MixedList([]));
    expect(fromJS([1, 'a'])).toEqual(new MixedList([new Atom(9, 1), new Atom(11, 'a')]));
    expect(fromJS([true, null])).toEqual(new MixedList([new Atom(1, 1), IDENTITY]));
    expect(fromJS(['ab', 'c'], { strings: 'char' }).type).toBe(0);
  });

  it('joins K atoms of one type as q does', () => {
    expect(fromJS([K.int(1), K.int(2)])).toEqual(new Vector(6, new Int32Array([1, 2])));
    expect(fromJS([K.int(1), K.long(2)]).type).toBe(0);
  });

  it('copies typed arrays into matching vectors', () => {
    const f = new Float64Array([1, 2]);
    const v = fromJS(f) as Vector<9>;
    expect(v.type).toBe(9);
    expect(v.data).not.toBe(f);
    expect(fromJS(new Float32Array([1])).type).toBe(8);
    expect(fromJS(new Int32Array([1])).type).toBe(6);
    expect(fromJS(new Int16Array([1])).type).toBe(5);
    expect(fromJS(new Uint8Array([1])).type).toBe(4);
    expect(fromJS(new BigInt64Array([1n])).type).toBe(7);
    expect(fromJS(new Int8Array([-1])).type).toBe(5);
    expect(fromJS(new Uint16Array([65535])).type).toBe(6);
    expect(fromJS(new Uint32Array([4294967295]))).toEqual(
      new Vector(7, new BigInt64Array([4294967295n])),
    );
    expect(qerror(() => fromJS(new BigUint64Array([2n ** 64n - 1n]))).message).toBe('domain');
  });
});

describe('fromJS: dictionaries and tables', () => {
  it('makes symbol-keyed dictionaries from objects', () => {
    expect(fromJS({ a: 1, b: 2 })).toEqual(
      new Dictionary(new Vector(11, ['a', 'b']), new Vector(9, new Float64Array([1, 2]))),
    );
    expect(fromJS({ a: 1, b: 'x' }).toJS()).toEqual({ a: 1, b: 'x' });
  });

  it('makes dictionaries from Maps', () => {
    const d = fromJS(
      new Map([
        [1n, 'x'],
        [2n, 'y'],
      ]),
    ) as Dictionary;
    expect(d.keys).toEqual(new Vector(7, new BigInt64Array([1n, 2n])));
    expect(d.values).toEqual(new Vector(11, ['x', 'y']));
  });

  it('makes tables from records with the same keys', () => {
    const t = fromJS([
      { sym: 'a', px: 1.5 },
      { px: 2, sym: 'b' },
    ]) as Table;
    expect(t).toBeInstanceOf(Table);
    expect(t.columns).toEqual(['sym', 'px']);
    expect(t.data).toEqual([new Vector(11, ['a', 'b']), new Vector(9, new Float64Array([1.5, 2]))]);
    expect(fromJS([{ a: 1 }, { b: 1 }]).type).toBe(0);
  });

  it('types columns and keys by the types option', () => {
    const t = fromJS(
      [
        { qty: 1, px: 1.5 },
        { qty: 2, px: null },
      ],
      { types: { qty: 'long', px: 'real' } },
    ) as Table;
    expect(t.data[0]).toEqual(new Vector(7, new BigInt64Array([1n, 2n])));
    expect(t.data[1]?.type).toBe(8);
    const d = fromJS({ a: 1, b: 2 }, { types: { a: 'int', b: 'int' } }) as Dictionary;
    expect(d.values).toEqual(new Vector(6, new Int32Array([1, 2])));
  });
});
