import type { K } from '@qts/types';
import { COMPRESS_THRESHOLD, compressMessage, decompress } from './compression.js';
import { readWhole, readerOptions } from './decode.js';
import { IpcDecodeError } from './decode-error.js';
import { encodeContext, sizeOf, writeObject } from './encode.js';
import { HEADER_BYTES, messageType, readHeader, writeHeader, type MessageType } from './header.js';
import type { DecodeMessageOptions, EncodeMessageOptions } from './options.js';
import { Writer } from './writer.js';

/** A decoded IPC message. */
export interface DecodedMessage {
  /** 0 async, 1 sync (a request), 2 response. */
  readonly msgType: MessageType;
  /** The message arrived compressed. */
  readonly compressed: boolean;
  /** The message's byte order (kdb+ sends little-endian on every current platform). */
  readonly littleEndian: boolean;
  /** The payload; a q error response is a `KError` (type -128). */
  readonly value: K;
}

/**
 * Encode a K value as a whole IPC message: the 8-byte header (little-endian, the message
 * type, the compression flag, the length) and the payload, compressed on request.
 * `encodeMessage(v)` is kdb+'s `-8!v`.
 *
 * @param value - the payload.
 * @param options - message type (default async), compression, the peer's capability.
 * @throws QError `type` for values that cannot travel, `limit` for a message over the
 * capability's size limit.
 */
export function encodeMessage(value: K, options?: EncodeMessageOptions): Uint8Array {
  const cx = encodeContext(options);
  const msgType = messageType(options?.msgType);
  const w = new Writer(HEADER_BYTES + sizeOf(value));
  w.pos = HEADER_BYTES;
  writeObject(w, value, cx);
  const message = w.result();
  writeHeader(message, msgType, false, message.length, cx.capability);
  const mode = options?.compress ?? false;
  if (mode === false || cx.capability < 1 || message.length >= 2 ** 31) return message;
  if (mode === 'auto' && message.length <= COMPRESS_THRESHOLD) return message;
  return compressMessage(message) ?? message;
}

/**
 * Decode a whole IPC message: validate the header, decompress if needed, decode the payload
 * in the message's byte order. The bytes must be exactly one message.
 *
 * @param bytes - one whole message, header included.
 * @param options - size limit, copying, depth limit.
 * @throws IpcDecodeError for any malformed input.
 */
export function decodeMessage(bytes: Uint8Array, options?: DecodeMessageOptions): DecodedMessage {
  const header = readHeader(bytes, options?.maxBytes);
  if (header.length !== bytes.length) {
    throw new IpcDecodeError(
      `header says ${header.length} bytes but the message has ${bytes.length}`,
      4,
    );
  }
  const plain = header.compressed ? decompress(bytes, options) : bytes;
  const value = readWhole(plain, HEADER_BYTES, readerOptions(options, header.littleEndian));
  return {
    msgType: header.msgType,
    compressed: header.compressed,
    littleEndian: header.littleEndian,
    value,
  };
}
