import { QError } from '@qts/types';
import { IpcDecodeError } from './decode-error.js';
import { MAX_MESSAGE_BYTES, type MessageTypeInput } from './options.js';

/** IPC message type: 0 async, 1 sync (a request), 2 response. */
export type MessageType = 0 | 1 | 2;

/** Message type numbers by name. */
export const MESSAGE_TYPES = { async: 0, sync: 1, response: 2 } as const;

/** Bytes in the header in front of every message. */
export const HEADER_BYTES = 8;

/** Smallest message kdb+ could send: a header and a two-byte object such as `::`. */
const MIN_MESSAGE_BYTES = HEADER_BYTES + 2;

/** The fields of an 8-byte message header. */
export interface MessageHeader {
  /** Byte 0: 1 for little-endian, 0 for big-endian. */
  readonly littleEndian: boolean;
  /** Byte 1: async, sync or response. */
  readonly msgType: MessageType;
  /** Byte 2: the message is IPC-compressed. */
  readonly compressed: boolean;
  /** Total bytes including the header (40 bits: byte 3 holds bits 32..39 from capability 5). */
  readonly length: number;
}

/** Message type number of a name or number. */
export function messageType(input: MessageTypeInput | undefined): MessageType {
  if (input === undefined) return 0;
  if (typeof input === 'string') {
    const t = (MESSAGE_TYPES as Record<string, MessageType | undefined>)[input];
    if (t !== undefined) return t;
  } else if (input === 0 || input === 1 || input === 2) return input;
  throw new QError('domain', `message type ${String(input)} is not async, sync or response`);
}

/**
 * Read and validate a message header.
 * @param bytes - at least the first 8 bytes of a message.
 * @param maxBytes - largest total length accepted.
 * @throws IpcDecodeError for a short header, an unknown byte-order, type or compression
 * flag, or a length below the smallest message or above `maxBytes`.
 */
export function readHeader(bytes: Uint8Array, maxBytes = MAX_MESSAGE_BYTES): MessageHeader {
  if (bytes.length < HEADER_BYTES) {
    throw new IpcDecodeError(`header needs 8 bytes, ${bytes.length} given`, 0);
  }
  const [arch, type, flag, high] = bytes as unknown as [number, number, number, number];
  if (arch > 1) throw new IpcDecodeError(`byte-order byte ${arch} is not 0 or 1`, 0);
  if (type > 2) throw new IpcDecodeError(`message type ${type} is not 0, 1 or 2`, 1);
  if (flag > 1) throw new IpcDecodeError(`compression flag ${flag} is not 0 or 1`, 2);
  // Plain byte arithmetic: a DataView per message costs more than the rest of a small decode.
  const [, , , , b4, b5, b6, b7] = bytes as unknown as number[];
  const low =
    arch === 1
      ? (b4 as number) +
        (b5 as number) * 2 ** 8 +
        (b6 as number) * 2 ** 16 +
        (b7 as number) * 2 ** 24
      : (b7 as number) +
        (b6 as number) * 2 ** 8 +
        (b5 as number) * 2 ** 16 +
        (b4 as number) * 2 ** 24;
  const length = low + high * 2 ** 32;
  if (length < MIN_MESSAGE_BYTES) {
    throw new IpcDecodeError(`message length ${length} is below ${MIN_MESSAGE_BYTES}`, 4);
  }
  if (length > maxBytes) {
    throw new IpcDecodeError(`message length ${length} exceeds the limit of ${maxBytes}`, 4);
  }
  return { littleEndian: arch === 1, msgType: type as MessageType, compressed: flag === 1, length };
}

/**
 * Total length of the message that starts with `header`, validated: what a stream reader
 * waits for before decoding. A lying length larger than `maxBytes` fails here, before the
 * reader buffers anything for it.
 *
 * @param header - the first 8 (or more) bytes of a message.
 * @param options - `maxBytes`: the largest length accepted (default {@link MAX_MESSAGE_BYTES}).
 * @throws IpcDecodeError when the header is malformed or the length out of bounds.
 */
export function messageLength(
  header: Uint8Array,
  options?: { readonly maxBytes?: number },
): number {
  return readHeader(header, options?.maxBytes).length;
}

/**
 * Write a little-endian header into `out[0..8)`.
 * @throws QError `limit` when the length needs capability 5 and the peer has less, or exceeds 1 TB.
 */
export function writeHeader(
  out: Uint8Array,
  msgType: MessageType,
  compressed: boolean,
  length: number,
  capability: number,
): void {
  const limit = capability >= 5 ? 2 ** 40 : 2 ** 31;
  if (length >= limit) {
    throw new QError(
      'limit',
      `message of ${length} bytes is over the limit at capability ${capability}`,
    );
  }
  out[0] = 1;
  out[1] = msgType;
  out[2] = compressed ? 1 : 0;
  out[3] = Math.floor(length / 2 ** 32);
  new DataView(out.buffer, out.byteOffset, HEADER_BYTES).setUint32(4, length >>> 0, true);
}
