/** The part of the standard `WebSocket` API the transport uses (browsers, Node 22+, the `ws` package). */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(
    type: 'close',
    listener: (event: { code?: number; reason?: string }) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  /** The `ws` package's flow control; browsers have none. */
  pause?(): void;
  /** The `ws` package's flow control; browsers have none. */
  resume?(): void;
}

/** A `WebSocket` constructor; the third argument carries options (headers) for the `ws` package. */
export type WebSocketConstructor = new (
  url: string,
  protocols?: string | string[],
  options?: { headers?: Record<string, string> },
) => WebSocketLike;

/**
 * Finds a WebSocket implementation: the global one when the platform has it (browsers, Node 22+),
 * else the optional `ws` package, loaded on demand.
 */
export async function loadWebSocket(): Promise<{ WebSocket: WebSocketConstructor; isWs: boolean }> {
  const global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (typeof global === 'function') return { WebSocket: global, isWs: false };
  const mod = (await import('ws')) as unknown as {
    WebSocket?: WebSocketConstructor;
    default?: WebSocketConstructor;
  };
  const ctor = mod.WebSocket ?? mod.default;
  if (typeof ctor !== 'function') throw new Error('the ws package has no WebSocket export');
  return { WebSocket: ctor, isWs: true };
}
