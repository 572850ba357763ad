/**
 * The kdb+ IPC server: `createServer` and the per-client connections it hands to handlers.
 *
 * @packageDocumentation
 */
export { createServer, type QServer } from './create-server.js';
export { ServerConnection } from './server-connection.js';
export type { ServerOptions, AuthRequest } from './server-options.js';
