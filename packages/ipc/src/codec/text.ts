import { QError } from '@qts/types';
import type { Writer } from './writer.js';

// Non-fatal: bytes that are not UTF-8 become U+FFFD rather than failing the whole message.
const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/** Longest text decoded by the per-character ASCII loop; longer text goes to TextDecoder. */
const SHORT_TEXT = 24;

/**
 * Decode `bytes[start..end)` as UTF-8. Symbols are short and nearly always ASCII, so short
 * ASCII text is built directly, which beats a TextDecoder call per symbol.
 */
export function decodeText(bytes: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > SHORT_TEXT) return utf8Decoder.decode(bytes.subarray(start, end));
  let s = '';
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= 0x80) return utf8Decoder.decode(bytes.subarray(start, end));
    s += String.fromCharCode(c);
  }
  return s;
}

/**
 * Write `text` as UTF-8 followed by a NUL (symbols, contexts, error messages).
 * @throws QError `type` if the text itself contains a NUL, which would cut it short on the wire.
 */
export function writeCString(w: Writer, text: string, what: string): void {
  const n = text.length;
  w.ensure(n * 3 + 1);
  const buf = w.buf;
  const start = w.pos;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      writeNonAscii(w, text, start, what);
      return;
    }
    if (c === 0) throw new QError('type', `${what} contains a NUL character`);
    buf[start + i] = c;
  }
  buf[start + n] = 0;
  w.pos = start + n + 1;
}

function writeNonAscii(w: Writer, text: string, start: number, what: string): void {
  if (text.includes('\0')) throw new QError('type', `${what} contains a NUL character`);
  const { written } = utf8Encoder.encodeInto(text, w.buf.subarray(start));
  w.buf[start + written] = 0;
  w.pos = start + written + 1;
}

/** UTF-8 bytes of `text`. */
export function encodeText(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}
