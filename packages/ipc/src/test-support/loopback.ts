import { afterEach } from 'vitest';
import { createServer, type QServer, type ServerOptions } from '../server/index.js';

/** Tests talk only to this machine. */
export const HOST = '127.0.0.1';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** Run `fn` after the current test (last registered first). */
export function afterTest(fn: () => unknown): void {
  cleanup.push(fn);
}

/** A server for one test, closed after it; problems are not logged unless `onError` is given. */
export async function serve(options: ServerOptions): Promise<QServer> {
  const server = await createServer({ onError: () => undefined, ...options });
  afterTest(() => server.close());
  return server;
}
