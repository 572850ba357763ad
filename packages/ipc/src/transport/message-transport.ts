/**
 * What the protocol session needs from a connection: whole IPC messages in, whole IPC messages
 * out. A byte stream (TCP, TLS, Unix socket) gets there through a frame reader; a WebSocket
 * already carries one message a frame. Keeping this seam narrow is what lets the session
 * (ordering, sync/async, backpressure, reconnect) ignore which socket it runs on.
 */
export interface MessageTransport {
  /** `'tcp'`, `'tls'`, `'unix'` or `'websocket'`: for logs and for the compression rule. */
  readonly kind: TransportKind;
  /** True when the peer is this host (loopback, Unix socket, a local interface): kdb+ never compresses to it. */
  readonly local: boolean;
  /** The peer's address as text (`127.0.0.1:5001`, a socket path, a URL), for messages. */
  readonly peer: string;
  /**
   * Writes one whole message. Returns false when the write buffer is above its high-water mark
   * (the bytes are still queued); `onDrain` fires when it empties. `done` runs once the bytes
   * have left this process or failed to.
   */
  send(message: Uint8Array, done?: (error?: Error) => void): boolean;
  /** Stops delivering messages until {@link MessageTransport.resume}; the socket stops reading. */
  pause(): void;
  /** Resumes delivery after {@link MessageTransport.pause}. */
  resume(): void;
  /** Ends gracefully: queued writes are flushed, then the connection closes. */
  end(): void;
  /** Closes at once; `onClose` receives `error` when given. */
  destroy(error?: Error): void;
  /** Installs the receiver; messages that arrived before it are delivered then. */
  start(receiver: TransportReceiver): void;
}

/** The transport kinds, named as kdb+'s `-38!` reports families, plus WebSocket. */
export type TransportKind = 'tcp' | 'tls' | 'unix' | 'websocket';

/** Callbacks a transport calls; the session implements them. */
export interface TransportReceiver {
  /** One whole IPC message, header included (a view that is valid until the callback returns and beyond). */
  message(bytes: Uint8Array): void;
  /** The write buffer fell below its low-water mark after `send` returned false. */
  drain(): void;
  /** The connection is gone; `error` says why when it was not a clean close. Called once. */
  close(error?: Error): void;
}
