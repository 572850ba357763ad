/**
 * Strings and symbols: `lower upper trim ltrim rtrim like ss ssr vs sv`.
 */
import { Atom, Dictionary, K, MixedList, QError, Table, Vector } from '@qts/types';
import type { BuiltinImpl } from '../eval/builtin.js';
import type { Ctx } from '../eval/context.js';
import {
  bool,
  fromItems,
  isAtom,
  isDict,
  isTable,
  itemsOf,
  longs,
  str,
  textOf,
  isFunc,
} from '../values/shape.js';
import { atomic1 } from './atomic.js';

/** A vector without its leading (`left`) and trailing (`right`) nulls. */
function trimNulls(x: Vector, left: boolean, right: boolean): K {
  const items = itemsOf(x);
  const isNull = (i: number): boolean => (items[i] as Atom).isNull;
  let a = 0;
  let b = items.length;
  if (left) while (a < b && isNull(a)) a++;
  if (right) while (b > a && isNull(b - 1)) b--;
  return x.slice(a, b);
}

/** A string-atomic text function; `nulls` says which ends `trim`-like functions cut other vectors at. */
function mapText(f: (s: string) => string, nulls?: [boolean, boolean]): (x: K) => K {
  const g = (x: K): K => {
    const t = textOf(x);
    if (t !== undefined) return x.type === -10 ? new Atom(10, f(t).charCodeAt(0)) : str(f(t));
    if (x.type === -11) return new Atom(11, f((x as Atom<11>).value));
    if (x.type === 11) return new Vector(11, ((x as Vector<11>).data as string[]).map(f));
    if (nulls !== undefined && x instanceof Vector) return trimNulls(x, nulls[0], nulls[1]);
    if (isTable(x)) return new Table(x.columns, x.data.map(g));
    if (isDict(x)) return new Dictionary(x.keys, g(x.values));
    if (x instanceof MixedList) return fromItems(x.items.map(g));
    return atomic1((a) => a, 'text')(x);
  };
  return g;
}

/** q's `like` pattern as a RegExp: `*` `?` `[..]` `[^..]`. */
export function likePattern(p: string): RegExp {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const j = p.indexOf(']', i + 1);
      if (j < 0) {
        re += '\\[';
        continue;
      }
      re += '[' + p.slice(i + 1, j).replace(/\\/g, '\\\\') + ']';
      i = j;
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function like(x: K, y: K): K {
  const p = textOf(y) ?? (y.type === -11 ? (y as Atom<11>).value : undefined);
  if (p === undefined) throw new QError('type', 'like needs a pattern');
  const re = likePattern(p);
  const t = textOf(x);
  if (t !== undefined && x.type === 10) return bool(re.test(t));
  if (x.type === -11) return bool(re.test((x as Atom<11>).value));
  if (x.type === 11)
    return new Vector(
      1,
      Uint8Array.from((x as Vector<11>).data as string[], (s) => (re.test(s) ? 1 : 0)),
    );
  if (x instanceof MixedList) return fromItems(x.items.map((i) => like(i, y)));
  if (x.type === -10) return bool(re.test(t as string));
  throw new QError('type', 'like needs text');
}

function ssPositions(s: string, p: string): number[] {
  const re = new RegExp(likePattern(p).source.slice(1, -1), 'g');
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(m.index);
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return out;
}

function ss(x: K, y: K): K {
  const s = textOf(x);
  const p = textOf(y);
  if (s === undefined || p === undefined) throw new QError('type', 'ss needs strings');
  return longs(ssPositions(s, p));
}

function ssr(args: readonly K[], ctx: Ctx): K {
  const [x, y, z] = args as [K, K, K];
  const s = textOf(x);
  const p = textOf(y);
  if (s === undefined || p === undefined) throw new QError('type', 'ssr needs strings');
  const pos = ssPositions(s, p);
  const re = new RegExp(likePattern(p).source.slice(1, -1));
  let out = '';
  let at = 0;
  for (const i of pos) {
    if (i < at) continue;
    const m = re.exec(s.slice(i)) as RegExpExecArray;
    out += s.slice(at, i);
    // the replacement is a string, or a function of the matched text
    const rep = isFunc(z) ? textOf(ctx.apply(z, [str(m[0])])) : textOf(z);
    out += rep ?? '';
    at = i + m[0].length;
  }
  return str(out + s.slice(at));
}

/** `lower x`: chars and symbols in lower case, going into lists, dictionaries and tables. */
export const lower: (x: K) => K = mapText((s) => s.toLowerCase());

/** `x vs y`: split a string, or encode a number in a base. */
/** The big-endian bytes (or bits) of an atom's storage: `0x0 vs 3.14`, `0b vs 5i`. */
function storageBytes(y: Atom): Uint8Array {
  const w = y.info.width;
  const buf = new DataView(new ArrayBuffer(w));
  const v = y.value;
  if (w === 8) {
    if (typeof v === 'bigint') buf.setBigInt64(0, v);
    else buf.setFloat64(0, v as number);
  } else if (w === 4) {
    if (y.code === 8) buf.setFloat32(0, v as number);
    else buf.setInt32(0, v as number);
  } else if (w === 2) buf.setInt16(0, v as number);
  else buf.setUint8(0, v as number);
  return new Uint8Array(buf.buffer);
}

/** `` ` vs `:dir/file `` splits a file handle at its last slash; other symbols split on dots. */
function splitSymbol(v: string): K {
  if (!v.startsWith(':')) return new Vector(11, v.split('.'));
  const at = v.lastIndexOf('/');
  return at < 0
    ? new Vector(11, [':', v.slice(1)])
    : new Vector(11, [v.slice(0, at), v.slice(at + 1)]);
}

/** `` ` vs text ``: lines on `\n` or `\r\n`, without the empty line a final terminator would leave. */
function splitLines(t: string): string[] {
  const lines = t.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (t.endsWith('\n')) lines.pop();
  return lines;
}

function isIntegral(x: K): boolean {
  const t = Math.abs(x.type);
  return t === 5 || t === 6 || t === 7;
}

/**
 * `x vs y` for a list `y` of integers: one row per digit, each row shaped like `y`, so that
 * `(x vs y)[;i]` is `x vs y[i]`; an atom base pads every number to the longest encoding.
 */
function encodeList(x: K, y: K): K {
  const leaves: number[] = [];
  const collect = (v: K): void => {
    if (isAtom(v)) {
      if (!isIntegral(v)) throw new QError('type', 'vs encodes integers');
      leaves.push(Number((v as Atom).value));
    } else itemsOf(v).forEach(collect);
  };
  collect(y);
  const enc = leaves.map((n) =>
    itemsOf(vs(x, new Atom(7, BigInt(n)))).map((a) => Number((a as Atom).value)),
  );
  const width = enc.reduce((m, d) => Math.max(m, d.length), 0);
  const padded = enc.map((d) => [...new Array<number>(width - d.length).fill(0), ...d]);
  const rows: K[] = [];
  for (let r = 0; r < width; r++) {
    let i = 0;
    const build = (v: K): K => {
      if (isAtom(v)) return new Atom(7, BigInt((padded[i++] as number[])[r] as number));
      return fromItems(itemsOf(v).map(build));
    };
    rows.push(build(y));
  }
  return fromItems(rows);
}

function vs(x: K, y: K): K {
  if (x.type === -4 && y.type < 0 && y.type >= -19) return new Vector(4, storageBytes(y as Atom));
  if (x.type === -1 && y.type < 0 && y.type >= -19 && y.type !== -7) {
    const bytes = storageBytes(y as Atom);
    const bits = new Uint8Array(bytes.length * 8);
    bytes.forEach((b, i) => {
      for (let k = 0; k < 8; k++) bits[i * 8 + k] = (b >> (7 - k)) & 1;
    });
    return new Vector(1, bits);
  }
  const sep = textOf(x);
  const s = textOf(y);
  if (sep !== undefined && s !== undefined) return new MixedList(s.split(sep).map(str));
  if (x.type === -11 && (x as Atom<11>).value === '') {
    if (y.type === -11) return splitSymbol((y as Atom<11>).value);
    const text = s ?? (y.type === 4 ? String.fromCharCode(...(y as Vector<4>).data) : undefined);
    if (text !== undefined) return new MixedList(splitLines(text).map(str));
  }
  if (x.type === -1 || x.type === 1) {
    // 0b vs n: the bits of n
    const n = BigInt.asUintN(64, BigInt((y as Atom).value as number | bigint));
    const bits = new Uint8Array(64);
    for (let i = 0; i < 64; i++) bits[i] = Number((n >> BigInt(63 - i)) & 1n);
    return new Vector(1, bits);
  }
  if (!isAtom(y) && isIntegral(x) && (isAtom(x) || x.type > 0)) return encodeList(x, y);
  if (isAtom(y) && (isAtom(x) || x.type > 0)) {
    const bases = isAtom(x) ? null : itemsOf(x).map((b) => Number((b as Atom).value));
    let n = Number((y as Atom).value);
    const digits: number[] = [];
    if (bases === null) {
      const b = Number((x as Atom).value);
      if (!(b >= 2) || !Number.isFinite(n))
        throw new QError('domain', 'vs needs a base of 2 or more');
      do {
        digits.unshift(n % b);
        n = Math.floor(n / b);
      } while (n > 0);
    } else {
      for (let i = bases.length - 1; i >= 0; i--) {
        const b = bases[i] as number;
        digits.unshift(n % b);
        n = Math.floor(n / b);
      }
    }
    return longs(digits);
  }
  throw new QError('type', 'vs of that');
}

/** `x sv y`: join strings, or decode digits in a base. */
function sv(x: K, y: K): K {
  if (
    x.type === -11 &&
    (x as Atom<11>).value === '' &&
    y instanceof MixedList &&
    y.items.every((i) => i.type === 10 || i.type === -10)
  )
    return str(y.items.map((i) => textOf(i) ?? '').join('\n') + '\n');
  if (
    (x.type === -4 || x.type === 4) &&
    y instanceof MixedList &&
    y.items.every((i) => i.type === 4)
  ) {
    // bytes joined with a separator
    const sepBytes = x.type === -4 ? [(x as Atom<4>).value] : Array.from((x as Vector<4>).data);
    const out: number[] = [];
    y.items.forEach((i, k) => {
      if (k > 0) out.push(...sepBytes);
      out.push(...(i as Vector<4>).data);
    });
    return new Vector(4, Uint8Array.from(out));
  }
  const sep = textOf(x);
  if (sep !== undefined && y instanceof MixedList)
    return str(y.items.map((i) => textOf(i) ?? '').join(sep));
  if (sep !== undefined && y.type === 10) return y;
  if (x.type === -11 && y.type === 11) {
    const parts = (y as Vector<11>).data as string[];
    if ((x as Atom<11>).value === '')
      return new Atom(11, parts[0]?.startsWith(':') ? parts.join('/') : parts.join('.'));
  }
  if (x.type === -1 || x.type === 1 || (isAtom(x) && y.type === 1)) {
    const bits = itemsOf(y).map((b) => Number((b as Atom).value));
    let n = 0n;
    for (const b of bits) n = (n << 1n) | BigInt(b);
    // the result type follows the bit count: 8 a byte, 16 a short, 32 an int, 64 a long
    if (bits.length === 8) return new Atom(4, Number(n));
    if (bits.length === 16) return new Atom(5, Number(BigInt.asIntN(16, n)));
    if (bits.length <= 32) return new Atom(6, Number(BigInt.asIntN(32, n)));
    return new Atom(7, BigInt.asIntN(64, n));
  }
  if ((x.type === -4 || x.type === 4) && y.type === 4) {
    // 16 bytes are a guid, in the order they are written (kdbgo fixture: 0x0 sv/: 16 cut bytes)
    if (y.length === 16) return new Atom(2, (y as Vector<4>).data.slice());
    const bytes = Array.from((y as Vector<4>).data);
    let n = 0n;
    for (const b of bytes) n = (n << 8n) | BigInt(b);
    if (bytes.length === 2) return new Atom(5, Number(BigInt.asIntN(16, n)));
    if (bytes.length === 4) return new Atom(6, Number(BigInt.asIntN(32, n)));
    return new Atom(7, BigInt.asIntN(64, n));
  }
  const ds = itemsOf(y).map((d) => Number((d as Atom).value));
  if (isAtom(x)) {
    const b = Number(x.value);
    return new Atom(7, BigInt(ds.reduce((a, d) => a * b + d, 0)));
  }
  const bases = itemsOf(x).map((d) => Number((d as Atom).value));
  return new Atom(7, BigInt(ds.reduce((a, d, i) => a * (bases[i] as number) + d, 0)));
}

/** The string builtins. */
export const STRING: Readonly<Record<string, BuiltinImpl>> = {
  lower: { monad: lower },
  upper: { monad: mapText((s) => s.toUpperCase()) },
  trim: { monad: mapText((s) => s.replace(/^ +| +$/g, ''), [true, true]) },
  ltrim: { monad: mapText((s) => s.replace(/^ +/, ''), [true, false]) },
  rtrim: { monad: mapText((s) => s.replace(/ +$/, ''), [false, true]) },
  like: { dyad: like },
  ss: { dyad: ss },
  ssr: { nary: ssr, maxRank: 3 },
  vs: { dyad: vs },
  sv: { dyad: sv },
};
