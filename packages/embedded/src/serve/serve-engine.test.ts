import { connect, type Connection, type QServer } from '@qts/ipc';
import { K, MixedList, QError } from '@qts/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEngine } from './serve-engine.js';

describe('serving the engine over IPC (qts -p)', () => {
  let server: QServer;
  let conn: Connection;

  beforeAll(async () => {
    server = await serveEngine({ port: 0 });
    conn = await connect({ host: '127.0.0.1', port: server.port ?? 0 });
  });
  afterAll(async () => {
    await conn.close();
    await server.close();
  });

  it('evaluates q text sent as a string (h"expr")', async () => {
    expect((await conn.sync('til 3')).toString()).toBe('0 1 2');
  });

  it('applies a function given by name to its arguments as they are (h(`f;x))', async () => {
    await conn.sync('f:{x,y}');
    const result = await conn.sync(new MixedList([K.symbol('f'), K.symbol('a'), K.symbol('b')]));
    expect(result.toString()).toBe('`a`b');
  });

  it('keeps one session across messages; async messages take effect', async () => {
    conn.async('n:42');
    expect((await conn.sync('n+1')).toString()).toBe('43');
  });

  it("answers q errors with q's error name", async () => {
    const error = await conn.sync('1+`a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QError);
    expect((error as QError).message).toBe('type');
    await expect(conn.sync('undefinedName')).rejects.toThrow('undefinedName');
  });
});

describe('a function named by q text, as client libraries send it (h("f";x))', () => {
  it('is evaluated, then applied to the arguments', async () => {
    const server = await serveEngine({ port: 0 });
    const conn = await connect({ host: '127.0.0.1', port: server.port ?? 0 });
    await conn.sync('set', K.symbol('t'), K.long([1, 2, 3]));
    expect((await conn.sync('sum t')).toString()).toBe('6');
    await conn.close();
    await server.close();
  });
});

describe('a time limit on client requests (qts -T)', () => {
  it("stops a runaway request with 'stop and keeps serving", async () => {
    const server = await serveEngine({ port: 0, timeoutMs: 200 });
    const conn = await connect({ host: '127.0.0.1', port: server.port ?? 0 });
    await expect(conn.sync('while[1;]')).rejects.toThrow('stop');
    expect((await conn.sync('1+1')).toString()).toBe('2');
    await conn.close();
    await server.close();
  });
});
