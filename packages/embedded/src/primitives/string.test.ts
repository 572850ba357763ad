import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: lower.md, trim.md, like.md, ss.md, vs.md, sv.md, string.md
describe('strings', () => {
  it('lower, upper, trim', () => {
    expect(run('lower "ABc"')).toBe('"abc"');
    expect(run('upper `abc')).toBe('`ABC');
    expect(run('trim "  a b  "')).toBe('"a b"');
    expect(run('ltrim "  a "')).toBe('"a "');
  });
  it('like matches * ? and [..] patterns', () => {
    expect(run('"quick" like "qu*"')).toBe('1b');
    expect(run('`ab`cb`ax like "a?"')).toBe('101b');
    expect(run('"a1" like "a[0-9]"')).toBe('1b');
  });
  it('ss finds, ssr replaces', () => {
    expect(run('"toronto ontario" ss "ont"')).toBe('3 8');
    expect(run('ssr["toronto";"o";"0"]')).toBe('"t0r0nt0"');
  });
  it('vs splits and sv joins', () => {
    expect(run('"," vs "a,b,c"')).toBe(',"a"\n,"b"\n,"c"');
    expect(run('"," sv ("ab";"cd")')).toBe('"ab,cd"');
    expect(run('` sv `a`b')).toBe('`a.b');
    expect(run('2 sv 1 0 1')).toBe('5');
  });
  it('string gives the text of a value', () => {
    expect(run('string 42')).toBe('"42"');
    expect(run('string `abc')).toBe('"abc"');
    expect(run('string 1 2')).toBe(',"1"\n,"2"');
  });
});

describe('sv and vs on bits and bytes', () => {
  it('0b sv gives a byte, short, int or long by the bit count', () => {
    expect(run('0b sv 8#1b')).toBe('0xff');
    expect(run('0b sv 16#1b')).toBe('-1h');
    expect(run('0x0 sv 0x0102')).toBe('258h');
  });
  it('ssr takes a function of the match', () => {
    expect(run('ssr["toronto";"o";upper]')).toBe('"tOrOntO"');
  });
});

describe('0x0 sv 16 bytes', () => {
  it('is a guid, bytes in order (kdb+ fixture kdbgo-decode-4)', () => {
    expect(run('0x0 sv `byte$til 16')).toBe('00010203-0405-0607-0809-0a0b0c0d0e0f');
    expect(run('type 0x0 sv 16#0x00')).toBe('-2h');
  });
});
