import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: amend.md, apply.md (@ and . with 2, 3 and 4 arguments, trap)
describe('@ and .', () => {
  it('apply and index', () => {
    expect(run('{x*2}@3')).toBe('6');
    expect(run('10 20 30@1')).toBe('20');
    expect(run('{x+y} . 1 2')).toBe('3');
    expect(run('(1 2;3 4) . 1 0')).toBe('3');
  });
  it('amend items with a function or a value', () => {
    expect(run('@[1 2 3;1;neg]')).toBe('1 -2 3');
    expect(run('@[1 2 3;0 2;+;10]')).toBe('11 2 13');
    expect(run('@[1 2 3;1;:;9]')).toBe('1 9 3');
    expect(run('.[(1 2;3 4);1 0;+;10]')).toBe('1  2\n13 4');
  });
  it('amend a global by name', () => {
    expect(run('x:1 2 3', '@[`x;1;:;0]', 'x')).toBe('1 0 3');
  });
  it('a vector keeps its type: another type is an error', () => {
    expect(run('x:1 2 3', 'x[0]:`a')).toBe("'type");
  });
  it('trap: @[f;x;h] and .[f;args;h]', () => {
    expect(run('@[{x+1};`a;{"caught ",x}]')).toBe('"caught type"');
    expect(run('.[+;1 2;`err]')).toBe('3');
    expect(run('.[+;(1;`a);`err]')).toBe('`err');
  });
});
