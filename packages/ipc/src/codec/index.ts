/**
 * The kdb+ IPC codec: payloads, whole messages and kdb+'s compression, free of sockets.
 *
 * @packageDocumentation
 */
export { encode } from './encode.js';
export { decode } from './decode.js';
export { encodeMessage, decodeMessage, type DecodedMessage } from './message.js';
export { compress, decompress, COMPRESS_THRESHOLD } from './compression.js';
export {
  messageLength,
  readHeader,
  messageType,
  HEADER_BYTES,
  MESSAGE_TYPES,
  type MessageHeader,
  type MessageType,
} from './header.js';
export { IpcDecodeError } from './decode-error.js';
export { TableReference } from './table-reference.js';
export {
  MAX_MESSAGE_BYTES,
  DEFAULT_MAX_DEPTH,
  type DecodeOptions,
  type DecodeMessageOptions,
  type EncodeOptions,
  type EncodeMessageOptions,
  type MessageTypeInput,
} from './options.js';
