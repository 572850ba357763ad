import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: basics/errors.md; signal.md
describe('errors and limits', () => {
  it('an undefined name is signalled as the name itself', () => {
    expect(run('foo')).toBe("'foo");
    expect(run('{x+undefinedThing}1')).toBe("'undefinedThing");
  });
  it('rank: too many arguments', () => {
    expect(run('{x}[1;2]')).toBe("'rank");
  });
  it("deep recursion is 'stack, not a crash", () => {
    expect(run('f:{f x}', 'f 1')).toBe("'stack");
  });
  it("runaway allocation is 'wsfull", () => {
    expect(run('til 100000000000')).toBe("'wsfull");
  });
  it('signal with a symbol or a string', () => {
    expect(run("'`custom")).toBe("'custom");
    expect(run('\'"text"')).toBe("'text");
  });
  it('recursion within the limit works', () => {
    expect(run('fact:{$[x<2;1;x*fact x-1]}', 'fact 10')).toBe('3628800');
  });
  it('projections of lambdas fill holes in order', () => {
    expect(run('f:{x,y,z}', 'f[1;;3] 2')).toBe('1 2 3');
  });
  it('compositions from a verb applied to a section', () => {
    expect(run('f:neg 1+', 'f 2')).toBe('-3');
  });
});
