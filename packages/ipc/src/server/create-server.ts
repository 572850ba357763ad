import { createServer as netCreateServer, type Server, type Socket } from 'node:net';
import { createServer as tlsCreateServer } from 'node:tls';
import { lstat, unlink } from 'node:fs/promises';
import { KError, type K } from '@qts/types';
import { MAX_MESSAGE_BYTES, messageLength } from '../codec/index.js';
import { ConnectionError } from '../transport/connection-error.js';
import { HelloReader, type Hello } from '../transport/hello.js';
import { isLocalAddress } from '../transport/locality.js';
import { SocketTransport } from '../transport/socket-transport.js';
import { isAbstractSocket } from '../transport/unix-socket-path.js';
import type { AuthRequest, ServerOptions } from './server-options.js';
import { ServerConnection } from './server-connection.js';

/** A listening server made by {@link createServer}. */
export interface QServer {
  /** The TCP port listened on (useful with `port: 0`), or `undefined` without TCP. */
  readonly port: number | undefined;
  /** The Unix socket path listened on, if any. */
  readonly unixSocket: string | undefined;
  /** The open client connections. */
  readonly connections: ReadonlySet<ServerConnection>;
  /** Pushes one async message to every connection (`-25!` style fan-out); returns how many got it. */
  broadcast(expr: string | K, ...args: unknown[]): number;
  /** Stops listening and closes every connection; resolves when all are closed. */
  close(): Promise<void>;
}

/**
 * Starts a server that q processes (`` hopen `::5001 ``), our own client and any other kdb+ IPC
 * client can connect to: kdb+'s handshake with capability negotiation and an `auth` hook, sync
 * requests answered in order by `onSync` (values, JS, thrown q errors, deferred promises), async
 * messages to `onAsync`, and pushes from the server to each client. A malformed message from a
 * client closes that connection (reported to `onError`) and nothing else.
 *
 * ```ts
 * const server = await createServer({
 *   port: 5001,
 *   onSync: async (request) => K.long(42),
 * });
 * ```
 *
 * Resolves once every listener is listening.
 */
export async function createServer(options: ServerOptions): Promise<QServer> {
  if (options.port === undefined && options.unixSocket === undefined) {
    throw new ConnectionError('conn', 'createServer needs a port or a unixSocket');
  }
  const maxCapability = options.capability ?? 3;
  const maxMessageSize = options.maxMessageSize ?? MAX_MESSAGE_BYTES;
  const handshakeTimeout = options.handshakeTimeout ?? 10_000;
  const lengthOf = (header: Uint8Array): number =>
    messageLength(header, { maxBytes: maxMessageSize });
  const report = options.onError ?? defaultReport;
  const connections = new Set<ServerConnection>();
  const sockets = new Set<Socket>();
  let nextId = 1;

  const accept = (socket: Socket, kind: 'tcp' | 'tls' | 'unix'): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const remoteAddress = kind === 'unix' ? undefined : socket.remoteAddress;
    readHello(socket, handshakeTimeout).then(
      async ({ hello, rest }) => {
        const allowed = await authorize(options.auth, {
          user: hello.user,
          password: hello.password,
          capability: hello.capability,
          remoteAddress,
        }).catch((error: unknown) => {
          report(asError(error), undefined);
          return false;
        });
        if (!allowed || socket.destroyed) {
          // kdb+ refuses credentials by closing without a byte: the client reports 'access.
          socket.destroy();
          return;
        }
        const capability = grant(hello.capability, maxCapability);
        socket.write(Uint8Array.of(capability));
        const transport = new SocketTransport(socket, {
          kind,
          local: kind === 'unix' || isLocalAddress(remoteAddress),
          peer: kind === 'unix' ? 'unix socket' : `${remoteAddress}:${socket.remotePort}`,
          lengthOf,
          maxMessageSize,
          rest,
        });
        const conn: ServerConnection = new ServerConnection(
          nextId++,
          hello.user,
          capability,
          remoteAddress,
          transport,
          options,
          {
            sync: (request) =>
              options.onSync === undefined ? new KError('nyi') : options.onSync(request, conn),
            async: (message) => runAsync(options, message, conn, report),
            bad: (error) => {
              report(error, conn);
              conn.destroy(error);
            },
            closed: (error) => {
              connections.delete(conn);
              if (error !== undefined && !isPlainDisconnect(error)) report(error, conn);
              try {
                options.onClose?.(conn, error);
              } catch (hookError) {
                report(asError(hookError), conn);
              }
            },
          },
        );
        connections.add(conn);
        try {
          await options.onOpen?.(conn);
        } catch (error) {
          report(asError(error), conn);
        }
        conn.start();
      },
      (error: unknown) => {
        report(asError(error), undefined);
        socket.destroy();
      },
    );
  };

  const listeners: Server[] = [];
  const make = (kind: 'tcp' | 'unix'): Server => {
    if (options.tls !== undefined) {
      return tlsCreateServer(options.tls, (socket) =>
        accept(socket, kind === 'unix' ? 'unix' : 'tls'),
      );
    }
    return netCreateServer((socket) => accept(socket, kind));
  };

  let port: number | undefined;
  try {
    if (options.port !== undefined) {
      const server = make('tcp');
      listeners.push(server);
      await listen(server, { port: options.port, host: options.host ?? '127.0.0.1' });
      const address = server.address();
      port = typeof address === 'object' && address !== null ? address.port : options.port;
    }
    if (options.unixSocket !== undefined) {
      await removeStaleSocket(options.unixSocket);
      const server = make('unix');
      listeners.push(server);
      await listen(server, { path: options.unixSocket });
    }
  } catch (error) {
    for (const server of listeners) server.close();
    throw new ConnectionError('conn', `cannot listen: ${asError(error).message}`, error);
  }
  for (const server of listeners) {
    server.on('error', (error) => report(error, undefined));
    if (options.tls !== undefined) {
      server.on('tlsClientError', (error) => report(error, undefined));
    }
  }

  return {
    port,
    unixSocket: options.unixSocket,
    connections,
    broadcast(expr: string | K, ...args: unknown[]): number {
      let n = 0;
      for (const conn of connections) {
        try {
          conn.async(expr, ...args);
          n++;
        } catch (error) {
          report(asError(error), conn);
        }
      }
      return n;
    },
    async close(): Promise<void> {
      const closing = listeners.map(
        (server) => new Promise<void>((resolve) => server.close(() => resolve())),
      );
      for (const socket of sockets) socket.destroy();
      await Promise.all(closing);
    },
  };
}

function readHello(socket: Socket, timeoutMs: number): Promise<{ hello: Hello; rest: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const reader = new HelloReader();
    const timer = setTimeout(
      () => fail(new ConnectionError('timeout', `no handshake within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      let result: ReturnType<HelloReader['push']>;
      try {
        result = reader.push(chunk);
      } catch (error) {
        fail(asError(error));
        return;
      }
      if (result === undefined) return;
      cleanup();
      socket.pause();
      resolve(result);
    };
    const onClose = (): void =>
      fail(new ConnectionError('close', 'the client left during the handshake'));
    const fail = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
    };
    socket.on('data', onData);
    socket.on('close', onClose);
  });
}

async function authorize(auth: ServerOptions['auth'], request: AuthRequest): Promise<boolean> {
  if (auth === undefined) return true;
  return (await auth(request)) === true;
}

/** The capability granted: the lower of both sides, never the reserved 4. */
function grant(offered: number, max: number): number {
  const cap = Math.min(offered, max);
  return cap === 4 ? 3 : cap;
}

function runAsync(
  options: ServerOptions,
  message: K,
  conn: ServerConnection,
  report: (error: Error, conn: ServerConnection | undefined) => void,
): void {
  if (options.onAsync === undefined) return;
  try {
    const result = options.onAsync(message, conn);
    if (
      typeof result === 'object' &&
      result !== null &&
      typeof (result as PromiseLike<unknown>).then === 'function'
    ) {
      (result as PromiseLike<unknown>).then(undefined, (error: unknown) =>
        report(asError(error), conn),
      );
    }
  } catch (error) {
    report(asError(error), conn);
  }
}

function listen(
  server: Server,
  where: { port: number; host: string } | { path: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(where, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// A socket file left by a process that died keeps the path busy; kdb+ replaces it too.
async function removeStaleSocket(path: string): Promise<void> {
  if (isAbstractSocket(path)) return;
  try {
    if ((await lstat(path)).isSocket()) await unlink(path);
  } catch {
    // Nothing there: nothing to remove.
  }
}

function isPlainDisconnect(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function defaultReport(error: Error, conn: ServerConnection | undefined): void {
  const who =
    conn === undefined ? '' : ` (connection ${conn.id}, user ${JSON.stringify(conn.user)})`;
  const detail = (error as { detail?: unknown }).detail;
  console.error(
    `@qts/ipc server${who}: ${error.message}${typeof detail === 'string' ? `: ${detail}` : ''}`,
  );
}
