import { ConnectionError } from './connection-error.js';
import type { LengthReader } from './frame-reader.js';
import type { MessageTransport, TransportReceiver } from './message-transport.js';
import type { WebSocketLike } from './websocket-like.js';

/** Buffered bytes above which `send` reports the socket full. */
const HIGH_WATER = 1 << 20;
/** How often a full socket is checked for having drained (browsers give no drain event). */
const DRAIN_POLL_MS = 5;

/**
 * kdb+'s WebSocket convention as a {@link MessageTransport}: one complete IPC message (8-byte
 * header included) per binary frame, both ways. A frame whose header disagrees with its size,
 * or a text frame, is a protocol error that closes the socket.
 */
export class WebSocketTransport implements MessageTransport {
  readonly kind = 'websocket' as const;
  private receiver: TransportReceiver | undefined;
  private readonly backlog: Uint8Array[] = [];
  private paused = false;
  private closed = false;
  private failure: Error | undefined;
  private drainTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param socket - an open WebSocket.
   * @param lengthOf - the codec's header check.
   * @param maxMessageSize - largest accepted message.
   * @param local - whether the peer is this host.
   * @param peer - the URL, for messages.
   */
  constructor(
    private readonly socket: WebSocketLike,
    private readonly lengthOf: LengthReader,
    private readonly maxMessageSize: number,
    readonly local: boolean,
    readonly peer: string,
  ) {
    socket.binaryType = 'arraybuffer';
    socket.addEventListener('message', (event) => this.onFrame(event.data));
    socket.addEventListener('error', (event) => {
      const error = (event as { error?: unknown }).error;
      this.failure ??= error instanceof Error ? error : new Error(`WebSocket error on ${peer}`);
    });
    socket.addEventListener('close', (event) => {
      if (
        this.failure === undefined &&
        event.code !== undefined &&
        event.code !== 1000 &&
        event.code !== 1005
      ) {
        // 1000 is a clean close and 1005 one without a code; anything else is worth reporting.
        this.failure = new Error(
          `WebSocket closed with code ${event.code}${event.reason ? `: ${event.reason}` : ''}`,
        );
      }
      this.finish();
    });
  }

  start(receiver: TransportReceiver): void {
    this.receiver = receiver;
    this.flushBacklog();
    if (this.closed) receiver.close(this.failure);
  }

  send(message: Uint8Array, done?: (error?: Error) => void): boolean {
    if (this.closed) {
      done?.(this.failure ?? new Error('WebSocket closed'));
      return false;
    }
    this.socket.send(message);
    done?.();
    if (this.socket.bufferedAmount < HIGH_WATER) return true;
    this.watchDrain();
    return false;
  }

  pause(): void {
    this.paused = true;
    this.socket.pause?.();
  }

  resume(): void {
    this.paused = false;
    this.flushBacklog();
    if (!this.paused) this.socket.resume?.();
  }

  end(): void {
    this.closeSocket(1000);
  }

  destroy(error?: Error): void {
    if (error !== undefined) this.failure ??= error;
    // Scripts may only send 1000 or 3000..4999; 4000 marks a protocol failure on our side.
    this.closeSocket(error === undefined ? 1000 : 4000);
  }

  private closeSocket(code: number): void {
    if (this.closed) return;
    try {
      this.socket.close(code);
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
      this.finish();
    }
  }

  private onFrame(data: unknown): void {
    if (this.closed) return;
    let bytes: Uint8Array;
    if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else if (ArrayBuffer.isView(data))
      bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else {
      this.destroy(
        new ConnectionError(
          'protocol',
          `${this.peer} sent a text frame; kdb+ IPC needs binary frames`,
        ),
      );
      return;
    }
    try {
      if (bytes.length < 8)
        throw new ConnectionError('protocol', `a ${bytes.length}-byte frame is no IPC message`);
      const length = this.lengthOf(bytes.subarray(0, 8));
      if (length > this.maxMessageSize) {
        throw new ConnectionError(
          'limit',
          `message of ${length} bytes is over the limit of ${this.maxMessageSize}`,
        );
      }
      if (length !== bytes.length) {
        throw new ConnectionError(
          'protocol',
          `frame of ${bytes.length} bytes holds a header saying ${length}`,
        );
      }
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (this.paused || this.receiver === undefined || this.backlog.length > 0)
      this.backlog.push(bytes);
    else this.receiver.message(bytes);
  }

  private flushBacklog(): void {
    const receiver = this.receiver;
    if (receiver === undefined) return;
    while (!this.paused && this.backlog.length > 0) receiver.message(this.backlog.shift()!);
  }

  private watchDrain(): void {
    if (this.drainTimer !== undefined) return;
    const poll = (): void => {
      this.drainTimer = undefined;
      if (this.closed) return;
      if (this.socket.bufferedAmount < HIGH_WATER / 2) this.receiver?.drain();
      else this.drainTimer = setTimeout(poll, DRAIN_POLL_MS);
    };
    this.drainTimer = setTimeout(poll, DRAIN_POLL_MS);
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.drainTimer !== undefined) clearTimeout(this.drainTimer);
    // Frames that arrived before the close are still delivered, then the close.
    const receiver = this.receiver;
    if (receiver === undefined) return;
    this.paused = false;
    this.flushBacklog();
    receiver.close(this.failure);
  }
}
