import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference, "Syntax" (basics/syntax.md): evaluation is right to left, no precedence.
describe('syntax', () => {
  it('evaluates right to left', () => {
    expect(run('2*3+4')).toBe('14');
    expect(run('(2*3)+4')).toBe('10');
  });
  it('applies by juxtaposition and brackets alike', () => {
    expect(run('til 3')).toBe('0 1 2');
    expect(run('til[3]')).toBe('0 1 2');
    expect(run('{x*y}[3;4]')).toBe('12');
  });
  it('indexes lists with brackets, at depth with ;', () => {
    expect(run('(1 2 3;4 5 6)[1;2]')).toBe('6');
    expect(run('m:(1 2 3;4 5 6)', 'm[;1]')).toBe('2 5');
  });
  it('makes projections from elided arguments and left sections', () => {
    expect(run('f:{x-y}[;1]', 'f 10')).toBe('9');
    expect(run('g:2*', 'g 5')).toBe('10');
  });
  it('reads every literal form', () => {
    expect(run('1 2 3h')).toBe('1 2 3h');
    expect(run('1.5 2')).toBe('1.5 2');
    expect(run('101b')).toBe('101b');
    expect(run('0x0a0b')).toBe('0x0a0b');
    expect(run('2026.01.02')).toBe('2026.01.02');
    expect(run('12:30')).toBe('12:30');
    expect(run('0N 1 2')).toBe('0N 1 2');
    expect(run('-0W')).toBe('-0W');
    expect(run('"abc"')).toBe('"abc"');
    expect(run('`a`b')).toBe('`a`b');
  });
  it('builds general lists and table literals', () => {
    expect(run('(1;`a;"b")')).toBe('1\n`a\n"b"');
    expect(run('([] a:1 2; b:`x`y)')).toBe('a b\n---\n1 x\n2 y');
    expect(run('([k:1 2] v:`x`y)')).toBe('k| v\n-| -\n1| x\n2| y');
  });
  it('reads lambdas with implicit and named parameters', () => {
    expect(run('{x+y+z}[1;2;3]')).toBe('6');
    expect(run('{[a;b] a-b}[5;3]')).toBe('2');
  });
  it('keeps locals local and :: global', () => {
    expect(run('a:1', 'f:{a:10;a}', 'f[]', 'a')).toBe('1');
    expect(run('f:{b::x}', 'f 7', 'b')).toBe('7');
  });
  it('evaluates $[c;t;f], if, do, while', () => {
    expect(run('$[1b;`yes;`no]')).toBe('`yes');
    expect(run('$[0b;1;0b;2;3]')).toBe('3');
    expect(run('n:0', 'do[5;n+:1]', 'n')).toBe('5');
    expect(run('i:0', 'while[i<3;i+:1]', 'i')).toBe('3');
    expect(run('r:0', 'if[1b;r:9]', 'r')).toBe('9');
  });
  it("returns early with : and signals with '", () => {
    expect(run('{if[x>0;:`pos];`neg}1')).toBe('`pos');
    expect(run("{'`oops}1")).toBe("'oops");
  });
  it('amends in place: x[i]:v and x+:v', () => {
    expect(run('x:1 2 3', 'x[1]:20', 'x')).toBe('1 20 3');
    expect(run('x:1 2 3', 'x+:1', 'x')).toBe('2 3 4');
    expect(run('d:`a`b!1 2', 'd[`c]:3', 'd')).toBe('a| 1\nb| 2\nc| 3');
  });
  it('ignores trailing and block comments', () => {
    expect(run('1+1 / two')).toBe('2');
  });
});
