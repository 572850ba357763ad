import { describe, expect, it } from 'vitest';
import { run, session } from '../test/run.js';

// q reference: basics/pattern.md (q 4.1 pattern matching)
describe('pattern assignment', () => {
  it('destructures lists and checks counts', () => {
    expect(run('(b;c):2 3', 'c')).toBe('3');
    expect(run('(b;c):2 3 4')).toBe("'length");
  });
  it('constants must match', () => {
    expect(run('(1):1')).toBe('');
    expect(run('(1):2')).toBe("'match");
    expect(run('(b;c;3):2 3 4')).toBe("'match");
  });
  it('takes dictionaries and tables apart', () => {
    const q = session();
    q('(a!b):1 2!"ab"');
    expect(q('b')).toBe('"ab"');
    q('([]cc:e):([]aa:1 2;cc:5 6)');
    expect(q('e')).toBe('5 6');
  });
  it('checks types and transforms', () => {
    expect(run('(:`f):3e')).toBe("'type");
    expect(run('(a:3+):4', 'a')).toBe('7');
  });
  it('lambda parameters may be patterns', () => {
    expect(run('f:{[(a;b);c]a+b+c}', 'f[1 2;3]')).toBe('6');
    expect(run('chk:{$[x<0;\'"neg";x]}', 'g:{[x:chk]x*2}', 'g -1')).toBe("'neg");
  });
});
