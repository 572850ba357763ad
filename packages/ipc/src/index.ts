/**
 * `@qts/ipc`: kdb+ IPC for TypeScript — the wire codec with compression, a client and a server.
 *
 * @packageDocumentation
 */
export * from './codec/index.js';
export * from './client/index.js';
export * from './server/index.js';
