import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: union.md, inter.md, except.md, cross.md
describe('sets', () => {
  it('union, inter, except keep first-occurrence order', () => {
    expect(run('1 2 3 union 2 4')).toBe('1 2 3 4');
    expect(run('1 2 3 inter 3 2 9')).toBe('2 3');
    expect(run('1 2 3 2 except 2')).toBe('1 3');
  });
  it('cross gives every pair', () => {
    expect(run('1 2 cross 3 4')).toBe('1 3\n1 4\n2 3\n2 4');
  });
});
