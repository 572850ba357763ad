import { createServer, type QServer, type ServerOptions } from '@qts/ipc';
import { ConsoleSession } from '../console/session.js';
import { evaluateRequest } from './request.js';

/** Options of {@link serveEngine}: where to listen and who may connect, as `@qts/ipc`'s server. */
export type ServeEngineOptions = Omit<ServerOptions, 'onSync' | 'onAsync'>;

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
  return createServer({
    ...options,
    onSync: (request) => evaluateRequest(session.interp, request),
    onAsync: (message) => evaluateRequest(session.interp, message),
  });
}
