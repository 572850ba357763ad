import { createServer as netServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { K, MixedList, QError, type K as KValue } from '@qts/types';
import { decodeMessage } from '../codec/index.js';
import { createServer, type ServerConnection } from '../server/index.js';
import { connect } from './connect.js';
import type { Connection } from './connection.js';
import { ConnectionError } from '../transport/connection-error.js';
import { HOST, afterTest, serve } from '../test-support/loopback.js';

async function client(
  port: number,
  extra: Partial<Parameters<typeof connect>[0]> = {},
): Promise<Connection> {
  const conn = await connect({ host: HOST, port, ...extra });
  afterTest(() => conn.close());
  return conn;
}

/** A server whose sync handler evaluates a tiny command language, so tests can see who got what. */
function evaluate(request: KValue): unknown {
  const text = request.type === 10 ? String(request.toJS()) : undefined;
  if (text === 'fail') throw new QError('type');
  if (text?.startsWith('echo ')) return K.string(text.slice(5));
  if (request instanceof MixedList) return request.items[1];
  return request;
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('client against our server on loopback', () => {
  it('answers pipelined sync calls in order, each to its own caller', async () => {
    const server = await serve({
      port: 0,
      // Handlers finish in reverse order; responses must still go out in request order.
      onSync: async (request) => {
        const n = Number((request as MixedList).items[1]!.toJS());
        await delay(20 - n);
        return K.long(n * 10);
      },
    });
    const conn = await client(server.port!);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        conn.sync('{x}', K.long(i)).then((k) => Number(k.toJS())),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
  });

  it('rejects with a QError carrying q text when the handler throws', async () => {
    const server = await serve({ port: 0, onSync: evaluate });
    const conn = await client(server.port!);
    const failure = conn.sync('fail');
    await expect(failure).rejects.toBeInstanceOf(QError);
    await expect(failure).rejects.toMatchObject({ message: 'type' });
    expect((await conn.sync('echo after')).toString()).toBe('"after"');
  });

  it('converts plain JS arguments with fromJS and passes K arguments unchanged', async () => {
    const seen: KValue[] = [];
    const server = await serve({ port: 0, onSync: (r) => (seen.push(r), null) });
    const conn = await client(server.port!, { fromJS: { numbers: 'infer' } });
    const reply = await conn.sync(K.symbol('f'), 1, 'a', K.short(2), [1.5, 2.5]);
    expect(reply.type).toBe(101); // null became ::
    expect((seen[0] as MixedList).items.map((x) => x.type)).toEqual([-11, -7, -11, -5, 9]);
  });

  it('delivers async messages to the server in order', async () => {
    const got: string[] = [];
    const server = await serve({
      port: 0,
      onAsync: (m) => void got.push(m.toString()),
      onSync: () => K.long(0),
    });
    const conn = await client(server.port!);
    for (let i = 0; i < 100; i++) conn.async(`a${i}`);
    await conn.sync('chaser');
    expect(got).toEqual(Array.from({ length: 100 }, (_, i) => `"a${i}"`));
  });

  it('gets server pushes as events and through messages(), never as responses', async () => {
    const server = await serve({
      port: 0,
      onSync: (request, conn) => {
        conn.async('upd', K.symbol('trade'), K.long([1, 2]));
        conn.push(K.string('second'));
        return request;
      },
    });
    const conn = await client(server.port!);
    const events: string[] = [];
    conn.on('message', (m) => events.push(m.toString()));
    const messages = conn.messages();
    const reply = await conn.sync('echo hi');
    expect(reply.toString()).toBe('"echo hi"');
    const first = (await messages.next()).value as MixedList;
    expect(first.items.map((x) => x.toString())).toEqual(['"upd"', '`trade', '1 2']);
    expect(((await messages.next()).value as KValue).toString()).toBe('"second"');
    expect(events).toHaveLength(2);
  });

  it('stops reading while a messages() buffer is full and resumes when it drains', async () => {
    const total = 2000;
    let push: (() => void) | undefined;
    const server = await serve({
      port: 0,
      onOpen: (conn) => {
        push = () => {
          for (let i = 0; i < total; i++) conn.push(K.long(i));
        };
      },
      onSync: () => K.long(-1),
    });
    const conn = await client(server.port!);
    let seen = 0;
    conn.on('message', () => seen++);
    const messages = conn.messages({ highWaterMark: 10 });
    push!();
    await delay(200);
    // Paused after the buffer filled: far fewer than all were read off the socket.
    expect(seen).toBeGreaterThanOrEqual(10);
    expect(seen).toBeLessThan(total);
    const received: number[] = [];
    for await (const m of messages) {
      received.push(Number(m.toJS()));
      if (received.length === total) break;
    }
    expect(received).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(seen).toBe(total);
  });

  it('times out a call, drops its late response, and keeps later calls matched', async () => {
    const server = await serve({
      port: 0,
      onSync: async (request) => {
        if (request.toString() === '"slow"') await delay(100);
        return request;
      },
    });
    const conn = await client(server.port!);
    const slow = conn.with({ timeout: 20 }).sync('slow');
    const next = conn.sync('fast');
    await expect(slow).rejects.toMatchObject({ code: 'timeout' });
    expect((await next).toString()).toBe('"fast"');
    expect((await conn.sync('later')).toString()).toBe('"later"');
  });

  it('rejects a call when its AbortSignal fires, before or after sending', async () => {
    const server = await serve({ port: 0, onSync: async (r) => (await delay(50), r) });
    const conn = await client(server.port!);
    const early = new AbortController();
    early.abort();
    await expect(conn.with({ signal: early.signal }).sync('x')).rejects.toMatchObject({
      code: 'abort',
    });
    const late = new AbortController();
    const call = conn.with({ signal: late.signal }).sync('y');
    late.abort();
    await expect(call).rejects.toBeInstanceOf(ConnectionError);
    expect((await conn.sync('zz')).toString()).toBe('"zz"');
  });

  it('refuses bad credentials the way kdb+ does: access', async () => {
    const server = await serve({
      port: 0,
      auth: ({ user, password }) => user === 'me' && password === 'pw',
    });
    await expect(
      connect({ host: HOST, port: server.port!, user: 'me', password: 'no' }),
    ).rejects.toMatchObject({
      code: 'access',
    });
    const ok = await client(server.port!, { user: 'me', password: 'pw' });
    expect(ok.capability).toBe(3);
  });

  it('gives conn for a refused port and timeout for a server that never answers the handshake', async () => {
    const silent: Server = netServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, HOST, r));
    const sockets = new Set<Socket>();
    silent.on('connection', (s) => sockets.add(s));
    afterTest(
      () =>
        new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), silent.close(() => r()))),
    );
    const port = (silent.address() as { port: number }).port;
    await expect(connect({ host: HOST, port, timeout: 100 })).rejects.toMatchObject({
      code: 'timeout',
    });
    const closed = await serve({ port: 0 });
    const freePort = closed.port!;
    await closed.close();
    await expect(connect({ host: HOST, port: freePort })).rejects.toMatchObject({ code: 'conn' });
  });

  it('rejects calls still waiting when the server goes away, and ends messages() with the error', async () => {
    const server = await serve({ port: 0, onSync: () => new Promise(() => undefined) });
    const conn = await client(server.port!);
    const messages = conn.messages();
    const call = conn.sync('never');
    const closed = new Promise<Error | undefined>((r) => conn.once('close', r));
    await delay(20);
    for (const c of server.connections) c.destroy();
    await expect(call).rejects.toMatchObject({ code: 'close' });
    expect(await closed).toBeInstanceOf(Error);
    await expect(messages.next()).rejects.toBeInstanceOf(Error);
    expect(conn.closed).toBe(true);
    await expect(conn.sync('x')).rejects.toMatchObject({ code: 'close' });
    expect(() => conn.async('x')).toThrow(ConnectionError);
  });

  it('close() rejects pending calls and resolves once closed', async () => {
    const server = await serve({ port: 0, onSync: () => new Promise(() => undefined) });
    const conn = await client(server.port!);
    const call = conn.sync('never');
    await conn.close();
    await expect(call).rejects.toMatchObject({ code: 'close' });
    expect(conn.closed).toBe(true);
  });

  it('close() finishes even when the peer keeps its half of the socket open', async () => {
    const held: Socket[] = [];
    const raw: Server = netServer({ allowHalfOpen: true }, (socket) => {
      held.push(socket);
      socket.once('data', () => socket.write(Uint8Array.of(3)));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((r) => raw.listen(0, HOST, r));
    afterTest(
      () => new Promise<void>((r) => (held.forEach((s) => s.destroy()), raw.close(() => r()))),
    );
    const conn = await connect({ host: HOST, port: (raw.address() as { port: number }).port });
    const started = Date.now();
    await conn.close();
    expect(conn.closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('answers sync requests from the server with onSync, or with the q error nyi', async () => {
    const opened: ServerConnection[] = [];
    const server = await serve({ port: 0, onOpen: (c) => void opened.push(c), onSync: (r) => r });
    const conn = await client(server.port!, {
      onSync: (r) => K.string(`client saw ${r.toString()}`),
    });
    await conn.sync('ready');
    expect((await opened[0]!.sync('qq')).toString()).toBe('"client saw \\"qq\\""');
    const plain = await client(server.port!);
    await plain.sync('ready');
    await expect(opened[1]!.sync('qq')).rejects.toMatchObject({ message: 'nyi' });
  });

  it('closes on a response that answers no request', async () => {
    const raw: Server = netServer((socket) => {
      socket.once('data', () => {
        socket.write(Uint8Array.of(3));
        // A response message (type 2) nobody asked for: `1i`.
        setTimeout(
          () => socket.write(Uint8Array.of(1, 2, 0, 0, 13, 0, 0, 0, 0xfa, 1, 0, 0, 0)),
          10,
        );
      });
    });
    await new Promise<void>((r) => raw.listen(0, HOST, r));
    afterTest(() => new Promise<void>((r) => raw.close(() => r())));
    const conn = await connect({ host: HOST, port: (raw.address() as { port: number }).port });
    const errors: Error[] = [];
    conn.on('error', (e) => errors.push(e));
    await new Promise<unknown>((r) => conn.once('close', r));
    expect(errors[0]).toMatchObject({ code: 'protocol' });
  });
});

describe('an undecodable request from the server', () => {
  it('is answered with a q error (so the server does not hang) and reported as an error event', async () => {
    let reply: Uint8Array | undefined;
    const raw: Server = netServer((socket) => {
      let stage = 0;
      socket.on('data', (chunk) => {
        if (stage++ === 0) {
          socket.write(Uint8Array.of(3));
          // A sync request (type 1) whose payload has the unknown type 50.
          setTimeout(() => socket.write(Uint8Array.of(1, 1, 0, 0, 10, 0, 0, 0, 50, 0)), 10);
        } else reply = new Uint8Array(chunk);
      });
    });
    await new Promise<void>((r) => raw.listen(0, HOST, r));
    afterTest(() => new Promise<void>((r) => raw.close(() => r())));
    const conn = await client((raw.address() as { port: number }).port);
    const error = await new Promise<Error>((r) => conn.once('error', r));
    expect(error).toBeInstanceOf(QError);
    for (let i = 0; i < 100 && reply === undefined; i++) await delay(5);
    const decoded = decodeMessage(reply!);
    expect(decoded.msgType).toBe(2);
    expect(decoded.value.type).toBe(-128);
  });
});

describe('reconnect', () => {
  it('reconnects with backoff and sends the async messages queued meanwhile, in order', async () => {
    const got: string[] = [];
    const options = {
      onAsync: (m: KValue) => void got.push(m.toString()),
      onSync: (r: KValue) => r,
    };
    const first = await createServer({ port: 0, ...options, onError: () => undefined });
    const port = first.port!;
    const conn = await client(port, { reconnect: { initialDelay: 20, maxDelay: 50, jitter: 0 } });
    conn.async('before');
    await conn.sync('sync');
    const disconnected = new Promise((r) => conn.once('disconnect', r));
    await first.close();
    await disconnected;
    expect(conn.reconnecting).toBe(true);
    for (let i = 0; i < 5; i++) conn.async(`queued${i}`);
    const queuedCall = conn.sync('queued call');
    expect(conn.queued).toBe(6);
    const reconnected = new Promise<number>((r) => conn.once('reconnect', r));
    const second = await serve({ port, ...options });
    expect(await reconnected).toBeGreaterThanOrEqual(1);
    expect((await queuedCall).toString()).toBe('"queued call"');
    expect(got).toEqual([
      '"before"',
      '"queued0"',
      '"queued1"',
      '"queued2"',
      '"queued3"',
      '"queued4"',
    ]);
    expect(second.connections.size).toBe(1);
  });

  it('gives up after the configured retries and fails what was queued', async () => {
    const server = await createServer({ port: 0, onSync: (r) => r, onError: () => undefined });
    const conn = await client(server.port!, {
      reconnect: { retries: 2, initialDelay: 5, jitter: 0 },
    });
    await server.close();
    await new Promise((r) => conn.once('disconnect', r));
    const queued = conn.sync('never sent');
    const closed = await new Promise<Error | undefined>((r) => conn.once('close', r));
    expect(closed).toMatchObject({ code: 'close' });
    await expect(queued).rejects.toMatchObject({ code: 'close' });
  });
});

describe('compression of outgoing messages (ipc-protocol.md section 4.4)', () => {
  async function captured(compression: 'auto' | 'always' | 'never'): Promise<boolean> {
    let flag = -1;
    const raw: Server = netServer((socket) => {
      let stage = 0;
      socket.on('data', (chunk) => {
        if (stage++ === 0) socket.write(Uint8Array.of(3));
        else if (flag < 0) {
          flag = chunk[2]!;
          socket.end();
        }
      });
    });
    await new Promise<void>((r) => raw.listen(0, HOST, r));
    afterTest(() => new Promise<void>((r) => raw.close(() => r())));
    const conn = await connect({
      host: HOST,
      port: (raw.address() as { port: number }).port,
      compression,
    });
    conn.async(K.long(new Array(5000).fill(7)));
    await new Promise((r) => conn.once('close', r));
    return flag === 1;
  }

  it('does not compress to a loopback peer by default, as kdb+', async () => {
    expect(await captured('auto')).toBe(false);
  });

  it("compresses a large compressible message with 'always'", async () => {
    expect(await captured('always')).toBe(true);
  });

  it("never compresses with 'never'", async () => {
    expect(await captured('never')).toBe(false);
  });

  it('decodes compressed responses from the server', async () => {
    const big = K.long(new Array(5000).fill(7));
    const server = await serve({ port: 0, compression: 'always', onSync: () => big });
    const conn = await client(server.port!);
    expect((await conn.sync('x')).equals(big)).toBe(true);
  });
});

describe('decodeMessage agrees with what the client sends', () => {
  it('sends sync requests as message type 1 with the payload q would send', async () => {
    const frames: Uint8Array[] = [];
    const raw: Server = netServer((socket) => {
      let stage = 0;
      socket.on('data', (chunk) => {
        if (stage++ === 0) socket.write(Uint8Array.of(3));
        else {
          frames.push(new Uint8Array(chunk));
          // Answer `::` as a response.
          socket.write(Uint8Array.of(1, 2, 0, 0, 10, 0, 0, 0, 101, 0));
        }
      });
    });
    await new Promise<void>((r) => raw.listen(0, HOST, r));
    afterTest(() => new Promise<void>((r) => raw.close(() => r())));
    const conn = await client((raw.address() as { port: number }).port);
    const reply = await conn.sync('{x+y}', K.long(1), K.long(2));
    expect(reply.type).toBe(101);
    const sent = decodeMessage(frames[0]!);
    expect(sent.msgType).toBe(1);
    expect(sent.value.toString()).toBe(
      new MixedList([K.string('{x+y}'), K.long(1), K.long(2)]).toString(),
    );
  });
});
