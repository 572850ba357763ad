import { Atom } from './atom.js';
import type { InputOf, TypedConstructor, TypedConstructorsByName } from './constructors-types.js';
import { QError } from './error.js';
import { parseGuid } from './guid.js';
import { K } from './k.js';
import { temporalToRaw, type TemporalCode } from './temporal/from-js.js';
import {
  BASIC_CODES,
  TYPES,
  type Attribute,
  type BasicCode,
  type RawOf,
  type StorageOf,
} from './type-table.js';
import { nullRaw, Vector } from './vector.js';

const INT_RANGE: Partial<Record<BasicCode, readonly [number, number]>> = {
  4: [0, 255],
  5: [-32768, 32767],
  6: [-2147483648, 2147483647],
};

function integerRaw(code: BasicCode, value: unknown): number {
  const range = INT_RANGE[code];
  if (typeof value !== 'number' || !Number.isInteger(value) || range === undefined) {
    throw new QError('type', `${TYPES[code].name} needs an integer, got ${describe(value)}`);
  }
  if (value < range[0] || value > range[1]) {
    throw new QError('domain', `${value} is outside the ${TYPES[code].name} range`);
  }
  return value;
}

function describe(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value)
    : typeof value === 'bigint'
      ? `${value}n`
      : String(value);
}

/** Raw q item of one JS input for type `code`; `null` gives q's null. */
export function inputToRaw<C extends BasicCode>(code: C, value: InputOf[C] | null): RawOf[C] {
  if (value === null) return nullRaw(code);
  return convert(code, value) as RawOf[C];
}

function convert(code: BasicCode, value: unknown): RawOf[BasicCode] {
  const name = TYPES[code].name;
  switch (code) {
    case 1:
      if (value === true || value === 1) return 1;
      if (value === false || value === 0) return 0;
      throw new QError('type', `boolean needs true, false, 0 or 1, got ${describe(value)}`);
    case 2:
      if (typeof value !== 'string')
        throw new QError('type', `guid needs a string, got ${describe(value)}`);
      return parseGuid(value);
    case 4:
    case 5:
    case 6:
      return integerRaw(code, value);
    case 7:
      if (typeof value === 'bigint') {
        if (BigInt.asIntN(64, value) !== value)
          throw new QError('domain', `${value}n is outside the long range`);
        return value;
      }
      if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
      throw new QError('type', `long needs a bigint or safe integer, got ${describe(value)}`);
    case 8:
    case 9:
      if (typeof value === 'number') return code === 8 ? Math.fround(value) : value;
      throw new QError('type', `${name} needs a number, got ${describe(value)}`);
    case 10:
      if (typeof value === 'string' && value.length === 1 && value.charCodeAt(0) < 256)
        return value.charCodeAt(0);
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 256)
        return value;
      throw new QError('type', `char needs one character (code < 256), got ${describe(value)}`);
    case 11:
      if (typeof value === 'string') return value;
      throw new QError('type', `symbol needs a string, got ${describe(value)}`);
    default:
      return temporalToRaw(code as TemporalCode, value as InputOf[TemporalCode]);
  }
}

/** Build a vector of type `code` from JS inputs (one conversion per item, no intermediate atoms). */
export function vectorFromInputs<C extends BasicCode>(
  code: C,
  values: readonly (InputOf[C] | null)[],
  attribute: Attribute = '',
): Vector<C> {
  const data = TYPES[code].alloc(values.length);
  if (code === 2) {
    values.forEach((v, i) =>
      (data as Uint8Array).set(inputToRaw(2, v as InputOf[2] | null), i * 16),
    );
  } else {
    const out = data as unknown as { [i: number]: RawOf[C] };
    values.forEach((v, i) => (out[i] = inputToRaw(code, v)));
  }
  return new Vector(code, data, attribute);
}

function isStorage(code: BasicCode, value: unknown): boolean {
  return (
    !Array.isArray(value) &&
    ArrayBuffer.isView(value) &&
    value.constructor === TYPES[code].alloc(0).constructor
  );
}

function makeConstructor<C extends BasicCode>(code: C): TypedConstructor<C> {
  const info = TYPES[code];
  const infinity = (raw: RawOf[C] | undefined, which: string): Atom<C> => {
    if (raw === undefined) throw new QError('type', `${info.name} has no ${which}`);
    return new Atom(code, raw);
  };
  function construct(value: unknown, attribute?: Attribute): Atom<C> | Vector<C> {
    if (isStorage(code, value)) return new Vector(code, value as StorageOf[C], attribute);
    if (Array.isArray(value))
      return vectorFromInputs(code, value as (InputOf[C] | null)[], attribute);
    return new Atom(code, inputToRaw(code, value as InputOf[C] | null));
  }
  const props: PropertyDescriptorMap = {
    code: { value: code },
    info: { value: info },
    null: { get: () => new Atom(code, nullRaw(code)) },
    inf: { get: () => infinity(info.inf, 'infinity') },
    ninf: { get: () => infinity(info.ninf, 'negative infinity') },
    empty: { get: () => new Vector(code, info.alloc(0)) },
    atom: { value: (raw: RawOf[C]) => new Atom(code, raw) },
    vector: {
      value: (data: StorageOf[C], attribute?: Attribute) => new Vector(code, data, attribute),
    },
    name: { value: info.name },
  };
  return Object.defineProperties(construct, props) as unknown as TypedConstructor<C>;
}

/** Every typed constructor, by type name. */
export const constructors = Object.fromEntries(
  BASIC_CODES.map((code) => [TYPES[code].name, makeConstructor(code)]),
) as TypedConstructorsByName;

const utf8 = new TextEncoder();

/**
 * A char vector (a q string) of `text`. Its bytes are UTF-8 by default, as the q console
 * stores typed text and as `toJS` reads it back; `'latin1'` stores one byte a character
 * (codes above 255 raise `type`).
 */
export function string(text: string, encoding: 'utf8' | 'latin1' = 'utf8'): Vector<10> {
  if (encoding === 'utf8') return new Vector(10, utf8.encode(text));
  const data = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) data[i] = inputToRaw(10, text[i] ?? null);
  return new Vector(10, data);
}

Object.assign(K, constructors, { string });

export { K };
