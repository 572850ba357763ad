/** UTF-8 helpers for Utf8 columns: encoding JS strings into one buffer, validating q strings. */
import { QError } from '@qts/types';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const MAX_OFFSET = 0x7fffffff;

/** JS strings as one UTF-8 buffer and Arrow's n+1 Int32 offsets; ASCII is copied without TextEncoder. */
export function encodeUtf8(strings: readonly string[]): { offsets: Int32Array; bytes: Uint8Array } {
  let cap = 16;
  for (let i = 0; i < strings.length; i++) cap += strings[i]!.length;
  let buf: Uint8Array<ArrayBuffer> = new Uint8Array(cap);
  const offsets = new Int32Array(strings.length + 1);
  let w = 0;
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i]!;
    if (w + s.length > buf.length) buf = grow(buf, w + s.length);
    let j = 0;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c >= 0x80) break;
      buf[w++] = c;
    }
    if (j < s.length) {
      const rest = s.length - j;
      if (w + rest * 3 > buf.length) buf = grow(buf, w + rest * 3);
      w += encoder.encodeInto(s.slice(j), buf.subarray(w)).written;
    }
    if (w > MAX_OFFSET) throw new QError('limit', 'Utf8 column beyond 2 GB of text');
    offsets[i + 1] = w;
  }
  return { offsets, bytes: buf.subarray(0, w) };
}

function grow(buf: Uint8Array, need: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(Math.max(need, buf.length * 2));
  next.set(buf);
  return next;
}

/** Decode `bytes[start, end)` as UTF-8 (invalid sequences become U+FFFD). */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start < 24) {
    let s = '';
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      if (b >= 0x80) return decoder.decode(bytes.subarray(start, end));
      s += String.fromCharCode(b);
    }
    return s;
  }
  return decoder.decode(bytes.subarray(start, end));
}

/** True if `bytes[start, end)` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
export function isUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return false;
    if (i + need >= end) return false;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}
