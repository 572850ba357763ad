import { describe, expect, it } from 'vitest';
import { session } from '../test/run.js';
import { answerLine } from './jsonl.js';
import { ConsoleSession, splitStatements } from './session.js';
import { openDepth } from './repl.js';

describe('console session', () => {
  it('prints nothing for assignments, :: and a trailing ;', () => {
    const q = session();
    expect(q('a:1')).toBe('');
    expect(q('::')).toBe('');
    expect(q('a+1;')).toBe('');
    expect(q('a')).toBe('1');
  });
  it('prints show and 0N! output before the result', () => {
    const q = session();
    expect(q('show 1 2')).toBe('1 2');
    expect(q('0N!3')).toBe('3\n3');
  });
  it('\\P sets float precision, \\c the console size', () => {
    const q = session();
    q('\\P 3');
    expect(q('1%3')).toBe('0.333');
    expect(q('\\P')).toBe('3i');
  });
  it('\\d changes namespace', () => {
    const q = session();
    q('\\d .foo');
    q('a:1');
    q('\\d .');
    expect(q('.foo.a')).toBe('1');
  });
  it('scripts split on lines not starting with a blank', () => {
    expect(splitStatements('a:1\nf:{x+\n  y}\n/ comment\nb:2')).toEqual([
      'a:1',
      'f:{x+\n  y}',
      'b:2',
    ]);
    const s = new ConsoleSession();
    expect(s.runScript('a:2\na*3')).toEqual(['6']);
  });
  it('the repl waits while brackets are open', () => {
    expect(openDepth('f:{x+')).toBe(1);
    expect(openDepth('"{"')).toBe(0);
  });
});

describe('jsonl protocol', () => {
  it('answers one line per input with id and console text', () => {
    const s = new ConsoleSession();
    expect(answerLine(s, '{"id":1,"src":"1+1"}')).toBe('{"id":1,"out":"2"}');
    expect(answerLine(s, '{"id":2,"src":"x:5"}')).toBe('{"id":2,"out":""}');
    expect(answerLine(s, '{"id":3,"src":"x"}')).toBe('{"id":3,"out":"5"}');
    expect(answerLine(s, '{"id":4,"src":"1+`a"}')).toBe('{"id":4,"out":"\'type"}');
    expect(answerLine(s, 'not json')).toBe('{"id":null,"out":"\'json"}');
  });
});
