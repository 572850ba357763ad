import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: add.md, subtract.md, multiply.md, divide.md, div.md, mod.md, neg.md, abs.md ...
describe('arithmetic', () => {
  it('+ is atomic and promotes to the wider type', () => {
    expect(run('1 2 3+10')).toBe('11 12 13');
    expect(run('1+1.5')).toBe('2.5');
    expect(run('1h+1h')).toBe('2h');
    expect(run('1i+2')).toBe('3');
    expect(run('1b+1b')).toBe('2i');
  });
  it('+ extends through dictionaries and general lists', () => {
    expect(run('(`a`b!1 2)+10')).toBe('a| 11\nb| 12');
    expect(run('(1;2 3)+1')).toBe('2\n3 4');
  });
  it('signals length when lists differ in count', () => {
    expect(run('1 2+1 2 3')).toBe("'length");
  });
  it('signals type on symbols', () => {
    expect(run('`a+1')).toBe("'type");
  });
  it('% is always float division', () => {
    expect(run('7%2')).toBe('3.5');
    expect(run('1%0')).toBe('0w');
  });
  it('div rounds toward minus infinity; its type follows the left argument', () => {
    expect(run('7 div 2')).toBe('3');
    expect(run('-7 div 2')).toBe('-4');
    expect(run('6i div 4')).toBe('1i');
    expect(run('7f div 2')).toBe('3f');
  });
  it('mod takes the sign of the divisor', () => {
    expect(run('7 mod 3')).toBe('1');
    expect(run('-7 mod 3')).toBe('2');
  });
  it('& and | are min and max', () => {
    expect(run('2|til 5')).toBe('2 2 2 3 4');
    expect(run('2&til 5')).toBe('0 1 2 2 2');
  });
  it('nulls propagate through long arithmetic', () => {
    expect(run('1 0N 3+1')).toBe('2 0N 4');
  });
  it('neg, abs, signum keep integral types', () => {
    expect(run('neg 1 -2 3')).toBe('-1 2 -3');
    expect(run('abs 10 -43 0N')).toBe('10 43 0N');
    expect(run('signum -2 0 5')).toBe('-1 0 1i');
  });
  it('floor is atomic and lowercases chars and symbols (floor.md)', () => {
    expect(run('floor(1.2;3.4 5.6)')).toBe('1\n3 5');
    expect(run('floor([]a:1.2 3.4;b:5.6 7.8)')).toBe('a b\n---\n1 5\n3 7');
    expect(run('floor "aBc"')).toBe('"abc"');
    expect(run('floor `A`Bc')).toBe('`a`bc');
  });
  it('floor and ceiling give longs from floats', () => {
    expect(run('floor 2.5 -2.5')).toBe('2 -3');
    expect(run('ceiling 2.5 -2.5')).toBe('3 -2');
  });
  it('sqrt, exp, log are float', () => {
    expect(run('sqrt 4 9')).toBe('2 3f');
    expect(run('exp 0')).toBe('1f');
    expect(run('log 1')).toBe('0f');
  });
  it('temporal arithmetic: date+int is a date, date-date an int', () => {
    expect(run('2026.01.01+1')).toBe('2026.01.02');
    expect(run('2026.01.10-2026.01.01')).toBe('9i');
    expect(run('12:00+30')).toBe('12:30');
  });
});
