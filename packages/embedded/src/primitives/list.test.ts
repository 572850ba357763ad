import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: til.md, count.md, first.md, enlist.md, reverse.md, raze.md, where.md, distinct.md,
// group.md, flip.md, take.md, drop.md, join.md, fill.md, null.md, cut.md, rotate.md, next.md
describe('list primitives', () => {
  it('til, count, first, last', () => {
    expect(run('til 5')).toBe('0 1 2 3 4');
    expect(run('count 1 2 3')).toBe('3');
    expect(run('first 1 2 3')).toBe('1');
    expect(run('last 1 2 3')).toBe('3');
    expect(run('til -1')).toBe("'domain");
  });
  it('enlist makes a one-item list', () => {
    expect(run('enlist 1')).toBe(',1');
    expect(run('enlist[1;2]')).toBe('1 2');
  });
  it('reverse, raze, where', () => {
    expect(run('reverse 1 2 3')).toBe('3 2 1');
    expect(run('raze (1 2;3 4)')).toBe('1 2 3 4');
    expect(run('where 1 0 1b')).toBe('0 2');
    expect(run('where 2 1')).toBe('0 0 1');
  });
  it('distinct and group keep first-occurrence order', () => {
    expect(run('distinct 2 3 2 1')).toBe('2 3 1');
    expect(run('group `a`b`a')).toBe('a| 0 2\nb| ,1');
  });
  it('flip makes a table from a column dictionary', () => {
    expect(run('flip `a`b!(1 2;3 4)')).toBe('a b\n---\n1 3\n2 4');
    expect(run('flip (1 2;3 4)')).toBe('1 3\n2 4');
  });
  it('# takes, cycles, takes from the end, reshapes', () => {
    expect(run('2#1 2 3')).toBe('1 2');
    expect(run('5#1 2')).toBe('1 2 1 2 1');
    expect(run('-2#1 2 3')).toBe('2 3');
    expect(run('2 3#til 6')).toBe('0 1 2\n3 4 5');
    expect(run('3#`a')).toBe('`a`a`a');
  });
  it('_ drops, cuts and removes', () => {
    expect(run('2_1 2 3')).toBe(',3');
    expect(run('-1_1 2 3')).toBe('1 2');
    expect(run('0 2_til 5')).toBe('0 1\n2 3 4');
    expect(run('`a _ `a`b!1 2')).toBe('b| 2');
  });
  it(', joins lists, atoms and dictionaries', () => {
    expect(run('1 2,3')).toBe('1 2 3');
    expect(run('1,`a')).toBe('1\n`a');
    expect(run('(`a`b!1 2),`b`c!3 4')).toBe('a| 1\nb| 3\nc| 4');
  });
  it('^ fills nulls', () => {
    expect(run('0^1 0N 3')).toBe('1 0 3');
  });
  it('null finds nulls', () => {
    expect(run('null 1 0N 3')).toBe('010b');
  });
  it('cut, rotate, next, prev', () => {
    expect(run('2 cut til 5')).toBe('0 1\n2 3\n,4');
    expect(run('1 rotate 1 2 3')).toBe('2 3 1');
    expect(run('next 1 2 3')).toBe('2 3 0N');
    expect(run('prev 1 2 3')).toBe('0N 1 2');
  });
});
