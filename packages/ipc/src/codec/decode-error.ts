import { QError } from '@qts/types';

/**
 * Malformed IPC input: a truncated, oversized, wrongly typed or wrongly compressed message.
 *
 * `message` is q's name for it, `badmsg` (what kdb+ signals for an invalid message), so it
 * reads like every other {@link QError}; `detail` says what was wrong and where, and `offset`
 * is the byte position in the message (or payload) being read when the problem was found.
 */
export class IpcDecodeError extends QError {
  override readonly name: string = 'IpcDecodeError';

  /**
   * @param problem - what was wrong, e.g. `vector count 9 needs 72 bytes, 3 left`.
   * @param offset - byte position in the input where the problem was found.
   */
  constructor(
    problem: string,
    readonly offset: number,
  ) {
    super('badmsg', `${problem} (at offset ${offset})`);
  }
}
