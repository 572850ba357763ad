import type { Socket } from 'node:net';
import { FrameReader, type LengthReader } from './frame-reader.js';
import type { MessageTransport, TransportKind, TransportReceiver } from './message-transport.js';

/** Options of {@link SocketTransport}. */
export interface SocketTransportOptions {
  /** `'tcp'`, `'tls'` or `'unix'`. */
  readonly kind: Exclude<TransportKind, 'websocket'>;
  /** Whether the peer is this host. */
  readonly local: boolean;
  /** The peer, for messages. */
  readonly peer: string;
  /** Validates a header and gives the message length (the codec's `messageLength`). */
  readonly lengthOf: LengthReader;
  /** Largest accepted message in bytes. */
  readonly maxMessageSize: number;
  /** Bytes that arrived after the handshake, in the same read. */
  readonly rest?: Uint8Array;
}

/**
 * A TCP, TLS or Unix-domain socket as a {@link MessageTransport}: frames the byte stream into
 * messages, stops reading while paused (so a slow consumer pushes back on the sender through
 * TCP), and reports the first error or close exactly once.
 */
export class SocketTransport implements MessageTransport {
  readonly kind: Exclude<TransportKind, 'websocket'>;
  readonly local: boolean;
  readonly peer: string;
  private readonly reader: FrameReader;
  private receiver: TransportReceiver | undefined;
  private paused = false;
  private closed = false;
  private failure: Error | undefined;

  /**
   * @param socket - a connected socket whose handshake is done.
   * @param options - see {@link SocketTransportOptions}.
   */
  constructor(
    private readonly socket: Socket,
    options: SocketTransportOptions,
  ) {
    this.kind = options.kind;
    this.local = options.local;
    this.peer = options.peer;
    this.reader = new FrameReader(options.lengthOf, options.maxMessageSize);
    if (options.rest !== undefined) this.reader.push(options.rest);
    socket.setNoDelay(true);
    // Until a receiver is installed nothing may be read, or messages would be lost.
    socket.pause();
    socket.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
      this.deliver();
    });
    socket.on('drain', () => this.receiver?.drain());
    socket.on('error', (error) => {
      this.failure ??= error;
    });
    socket.on('close', () => this.finish(this.failure));
  }

  start(receiver: TransportReceiver): void {
    this.receiver = receiver;
    this.deliver();
    if (this.closed) receiver.close(this.failure);
    else if (!this.paused) this.socket.resume();
  }

  send(message: Uint8Array, done?: (error?: Error) => void): boolean {
    if (this.closed || this.socket.destroyed) {
      done?.(this.failure ?? new Error('socket closed'));
      return false;
    }
    return done === undefined
      ? this.socket.write(message)
      : this.socket.write(message, (error) => done(error ?? undefined));
  }

  pause(): void {
    this.paused = true;
    this.socket.pause();
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.deliver();
    if (!this.paused && !this.closed) this.socket.resume();
  }

  end(): void {
    if (!this.socket.destroyed) this.socket.end();
  }

  destroy(error?: Error): void {
    if (error !== undefined) this.failure ??= error;
    this.socket.destroy();
  }

  private deliver(): void {
    const receiver = this.receiver;
    if (receiver === undefined) return;
    try {
      for (let m = this.paused ? undefined : this.reader.next(); m !== undefined;) {
        receiver.message(m);
        if (this.paused || this.closed) break;
        m = this.reader.next();
      }
    } catch (error) {
      // A bad header means the stream can no longer be split: the connection is unusable.
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private finish(error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.receiver?.close(error);
  }
}
