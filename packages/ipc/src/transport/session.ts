import { IDENTITY, K, KError, QError, fromJS, type FromJSOptions } from '@qts/types';
import { decodeMessage, encodeMessage } from '../codec/index.js';
import type { CallOptions } from './call-options.js';
import { ConnectionError } from './connection-error.js';
import type { MessageTransport, TransportReceiver } from './message-transport.js';

/** How outgoing messages are compressed. */
export type CompressionMode = 'auto' | 'always' | 'never';

/** What a session does with what it receives; the client and the server each supply these. */
export interface SessionHandlers {
  /** An async message (type 0) from the peer. */
  async(value: K): void;
  /** A sync request (type 1) from the peer; the result (K, JS or a thrown error) is the reply. */
  sync(value: K): unknown;
  /** A message that is not a response failed to decode, or the peer broke the protocol. */
  bad(error: Error): void;
  /** The transport closed; `error` says why when it was not a clean close. */
  closed(error: Error | undefined): void;
  /** The write buffer drained after a send reported it full. */
  drain(): void;
}

/** Settings of a {@link Session}. */
export interface SessionOptions {
  /** `'auto'` follows kdb+ (remote peers only, over 2000 bytes, at least halves); `'always'` ignores locality. */
  readonly compression: CompressionMode;
  /** kdb+'s WebSocket pattern: every message goes as type 0 and the next inbound message answers the oldest sync. */
  readonly webSocket: boolean;
  /** Conversion of plain JS arguments and handler results. */
  readonly fromJS?: FromJSOptions;
  /** Keep async messages until the socket has taken them, so a reconnect can resend them. */
  readonly trackWrites: boolean;
}

interface PendingCall {
  resolve: (value: K) => void;
  reject: (error: Error) => void;
  done: boolean;
  cleanup: () => void;
}

interface Outgoing {
  readonly bytes: Uint8Array;
  readonly call?: PendingCall;
}

interface ReplySlot {
  bytes: Uint8Array | undefined;
}

/**
 * The transport-agnostic protocol state of one connection, for either side: sync requests
 * answered in order (kdb+ has no request ids, so the n-th response answers the n-th request),
 * async messages, replies to the peer's sync requests in the order they came, compression by
 * kdb+'s rules, write tracking for reconnects, and pausing for backpressure. The transport
 * underneath may be replaced (reconnect); messages sent while there is none wait in order.
 */
export class Session implements TransportReceiver {
  private transport: MessageTransport | undefined;
  private capabilityValue = 3;
  private readonly pending: PendingCall[] = [];
  private pendingHead = 0;
  private outbox: Outgoing[] = [];
  private unflushed: Outgoing[] = [];
  private replies: ReplySlot[] = [];
  private pausedByUser = false;
  private needDrain = false;

  /**
   * @param handlers - what to do with inbound messages and events.
   * @param options - see {@link SessionOptions}.
   */
  constructor(
    private readonly handlers: SessionHandlers,
    private readonly options: SessionOptions,
  ) {}

  /** The capability agreed in the handshake; encoding respects it. */
  get capability(): number {
    return this.capabilityValue;
  }

  /** True while a transport is attached. */
  get attached(): boolean {
    return this.transport !== undefined;
  }

  /** The transport in use, if any. */
  get current(): MessageTransport | undefined {
    return this.transport;
  }

  /** Sync requests sent and not yet answered (including ones whose caller gave up). */
  get inFlight(): number {
    return this.pending.length - this.pendingHead;
  }

  /** Messages waiting for a transport. */
  get queued(): number {
    return this.outbox.length;
  }

  /** True when the last send found the write buffer full and no drain has happened since. */
  get congested(): boolean {
    return this.needDrain;
  }

  /** Starts using `transport`, sending whatever queued up while there was none. */
  attach(transport: MessageTransport, capability: number): void {
    this.transport = transport;
    this.capabilityValue = capability;
    const queued = this.outbox;
    this.outbox = [];
    for (const item of queued) {
      if (item.call?.done) continue;
      this.write(transport, item);
    }
    transport.start(this);
    if (this.pausedByUser) transport.pause();
  }

  /** Stops reading from the peer (backpressure); idempotent. */
  pause(): void {
    this.pausedByUser = true;
    this.transport?.pause();
  }

  /** Resumes reading after {@link Session.pause}. */
  resume(): void {
    this.pausedByUser = false;
    this.transport?.resume();
  }

  /**
   * Sends a sync request and resolves with the response. A q error in the response rejects with
   * a `QError` carrying q's text. When `queue` is true and no transport is attached, the request
   * waits for one (reconnect); otherwise it fails with `ConnectionError('close')`.
   */
  sync(payload: K, options: CallOptions = {}, queue = false): Promise<K> {
    let bytes: Uint8Array;
    try {
      bytes = this.encode(payload, this.options.webSocket ? 0 : 1);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<K>((resolve, reject) => {
      const call: PendingCall = { resolve, reject, done: false, cleanup: noop };
      if (options.signal?.aborted) {
        reject(
          new ConnectionError(
            'abort',
            'the call was aborted before it was sent',
            options.signal.reason,
          ),
        );
        return;
      }
      armCall(call, options);
      const transport = this.transport;
      if (transport !== undefined) this.write(transport, { bytes, call });
      else if (queue) this.outbox.push({ bytes, call });
      else settle(call, new ConnectionError('close', 'the connection is closed'));
    });
  }

  /**
   * Sends an async message. Without a transport it is queued when `queue` is true, else this
   * throws `ConnectionError('close')`. Returns false when the write buffer is full (see `congested`).
   */
  async(payload: K, queue = false): boolean {
    const bytes = this.encode(payload, 0);
    const transport = this.transport;
    if (transport !== undefined) return this.write(transport, { bytes });
    if (!queue) throw new ConnectionError('close', 'the connection is closed');
    this.outbox.push({ bytes });
    return true;
  }

  /** Ends the transport gracefully (queued writes are flushed first). */
  end(): void {
    this.transport?.end();
  }

  /** Closes the transport at once. */
  destroy(error?: Error): void {
    this.transport?.destroy(error);
  }

  /**
   * Rejects everything still waiting for a transport (calls and async messages); used when the
   * connection is closed for good.
   */
  failQueued(error: Error): void {
    const queued = this.outbox;
    this.outbox = [];
    for (const item of queued) if (item.call !== undefined) settle(item.call, error);
  }

  /** Converts a JS value (or passes a K through) with this session's `fromJS` options. */
  toK(value: unknown): K {
    return value instanceof K ? value : fromJS(value, this.options.fromJS);
  }

  // TransportReceiver

  /** @internal */
  message(bytes: Uint8Array): void {
    const type = bytes[1];
    const answersCall = type === 2 || (this.options.webSocket && this.inFlight > 0);
    if (answersCall) {
      this.answer(bytes);
      return;
    }
    let value: K;
    try {
      value = decodeMessage(bytes).value;
    } catch (error) {
      // An undecodable request still gets its one reply, so the peer does not wait forever.
      if (type === 1) this.serveFailure(error);
      this.handlers.bad(asError(error));
      return;
    }
    if (type === 1) this.serve(value);
    else this.handlers.async(value);
  }

  /** @internal */
  drain(): void {
    this.needDrain = false;
    this.handlers.drain();
  }

  /** @internal */
  close(error?: Error): void {
    this.transport = undefined;
    const reason = new ConnectionError(
      'close',
      `the connection closed before the response arrived${error ? `: ${error.message}` : ''}`,
      error,
    );
    const calls = this.pending.splice(this.pendingHead);
    this.pending.length = 0;
    this.pendingHead = 0;
    for (const call of calls) settle(call, reason);
    // Async messages the socket never took go out again, ahead of newer ones, after a reconnect.
    if (this.unflushed.length > 0) {
      this.outbox = this.unflushed.filter((item) => item.call === undefined).concat(this.outbox);
      this.unflushed = [];
    }
    this.replies = [];
    this.needDrain = false;
    this.handlers.closed(error);
  }

  private answer(bytes: Uint8Array): void {
    const call = this.pending[this.pendingHead];
    if (call === undefined) {
      this.handlers.bad(
        new ConnectionError('protocol', 'a response arrived with no request pending'),
      );
      return;
    }
    this.pending[this.pendingHead] = undefined as unknown as PendingCall;
    this.pendingHead++;
    if (this.pendingHead === this.pending.length) {
      this.pending.length = 0;
      this.pendingHead = 0;
    } else if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending.splice(0, this.pendingHead);
      this.pendingHead = 0;
    }
    // A caller that gave up (timeout, abort) still owns this response slot: drop it undecoded.
    if (call.done) return;
    let value: K;
    try {
      value = decodeMessage(bytes).value;
    } catch (error) {
      settle(call, asError(error));
      return;
    }
    if (value instanceof KError) settle(call, new QError(value.message));
    else settle(call, undefined, value);
  }

  private serve(request: K): void {
    const slot: ReplySlot = { bytes: undefined };
    this.replies.push(slot);
    const replies = this.replies;
    const finish = (result: unknown, failed: boolean): void => {
      // The connection closed (or reconnected) while the handler ran: nobody to answer.
      if (replies !== this.replies) return;
      slot.bytes = this.encodeReply(result, failed);
      this.flushReplies();
    };
    let result: unknown;
    try {
      result = this.handlers.sync(request);
    } catch (error) {
      finish(error, true);
      return;
    }
    if (isPromiseLike(result)) {
      result.then(
        (value) => finish(value, false),
        (error: unknown) => finish(error, true),
      );
    } else {
      finish(result, false);
    }
  }

  private serveFailure(error: unknown): void {
    this.replies.push({ bytes: this.encodeReply(error, true) });
    this.flushReplies();
  }

  private encodeReply(result: unknown, failed: boolean): Uint8Array {
    const type = this.options.webSocket ? 0 : 2;
    if (!failed) {
      try {
        return this.encode(result === undefined ? IDENTITY : this.toK(result), type);
      } catch (error) {
        return this.encode(new KError(errorText(error)), type);
      }
    }
    return this.encode(new KError(errorText(result)), type);
  }

  private flushReplies(): void {
    let n = 0;
    const transport = this.transport;
    while (n < this.replies.length && this.replies[n]!.bytes !== undefined) {
      if (transport !== undefined) this.write(transport, { bytes: this.replies[n]!.bytes! });
      n++;
    }
    if (n > 0) this.replies.splice(0, n);
  }

  private write(transport: MessageTransport, item: Outgoing): boolean {
    if (item.call !== undefined) this.pending.push(item.call);
    let ok: boolean;
    if (this.options.trackWrites && item.call === undefined) {
      this.unflushed.push(item);
      ok = transport.send(item.bytes, (error) => {
        if (error === undefined && this.unflushed[0] === item) this.unflushed.shift();
      });
    } else {
      ok = transport.send(item.bytes);
    }
    if (!ok) this.needDrain = true;
    return ok;
  }

  private encode(value: K, msgType: 0 | 1 | 2): Uint8Array {
    return encodeMessage(value, {
      msgType,
      capability: this.capabilityValue,
      compress: this.compressFlag(),
    });
  }

  private compressFlag(): boolean | 'auto' {
    const mode = this.options.compression;
    if (mode === 'never' || this.capabilityValue < 1) return false;
    if (mode === 'always') return 'auto';
    return this.transport === undefined || this.transport.local || this.transport.kind === 'unix'
      ? false
      : 'auto';
  }
}

function armCall(call: PendingCall, options: CallOptions): void {
  const { timeout, signal } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  if (timeout !== undefined && timeout > 0) {
    timer = setTimeout(
      () => settle(call, new ConnectionError('timeout', `no response within ${timeout} ms`)),
      timeout,
    );
  }
  if (signal !== undefined) {
    onAbort = () =>
      settle(call, new ConnectionError('abort', 'the call was aborted', signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
  }
  if (timer !== undefined || onAbort !== undefined) {
    call.cleanup = () => {
      if (timer !== undefined) clearTimeout(timer);
      if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
    };
  }
}

function settle(call: PendingCall, error: Error | undefined, value?: K): void {
  if (call.done) return;
  call.done = true;
  call.cleanup();
  if (error !== undefined) call.reject(error);
  else call.resolve(value!);
}

function noop(): void {}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** q's error text for a thrown value (a QError's message is q's text already); NUL cannot travel. */
export function errorText(error: unknown): string {
  const text = error instanceof KError || error instanceof Error ? error.message : String(error);
  return text.replace(/\0/g, ' ');
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
