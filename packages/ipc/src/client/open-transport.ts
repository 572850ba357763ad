import { messageLength } from '../codec/index.js';
import { ConnectionError } from '../transport/connection-error.js';
import type { MessageTransport } from '../transport/message-transport.js';
import type { WebSocketOptions } from './connect-options.js';
import type { ConnectOptions } from './connect-options.js';

/** A connected, handshaken transport and the capability it agreed. */
export interface OpenedTransport {
  /** The transport, ready for a session. */
  readonly transport: MessageTransport;
  /** The capability the server granted. */
  readonly capability: number;
}

/** Opens one connection (one attempt) to the endpoint `options` describe. */
export type TransportOpener = () => Promise<OpenedTransport>;

/**
 * The opener for `options`: a socket (TCP, TLS, Unix) with kdb+'s handshake, or a WebSocket.
 * The socket code is loaded on demand so a browser bundle using WebSockets needs no Node module.
 */
export function transportOpener(options: ConnectOptions, maxMessageSize: number): TransportOpener {
  const lengthOf = (header: Uint8Array): number =>
    messageLength(header, { maxBytes: maxMessageSize });
  const timeout = options.timeout ?? 30_000;
  if (options.webSocket !== undefined) {
    const ws: WebSocketOptions =
      typeof options.webSocket === 'string' ? { url: options.webSocket } : options.webSocket;
    return async () => {
      const { openWebSocket } = await import('./open-websocket.js');
      return openWebSocket(ws, options, lengthOf, maxMessageSize, timeout);
    };
  }
  if (options.unixSocket === undefined && options.port === undefined) {
    throw new ConnectionError('conn', 'connect needs a port, a unixSocket or a webSocket');
  }
  return async () => {
    const { openSocketTransport } = await import('./open-socket-transport.js');
    return openSocketTransport(options, lengthOf, maxMessageSize, timeout);
  };
}
