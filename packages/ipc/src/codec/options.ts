/** Options of {@link decode}. */
export interface DecodeOptions {
  /** Byte order of the payload; a payload carries none of its own. Default `true`. */
  readonly littleEndian?: boolean;
  /**
   * Copy vector items out of the input instead of viewing it. Default `false`: numeric,
   * char, boolean and guid vectors are views over the input bytes whenever alignment
   * allows, so the input must not be reused while the decoded value is alive.
   */
  readonly copy?: boolean;
  /** Deepest nesting of lists, dictionaries, tables and functions accepted. Default 1024. */
  readonly maxDepth?: number;
}

/** Options of {@link decodeMessage}. */
export interface DecodeMessageOptions extends Omit<DecodeOptions, 'littleEndian'> {
  /** Largest message (and largest decompressed message) accepted. Default {@link MAX_MESSAGE_BYTES}. */
  readonly maxBytes?: number;
}

/** Options of {@link encode}. */
export interface EncodeOptions {
  /**
   * Capability byte negotiated with the peer (0..6). Default 3. Below 3 a guid is a `type`
   * error, at 0 timestamps and timespans are too; from 5 up, messages may exceed 2 GB.
   */
  readonly capability?: number;
}

/** The three IPC message types by name or number. */
export type MessageTypeInput = 'async' | 'sync' | 'response' | 0 | 1 | 2;

/** Options of {@link encodeMessage}. */
export interface EncodeMessageOptions extends EncodeOptions {
  /** Message type: async (0, default), sync (1) or response (2). */
  readonly msgType?: MessageTypeInput;
  /**
   * `false` (default) never compresses; `'auto'` follows kdb+ (`-18!`): only a message
   * over 2000 bytes, only if it compresses to at most half; `true` compresses whenever the
   * result is at most half, whatever the size. Never below capability 1 or at 2 GB and over.
   */
  readonly compress?: boolean | 'auto';
}

/** The default depth limit of {@link DecodeOptions.maxDepth}. */
export const DEFAULT_MAX_DEPTH = 1024;

/**
 * The largest message accepted by default: 2^31 - 1 bytes, kdb+'s limit below
 * capability 5. Pass `maxBytes` to accept larger (capability 5/6) or to tighten it.
 */
export const MAX_MESSAGE_BYTES = 2 ** 31 - 1;
