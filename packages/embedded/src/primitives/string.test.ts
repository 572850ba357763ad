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
  it('` vs splits file handles and lines (vs.md)', () => {
    expect(run('` vs `:/home/kdb/data/mywork.dat')).toBe('`:/home/kdb/data`mywork.dat');
    expect(run('` vs `mywork.dat')).toBe('`mywork`dat');
    expect(run('` vs "abc\\ndef\\nghi\\n"')).toBe('"abc"\n"def"\n"ghi"');
    expect(run('` vs "x"$"abc\\r\\ndef\\r\\nghi"')).toBe('"abc"\n"def"\n"ghi"');
  });
  it('vs encodes a list of integers as a matrix (vs.md)', () => {
    expect(run('10 vs 1995 1996 1997')).toBe('1 1 1\n9 9 9\n9 9 9\n5 6 7');
    expect(run('(10 vs 1995 1996 1997)[;0]')).toBe('1 9 9 5');
    expect(run('10 vs(1995;1996 1997)')).toBe('1 1 1\n9 9 9\n9 9 9\n5 6 7');
  });
  it('trim cuts nulls from other vectors and goes into dictionaries and tables (trim.md)', () => {
    expect(run('trim 0N 0N 1 2 3 0N 0N  4 5 0N 0N')).toBe('1 2 3 0N 0N 4 5');
    expect(run('trim 42')).toBe('42');
    expect(run('ltrim`a`b!(("fox";("jumps ";"over   "));("a";"dog "))')).toBe(
      'a| "fox" ("jumps ";"over   ")\nb| "a"   "dog "',
    );
    expect(run('rtrim ([]a:("fox";("jumps ";"over   "));b:("a";"dog "))')).toBe(
      'a                b\n----------------------\n"fox"            "a"\n("jumps";"over") "dog"',
    );
  });
});
