import { IpcDecodeError } from './decode-error.js';

/** How a {@link Reader} treats the bytes it reads. */
export interface ReaderOptions {
  /** Byte order of everything after the header (the header's first byte). */
  readonly littleEndian: boolean;
  /** Copy vector items instead of viewing the input bytes. */
  readonly copy: boolean;
  /** Deepest nesting of lists, dictionaries and functions accepted. */
  readonly maxDepth: number;
}

/**
 * A bounds-checked cursor over received bytes. Every read checks what is left first, so a
 * lying count fails before anything proportional to it is allocated.
 */
export class Reader {
  /** DataView over the same bytes, for multi-byte reads in the message's byte order. */
  readonly view: DataView;
  /** Next byte to read, relative to the start of `bytes`. */
  pos: number;
  /** Current nesting depth of compound objects. */
  depth = 0;

  /**
   * @param bytes - the input; vectors may be views over it.
   * @param start - first byte to read.
   * @param options - byte order, copying and depth limit.
   */
  constructor(
    readonly bytes: Uint8Array,
    start: number,
    readonly options: ReaderOptions,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = start;
  }

  /** Bytes not yet read. */
  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  /** A decode error at the current position. */
  fail(problem: string, at = this.pos): IpcDecodeError {
    return new IpcDecodeError(problem, at);
  }

  /** Throw unless `n` more bytes are available for `what`. */
  need(n: number, what: string): void {
    if (n > this.bytes.length - this.pos) {
      throw this.fail(`${what} needs ${n} bytes, ${this.bytes.length - this.pos} left`);
    }
  }

  /** One unsigned byte. */
  u8(what: string): number {
    if (this.pos >= this.bytes.length) throw this.fail(`${what} needs 1 byte, 0 left`);
    return this.bytes[this.pos++] as number;
  }

  /** One signed 32-bit integer in the message's byte order. */
  i32(what: string): number {
    this.need(4, what);
    const v = this.view.getInt32(this.pos, this.options.littleEndian);
    this.pos += 4;
    return v;
  }

  /**
   * An item count (int32), checked to be non-negative and to fit in what is left when
   * every item takes at least `minItemBytes`.
   */
  count(what: string, minItemBytes: number): number {
    const at = this.pos;
    const n = this.i32(`${what} count`);
    if (n < 0) throw this.fail(`${what} count ${n} is negative`, at);
    if (n * minItemBytes > this.remaining) {
      throw this.fail(
        `${what} count ${n} needs at least ${n * minItemBytes} bytes, ${this.remaining} left`,
        at,
      );
    }
    return n;
  }

  /** Position of the NUL ending the text that starts here; throws if there is none. */
  nulFrom(what: string): number {
    const end = this.bytes.indexOf(0, this.pos);
    if (end < 0) throw this.fail(`${what} has no terminating NUL`);
    return end;
  }

  /** Enter a compound object; throws past the depth limit instead of overflowing the stack. */
  enter(what: string): void {
    if (++this.depth > this.options.maxDepth) {
      throw this.fail(`${what} nested deeper than ${this.options.maxDepth}`);
    }
  }

  /** Leave a compound object. */
  leave(): void {
    this.depth--;
  }
}
