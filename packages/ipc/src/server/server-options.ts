import type { TlsOptions } from 'node:tls';
import type { FromJSOptions, K } from '@qts/types';
import type { CompressionMode } from '../transport/session.js';
import type { ServerConnection } from './server-connection.js';

/** What the server knows about a client when it decides whether to let it in. */
export interface AuthRequest {
  /** Text before the first `:` of the credentials (`.z.u`). */
  readonly user: string;
  /** Text after the first `:`, or `undefined` when the client sent none. */
  readonly password: string | undefined;
  /** The capability byte the client offered. */
  readonly capability: number;
  /** The client's address (`undefined` for a Unix socket). */
  readonly remoteAddress: string | undefined;
}

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** TCP port; 0 picks a free one (read it back from `server.port`). */
  readonly port?: number;
  /** Address to listen on. Default `'127.0.0.1'` (loopback only); `'0.0.0.0'` or `'::'` for every interface. */
  readonly host?: string;
  /** Unix domain socket path to listen on as well (or instead); `"\0"`-prefixed for a Linux abstract socket. */
  readonly unixSocket?: string;
  /** TLS on every listener (`key`, `cert`, ...): clients connect with kdb+'s `tcps://` / `unixs://`. */
  readonly tls?: TlsOptions;
  /** Highest capability granted; a client gets the lower of its offer and this. Default 3. */
  readonly capability?: number;
  /**
   * Decides whether a client may connect (kdb+'s `.z.pw`). False, a throw or a rejection
   * closes the connection without a reply byte, which q reports as `'access`. Default: everyone.
   */
  readonly auth?: (request: AuthRequest) => boolean | Promise<boolean>;
  /** A client connected and passed `auth` (`.z.po`); its messages are read once this settles. */
  readonly onOpen?: (conn: ServerConnection) => void | Promise<void>;
  /**
   * A sync request (`.z.pg`): return (or resolve) the response as K or plain JS, or throw to
   * send a q error whose text is the error's `message`. A promise that settles later is a
   * deferred response; other messages are handled meanwhile and responses go out in request order.
   * Default: the q error `nyi`.
   */
  readonly onSync?: (request: K, conn: ServerConnection) => unknown;
  /** An async message (`.z.ps`); its result is ignored, a throw or rejection is logged. Default: ignored. */
  readonly onAsync?: (message: K, conn: ServerConnection) => unknown;
  /** A client's connection closed (`.z.pc`); `error` when it did not close cleanly. */
  readonly onClose?: (conn: ServerConnection, error: Error | undefined) => void;
  /** Where problems go: malformed messages, failing async handlers, bad handshakes. Default `console.error`. */
  readonly onError?: (error: Error, conn: ServerConnection | undefined) => void;
  /** Outgoing compression, as the client option. Default `'auto'` (remote peers only). */
  readonly compression?: CompressionMode;
  /** Largest message accepted from a client. Default 2^31 - 1. */
  readonly maxMessageSize?: number;
  /** Milliseconds a client has to complete the handshake. Default 10000. */
  readonly handshakeTimeout?: number;
  /** How handler results in plain JS become q values. */
  readonly fromJS?: FromJSOptions;
}
