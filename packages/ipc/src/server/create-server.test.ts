import { connect as netConnect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { K, QError, Table, fromJS, type K as KValue } from '@qts/types';
import { decodeMessage, encodeMessage } from '../codec/index.js';
import { connect } from '../client/index.js';
import { createServer } from './create-server.js';
import type { ServerConnection } from './server-connection.js';
import { HOST, afterTest, serve } from '../test-support/loopback.js';

/** A raw socket that records everything it receives and when the server closed it. */
async function raw(
  port: number,
): Promise<{ socket: Socket; received: () => Uint8Array; closed: Promise<void> }> {
  const socket = netConnect({ host: HOST, port });
  await new Promise((r) => socket.once('connect', r));
  const chunks: Buffer[] = [];
  socket.on('data', (c) => chunks.push(c));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((r) => socket.once('close', () => r()));
  afterTest(() => socket.destroy());
  return { socket, received: () => new Uint8Array(Buffer.concat(chunks)), closed };
}

const hello = (text: string, ...tail: number[]): Uint8Array =>
  Uint8Array.from([...new TextEncoder().encode(text), ...tail]);

const waitFor = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('handshake (ipc-protocol.md section 1)', () => {
  it('replies with the lower of the offered and the server capability', async () => {
    const server = await serve({ port: 0, capability: 3 });
    for (const [offer, expected] of [
      [6, 3],
      [3, 3],
      [1, 1],
      [0, 0],
    ] as const) {
      const c = await raw(server.port!);
      c.socket.write(hello('u:p', offer, 0));
      await waitFor(() => c.received().length > 0);
      expect(Array.from(c.received())).toEqual([expected]);
    }
  });

  it('treats a hello without a capability byte as a pre-2.6 client (capability 0)', async () => {
    const server = await serve({ port: 0 });
    const c = await raw(server.port!);
    c.socket.write(hello('user:pw', 0));
    await waitFor(() => c.received().length > 0);
    expect(Array.from(c.received())).toEqual([0]);
  });

  it('passes user and password to auth and closes without a byte when it refuses', async () => {
    const seen: unknown[] = [];
    const server = await serve({
      port: 0,
      auth: (request) => (seen.push({ ...request }), request.password === 'right'),
    });
    const c = await raw(server.port!);
    c.socket.write(hello('alice:wrong', 3, 0));
    await c.closed;
    expect(c.received().length).toBe(0);
    expect(seen[0]).toEqual({
      user: 'alice',
      password: 'wrong',
      capability: 3,
      remoteAddress: '127.0.0.1',
    });
  });

  it('refuses when auth throws or rejects, and reports it', async () => {
    const errors: Error[] = [];
    const server = await createServer({
      port: 0,
      auth: async () => {
        throw new Error('auth backend down');
      },
      onError: (e) => errors.push(e),
    });
    afterTest(() => server.close());
    await expect(connect({ host: HOST, port: server.port! })).rejects.toMatchObject({
      code: 'access',
    });
    expect(errors[0]?.message).toBe('auth backend down');
  });

  it('closes a connection whose hello never ends or never comes', async () => {
    const server = await serve({ port: 0, handshakeTimeout: 50 });
    const long = await raw(server.port!);
    long.socket.write(new Uint8Array(5000).fill(65));
    await long.closed;
    const silent = await raw(server.port!);
    await silent.closed;
    expect(silent.received().length).toBe(0);
  });
});

describe('requests', () => {
  it('answers with K, converted JS, :: for undefined, or a q error for a throw', async () => {
    const server = await serve({
      port: 0,
      onSync: (request) => {
        const text = String(request.toJS());
        if (text === 'k') return K.short(7);
        if (text === 'js') return { a: 1, b: [1, 2] };
        if (text === 'undefined') return undefined;
        if (text === 'qerror') throw new QError('length');
        if (text === 'error') throw new Error('plain failure');
        if (text === 'reject') return Promise.reject(new QError('rank'));
        throw 'odd';
      },
    });
    const conn = await connect({ host: HOST, port: server.port! });
    afterTest(() => conn.close());
    expect((await conn.sync('k')).toString()).toBe('7h');
    expect((await conn.sync('js')).equals(fromJS({ a: 1, b: [1, 2] }))).toBe(true);
    expect((await conn.sync('undefined')).type).toBe(101);
    await expect(conn.sync('qerror')).rejects.toMatchObject({ message: 'length' });
    await expect(conn.sync('error')).rejects.toMatchObject({ message: 'plain failure' });
    await expect(conn.sync('reject')).rejects.toMatchObject({ message: 'rank' });
    await expect(conn.sync('other')).rejects.toMatchObject({ message: 'odd' });
  });

  it('answers nyi when there is no onSync handler', async () => {
    const server = await serve({ port: 0 });
    const conn = await connect({ host: HOST, port: server.port! });
    afterTest(() => conn.close());
    await expect(conn.sync('1+1')).rejects.toMatchObject({ message: 'nyi' });
  });

  it('sends a q error instead of a reply the peer cannot receive (guid at capability 1)', async () => {
    const server = await serve({
      port: 0,
      onSync: () => K.guid('8c680a01-5a49-5aab-5a65-d4bfddb6a661'),
    });
    const conn = await connect({ host: HOST, port: server.port!, capability: 1 });
    afterTest(() => conn.close());
    expect(conn.capability).toBe(1);
    await expect(conn.sync('g')).rejects.toMatchObject({ message: 'type' });
  });

  it('holds a deferred response without blocking other messages, then answers in order', async () => {
    let release: ((v: KValue) => void) | undefined;
    const asyncSeen: string[] = [];
    const server = await serve({
      port: 0,
      onSync: (request) =>
        String(request.toJS()) === 'wait' ? new Promise<KValue>((r) => (release = r)) : request,
      onAsync: (m) => void asyncSeen.push(String(m.toJS())),
    });
    const conn = await connect({ host: HOST, port: server.port! });
    afterTest(() => conn.close());
    const first = conn.sync('wait');
    const second = conn.sync('after');
    conn.async('meanwhile');
    await waitFor(() => asyncSeen.length > 0);
    expect(asyncSeen).toEqual(['meanwhile']);
    let secondDone = false;
    void second.then(() => (secondDone = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(secondDone).toBe(false);
    release!(K.long(1));
    expect((await first).toString()).toBe('1');
    expect((await second).toString()).toBe('"after"');
  });

  it('logs a failing async handler and keeps the connection', async () => {
    const errors: Error[] = [];
    const server = await createServer({
      port: 0,
      onAsync: () => {
        throw new Error('handler bug');
      },
      onSync: (r) => r,
      onError: (e) => errors.push(e),
    });
    afterTest(() => server.close());
    const conn = await connect({ host: HOST, port: server.port! });
    afterTest(() => conn.close());
    conn.async('x');
    expect((await conn.sync('still here')).toString()).toBe('"still here"');
    expect(errors.map((e) => e.message)).toEqual(['handler bug']);
  });
});

describe('malformed input closes only the offending connection', () => {
  it.each([
    ['a garbage header', Uint8Array.of(7, 9, 9, 9, 1, 0, 0, 0)],
    ['a length over the limit', Uint8Array.of(1, 1, 0, 0, 0xff, 0xff, 0xff, 0x7f)],
    ['a payload with an unknown type', Uint8Array.of(1, 1, 0, 0, 10, 0, 0, 0, 50, 0)],
    ['a truncated vector', Uint8Array.of(1, 1, 0, 0, 14, 0, 0, 0, 7, 0, 9, 0, 0, 0)],
    ['bad compressed data', Uint8Array.of(1, 1, 1, 0, 16, 0, 0, 0, 0xff, 0, 0, 0, 0xff, 1, 2, 3)],
  ])('%s', async (_name, bytes) => {
    const errors: Error[] = [];
    const closes: Array<Error | undefined> = [];
    const server = await createServer({
      port: 0,
      maxMessageSize: 1 << 20,
      onSync: (r) => r,
      onError: (e) => errors.push(e),
      onClose: (_c, e) => closes.push(e),
    });
    afterTest(() => server.close());
    const good = await connect({ host: HOST, port: server.port! });
    afterTest(() => good.close());
    const bad = await raw(server.port!);
    bad.socket.write(hello('', 3, 0));
    await waitFor(() => bad.received().length > 0);
    bad.socket.write(bytes);
    await bad.closed;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toBeInstanceOf(QError);
    expect(closes).toHaveLength(1);
    expect((await good.sync('unaffected')).toString()).toBe('"unaffected"');
  });
});

describe('pushes and server-side calls', () => {
  it('publishes to subscribers like a tickerplant: (`upd;`trade;table)', async () => {
    const subscribers = new Set<ServerConnection>();
    const server = await serve({
      port: 0,
      onSync: (request, conn) => {
        subscribers.add(conn);
        return request;
      },
      onClose: (conn) => subscribers.delete(conn),
    });
    const a = await connect({ host: HOST, port: server.port! });
    const b = await connect({ host: HOST, port: server.port! });
    afterTest(() => a.close());
    afterTest(() => b.close());
    const ma = a.messages();
    const mb = b.messages();
    await a.sync('.u.sub');
    await b.sync('.u.sub');
    const trade = new Table(['sym', 'price'], [K.symbol(['x', 'y']), K.float([1.5, 2.5])]);
    expect(server.broadcast(K.symbol('upd'), K.symbol('trade'), trade)).toBe(2);
    for (const m of [ma, mb]) {
      const msg = (await m.next()).value as KValue;
      const items = (msg as unknown as { items: KValue[] }).items;
      expect(items[0]!.toString()).toBe('`upd');
      expect(items[2]!.equals(trade)).toBe(true);
    }
  });
});

describe('decodeMessage sees what the server sends', () => {
  it('writes a type-2 response for a sync request and nothing for an async one', async () => {
    const server = await serve({ port: 0, onSync: () => K.long(42), onAsync: () => K.long(1) });
    const c = await raw(server.port!);
    c.socket.write(hello('', 3, 0));
    await waitFor(() => c.received().length > 0);
    c.socket.write(encodeMessage(K.string('a'), { msgType: 'async' }));
    c.socket.write(encodeMessage(K.string('s'), { msgType: 'sync' }));
    // The reply to the sync, `42` as a long, is 8 + 9 bytes after the handshake byte.
    await waitFor(() => c.received().length >= 18);
    const reply = c.received().subarray(1);
    const decoded = decodeMessage(reply);
    expect(decoded.msgType).toBe(2);
    expect(decoded.value.toString()).toBe('42');
  });
});
