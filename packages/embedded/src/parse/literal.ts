/**
 * Numeric, temporal, boolean and byte literals: the parts of one number token to the
 * atom or vector q reads. The type comes from a suffix (`1 2 3h`) or from the form
 * (`2026.01.01` a date, `12:30` a minute, `1.5` a float, `0N` a long null).
 */
import {
  Atom,
  K,
  QError,
  TYPES,
  Vector,
  tokAtom,
  type BasicCode,
  type RawOf,
  type StorageOf,
} from '@qts/types';

const SUFFIX: Readonly<Record<string, BasicCode>> = {
  b: 1,
  g: 2,
  h: 5,
  i: 6,
  j: 7,
  e: 8,
  f: 9,
  c: 10,
  s: 11,
  p: 12,
  m: 13,
  d: 14,
  z: 15,
  n: 16,
  u: 17,
  v: 18,
  t: 19,
};

interface Part {
  readonly text: string;
  readonly code: BasicCode;
  readonly explicit: boolean;
  /** 0N / 0W forms without a suffix take the vector's type. */
  readonly generic: boolean;
}

function formOf(body: string): BasicCode {
  if (/^-?\d{4}\.\d{2}\.\d{2}D/.test(body)) return 12;
  if (/^-?\d{4}\.\d{2}\.\d{2}T/.test(body)) return 15;
  if (/^-?\d{4}\.\d{2}\.\d{2}$/.test(body)) return 14;
  if (/^-?\d+D/.test(body)) return 16;
  if (/^-?\d+:\d{2}$/.test(body)) return 17;
  if (/^-?\d+:\d{2}:\d{2}$/.test(body)) return 18;
  if (/^-?\d+:\d{2}:\d{2}\.\d{0,3}$/.test(body)) return 19;
  if (/^-?\d+:\d{2}:\d{2}\.\d+$/.test(body)) return 16;
  if (/[.e]/.test(body)) return 9;
  return 7;
}

function partOf(text: string): Part {
  if (/^-?0[NW]$/.test(text)) return { text, code: 7, explicit: false, generic: true };
  if (/^-?0[nw]$/.test(text)) return { text, code: 9, explicit: false, generic: false };
  if (/^\d{4}\.\d{2}m$/.test(text))
    return { text: text.slice(0, -1), code: 13, explicit: true, generic: false };
  const last = text[text.length - 1] as string;
  if (/^-?0[NnWw][a-z]$/.test(text) && SUFFIX[last] !== undefined)
    return { text: text.slice(0, -1), code: SUFFIX[last], explicit: true, generic: false };
  const suffixed = /[a-z]/.test(last) && !/^-?0[nNwW]$/.test(text);
  if (suffixed && SUFFIX[last] !== undefined) {
    const body = text.slice(0, -1);
    // 1e is the real 1, but 1e5 is a float
    return { text: body, code: SUFFIX[last], explicit: true, generic: false };
  }
  return { text, code: formOf(text), explicit: false, generic: false };
}

function specialRaw(code: BasicCode, text: string): RawOf[BasicCode] | undefined {
  const info = TYPES[code];
  const neg = text.startsWith('-');
  const t = neg ? text.slice(1) : text;
  if (t === '0N' || t === '0n') {
    if (info.null === undefined) throw new QError('type', `no null for ${info.name}`);
    return info.null;
  }
  if (t === '0W' || t === '0w') {
    if (info.inf === undefined) throw new QError('type', `no infinity for ${info.name}`);
    return neg ? (info.ninf as RawOf[BasicCode]) : info.inf;
  }
  return undefined;
}

function rawOf(code: BasicCode, text: string): RawOf[BasicCode] {
  const special = specialRaw(code, text);
  if (special !== undefined) return special;
  switch (code) {
    case 1:
      if (text !== '0' && text !== '1') throw new QError('type', `boolean literal ${text}`);
      return text === '1' ? 1 : 0;
    case 7:
      if (/[.e]/.test(text)) throw new QError('type', `long literal ${text}`);
      return BigInt.asIntN(64, BigInt(text));
    case 9:
      return Number(text);
    case 8:
      return Math.fround(Number(text));
    case 5:
    case 6:
    case 4: {
      const n = Number(text);
      if (!Number.isInteger(n)) throw new QError('type', `integer literal ${text}`);
      return n;
    }
    default:
      return tokAtom(code, text).value;
  }
}

function bytesLiteral(text: string): K {
  const hex = text.slice(2);
  if (hex.length === 2 || hex.length === 1) return new Atom(4, parseInt(hex, 16));
  const padded = hex.length % 2 === 1 ? '0' + hex : hex;
  const data = new Uint8Array(padded.length / 2);
  for (let i = 0; i < data.length; i++) data[i] = parseInt(padded.slice(i * 2, i * 2 + 2), 16);
  return new Vector(4, data);
}

function booleansLiteral(text: string): K {
  const digits = text.slice(0, -1);
  if (digits.length === 1) return new Atom(1, digits === '1' ? 1 : 0);
  const data = new Uint8Array(digits.length);
  for (let i = 0; i < digits.length; i++) data[i] = digits[i] === '1' ? 1 : 0;
  return new Vector(1, data);
}

/** The q value of a number token's parts. */
export function literalValue(parts: readonly string[]): K {
  const only = parts[0] as string;
  if (parts.length === 1 && only.startsWith('0x')) return bytesLiteral(only);
  if (parts.length === 1 && /^[01]+b$/.test(only) && only.length > 2) return booleansLiteral(only);
  if (parts.length === 1 && /^0N?g$/.test(only)) return new Atom(2, new Uint8Array(16));
  const ps = parts.map(partOf);
  const lastPart = ps[ps.length - 1] as Part;
  let code: BasicCode;
  if (lastPart.explicit) code = lastPart.code;
  else {
    const concrete = ps.filter((p) => !p.generic);
    const codes = new Set(concrete.map((p) => p.code));
    if (codes.size === 0) code = 7;
    else if (codes.size === 1) code = concrete[0]?.code as BasicCode;
    else if ([...codes].every((c) => c === 7 || c === 9)) code = 9;
    else throw new QError('type', `mixed literal ${parts.join(' ')}`);
  }
  const raws = ps.map((p) =>
    rawOf(code, p.explicit && p !== lastPart && p.code !== code ? p.text : p.text),
  );
  if (parts.length === 1) return new Atom(code, raws[0] as RawOf[BasicCode]);
  const data = TYPES[code].alloc(raws.length) as unknown as { [i: number]: RawOf[BasicCode] };
  raws.forEach((r, i) => (data[i] = r));
  return new Vector(code, data as unknown as StorageOf[BasicCode]);
}
