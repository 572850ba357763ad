import { describe, expect, it } from 'vitest';
import { K, QError } from '@qts/types';
import { createQ } from './q.js';
import { KEYWORDS } from './keywords.js';
import { BUILTINS } from '../primitives/registry.js';

describe('the JS API', () => {
  it('q(text) evaluates', () => {
    const q = createQ();
    expect(String(q('til 3'))).toBe('0 1 2');
  });
  it('keywords are functions taking JS values', () => {
    const q = createQ();
    expect(q.til(10).toString()).toBe('0 1 2 3 4 5 6 7 8 9');
    expect(q.sum([1, 2, 3]).toString()).toBe('6');
    expect(q.asc(K.long([3, 1, 2])).toString()).toBe('`s#1 2 3');
  });
  it('functions from q are callable with iterator methods', () => {
    const q = createQ();
    expect(q.til.each([1, 2, 3]).toString()).toBe(',0\n0 1\n0 1 2');
    expect(q.fn('+').over([1, 2, 3]).toString()).toBe('6');
    expect(q.fn('+').scan([1, 2, 3]).toString()).toBe('1 3 6');
    expect(q.fn('{x*y}')(6, 7).toString()).toBe('42');
    expect(q.fn(',').eachRight([1], [2, 3]).toString()).toBe('1 2\n1 3');
  });
  it('set and get names', () => {
    const q = createQ();
    q.set('x', K.long([1, 2, 3]));
    expect(q.get('x').toString()).toBe('1 2 3');
    expect(String(q('x*2'))).toBe('2 4 6');
    expect(() => q.get('nope')).toThrow(QError);
  });
  it('errors reach JS as QError with the q name', () => {
    const q = createQ();
    try {
      q('1+`a');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(QError);
      expect((e as QError).message).toBe('type');
    }
  });
  it('every listed keyword is implemented', () => {
    for (const k of KEYWORDS) expect(BUILTINS.has(k), k).toBe(true);
  });
});
