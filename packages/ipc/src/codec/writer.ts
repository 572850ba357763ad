/**
 * A growable little-endian byte buffer. The encoder sizes it from an estimate up front so a
 * large value is normally written into one allocation.
 */
export class Writer {
  /** The bytes written so far live in `buf[0..pos)`. */
  buf: Uint8Array;
  /** DataView over `buf`, renewed when it grows. */
  view: DataView;
  /** Next byte to write. */
  pos = 0;

  /** @param capacity - initial size in bytes. */
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(64, capacity));
    this.view = new DataView(this.buf.buffer);
  }

  /** Make room for `n` more bytes. */
  ensure(n: number): void {
    const want = this.pos + n;
    if (want <= this.buf.length) return;
    const next = new Uint8Array(Math.max(want, this.buf.length * 2));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  /** One byte (no capacity check: callers `ensure` first). */
  u8(v: number): void {
    this.buf[this.pos++] = v;
  }

  /** One little-endian int32 (no capacity check). */
  i32(v: number): void {
    this.view.setInt32(this.pos, v, true);
    this.pos += 4;
  }

  /** Raw bytes. */
  bytes(src: Uint8Array): void {
    this.ensure(src.length);
    this.buf.set(src, this.pos);
    this.pos += src.length;
  }

  /** The bytes written, as a view over the buffer (no copy). */
  result(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}
