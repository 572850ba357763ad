import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: cast.md, tok.md, pad.md
describe('$', () => {
  it('casts by name, char or type number', () => {
    expect(run('`int$1.6')).toBe('2i');
    expect(run('"j"$1.5 2.5')).toBe('2 3');
    expect(run('6h$3')).toBe('3i');
    expect(run('`date$2026.01.02D12:00')).toBe('2026.01.02');
  });
  it('parses text with an upper-case type (Tok)', () => {
    expect(run('"J"$"42"')).toBe('42');
    expect(run('"D"$"2026.01.02"')).toBe('2026.01.02');
    expect(run('"I"$("12";"ab")')).toBe('12 0Ni');
  });
  it('makes symbols from strings', () => {
    expect(run('`$"abc"')).toBe('`abc');
    expect(run('`$("ab";"cd")')).toBe('`ab`cd');
  });
  it('pads strings to a width', () => {
    expect(run('5$"ab"')).toBe('"ab   "');
    expect(run('-5$"ab"')).toBe('"   ab"');
  });
});

// Symbols and strings carry UTF-8 text both ways (kdb+ IPC fixtures: `$"你好" is the symbol 你好).
describe('symbols and UTF-8 strings', () => {
  it('`$ reads a string as UTF-8 and string gives the bytes back', () => {
    expect(run('`$"你好"')).toBe('`你好');
    expect(run('count string `$"你好"')).toBe('6');
    expect(run('"你好"~string `$"你好"')).toBe('1b');
    expect(run('`$("ab";"9ỹT")')).toBe('`ab`9ỹT');
  });
});

describe('casting the empty list', () => {
  it('gives the typed empty list (datatypes.md)', () => {
    expect(run('type `int$()')).toBe('6h');
    expect(run('`symbol$()')).toBe('`symbol$()');
    expect(run('meta ([] name:`symbol$(); iq:`int$())')).toBe(
      'c   | t f a\n----| -----\nname| s\niq  | i',
    );
  });
});
