import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, WebSocket as WsWebSocket } from 'ws';
import { K, KError } from '@qts/types';
import { decodeMessage, encodeMessage } from '../codec/index.js';
import { connect, type Connection } from '../client/index.js';
import type { QServer, ServerOptions } from '../server/index.js';
import { unixSocketPath } from './unix-socket-path.js';
import type { WebSocketConstructor } from './websocket-like.js';
import { afterTest, serve as serveFor } from '../test-support/loopback.js';

const dir = mkdtempSync(join(tmpdir(), 'qts-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const serve = (options: ServerOptions): Promise<QServer> =>
  serveFor({ onSync: (r) => r, ...options });

function keep(conn: Connection): Connection {
  afterTest(() => conn.close());
  return conn;
}

describe('Unix domain sockets', () => {
  it('serves and connects over a socket file', async () => {
    const path = join(dir, 'kx.5001');
    const server = await serve({ unixSocket: path });
    const conn = keep(await connect({ unixSocket: path }));
    expect(conn.transportKind).toBe('unix');
    expect((await conn.sync('over a file')).toString()).toBe('"over a file"');
    expect([...server.connections][0]!.remoteAddress).toBeUndefined();
  });

  it('serves and connects over a Linux abstract socket (kdb+ 3.5+ naming)', async () => {
    expect(process.platform).toBe('linux');
    const path = unixSocketPath(40000 + (process.pid % 20000), { dir: join(dir, 'abstract') });
    expect(path.startsWith('\0')).toBe(true);
    await serve({ unixSocket: path });
    const conn = keep(await connect({ unixSocket: path }));
    expect((await conn.sync('abstract')).toString()).toBe('"abstract"');
    // An abstract name leaves no file behind.
    expect(existsSync(path.slice(1))).toBe(false);
  });

  it('names the socket as kdb+ does', () => {
    expect(unixSocketPath(5000, { abstract: true, dir: '/tmp' })).toBe('\0/tmp/kx.5000');
    expect(unixSocketPath(5000, { abstract: false, dir: '/tmp' })).toBe('/tmp/kx.5000');
  });

  it('also listens on TCP and the Unix socket at once, like kdb+', async () => {
    const path = join(dir, 'kx.both');
    const server = await serve({ port: 0, unixSocket: path });
    const a = keep(await connect({ host: '127.0.0.1', port: server.port! }));
    const b = keep(await connect({ unixSocket: path }));
    expect((await a.sync('tcp')).toString()).toBe('"tcp"');
    expect((await b.sync('uds')).toString()).toBe('"uds"');
    expect(server.connections.size).toBe(2);
  });
});

describe('TLS', () => {
  let key: Buffer;
  let cert: Buffer;
  beforeAll(() => {
    // A throwaway self-signed certificate made with the openssl binary; without it this suite fails loudly.
    try {
      execFileSync('openssl', ['version'], { stdio: 'pipe' });
    } catch {
      throw new Error(
        'the TLS tests need the openssl executable on PATH to make a test certificate',
      );
    }
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'pipe' },
    );
    key = readFileSync(join(dir, 'key.pem'));
    cert = readFileSync(join(dir, 'cert.pem'));
  });

  it('does the kdb+ handshake inside TLS over TCP (tcps://)', async () => {
    const server = await serve({
      port: 0,
      tls: { key, cert },
      auth: ({ user }) => user === 'tls-user',
    });
    const conn = keep(
      await connect({
        host: '127.0.0.1',
        port: server.port!,
        tls: { ca: cert },
        user: 'tls-user',
        password: 'x',
      }),
    );
    expect(conn.transportKind).toBe('tls');
    expect((await conn.sync('secret')).toString()).toBe('"secret"');
    expect([...server.connections][0]!.transportKind).toBe('tls');
  });

  it('refuses a server whose certificate is not trusted', async () => {
    const server = await serve({ port: 0, tls: { key, cert } });
    await expect(
      connect({ host: '127.0.0.1', port: server.port!, tls: true }),
    ).rejects.toMatchObject({
      code: 'conn',
    });
  });

  it('runs TLS over a Unix socket (unixs://)', async () => {
    const path = join(dir, 'kx.tls');
    await serve({ unixSocket: path, tls: { key, cert } });
    const conn = keep(
      await connect({ unixSocket: path, tls: { ca: cert, checkServerIdentity: () => undefined } }),
    );
    expect((await conn.sync('unixs')).toString()).toBe('"unixs"');
  });
});

describe("WebSocket (kdb+'s .z.ws:{neg[.z.w] -8!value -9!x} pattern)", () => {
  /** A WebSocket peer that answers every binary frame with the decoded value, as a type-0 message. */
  async function kdbLikeWebSocketServer(): Promise<{
    url: string;
    server: WebSocketServer;
    auth: string[];
  }> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    const auth: string[] = [];
    server.on('connection', (socket, request) => {
      auth.push(request.headers.authorization ?? '');
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) return;
        const value = decodeMessage(new Uint8Array(data)).value;
        const text = value.type === 10 ? String(value.toJS()) : '';
        const reply = text === 'fail' ? new KError('type') : value;
        if (text === 'push first') socket.send(encodeMessage(K.string('pushed')));
        socket.send(encodeMessage(reply));
      });
    });
    await new Promise((r) => server.once('listening', r));
    afterTest(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as { port: number }).port;
    return { url: `ws://127.0.0.1:${port}/`, server, auth };
  }

  it('sends one IPC message per binary frame and matches replies in order', async () => {
    const { url, auth } = await kdbLikeWebSocketServer();
    const conn = keep(await connect({ webSocket: url, user: 'me', password: 'pw' }));
    expect(conn.transportKind).toBe('websocket');
    const replies = await Promise.all([
      conn.sync('one'),
      conn.sync('two'),
      conn.sync(K.long([1, 2, 3])),
    ]);
    expect(replies.map((r) => r.toString())).toEqual(['"one"', '"two"', '1 2 3']);
    await expect(conn.sync('fail')).rejects.toMatchObject({ message: 'type' });
    expect(auth[0]).toBe(`Basic ${Buffer.from('me:pw').toString('base64')}`);
  });

  it('delivers a message that arrives with no call waiting as a push', async () => {
    const { url } = await kdbLikeWebSocketServer();
    const conn = keep(
      await connect({
        webSocket: { url, WebSocket: WsWebSocket as unknown as WebSocketConstructor },
      }),
    );
    const messages = conn.messages();
    conn.async('push first');
    // The server pushes "pushed", then echoes the text; neither answers a call.
    expect(((await messages.next()).value as K).toString()).toBe('"pushed"');
    expect(((await messages.next()).value as K).toString()).toBe('"push first"');
  });

  it('closes on a frame whose header disagrees with its size', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    server.on('connection', (socket) => {
      const bad = encodeMessage(K.long(1));
      socket.send(Buffer.concat([Buffer.from(bad), Buffer.from([0, 0])]));
    });
    await new Promise((r) => server.once('listening', r));
    afterTest(() => new Promise<void>((r) => server.close(() => r())));
    const conn = await connect({
      webSocket: `ws://127.0.0.1:${(server.address() as { port: number }).port}/`,
    });
    const closed = await new Promise<Error | undefined>((r) => conn.once('close', r));
    expect(closed).toMatchObject({ code: 'protocol' });
  });
});
