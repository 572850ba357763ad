import type { K } from '@qts/types';
import { requestPayload } from '../client/request-payload.js';
import type { CallOptions } from '../transport/call-options.js';
import type { MessageTransport } from '../transport/message-transport.js';
import { Session, type SessionHandlers } from '../transport/session.js';
import type { ServerOptions } from './server-options.js';

/**
 * One client's connection to a {@link QServer}: who it is, and what the server can send it:
 * async pushes (the publisher side of a tickerplant) and sync calls of its own.
 */
export class ServerConnection {
  private readonly session: Session;
  private closedFlag = false;
  private readonly fromJS: ServerOptions['fromJS'];

  /** @internal Made by the server after a successful handshake. */
  constructor(
    /** A number unique within the server, like a q handle. */
    readonly id: number,
    /** The user name the client sent. */
    readonly user: string,
    /** The capability agreed with this client. */
    readonly capability: number,
    /** The client's address (`undefined` for a Unix socket). */
    readonly remoteAddress: string | undefined,
    private readonly transport: MessageTransport,
    options: ServerOptions,
    handlers: Pick<SessionHandlers, 'async' | 'sync' | 'bad'> & {
      closed: (error: Error | undefined) => void;
    },
  ) {
    this.fromJS = options.fromJS;
    this.session = new Session(
      {
        ...handlers,
        closed: (error) => {
          this.closedFlag = true;
          handlers.closed(error);
        },
        drain: () => undefined,
      },
      {
        compression: options.compression ?? 'auto',
        webSocket: false,
        fromJS: options.fromJS,
        trackWrites: false,
      },
    );
  }

  /** `'tcp'`, `'tls'` or `'unix'`. */
  get transportKind(): string {
    return this.transport.kind;
  }

  /** True once the connection has closed. */
  get closed(): boolean {
    return this.closedFlag;
  }

  /** @internal Starts reading messages. */
  start(): void {
    this.session.attach(this.transport, this.capability);
  }

  /**
   * Pushes an async message to the client (`neg[h]x` in q). A tickerplant publishes with
   * `conn.async('upd', K.symbol('trade'), table)`, which a q subscriber runs as `upd[`trade;table]`.
   * Returns false when the socket's buffer is full. Throws `ConnectionError('close')` once closed.
   */
  async(expr: string | K, ...args: unknown[]): boolean {
    return this.session.async(requestPayload(expr, args, this.fromJSOptions()));
  }

  /** Pushes one value as it is (no function call wrapping), as `neg[h]x`. */
  push(value: unknown): boolean {
    return this.session.async(this.session.toK(value));
  }

  /** Sends a sync request to the client and resolves with its response (`h x` from the server side). */
  sync(expr: string | K, ...args: unknown[]): Promise<K> {
    return this.session.sync(requestPayload(expr, args, this.fromJSOptions()));
  }

  /** {@link ServerConnection.sync} with a timeout or abort signal. */
  syncWith(options: CallOptions, expr: string | K, ...args: unknown[]): Promise<K> {
    return this.session.sync(requestPayload(expr, args, this.fromJSOptions()), options);
  }

  /** Closes the connection after flushing what was written (`hclose`). */
  close(): void {
    this.session.end();
  }

  /** Closes the connection at once. */
  destroy(error?: Error): void {
    this.session.destroy(error);
  }

  private fromJSOptions(): ServerOptions['fromJS'] {
    return this.fromJS;
  }
}
