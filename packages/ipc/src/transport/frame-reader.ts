import { ConnectionError } from './connection-error.js';

/** Reads the total message length from an 8-byte header, validating it (the codec's `messageLength`). */
export type LengthReader = (header: Uint8Array) => number;

/**
 * Splits a byte stream into whole IPC messages. Chunks are kept as they arrive and copied once,
 * only when a message spans chunks; a message inside one chunk is a view of it (no copy). Memory
 * grows with the bytes actually received, never with what a header claims, and a header claiming
 * more than `maxMessageSize` is refused before anything is buffered for it.
 */
export class FrameReader {
  private readonly chunks: Uint8Array[] = [];
  private head = 0;
  private offset = 0;
  private buffered = 0;
  private need = -1;
  private readonly scratch = new Uint8Array(8);

  /**
   * @param lengthOf - validates a header and returns the message's total length.
   * @param maxMessageSize - the largest message accepted, in bytes including the header.
   */
  constructor(
    private readonly lengthOf: LengthReader,
    private readonly maxMessageSize: number,
  ) {}

  /** Bytes received and not yet returned as messages. */
  get pending(): number {
    return this.buffered;
  }

  /** Adds bytes from the stream. */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
  }

  /**
   * The next whole message, or `undefined` until enough bytes have arrived.
   * Throws the codec's error for a malformed header, or `ConnectionError('limit')`.
   */
  next(): Uint8Array | undefined {
    if (this.need < 0) {
      if (this.buffered < 8) return undefined;
      const length = this.lengthOf(this.peekHeader());
      if (length > this.maxMessageSize) {
        throw new ConnectionError(
          'limit',
          `message of ${length} bytes is over the limit of ${this.maxMessageSize}`,
        );
      }
      this.need = length;
    }
    if (this.buffered < this.need) return undefined;
    const message = this.take(this.need);
    this.need = -1;
    return message;
  }

  private peekHeader(): Uint8Array {
    const first = this.chunks[this.head]!;
    if (first.length - this.offset >= 8) return first.subarray(this.offset, this.offset + 8);
    let filled = 0;
    for (let i = this.head, at = this.offset; filled < 8; i++, at = 0) {
      const chunk = this.chunks[i]!;
      const n = Math.min(8 - filled, chunk.length - at);
      this.scratch.set(chunk.subarray(at, at + n), filled);
      filled += n;
    }
    return this.scratch;
  }

  private take(n: number): Uint8Array {
    this.buffered -= n;
    const first = this.chunks[this.head]!;
    const available = first.length - this.offset;
    if (available >= n) {
      const view = first.subarray(this.offset, this.offset + n);
      this.advance(n);
      return view;
    }
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const chunk = this.chunks[this.head]!;
      const count = Math.min(n - filled, chunk.length - this.offset);
      out.set(chunk.subarray(this.offset, this.offset + count), filled);
      filled += count;
      this.advance(count);
    }
    return out;
  }

  private advance(n: number): void {
    this.offset += n;
    if (this.offset === this.chunks[this.head]!.length) {
      this.chunks[this.head] = EMPTY;
      this.head++;
      this.offset = 0;
      if (this.head === this.chunks.length) {
        this.chunks.length = 0;
        this.head = 0;
      } else if (this.head > 64) {
        this.chunks.splice(0, this.head);
        this.head = 0;
      }
    }
  }
}

const EMPTY = new Uint8Array(0);
