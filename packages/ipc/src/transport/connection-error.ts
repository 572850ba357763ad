import { QError } from '@qts/types';

/**
 * Why a connection-level operation failed, as short names in q's style:
 * - `access`: the server closed the connection during the handshake (bad credentials);
 * - `close`: the connection closed while a response was still owed;
 * - `timeout`: a connect, handshake or call timeout ran out;
 * - `abort`: the caller's `AbortSignal` fired;
 * - `conn`: the socket could not be opened (refused, unreachable, bad address);
 * - `protocol`: the peer broke the wire protocol (bad header, unexpected response, bad handshake);
 * - `limit`: a message is larger than the configured maximum.
 */
export type ConnectionErrorCode =
  'access' | 'close' | 'timeout' | 'abort' | 'conn' | 'protocol' | 'limit';

/**
 * A connection-level failure (not an error computed by q). `message` is the code, so it reads
 * like a q error (`'access`); `detail` says what happened, and `cause` holds the socket error
 * when there was one.
 */
export class ConnectionError extends QError {
  override readonly name: string = 'ConnectionError';

  /**
   * @param code - what kind of failure; also the error's `message`.
   * @param detail - a human explanation (peer, timeout length, ...).
   * @param cause - the underlying error, when there was one.
   */
  constructor(
    readonly code: ConnectionErrorCode,
    detail?: string,
    cause?: unknown,
  ) {
    super(code, detail);
    if (cause !== undefined)
      Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}
