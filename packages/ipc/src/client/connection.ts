import { KError, type K } from '@qts/types';
import type { CallOptions } from '../transport/call-options.js';
import { ConnectionError } from '../transport/connection-error.js';
import { PushQueue } from '../transport/push-queue.js';
import { Session, type SessionHandlers } from '../transport/session.js';
import { TypedEmitter } from '../transport/typed-emitter.js';
import type { ConnectOptions } from './connect-options.js';
import type { OpenedTransport, TransportOpener } from './open-transport.js';
import { backoffDelay, reconnectPolicy, type ReconnectPolicy } from './reconnect-policy.js';
import { requestPayload } from './request-payload.js';

/** Events of a {@link Connection}. */
export interface ConnectionEvents {
  /** An async message the server pushed (a tickerplant's `` (`upd;`trade;data) ``). */
  message: (value: K) => void;
  /** A pushed message that could not be decoded, or a protocol violation by the server. */
  error: (error: Error) => void;
  /** The connection dropped and a reconnect is starting (only with `reconnect`). */
  disconnect: (error: Error | undefined) => void;
  /** A reconnect succeeded; `attempt` is 1 for the first try. */
  reconnect: (attempt: number) => void;
  /** The connection is closed for good: `close()` was called, or it dropped and was not (or could not be) reconnected. */
  close: (error: Error | undefined) => void;
}

/** Calls bound to per-call options; see {@link Connection.with}. */
export interface BoundCalls {
  /** {@link Connection.sync} with these options. */
  sync(expr: string | K, ...args: unknown[]): Promise<K>;
}

/** Options of {@link Connection.messages}. */
export interface MessagesOptions {
  /** Messages buffered before the connection stops reading from the server. Default: the connection's `highWaterMark`. */
  readonly highWaterMark?: number;
}

type State = 'open' | 'reconnecting' | 'closing' | 'closed';

/** Milliseconds `close()` waits for the peer to finish the socket before dropping it. */
const CLOSE_GRACE_MS = 2000;

/**
 * A connection to a kdb+ server (or anything speaking its IPC protocol), made by {@link connect}.
 *
 * Sync calls may overlap: they are sent at once and answered in order, as kdb+ answers them.
 * Server pushes (async messages) arrive as `message` events and through {@link Connection.messages}.
 */
export class Connection extends TypedEmitter<ConnectionEvents> {
  private readonly session: Session;
  private readonly policy: ReconnectPolicy | undefined;
  private readonly iterators = new Set<PushQueue<K>>();
  private readonly drainWaiters: Array<() => void> = [];
  private state: State = 'open';
  private closeWaiters: Array<() => void> = [];
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  /** @internal Use {@link connect}. */
  constructor(
    private readonly open: TransportOpener,
    first: OpenedTransport,
    private readonly options: ConnectOptions,
  ) {
    super();
    this.policy = reconnectPolicy(options.reconnect);
    const handlers: SessionHandlers = {
      async: (value) => this.onPush(value),
      sync: (value) => (options.onSync === undefined ? new KError('nyi') : options.onSync(value)),
      bad: (error) => this.onBad(error),
      closed: (error) => this.onTransportClosed(error),
      drain: () => this.onDrain(),
    };
    this.session = new Session(handlers, {
      compression: options.compression ?? 'auto',
      webSocket: options.webSocket !== undefined,
      fromJS: options.fromJS,
      trackWrites: this.policy !== undefined,
    });
    this.session.attach(first.transport, first.capability);
  }

  /** The capability the server granted in the handshake. */
  get capability(): number {
    return this.session.capability;
  }

  /** True once the connection is closed for good. */
  get closed(): boolean {
    return this.state === 'closed';
  }

  /** True while a dropped connection is being re-established. */
  get reconnecting(): boolean {
    return this.state === 'reconnecting';
  }

  /** Sync calls sent and not yet answered. */
  get inFlight(): number {
    return this.session.inFlight;
  }

  /** Messages waiting for a reconnect. */
  get queued(): number {
    return this.session.queued;
  }

  /** `'tcp'`, `'tls'`, `'unix'` or `'websocket'` (undefined while reconnecting). */
  get transportKind(): string | undefined {
    return this.session.current?.kind;
  }

  /**
   * Sends a sync request and resolves with the server's response. `expr` is q text
   * (`sync('til 3')`), or a function/symbol applied to `args` (`sync('{x+y}', 1, 2)`,
   * `sync(K.symbol('f'), x)`); args may be K values or plain JS. A q error rejects with a
   * `QError` whose `message` is q's text; connection trouble rejects with a `ConnectionError`.
   */
  sync(expr: string | K, ...args: unknown[]): Promise<K> {
    return this.call({}, expr, args);
  }

  /**
   * Sends an async message (no response). While reconnecting it is queued and sent after the
   * reconnect; after `close()` it throws `ConnectionError('close')`. Returns false when the
   * write buffer is full: `await flush()` before sending more to bound memory.
   */
  async(expr: string | K, ...args: unknown[]): boolean {
    this.assertUsable();
    return this.session.async(
      requestPayload(expr, args, this.options.fromJS),
      this.state === 'reconnecting',
    );
  }

  /**
   * Per-call options: `conn.with({ timeout: 500, signal }).sync('f', x)`. A call that times out or
   * is aborted rejects at once; its response, when it comes, is dropped (kdb+ cannot cancel a
   * request, and later responses still match their callers).
   */
  with(options: CallOptions): BoundCalls {
    return { sync: (expr, ...args) => this.call(options, expr, args) };
  }

  /**
   * Server pushes as an async iterator: `for await (const msg of conn.messages())`. Buffering starts
   * when this is called, so create it before subscribing. When its buffer is full the connection
   * stops reading from the server until the consumer catches up (responses wait too). Ends when
   * the connection closes (with an error if it dropped), or when the loop exits.
   */
  messages(options: MessagesOptions = {}): AsyncIterableIterator<K> {
    const hwm = Math.max(1, options.highWaterMark ?? this.options.highWaterMark ?? 1024);
    const queue: PushQueue<K> = new PushQueue<K>(
      hwm,
      () => this.updateFlow(),
      () => {
        this.iterators.delete(queue);
        this.updateFlow();
      },
    );
    if (this.state === 'closed') queue.end();
    else this.iterators.add(queue);
    return queue;
  }

  /** Resolves when the write buffer has drained (at once when it is not full). */
  flush(): Promise<void> {
    if (!this.session.congested || this.state === 'closed') return Promise.resolve();
    return new Promise<void>((resolve) => this.drainWaiters.push(resolve));
  }

  /**
   * Closes the connection: stops reconnecting, flushes what was written, ends the socket. Calls
   * still waiting for a response reject with `ConnectionError('close')`. Resolves once closed.
   */
  close(): Promise<void> {
    if (this.state === 'closed') return Promise.resolve();
    const done = new Promise<void>((resolve) => this.closeWaiters.push(resolve));
    if (this.state === 'reconnecting') {
      if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer);
      this.finish(undefined);
    } else if (this.state === 'open') {
      this.state = 'closing';
      this.session.end();
      // A peer that keeps its half of the socket open would hold close() forever.
      const force = setTimeout(() => this.session.destroy(), CLOSE_GRACE_MS);
      (force as { unref?: () => void }).unref?.();
      void done.then(() => clearTimeout(force));
    }
    return done;
  }

  private call(options: CallOptions, expr: string | K, args: readonly unknown[]): Promise<K> {
    if (this.state === 'closed' || this.state === 'closing') {
      return Promise.reject(new ConnectionError('close', 'the connection is closed'));
    }
    let payload: K;
    try {
      payload = requestPayload(expr, args, this.options.fromJS);
    } catch (error) {
      return Promise.reject(error);
    }
    const timeout = options.timeout ?? this.options.callTimeout;
    return this.session.sync(
      payload,
      { timeout, signal: options.signal },
      this.state === 'reconnecting',
    );
  }

  private assertUsable(): void {
    if (this.state === 'closed' || this.state === 'closing') {
      throw new ConnectionError('close', 'the connection is closed');
    }
  }

  private onPush(value: K): void {
    this.emit('message', value);
    let full = false;
    for (const queue of this.iterators) if (!queue.push(value)) full = true;
    if (full) this.session.pause();
  }

  private updateFlow(): void {
    for (const queue of this.iterators) if (queue.isFull) return;
    this.session.resume();
  }

  private onBad(error: Error): void {
    if (error instanceof ConnectionError && error.code === 'protocol') {
      // An unrequested response means responses no longer line up with calls: the connection is unusable.
      this.emit('error', error);
      this.session.destroy(error);
      return;
    }
    this.emit('error', error);
  }

  private onDrain(): void {
    const waiters = this.drainWaiters.splice(0);
    for (const resolve of waiters) resolve();
  }

  private onTransportClosed(error: Error | undefined): void {
    this.onDrain();
    if (this.state === 'open' && this.policy !== undefined) {
      this.state = 'reconnecting';
      this.emit('disconnect', error);
      this.scheduleReconnect(0, error);
      return;
    }
    const reason =
      this.state === 'closing'
        ? undefined
        : (error ?? new ConnectionError('close', 'the server closed the connection'));
    this.finish(reason);
  }

  private scheduleReconnect(attempt: number, lastError: Error | undefined): void {
    const policy = this.policy!;
    if (attempt >= policy.retries) {
      this.finish(
        new ConnectionError('close', `gave up reconnecting after ${attempt} attempts`, lastError),
      );
      return;
    }
    this.reconnectTimer = setTimeout(
      () => {
        this.reconnectTimer = undefined;
        this.open().then(
          (opened) => {
            if (this.state !== 'reconnecting') {
              opened.transport.destroy();
              return;
            }
            this.state = 'open';
            this.session.attach(opened.transport, opened.capability);
            this.emit('reconnect', attempt + 1);
          },
          (error: unknown) => {
            if (this.state !== 'reconnecting') return;
            if (error instanceof ConnectionError && error.code === 'access') this.finish(error);
            else
              this.scheduleReconnect(
                attempt + 1,
                error instanceof Error ? error : new Error(String(error)),
              );
          },
        );
      },
      backoffDelay(policy, attempt),
    );
  }

  private finish(error: Error | undefined): void {
    this.state = 'closed';
    this.session.failQueued(error ?? new ConnectionError('close', 'the connection was closed'));
    for (const queue of this.iterators) queue.end(error);
    this.iterators.clear();
    this.emit('close', error);
    const waiters = this.closeWaiters;
    this.closeWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
