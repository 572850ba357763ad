import type { Socket } from 'node:net';
import { ConnectionError } from './connection-error.js';

/** The outcome of a client handshake. */
export interface HandshakeResult {
  /** The capability the server granted (its one-byte reply). */
  readonly capability: number;
  /** Bytes the server sent after the reply byte in the same read (an early push). */
  readonly rest: Uint8Array;
}

/**
 * Sends the opening bytes and waits for the server's one-byte reply. A server that closes
 * without replying refused the credentials: `ConnectionError('access')`, as kdb+'s own clients
 * report it.
 *
 * @param socket - a connected socket.
 * @param hello - the bytes from `encodeHello`.
 * @param timeoutMs - gives up with `ConnectionError('timeout')` (0: never).
 * @param where - the peer, for messages.
 */
export function clientHandshake(
  socket: Socket,
  hello: Uint8Array,
  timeoutMs: number,
  where: string,
): Promise<HandshakeResult> {
  return new Promise<HandshakeResult>((resolve, reject) => {
    let failure: Error | undefined;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            cleanup();
            socket.destroy();
            reject(
              new ConnectionError(
                'timeout',
                `handshake with ${where} took longer than ${timeoutMs} ms`,
              ),
            );
          }, timeoutMs)
        : undefined;
    const onData = (chunk: Buffer): void => {
      cleanup();
      // Hold back anything after the reply byte until the transport takes over the socket.
      socket.pause();
      resolve({ capability: chunk[0]!, rest: chunk.subarray(1) });
    };
    const onError = (error: Error): void => {
      failure ??= error;
    };
    const onClose = (): void => {
      cleanup();
      reject(
        new ConnectionError(
          'access',
          `${where} closed the connection during the handshake (wrong credentials?)`,
          failure,
        ),
      );
    };
    const cleanup = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
    };
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.write(hello);
  });
}
