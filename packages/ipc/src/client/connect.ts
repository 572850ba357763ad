import { MAX_MESSAGE_BYTES } from '../codec/index.js';
import { ConnectionError } from '../transport/connection-error.js';
import type { ConnectOptions } from './connect-options.js';
import { Connection } from './connection.js';
import { backoffDelay, reconnectPolicy } from './reconnect-policy.js';
import { transportOpener } from './open-transport.js';

/**
 * Connects to a kdb+ server (or any peer speaking its IPC protocol) over TCP, TLS, a Unix domain
 * socket or a WebSocket, performs the handshake, and resolves to a {@link Connection}.
 *
 * ```ts
 * const conn = await connect({ host: 'localhost', port: 5001, user: 'me', password: 'pw' });
 * const x = await conn.sync('{x+y}', 1, 2); // 3f
 * ```
 *
 * Fails with `ConnectionError`: `conn` (cannot reach), `access` (credentials refused), `timeout`.
 * With `reconnect`, the first connection is retried by the same policy (not after `access`).
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  const maxMessageSize = options.maxMessageSize ?? MAX_MESSAGE_BYTES;
  const open = transportOpener(options, maxMessageSize);
  const policy = reconnectPolicy(options.reconnect);
  for (let attempt = 0; ; attempt++) {
    try {
      return new Connection(open, await open(), options);
    } catch (error) {
      const final = error instanceof ConnectionError && error.code === 'access';
      if (policy === undefined || final || attempt + 1 >= policy.retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffDelay(policy, attempt)));
    }
  }
}
