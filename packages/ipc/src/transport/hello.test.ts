import { describe, expect, it } from 'vitest';
import { ConnectionError } from './connection-error.js';
import { encodeHello, HelloReader, MAX_HELLO_BYTES, parseHello } from './hello.js';

const bytes = (text: string, ...tail: number[]): Uint8Array =>
  Uint8Array.from([...new TextEncoder().encode(text), ...tail]);

describe('handshake bytes (ipc-protocol.md section 1.1)', () => {
  it('sends user:password, the capability byte and NUL', () => {
    expect(Array.from(encodeHello('me:pw', 3))).toEqual(Array.from(bytes('me:pw', 3, 0)));
    expect(Array.from(encodeHello('', 6))).toEqual([6, 0]);
  });

  it('refuses the reserved capability 4, NULs in credentials and over-long credentials', () => {
    expect(() => encodeHello('me', 4)).toThrow(ConnectionError);
    expect(() => encodeHello('m\0e', 3)).toThrow(
      expect.objectContaining({ detail: expect.stringMatching(/NUL/) }),
    );
    expect(() => encodeHello('x'.repeat(MAX_HELLO_BYTES), 3)).toThrow(ConnectionError);
  });

  it('splits user and password at the first colon', () => {
    expect(parseHello(bytes('me:p:w', 3))).toEqual({ user: 'me', password: 'p:w', capability: 3 });
    expect(parseHello(bytes('anonymous', 3))).toEqual({
      user: 'anonymous',
      password: undefined,
      capability: 3,
    });
    expect(parseHello(bytes('', 6))).toEqual({ user: '', password: undefined, capability: 6 });
  });

  it('reads a pre-2.6 hello (no capability byte) as capability 0', () => {
    expect(parseHello(bytes('me:pw'))).toEqual({ user: 'me', password: 'pw', capability: 0 });
    expect(parseHello(new Uint8Array(0))).toEqual({ user: '', password: undefined, capability: 0 });
  });

  it('collects a hello split across chunks and hands back the bytes after the NUL', () => {
    const reader = new HelloReader();
    expect(reader.push(bytes('us'))).toBeUndefined();
    const result = reader.push(bytes('er:pw', 3, 0, 1, 2, 3));
    expect(result?.hello).toEqual({ user: 'user', password: 'pw', capability: 3 });
    expect(Array.from(result!.rest)).toEqual([1, 2, 3]);
  });

  it('gives up on a hello with no NUL within the bound', () => {
    const reader = new HelloReader();
    const chunk = new Uint8Array(1000).fill(65);
    expect(() => {
      for (let i = 0; i < 10; i++) reader.push(chunk);
    }).toThrow(ConnectionError);
  });
});
