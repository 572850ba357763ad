import { ConnectionError } from './connection-error.js';

/** The handshake's opening message, as the server reads it. */
export interface Hello {
  /** Text before the first `:` (the whole credential when there is none); `.z.u` in q. */
  readonly user: string;
  /** Text after the first `:`, or `undefined` when the client sent no `:`. */
  readonly password: string | undefined;
  /** The capability byte the client offered (0 when it sent none: a pre-2.6 client). */
  readonly capability: number;
}

/** Capability bytes a peer may offer or be given; 4 is reserved and never sent. */
export const CAPABILITIES: readonly number[] = [0, 1, 2, 3, 5, 6];

/** The longest credential string a server reads before it gives up on a handshake. */
export const MAX_HELLO_BYTES = 4096;

/**
 * The client's opening bytes: `user:password`, the capability byte, NUL.
 *
 * @param credentials - `user:password`, `user` alone, or empty.
 * @param capability - the capability to offer (0..6, not 4).
 */
export function encodeHello(credentials: string, capability: number): Uint8Array {
  if (!CAPABILITIES.includes(capability)) {
    throw new ConnectionError(
      'protocol',
      `capability ${capability} is not one of ${CAPABILITIES.join(', ')}`,
    );
  }
  const text = new TextEncoder().encode(credentials);
  if (text.includes(0))
    throw new ConnectionError('protocol', 'credentials must not contain a NUL byte');
  if (text.length + 2 > MAX_HELLO_BYTES) {
    throw new ConnectionError(
      'protocol',
      `credentials are longer than ${MAX_HELLO_BYTES - 2} bytes`,
    );
  }
  const out = new Uint8Array(text.length + 2);
  out.set(text);
  out[text.length] = capability;
  return out;
}

/**
 * Reads the bytes a client sent before its terminating NUL. The last byte is a capability only
 * when it is 6 or less: a pre-2.6 client sends printable credentials and no capability, which
 * means capability 0.
 */
export function parseHello(bytes: Uint8Array): Hello {
  let end = bytes.length;
  let capability = 0;
  if (end > 0 && bytes[end - 1]! <= 6) {
    capability = bytes[end - 1]!;
    end--;
  }
  const text = new TextDecoder().decode(bytes.subarray(0, end));
  const colon = text.indexOf(':');
  return colon < 0
    ? { user: text, password: undefined, capability }
    : { user: text.slice(0, colon), password: text.slice(colon + 1), capability };
}

/**
 * Collects a client's handshake from a byte stream: everything up to the first NUL, bounded by
 * {@link MAX_HELLO_BYTES}. Bytes after the NUL belong to the message stream.
 */
export class HelloReader {
  private readonly parts: Uint8Array[] = [];
  private size = 0;

  /**
   * Adds a chunk. Returns `undefined` while the NUL has not arrived, else the hello and the
   * bytes that followed it. Throws `ConnectionError('protocol')` when the credentials are too long.
   */
  push(chunk: Uint8Array): { hello: Hello; rest: Uint8Array } | undefined {
    const nul = chunk.indexOf(0);
    const upto = nul < 0 ? chunk.length : nul;
    if (this.size + upto >= MAX_HELLO_BYTES) {
      throw new ConnectionError(
        'protocol',
        `handshake longer than ${MAX_HELLO_BYTES} bytes without a NUL`,
      );
    }
    this.parts.push(chunk.subarray(0, upto));
    this.size += upto;
    if (nul < 0) return undefined;
    const all = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      all.set(part, at);
      at += part.length;
    }
    return { hello: parseHello(all), rest: chunk.subarray(nul + 1) };
  }
}
