import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference, internal.md and serialization examples (basics/ipc.md): -3!, -8!, -9!, -18!.
describe('internal functions', () => {
  it('-3!x is the q text of x', () => {
    expect(run('-3!1 2 3')).toBe('"1 2 3"');
    expect(run('-3!`a`b!1 2')).toBe('"`a`b!1 2"');
    expect(run('-3!"abc"')).toBe('"\\"abc\\""');
  });

  it('-8!x is the IPC message kdb+ sends for x', () => {
    // header (little-endian, async, uncompressed, length), then type, attribute, count, items
    expect(run('-8!1 2 3')).toBe(
      '0x0100000026000000070003000000010000000000000002000000000000000300000000000000',
    );
    expect(run('-8!1i')).toBe('0x010000000d000000fa01000000');
    expect(run('-8!`abc')).toBe('0x010000000d000000f561626300');
  });

  it('-9! reads back what -8! and -18! write; -18! compresses large messages', () => {
    expect(run('x~-9!-8!x:(1;`a;"bc";2000.01.01D12)')).toBe('1b');
    expect(run('x~-9!-18!x:1000#`a`b')).toBe('1b');
    expect(run('(count -18!x)<count -8!x:1000#`a`b')).toBe('1b');
    expect(run('-9!0x0102')).toBe("'badmsg");
  });

  it('.Q.s1 is -3!', () => {
    expect(run('.Q.s1 (1;`a)')).toBe('"(1;`a)"');
  });

  it('signals nyi for internal functions it lacks', () => {
    expect(run('-99!1')).toBe("'nyi");
  });
});
