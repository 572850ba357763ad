import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: iterators.md, maps.md (each, each-left, each-right, each-prior), accumulators.md
describe('iterators', () => {
  it("each ' maps a unary function, each-both pairs items", () => {
    expect(run("count'[(1 2;3 4 5)]")).toBe('2 3');
    expect(run('count each (1 2;3 4 5)')).toBe('2 3');
    expect(run("1 2 3 {x+y}' 10 20 30")).toBe('11 22 33');
    expect(run("1 2 {x+y}' 1 2 3")).toBe("'length");
  });
  it('each over an empty list gives the generic empty list (maps.md)', () => {
    expect(run("type (2*')til 0")).toBe('0h');
    expect(run("()~{x+y*z}'[`foo;til 0;til 0]")).toBe('1b');
    expect(run('type (2*)til 0')).toBe('7h');
  });
  it('each-left and each-right', () => {
    expect(run('1 2,\\:3')).toBe('1 3\n2 3');
    expect(run('1 2,/:3 4')).toBe('1 2 3\n1 2 4');
  });
  it('over folds and scan accumulates, with and without a seed', () => {
    expect(run('+/[1 2 3]')).toBe('6');
    expect(run('10+/1 2 3')).toBe('16');
    expect(run('+\\[1 2 3]')).toBe('1 3 6');
    expect(run('1000+\\2 3 4')).toBe('1002 1005 1009');
    expect(run('{x*y}/[1 2 3 4]')).toBe('24');
  });
  it('a unary function over: converge, do, while', () => {
    expect(run('{x div 2}/[100]')).toBe('0');
    expect(run('3 {2*x}\\1')).toBe('1 2 4 8');
    expect(run('{x<100}{2*x}/1')).toBe('128');
  });
  it("each-prior ': applies to each item and the one before", () => {
    expect(run("(-':)1 1 2 3 5 8 13")).toBe('1 0 1 1 2 3 5');
    expect(run("-':[1900;1952 1954 1960]")).toBe('52 2 6');
  });
  it('the keywords each over scan prior', () => {
    expect(run('(+) over til 5')).toBe('10');
    expect(run('(+) scan til 5')).toBe('0 1 3 6 10');
  });
  it('an empty fold gives the identity of the primitive', () => {
    expect(run('(+/)0#0')).toBe('0');
    expect(run('(*/)0#0')).toBe('1');
  });
});
