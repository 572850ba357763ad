/**
 * Tok for the non-temporal types: how `"B"$`, `"J"$`, `"F"$`, `"G"$`... read one string.
 * Text that does not read as the type gives its null (or 0b / 0x00 for the types without
 * one), never an error, as in q.
 */
import { TYPES, type BasicCode, type RawOf } from '../type-table.js';

/** Characters `"B"$` reads as true (the q reference's "truthy characters"). */
const TRUTHY = 'txyTXY1';

function tokInteger(code: 5 | 6 | 7, text: string): number | bigint {
  const info = TYPES[code];
  const wide = code === 7;
  const nul = info.null as number | bigint;
  if (code === 6) {
    const ip = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
    // A dotted IPv4 address reads as its 32 bits (`"I"$"192.168.1.34"` is -1062731486i).
    if (ip) {
      const bytes = ip.slice(1).map(Number);
      return bytes.every((b) => b <= 255) ? bytes.reduce((a, b) => a * 256 + b, 0) | 0 : nul;
    }
  }
  if (text === '0N') return nul;
  if (text === '0W' || text === '-0W')
    return text === '0W' ? (info.inf as number | bigint) : (info.ninf as number | bigint);
  if (!/^[+-]?\d+$/.test(text)) return nul;
  const v = BigInt(text);
  const max = BigInt(info.inf as number | bigint);
  // Out of range reads as null (`"H"$"32768"` is 0Nh), as does the null's own bit pattern.
  if (v > max || v < -max) return nul;
  return wide ? v : Number(v);
}

function tokFloat(text: string): number {
  if (text === '0n' || text === '0N') return NaN;
  if (text === '0w' || text === '-0w') return text === '0w' ? Infinity : -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return NaN;
  return Number(text);
}

function ipv4Bytes(text: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const bytes = m.slice(1).map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

/** 16 bytes of an IPv6 address (with `::` and a trailing dotted IPv4 allowed), or `undefined`. */
function ipv6Bytes(text: string): Uint8Array | undefined {
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const v4 = lastColon >= 0 ? ipv4Bytes(text.slice(lastColon + 1)) : undefined;
  let body = text;
  if (v4) {
    tail = v4;
    body = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' ? [] : (halves[0] ?? '').split(':');
  const rest = halves.length === 2 ? (halves[1] === '' ? [] : (halves[1] ?? '').split(':')) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<string>(missing).fill('0'), ...rest];
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    const v = parseInt(g, 16);
    bytes[i * 2] = v >> 8;
    bytes[i * 2 + 1] = v & 0xff;
  });
  if (v4) bytes.set(tail, 12);
  return bytes;
}

function tokGuid(text: string): Uint8Array {
  const hex = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(
    text,
  )
    ? text.replaceAll('-', '')
    : /^[0-9a-fA-F]{32}$/.test(text)
      ? text
      : undefined;
  if (hex !== undefined) {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    return bytes;
  }
  const v4 = ipv4Bytes(text);
  if (v4) {
    // An IPv4 address reads as its IPv4-mapped IPv6 form ::ffff:a.b.c.d.
    const bytes = new Uint8Array(16);
    bytes[10] = 0xff;
    bytes[11] = 0xff;
    bytes.set(v4, 12);
    return bytes;
  }
  return ipv6Bytes(text) ?? new Uint8Array(16);
}

/**
 * Raw item of a non-temporal type read from text. `text` is already trimmed of blanks,
 * except for char, which takes the text as it is.
 */
export function tokText(
  code: Exclude<BasicCode, 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19>,
  text: string,
): RawOf[BasicCode] {
  switch (code) {
    case 1:
      return text.length === 1 && TRUTHY.includes(text) ? 1 : 0;
    case 2:
      return tokGuid(text);
    case 4:
      return /^[0-9a-fA-F]{1,2}$/.test(text) ? parseInt(text, 16) : 0;
    case 5:
    case 6:
    case 7:
      return tokInteger(code, text);
    case 8:
      return Math.fround(tokFloat(text));
    case 9:
      return tokFloat(text);
    case 10:
      return text.length === 1 ? text.charCodeAt(0) & 0xff : 0x20;
    default:
      return text;
  }
}
