import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import type { FromJSOptions, K } from '@qts/types';
import type { CompressionMode } from '../transport/session.js';
import type { WebSocketConstructor } from '../transport/websocket-like.js';
import type { ReconnectOptions } from './reconnect-policy.js';

/** A WebSocket endpoint: kdb+ serving `.z.ws`, one IPC message per binary frame. */
export interface WebSocketOptions {
  /** `ws://host:port/` or `wss://...`. */
  readonly url: string;
  /** Sub-protocols to request, e.g. `'kxnodeflate'` to turn off permessage-deflate on kdb+. */
  readonly protocols?: string | string[];
  /** The implementation to use; default the global `WebSocket`, else the `ws` package. */
  readonly WebSocket?: WebSocketConstructor;
}

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** Host name or address for TCP/TLS. Default `'localhost'`. */
  readonly host?: string;
  /** Port for TCP/TLS. */
  readonly port?: number;
  /**
   * Unix domain socket path instead of TCP; a leading `"\0"` names a Linux abstract socket
   * (what kdb+ 3.5+ listens on: see `unixSocketPath(port)`).
   */
  readonly unixSocket?: string;
  /** TLS (`true`, or Node's `tls.connect` options such as `ca`); with `unixSocket` this is kdb+'s `unixs://`. */
  readonly tls?: boolean | TlsConnectionOptions;
  /** A WebSocket endpoint instead of a socket (no kdb+ handshake; credentials go as HTTP basic auth with `ws`). */
  readonly webSocket?: string | WebSocketOptions;
  /** User name sent in the handshake (`.z.u`). Default: none (empty credentials). */
  readonly user?: string;
  /** Password sent in the handshake (`.z.pw`'s second argument). */
  readonly password?: string;
  /** Capability byte offered: 0..6 but not 4. Default 3 (compression, timestamps, guids). */
  readonly capability?: number;
  /** Milliseconds allowed for connect plus handshake, each attempt. Default 30000; 0 waits forever. */
  readonly timeout?: number;
  /** Default timeout of every sync call in milliseconds. Default 0 (none). */
  readonly callTimeout?: number;
  /** Reconnect after an unexpected close: `true` for the defaults, or the policy. Default off. */
  readonly reconnect?: boolean | ReconnectOptions;
  /**
   * Outgoing compression. `'auto'` (default) is kdb+'s rule: only to a remote peer, only over
   * 2000 bytes, only when it at least halves the message. `'always'` drops the remote-peer test
   * (like `-18!`); `'never'` turns it off.
   */
  readonly compression?: CompressionMode;
  /** Largest message accepted from the server, in bytes. Default 2^31 - 1 (kdb+'s limit below capability 5). */
  readonly maxMessageSize?: number;
  /** How JS arguments become q values (see `fromJS` in `@qts/types`); K arguments pass unchanged. */
  readonly fromJS?: FromJSOptions;
  /** Default buffer size of {@link Connection.messages} iterators. Default 1024 messages. */
  readonly highWaterMark?: number;
  /**
   * Answers sync requests the server sends to this client (a gateway's `.z.w"..."`). The result
   * (K or JS) is the reply; a throw replies a q error. Default: every such request gets the q
   * error `nyi`, so the server never waits forever.
   */
  readonly onSync?: (request: K) => unknown;
}
