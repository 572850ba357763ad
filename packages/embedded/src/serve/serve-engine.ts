import { createServer, type QServer, type ServerOptions } from '@qts/ipc';
import { ConsoleSession } from '../console/session.js';
import { evaluateRequest } from './request.js';

/** Options of {@link serveEngine}: where to listen and who may connect, as `@qts/ipc`'s server. */
export interface ServeEngineOptions extends Omit<ServerOptions, 'onSync' | 'onAsync'> {
  /** Longest a client's request may run before `'stop`, in ms (q's `-T`); 0 or absent: no limit. */
  readonly timeoutMs?: number;
}

/**
 * Serve one engine session over kdb+ IPC, as `q -p PORT` does: any q process can `hopen`
 * it and send `h"expr"` or `h(`f;x)`; sync requests get the value or the q error, async
 * messages are evaluated for their effects. Every client shares the one session, as in q.
 *
 * @param options - port / Unix socket / TLS / auth, as `createServer`.
 * @param session - the session to serve; a new one by default.
 */
export async function serveEngine(
  options: ServeEngineOptions,
  session: ConsoleSession = new ConsoleSession(),
): Promise<QServer> {
  const timeout = options.timeoutMs ?? 0;
  return createServer({
    ...options,
    onSync: (request) => session.limited(timeout, () => evaluateRequest(session.interp, request)),
    onAsync: (message) => session.limited(timeout, () => evaluateRequest(session.interp, message)),
  });
}
