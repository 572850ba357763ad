import { describe, expect, it } from 'vitest';
import { K } from '@qts/types';
import { createQ } from './index.js';

// The README's quick example, checked against the engine.
describe('README quick example', () => {
  it('gives what the README says', () => {
    const q = createQ();
    q('t:([]sym:`a`b`a;px:1 2 3)');
    expect(q('select sum px by sym from t').toString().replace(/ +$/gm, '')).toBe(
      'sym| px\n---| --\na  | 4\nb  | 2',
    );
    expect(q.til(10).toString()).toBe('0 1 2 3 4 5 6 7 8 9');
    expect(q.sum([1, 2, 3]).toString()).toBe('6');
    expect(q.til.each([1, 2, 3]).toString()).toBe(',0\n0 1\n0 1 2');
    expect(q.fn('+').over([1, 2, 3]).toString()).toBe('6');
    expect(q.fn('{x*y}')(6, 7).toString()).toBe('42');
    q.set('x', K.float([1.5, 2.5]));
    expect(q.get('x').toString()).toBe('1.5 2.5');
  });
});
