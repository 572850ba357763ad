import { clientHandshake } from '../transport/client-handshake.js';
import { encodeHello } from '../transport/hello.js';
import { isLocalAddress } from '../transport/locality.js';
import { describeTarget, openSocket, type SocketTarget } from '../transport/open-socket.js';
import { SocketTransport } from '../transport/socket-transport.js';
import type { LengthReader } from '../transport/frame-reader.js';
import type { ConnectOptions } from './connect-options.js';
import type { OpenedTransport } from './open-transport.js';

/**
 * One attempt at a socket connection: connect (TLS first when asked), send the credentials and
 * capability, read the one-byte reply. The timeout covers the whole of it.
 */
export async function openSocketTransport(
  options: ConnectOptions,
  lengthOf: LengthReader,
  maxMessageSize: number,
  timeout: number,
): Promise<OpenedTransport> {
  const target: SocketTarget = {
    host: options.host ?? 'localhost',
    port: options.port,
    unixSocket: options.unixSocket,
    tls: options.tls,
  };
  const where = describeTarget(target);
  const hello = encodeHello(credentials(options), options.capability ?? 3);
  const started = Date.now();
  const socket = await openSocket(target, timeout);
  const left = timeout > 0 ? Math.max(1, timeout - (Date.now() - started)) : 0;
  const { capability, rest } = await clientHandshake(socket, hello, left, where);
  const unix = target.unixSocket !== undefined;
  const transport = new SocketTransport(socket, {
    kind: unix ? 'unix' : target.tls ? 'tls' : 'tcp',
    local: unix || isLocalAddress(socket.remoteAddress),
    peer: where,
    lengthOf,
    maxMessageSize,
    rest,
  });
  return { transport, capability };
}

function credentials(options: ConnectOptions): string {
  const user = options.user ?? '';
  return options.password === undefined ? user : `${user}:${options.password}`;
}
