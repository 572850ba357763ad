import { describe, expect, it } from 'vitest';
import { run, session } from '../test/run.js';

// q reference: lj.md, ij.md, uj.md, pj.md, ej.md, asc.md (xasc)
describe('joins', () => {
  const setup = () => {
    const q = session();
    q('x:([]a:1 2 3;b:`x`y`z)');
    q('y:([a:1 3]c:10 30)');
    return q;
  };
  it('lj adds the keyed table columns, nulls where no key matches', () => {
    expect(setup()('x lj y')).toBe('a b c\n------\n1 x 10\n2 y\n3 z 30');
  });
  it('ij keeps only rows whose key matches', () => {
    expect(setup()('x ij y')).toBe('a b c\n------\n1 x 10\n3 z 30');
  });
  it('uj unites columns and rows', () => {
    expect(setup()('x uj ([]a:9;d:1.5)')).toBe('a b d\n-------\n1 x\n2 y\n3 z\n9   1.5');
  });
  it('keyed uj updates only the columns y has (uj.md)', () => {
    const q = session();
    q('s:([]a:1 2;b:2 3;c:5 7)');
    q('t:([]a:1 2 3;b:2 3 7;c:10 20 30;d:"ABC")');
    expect(q('(2!s) uj 2!t')).toBe('a b| c  d\n---| ----\n1 2| 10 A\n2 3| 20 B\n3 7| 30 C');
    expect(run('([a:1 2]b:`x`y) uj ([a:2 3]c:10 20)')).toBe(
      'a| b c\n-| ----\n1| x\n2| y 10\n3|   20',
    );
  });
  it('keyed uj takes y whole, ujf keeps x where y is null (uj.md)', () => {
    const q = session();
    q('x:([a:1 2]b:`x`y;c:10 20)');
    q('y:([a:1 2]b:``z;c:1 0N)');
    expect(q('x uj y')).toBe('a| b c\n-| ---\n1|   1\n2| z');
    expect(q('x ujf y')).toBe('a| b c\n-| ----\n1| x 1\n2| z 20');
  });
  it('join of keyed tables matches value columns by name', () => {
    expect(run('([a:1 2]b:`x`y;c:0N 0N),([a:2 3]c:10 20)')).toBe(
      'a| b c\n-| ----\n1| x\n2| y 10\n3|   20',
    );
  });
  it('pj adds matching values', () => {
    const q = session();
    q('t:([]k:`a`b;v:1 2)');
    expect(q('t pj ([k:`a]v:10)')).toBe('k v\n----\na 11\nb 2');
  });
  it('ej joins on equal columns, keeping every match', () => {
    const q = session();
    q('s:([]k:`a`b`a;v:1 2 3)');
    q('t:([]k:`a`a;w:10 20)');
    expect(q('ej[`k;s;t]')).toBe('k v w\n------\na 1 10\na 1 20\na 3 10\na 3 20');
  });
  it('xasc and xdesc sort by columns, stably', () => {
    const q = setup();
    expect(q('`b xdesc x')).toBe('a b\n---\n3 z\n2 y\n1 x');
    expect(q('`a xasc ([]a:2 1 2;b:1 2 3)')).toBe('a b\n---\n1 2\n2 1\n2 3');
  });
});

describe('grouping and as-of joins', () => {
  it('xgroup keys by columns, the rest as lists', () => {
    expect(run('`a xgroup ([]a:1 1 2;c:10 20 30)')).toBe('a| c\n-| -----\n1| 10 20\n2| ,30');
  });
  it('aj takes the last quote at or before each time', () => {
    const q = session();
    q('t:([]time:10:01:01 10:01:03;sym:`msft`ibm;qty:100 200)');
    q('q:([]time:10:01:00 10:01:01 10:01:02;sym:`ibm`msft`msft;px:100 99 101)');
    expect(q('aj[`sym`time;t;q]')).toBe(
      'time     sym  qty px\n---------------------\n10:01:01 msft 100 99\n10:01:03 ibm  200 100',
    );
  });
});
