import { ConnectionError } from '../transport/connection-error.js';
import type { LengthReader } from '../transport/frame-reader.js';
import { loadWebSocket, type WebSocketLike } from '../transport/websocket-like.js';
import { WebSocketTransport } from '../transport/websocket-transport.js';
import type { ConnectOptions, WebSocketOptions } from './connect-options.js';
import type { OpenedTransport } from './open-transport.js';

/** Capability assumed over a WebSocket, where kdb+ has no handshake to agree one. */
const WEBSOCKET_CAPABILITY = 3;

/**
 * One attempt at a WebSocket connection to kdb+'s `.z.ws`. Credentials go as HTTP basic
 * authentication (kdb+'s `.z.ac`/`-u` check the upgrade request); browsers cannot set headers,
 * so there they must be in the URL.
 */
export async function openWebSocket(
  ws: WebSocketOptions,
  options: ConnectOptions,
  lengthOf: LengthReader,
  maxMessageSize: number,
  timeout: number,
): Promise<OpenedTransport> {
  let ctor = ws.WebSocket;
  let isWs = false;
  if (ctor === undefined) {
    try {
      ({ WebSocket: ctor, isWs } = await loadWebSocket());
    } catch (error) {
      throw new ConnectionError(
        'conn',
        'no WebSocket implementation: this platform has no global WebSocket and the optional package ws is not installed',
        error,
      );
    }
  }
  const headers: Record<string, string> = {};
  if (options.user !== undefined) {
    const basic = `${options.user}:${options.password ?? ''}`;
    headers['Authorization'] = `Basic ${btoa(basic)}`;
  }
  let socket: WebSocketLike;
  try {
    socket =
      isWs || ws.WebSocket !== undefined
        ? new ctor(ws.url, ws.protocols, { headers })
        : new ctor(ws.url, ws.protocols);
  } catch (error) {
    throw new ConnectionError('conn', `cannot open ${ws.url}: ${String(error)}`, error);
  }
  // Listening before 'open': a frame in the same packet as the upgrade reply is dispatched right after it.
  const transport = new WebSocketTransport(
    socket,
    lengthOf,
    maxMessageSize,
    isLocalUrl(ws.url),
    ws.url,
  );
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const timer =
      timeout > 0
        ? setTimeout(() => {
            fail(
              new ConnectionError('timeout', `opening ${ws.url} took longer than ${timeout} ms`),
            );
            socket.close();
          }, timeout)
        : undefined;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      reject(error);
    };
    socket.addEventListener('open', () => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      resolve();
    });
    socket.addEventListener('error', (event) => {
      const cause = (event as { error?: unknown }).error;
      fail(
        new ConnectionError(
          'conn',
          `cannot open ${ws.url}${cause instanceof Error ? `: ${cause.message}` : ''}`,
          cause,
        ),
      );
    });
    socket.addEventListener('close', (event) => {
      fail(
        new ConnectionError(
          'access',
          `${ws.url} closed during the upgrade (code ${event.code ?? '?'})`,
        ),
      );
    });
  });
  return { transport, capability: WEBSOCKET_CAPABILITY };
}

function isLocalUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || host.startsWith('127.');
  } catch {
    return false;
  }
}
