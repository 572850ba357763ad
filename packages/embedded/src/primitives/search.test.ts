import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: find.md, in.md, within.md, bin.md, asc.md, desc.md, iasc.md, rank.md
describe('search and sort', () => {
  it('? finds the first position, count when missing', () => {
    expect(run('10 20 30?20')).toBe('1');
    expect(run('10 20 30?40')).toBe('3');
    expect(run('`a`b`c?`c`a')).toBe('2 0');
  });
  it('? reverse-looks-up a dictionary', () => {
    expect(run('(`a`b!1 2)?2')).toBe('`b');
  });
  it('?[c;a;b] is the vector conditional', () => {
    expect(run('?[101b;1 2 3;10 20 30]')).toBe('1 20 3');
  });
  it('in and within', () => {
    expect(run('2 5 in 1 2 3')).toBe('10b');
    expect(run('1 5 9 within 2 8')).toBe('010b');
  });
  it('bin finds the last item not above', () => {
    expect(run('0 2 4 bin 3')).toBe('1');
    expect(run('0 2 4 bin -1 5')).toBe('-1 2');
  });
  it('asc sorts with the sorted attribute; desc; grades are stable', () => {
    expect(run('asc 3 1 2')).toBe('`s#1 2 3');
    expect(run('desc 2 1 3')).toBe('3 2 1');
    expect(run('iasc 2 7 3 2 5')).toBe('0 3 2 4 1');
    expect(run('idesc 2 7 3 2 5')).toBe('1 4 2 0 3');
    expect(run('rank 2 7 3 2 5')).toBe('0 4 2 1 3');
  });
  it('asc puts nulls first', () => {
    expect(run('asc 3 0N 1')).toBe('`s#0N 1 3');
  });
  it('asc orders a mixed list by type number, then by value (asc.md)', () => {
    expect(run('asc (1;1b;"b";2009.01.01;"a";0)')).toBe('1b\n0\n1\n"a"\n"b"\n2009.01.01');
    expect(run('type each asc (1;1b;"b";2009.01.01;"a";0)')).toBe('-1 -7 -7 -10 -10 -14h');
    expect(run('asc(2f;3j;4i;5h)')).toBe('5h\n4i\n3\n2f');
  });
});
