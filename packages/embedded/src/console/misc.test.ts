import { describe, expect, it } from 'vitest';
import { run, session } from '../test/run.js';

// q reference: basics/syscmds.md (\P), system.md, handles.md, view.md, namespaces.md
describe('console behaviours', () => {
  it('system runs a \\ command', () => {
    expect(run('system "P 3"', '1%3')).toBe('0.333');
  });
  it('-1 prints a line; 1 prints without a newline', () => {
    expect(run('-1 "hi";')).toBe('hi');
    expect(run('1 "ab"')).toBe('ab1');
  });
  it('views recompute when read', () => {
    const q = session();
    q('a:1');
    q('v::a*10');
    expect(q('v')).toBe('10');
    q('a:2');
    expect(q('v')).toBe('20');
  });
  it('namespaces list their names', () => {
    const q = session();
    q('.fee.fi.fo:1');
    expect(q('key `.fee')).toBe('``fi');
  });
  it('0 evaluates a string in this process', () => {
    expect(run('0 "2+2"')).toBe('4');
  });
  it("'name signals the name unless it is a variable", () => {
    expect(run("'type")).toBe("'type");
    expect(run('e:"boom"', "{'e}[]")).toBe("'boom");
  });
});
