import { describe, expect, it } from 'vitest';
import { run, session } from '../test/run.js';

// q reference: dict.md, key.md, value.md, cols.md, keys.md, enkey.md, xkey.md, xcol.md
describe('dictionaries and tables', () => {
  it('! makes a dictionary; key and value take it apart', () => {
    expect(run('`a`b!1 2')).toBe('a| 1\nb| 2');
    expect(run('key `a`b!1 2')).toBe('`a`b');
    expect(run('value `a`b!1 2')).toBe('1 2');
    expect(run('`a`b!1 2 3')).toBe("'length");
  });
  it('indexes a dictionary by key, null when missing', () => {
    expect(run('d:`a`b!1 2', 'd`b')).toBe('2');
    expect(run('d:`a`b!1 2', 'd`c')).toBe('0N');
    expect(run('d:`a`b!1 2', 'd`b`a')).toBe('2 1');
  });
  it('indexes a table by row and by column', () => {
    expect(run('t:([]a:1 2;b:`x`y)', 't 1')).toBe('a| 2\nb| `y');
    expect(run('t:([]a:1 2;b:`x`y)', 't`b')).toBe('`x`y');
    expect(run('t:([]a:1 2;b:`x`y)', 'cols t')).toBe('`a`b');
  });
  it('n! keys a table, 0! unkeys it', () => {
    expect(run('t:([]a:1 2;b:`x`y)', '1!t')).toBe('a| b\n-| -\n1| x\n2| y');
    expect(run('t:([]a:1 2;b:`x`y)', 'keys 1!t')).toBe(',`a');
    expect(run('t:([]a:1 2;b:`x`y)', '0!1!t')).toBe('a b\n---\n1 x\n2 y');
  });
  it('a keyed table is indexed by key', () => {
    expect(run('k:([s:`a`b] v:10 20)', 'k`b')).toBe('v| 20');
  });
  it('xcol renames, xkey keys by name', () => {
    expect(run('t:([]a:1 2;b:3 4)', '`c`d xcol t')).toBe('c d\n---\n1 3\n2 4');
    expect(run('t:([]a:1 2;b:3 4)', 'keys `b xkey t')).toBe(',`b');
  });
  it('value evaluates strings and reads names', () => {
    expect(run('value "1+2"')).toBe('3');
    expect(run('a:42', 'value `a')).toBe('42');
  });
  it('a sorted dictionary is a step function, and matches its unsorted twin (apply.md)', () => {
    const q = session();
    q('d:`cat`cow`dog`sheep!`chat`vache`chien`mouton');
    q('ds:`s#d');
    expect(q('ds~d')).toBe('1b');
    expect(q('attr each (d;ds)')).toBe('``s');
    expect(q('ds `sheep`snake`cat`ant')).toBe('`mouton`mouton`chat`');
    q('es:`s#(10*til 10)!til 10');
    expect(q('es 80 35 20 -10')).toBe('8 3 2 0N');
    expect(q('d `cat`ant')).toBe('`chat`');
  });
});
