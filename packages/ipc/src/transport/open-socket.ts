import type { Socket } from 'node:net';
import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import { ConnectionError } from './connection-error.js';

/** Where to connect: a TCP host and port, or a Unix socket path; optionally wrapped in TLS. */
export interface SocketTarget {
  /** Host name or address (TCP). */
  readonly host?: string;
  /** Port (TCP). */
  readonly port?: number;
  /** Unix socket path; a leading `"\0"` names a Linux abstract socket. */
  readonly unixSocket?: string;
  /** TLS options (`true` for defaults); kdb+'s `tcps://` and `unixs://`. */
  readonly tls?: boolean | TlsConnectionOptions;
}

/**
 * Opens a socket to `target` and resolves once it is connected (for TLS, once the TLS handshake
 * is done). Node's `net`/`tls` are loaded on demand so that WebSocket-only bundles need neither.
 *
 * @param target - where to connect.
 * @param timeoutMs - gives up with `ConnectionError('timeout')` after this many milliseconds (0: never).
 */
export async function openSocket(target: SocketTarget, timeoutMs: number): Promise<Socket> {
  const where = describeTarget(target);
  let socket: Socket;
  if (target.tls !== undefined && target.tls !== false) {
    const tls = await import('node:tls');
    const extra = target.tls === true ? {} : target.tls;
    socket =
      target.unixSocket !== undefined
        ? tls.connect({ ...extra, path: target.unixSocket })
        : tls.connect({
            servername: tlsServerName(target.host),
            ...extra,
            host: target.host,
            port: target.port,
          });
  } else {
    const net = await import('node:net');
    socket =
      target.unixSocket !== undefined
        ? net.connect({ path: target.unixSocket })
        : net.connect({ host: target.host, port: target.port ?? 0 });
  }
  const readyEvent = target.tls !== undefined && target.tls !== false ? 'secureConnect' : 'connect';
  return new Promise<Socket>((resolve, reject) => {
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            cleanup();
            socket.destroy();
            reject(
              new ConnectionError(
                'timeout',
                `connecting to ${where} took longer than ${timeoutMs} ms`,
              ),
            );
          }, timeoutMs)
        : undefined;
    const onReady = (): void => {
      cleanup();
      resolve(socket);
    };
    const onError = (error: Error): void => {
      cleanup();
      socket.destroy();
      reject(new ConnectionError('conn', `cannot connect to ${where}: ${error.message}`, error));
    };
    const cleanup = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      socket.off(readyEvent, onReady);
      socket.off('error', onError);
    };
    socket.once(readyEvent, onReady);
    socket.once('error', onError);
  });
}

/** A readable name for a target, with abstract socket names shown as `@name` like `ss -x`. */
export function describeTarget(target: SocketTarget): string {
  const scheme = target.tls !== undefined && target.tls !== false ? 's' : '';
  if (target.unixSocket !== undefined) {
    return `unix${scheme}://${target.unixSocket.replace(/^\0/, '@')}`;
  }
  return `tcp${scheme}://${target.host ?? 'localhost'}:${target.port ?? 0}`;
}

// SNI must not carry an IP address (RFC 6066).
function tlsServerName(host: string | undefined): string | undefined {
  if (host === undefined || /^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  return host;
}
