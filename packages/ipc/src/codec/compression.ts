import { IpcDecodeError } from './decode-error.js';
import { HEADER_BYTES } from './header.js';
import { MAX_MESSAGE_BYTES } from './options.js';

/** Header of a compressed message: the usual 8 bytes and the uncompressed length. */
const COMPRESSED_HEADER_BYTES = 12;
/** kdb+ compresses only messages over this many bytes, header included. */
export const COMPRESS_THRESHOLD = 2000;
/** Most output one group (a control byte and 8 two-byte copies of 257 bytes) can make. */
const MAX_GROUP_OUTPUT = 8 * 257;
const GROUP_INPUT = 17;

function putU32(out: Uint8Array, at: number, v: number, littleEndian: boolean): void {
  new DataView(out.buffer, out.byteOffset + at, 4).setUint32(0, v, littleEndian);
}

/**
 * kdb+'s IPC compression of a whole message, or `undefined` if the result would not fit in
 * half the input. Byte-exact with kdb+ (the published algorithm: an LZ77 variant with a
 * 256-entry table of positions hashed by the XOR of two bytes).
 */
export function compressMessage(y: Uint8Array): Uint8Array | undefined {
  const t = y.length;
  const e = Math.floor(t / 2);
  if (e - GROUP_INPUT < COMPRESSED_HEADER_BYTES || y[2] !== 0) return undefined;
  const le = y[0] === 1;
  const out = new Uint8Array(e);
  out[0] = y[0] as number;
  out[1] = y[1] as number;
  out[2] = 1;
  out[3] = y[3] as number;
  putU32(out, 8, t, le);
  const table = new Int32Array(256);
  let bit = 0;
  let ctl = 0;
  let c = COMPRESSED_HEADER_BYTES;
  let d = COMPRESSED_HEADER_BYTES;
  let s = HEADER_BYTES;
  let pend = 0;
  let pendH = 0;
  let h = 0;
  while (s < t) {
    if (bit === 0) {
      if (d > e - GROUP_INPUT) return undefined;
      out[c] = ctl;
      c = d++;
      ctl = 0;
      bit = 1;
    }
    let literal = true;
    let cand = 0;
    if (s <= t - 3) {
      h = (y[s] as number) ^ (y[s + 1] as number);
      cand = table[h] as number;
      literal = cand === 0 || y[s] !== y[cand];
    }
    // The previous literal's position enters the table only after this lookup, as in kdb+.
    if (pend > 0) {
      table[pendH] = pend;
      pend = 0;
    }
    if (literal) {
      pendH = h;
      pend = s;
      out[d++] = y[s++] as number;
    } else {
      table[h] = s;
      ctl |= bit;
      cand += 2;
      s += 2;
      const start = s;
      const limit = Math.min(s + 255, t);
      while (y[cand] === y[s]) {
        s++;
        if (s >= limit) break;
        cand++;
      }
      out[d++] = h;
      out[d++] = s - start;
    }
    bit = (bit << 1) & 0xff;
  }
  out[c] = ctl;
  putU32(out, 4, d, le);
  return out.slice(0, d);
}

/**
 * Compress a whole IPC message as kdb+'s `-18!` does: only a message over 2000 bytes, and only
 * if the result is at most half its size; otherwise (or if it is already compressed, or at
 * 2 GB and over) the message is returned unchanged.
 *
 * @param message - a whole uncompressed message, header included.
 * @returns the compressed message (header byte 2 = 1), or `message` itself.
 */
export function compress(message: Uint8Array): Uint8Array {
  if (message.length <= COMPRESS_THRESHOLD || message.length >= 2 ** 31) return message;
  return compressMessage(message) ?? message;
}

/**
 * Decompress a whole IPC message; an uncompressed one is returned unchanged. Every read is
 * checked: the declared size is bounded by `maxBytes` and by what the input could possibly
 * expand to before anything is allocated, back-references must point at earlier output, and
 * the stream must end exactly where the output does.
 *
 * @param message - a whole message, header included.
 * @param options - `maxBytes`: the largest uncompressed size accepted (default {@link MAX_MESSAGE_BYTES}).
 * @returns the uncompressed message, header byte 2 = 0 and the length its real size.
 * @throws IpcDecodeError for a malformed compressed stream.
 */
export function decompress(
  message: Uint8Array,
  options?: { readonly maxBytes?: number },
): Uint8Array {
  const src = message;
  const len = src.length;
  if (len < HEADER_BYTES) throw new IpcDecodeError(`header needs 8 bytes, ${len} given`, 0);
  if (src[2] === 0) return message;
  if (len < COMPRESSED_HEADER_BYTES + 1) {
    throw new IpcDecodeError(`compressed message of ${len} bytes is too short`, 0);
  }
  const le = src[0] === 1;
  const n = new DataView(src.buffer, src.byteOffset + 8, 4).getUint32(0, le);
  const maxBytes = options?.maxBytes ?? MAX_MESSAGE_BYTES;
  const possible =
    HEADER_BYTES + Math.ceil((len - COMPRESSED_HEADER_BYTES) / GROUP_INPUT) * MAX_GROUP_OUTPUT;
  if (n <= HEADER_BYTES || n > maxBytes || n > possible) {
    throw new IpcDecodeError(
      `uncompressed length ${n} is impossible for ${len} compressed bytes (limit ${maxBytes})`,
      8,
    );
  }
  const dst = new Uint8Array(n);
  dst[0] = src[0] as number;
  dst[1] = src[1] as number;
  putU32(dst, 4, n, le);
  const table = new Int32Array(256);
  let s = HEADER_BYTES;
  let p = HEADER_BYTES;
  let d = COMPRESSED_HEADER_BYTES;
  let bit = 0;
  let ctl = 0;
  while (s < n) {
    if (bit === 0) {
      if (d >= len) throw new IpcDecodeError('compressed stream ends early', d);
      ctl = src[d++] as number;
      bit = 1;
    }
    let k = 0;
    const copy = (ctl & bit) !== 0;
    if (copy) {
      if (d + 2 > len) throw new IpcDecodeError('compressed stream ends inside a copy', d);
      let r = table[src[d] as number] as number;
      if (r === 0) throw new IpcDecodeError('copy refers to an empty table slot', d);
      k = src[d + 1] as number;
      d += 2;
      if (s + 2 + k > n) throw new IpcDecodeError('copy runs past the uncompressed length', d - 2);
      dst[s++] = dst[r++] as number;
      dst[s++] = dst[r++] as number;
      for (let m = 0; m < k; m++) dst[s + m] = dst[r + m] as number;
    } else {
      if (d >= len) throw new IpcDecodeError('compressed stream ends early', d);
      dst[s++] = src[d++] as number;
    }
    while (p < s - 1) {
      table[(dst[p] as number) ^ (dst[p + 1] as number)] = p;
      p++;
    }
    if (copy) {
      s += k;
      p = s;
    }
    bit = (bit << 1) & 0xff;
  }
  if (d !== len) {
    throw new IpcDecodeError(`${len - d} compressed bytes left over after the message`, d);
  }
  return dst;
}
