/**
 * The kdb+ IPC client: `connect` and the connection it gives, over TCP, TLS, Unix domain
 * sockets and WebSockets.
 *
 * @packageDocumentation
 */
export { connect } from './connect.js';
export {
  Connection,
  type ConnectionEvents,
  type BoundCalls,
  type MessagesOptions,
} from './connection.js';
export type { ConnectOptions, WebSocketOptions } from './connect-options.js';
export type { ReconnectOptions } from './reconnect-policy.js';
export { requestPayload } from './request-payload.js';
export type { CallOptions } from '../transport/call-options.js';
export { ConnectionError, type ConnectionErrorCode } from '../transport/connection-error.js';
export { unixSocketPath } from '../transport/unix-socket-path.js';
export type { CompressionMode } from '../transport/session.js';
export type { WebSocketConstructor, WebSocketLike } from '../transport/websocket-like.js';
export type { TransportKind } from '../transport/message-transport.js';
