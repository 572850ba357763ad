import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: comparison.md, match.md, not.md
describe('comparison', () => {
  it('= < > are atomic and give booleans', () => {
    expect(run('1 2 3=2')).toBe('010b');
    expect(run('1 2 3<2')).toBe('100b');
    expect(run('1 2 3>=2')).toBe('011b');
    expect(run('1 2 3<>2')).toBe('101b');
  });
  it('floats compare with tolerance', () => {
    expect(run('(0.1+0.2)=0.3')).toBe('1b');
    expect(run('0.1+0.2=0.3')).toBe('0.1');
  });
  it('nulls are less than every value', () => {
    expect(run('0N<-0W')).toBe('1b');
    expect(run('0n<-0w')).toBe('1b');
  });
  it('symbols compare by text', () => {
    expect(run('`a<`b')).toBe('1b');
    expect(run('`abc=`abc`def')).toBe('10b');
  });
  it('~ matches whole values, type included', () => {
    expect(run('1 2 3~1 2 3')).toBe('1b');
    expect(run('1~1i')).toBe('0b');
  });
  it('not is zero-ness', () => {
    expect(run('not 0 1 2')).toBe('100b');
  });
});
