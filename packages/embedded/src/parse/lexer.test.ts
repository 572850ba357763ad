import { describe, expect, it } from 'vitest';
import { lex } from './lexer.js';

const kinds = (src: string) => lex(src).map((t) => `${t.kind}:${t.text}`);

describe('lexer', () => {
  it('reads blank-separated numbers as one vector token', () => {
    expect(kinds('1 2 3')).toEqual(['number:1 2 3', 'eof:']);
  });
  it('joins a minus to a number only when nothing noun-like touches it', () => {
    expect(kinds('x-1')).toEqual(['name:x', 'op:-', 'number:1', 'eof:']);
    expect(kinds('x -1')).toEqual(['name:x', 'number:-1', 'eof:']);
    expect(kinds('2 -1')).toEqual(['number:2 -1', 'eof:']);
  });
  it('treats / after a blank as a comment and attached / as an adverb', () => {
    expect(kinds('+/ 1 2 / sum')).toEqual(['op:+', 'adverb:/', 'number:1 2', 'eof:']);
  });
  it('reads symbols, symbol vectors and file handles', () => {
    expect(lex('`a`b`c')[0]?.parts).toEqual(['a', 'b', 'c']);
    expect(lex('`:data/t.csv')[0]?.parts).toEqual([':data/t.csv']);
  });
  it('decodes string escapes', () => {
    expect(lex('"a\\tb\\"c\\101"')[0]?.text).toBe('a\tb"cA');
  });
  it('tells a signal from an each', () => {
    expect(kinds("'`oops")[0]).toBe("signal:'");
    expect(kinds("f'x")[1]).toBe("adverb:'");
  });
  it('reads modified assignment as one token', () => {
    expect(kinds('x+:1')).toEqual(['name:x', 'assign:+:', 'number:1', 'eof:']);
  });
});
