import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference, set-attribute.md: `s# on dictionaries and tables, stored as kdb+ sends them
// (kdbgo fixtures: a sorted dictionary is type 127; a sorted table has `p on its first column).
describe('the sorted attribute on dictionaries and tables', () => {
  it('makes a dictionary sorted: type 127 with `s# keys', () => {
    expect(run('type `s#`a`b!2 3')).toBe('127h');
    expect(run('attr key `s#`a`b!2 3')).toBe('`s');
    expect(run('(`s#`a`b!2 3)`b')).toBe('3');
    expect(run('`s#`b`a!2 3')).toBe("'s-fail");
  });
  it('marks a table sorted and its first column parted', () => {
    expect(run('attr `s#([]a:1 2;b:3 4)')).toBe('`s');
    expect(run('attr exec a from `s#([]a:1 2;b:3 4)')).toBe('`p');
  });
  it('makes a keyed table sorted (type 127)', () => {
    expect(run('type `s#([a:1 2]b:3 4)')).toBe('127h');
    expect(run('(`s#([a:1 2]b:3 4))[2]')).toBe('b| 4');
  });
  it('dict _ key drops that key, even an integer one (drop.md)', () => {
    const d = 'd:100 200!`a`b';
    expect(run(d, '1 _ d')).toBe('200| b');
    expect(run(d, 'd _ 1')).toBe('100| a\n200| b');
    expect(run(d, 'd _ 100')).toBe('200| b');
    expect(run(d, 'enlist[100] _ d')).toBe('200| b');
  });
});
