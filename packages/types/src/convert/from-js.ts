/**
 * Plain JS values to q: `fromJS(value, options)`.
 *
 * | JS                                   | q                                                        |
 * |--------------------------------------|----------------------------------------------------------|
 * | a `K` value                          | itself                                                   |
 * | `null`, `undefined`                  | the identity `::` (q's generic null)                     |
 * | `boolean`                            | boolean `1b`                                             |
 * | `number`                             | float `1f` (`NaN` is `0n`, `±Infinity` `±0w`); `numbers: 'infer'`: safe integers as long |
 * | `bigint`                             | long (`domain` beyond 64 bits)                           |
 * | `string`                             | symbol; `strings: 'char'`: a q string (char vector)      |
 * | `Date`                               | timestamp, exact (an invalid `Date` is `0Np`)            |
 * | `Float64Array`, `Float32Array`       | float, real vector (copied)                              |
 * | `BigInt64Array`, `BigUint64Array`    | long vector (`domain` above 2^63-1)                      |
 * | `Int32Array`, `Int16Array`, `Uint8Array`, `Uint8ClampedArray` | int, short, byte vector         |
 * | `Int8Array`, `Uint16Array`, `Uint32Array` | short, int, long vector (the narrowest q type holding every value) |
 * | array of one kind (nulls allowed)    | that kind's vector, `null` as the type's null: `[1, null]` is `1 0n` |
 * | array of booleans with a `null`, of mixed kinds, empty | mixed list (booleans have no null) |
 * | array of `K` atoms of one type       | that type's vector, as q joins them                      |
 * | array of plain objects, same keys    | table (each column inferred as an array, or typed by `types`) |
 * | plain object                         | dictionary with symbol keys; values inferred as one array |
 * | `Map`                                | dictionary; keys and values each inferred as an array    |
 *
 * Why numbers are floats: JS has one number type, so `1` and `1.5` cannot be told apart by
 * type, and inferring long for whole values would make a column's q type depend on its
 * data (`[10, 10.5]` float, `[10, 11]` long). Floats keep the type stable, as q's own
 * JSON reader `.j.k` does (every JSON number is a float). Pass `bigint`s, typed arrays,
 * the typed constructors (`K.long`), `types`, or `numbers: 'infer'` for integers.
 *
 * Strings are symbols by default, as PyKX does: in q, names and categories are symbols.
 * Text becomes char vectors with `strings: 'char'` (encoded as UTF-8, as the q console
 * stores typed text; `encoding: 'latin1'` keeps one byte a character).
 *
 * @packageDocumentation
 */
import { Atom } from '../atom.js';
import { K, inputToRaw, vectorFromInputs } from '../constructors.js';
import type { InputOf } from '../constructors-types.js';
import { Dictionary } from '../dictionary.js';
import { QError } from '../error.js';
import { IDENTITY } from '../function.js';
import { MixedList } from '../list.js';
import { Table } from '../table.js';
import { TYPES, typeInfo, type BasicCode, type StorageOf, type TypeName } from '../type-table.js';
import { Vector } from '../vector.js';

/** Choices for {@link fromJS}. */
export interface FromJSOptions {
  /** JS numbers as floats (default) or, for safe integers, longs (`'infer'`; an array is long only if all its numbers are). */
  readonly numbers?: 'float' | 'infer';
  /** JS strings as symbols (default) or q strings (char vectors). */
  readonly strings?: 'symbol' | 'char';
  /** Bytes of a q string: UTF-8 (default) or one byte a character (codes above 255 raise `type`). */
  readonly encoding?: 'utf8' | 'latin1';
  /** q types by table column or dictionary key, overriding inference: `{ qty: 'long', px: 'real' }`. */
  readonly types?: Readonly<Record<string, TypeName>>;
}

type Kind = 'number' | 'bigint' | 'string' | 'boolean' | 'date' | 'record' | 'atom' | 'other';

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function kindOf(value: unknown): Kind {
  switch (typeof value) {
    case 'number':
      return 'number';
    case 'bigint':
      return 'bigint';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    default:
      if (value instanceof Date) return 'date';
      if (value instanceof Atom) return 'atom';
      return isRecord(value) ? 'record' : 'other';
  }
}

function charVector(text: string, options: FromJSOptions): Vector<10> {
  return K.string(text, options.encoding);
}

function codeOf(name: TypeName): BasicCode {
  const info = typeInfo(name);
  if (info === undefined) throw new QError('type', `no q type named ${name}`);
  return info.code;
}

/** A typed array as the q vector of the narrowest type holding all its values (copied). */
function fromTypedArray(view: ArrayBufferView): Vector {
  if (view instanceof Float64Array) return new Vector(9, view.slice());
  if (view instanceof Float32Array) return new Vector(8, view.slice());
  if (view instanceof BigInt64Array) return new Vector(7, view.slice());
  if (view instanceof Int32Array) return new Vector(6, view.slice());
  if (view instanceof Int16Array) return new Vector(5, view.slice());
  if (view instanceof Uint8Array || view instanceof Uint8ClampedArray)
    return new Vector(4, new Uint8Array(view));
  if (view instanceof Int8Array) return new Vector(5, Int16Array.from(view));
  if (view instanceof Uint16Array) return new Vector(6, Int32Array.from(view));
  if (view instanceof Uint32Array)
    return new Vector(
      7,
      BigInt64Array.from(view, (x) => BigInt(x)),
    );
  if (view instanceof BigUint64Array) {
    return new Vector(
      7,
      BigInt64Array.from(view, (x) => inputToRaw(7, x)),
    );
  }
  throw new QError('type', `no q vector for ${view.constructor.name}`);
}

/** q's join of atoms of one type into a vector. */
function vectorOfAtoms(code: BasicCode, atoms: readonly Atom[]): Vector {
  const data = TYPES[code].alloc(atoms.length) as StorageOf[BasicCode];
  if (code === 2) atoms.forEach((a, i) => (data as Uint8Array).set(a.value as Uint8Array, i * 16));
  else atoms.forEach((a, i) => ((data as unknown as unknown[])[i] = a.value));
  return new Vector(code, data);
}

function table(records: readonly Record<string, unknown>[], options: FromJSOptions): K | undefined {
  const first = records[0];
  if (first === undefined) return undefined;
  const columns = Object.keys(first);
  if (columns.length === 0) return undefined;
  const same = records.every((r) => {
    const keys = Object.keys(r);
    return (
      keys.length === columns.length &&
      columns.every((c) => Object.prototype.hasOwnProperty.call(r, c))
    );
  });
  if (!same) return undefined;
  const data = columns.map((c) =>
    list(
      records.map((r) => r[c]),
      options,
      options.types?.[c],
    ),
  );
  return new Table(columns, data);
}

/** The q list of a JS array: a vector when its items are of one kind, else a mixed list. */
function list(values: readonly unknown[], options: FromJSOptions, typeName?: TypeName): K {
  if (typeName !== undefined) {
    const code = codeOf(typeName);
    const items = values.map((v) => (v === undefined ? null : v)) as (InputOf[BasicCode] | null)[];
    if (code === 10 && items.every((v) => typeof v === 'string' || v === null)) {
      return new MixedList(items.map((v) => charVector((v as string | null) ?? '', options)));
    }
    return vectorFromInputs(code, items);
  }
  const present = values.filter((v) => v !== null && v !== undefined);
  const kinds = new Set(present.map(kindOf));
  const mixed = (): K => new MixedList(values.map((v) => fromJS(v, options)));
  if (values.length === 0 || present.length === 0 || kinds.size !== 1) return mixed();
  const items = values.map((v) => (v === undefined ? null : v));
  const hasNull = present.length < values.length;
  switch ([...kinds][0] as Kind) {
    case 'number': {
      const nums = present as number[];
      if (options.numbers === 'infer' && nums.every((n) => Number.isSafeInteger(n))) {
        return vectorFromInputs(7, items as (number | null)[]);
      }
      return new Vector(
        9,
        Float64Array.from(items, (v) => (v === null ? NaN : (v as number))),
      );
    }
    case 'bigint':
      return vectorFromInputs(7, items as (bigint | null)[]);
    case 'string':
      if (options.strings === 'char') return mixed();
      return vectorFromInputs(11, items as (string | null)[]);
    case 'boolean':
      return hasNull ? mixed() : vectorFromInputs(1, items as boolean[]);
    case 'date':
      return vectorFromInputs(12, items as (Date | null)[]);
    case 'record':
      return (!hasNull && table(present as Record<string, unknown>[], options)) || mixed();
    case 'atom': {
      const atoms = present as Atom[];
      const code = atoms[0]?.code;
      if (hasNull || code === undefined || !atoms.every((a) => a.code === code)) return mixed();
      return vectorOfAtoms(code, atoms);
    }
    default:
      return mixed();
  }
}

function dictionary(
  keys: readonly string[],
  values: readonly unknown[],
  options: FromJSOptions,
): Dictionary {
  const types = options.types;
  const typed = types !== undefined && keys.some((k) => types[k] !== undefined);
  const vals = typed
    ? list(
        keys.map((k, i): K => {
          const t = types[k];
          if (t === undefined) return fromJS(values[i], options);
          const code = codeOf(t);
          const v = values[i];
          if (code === 10 && typeof v === 'string') return charVector(v, options);
          return new Atom(code, inputToRaw(code, (v ?? null) as InputOf[BasicCode] | null));
        }),
        options,
      )
    : list(values, options);
  return new Dictionary(new Vector(11, [...keys]), vals);
}

/**
 * A q value of a JS value, by the documented inference (see the module table).
 * @throws QError `type` for a JS value with no q form (functions, class instances),
 *   `domain` for a value outside its q type's range.
 */
export function fromJS(value: unknown, options: FromJSOptions = {}): K {
  if (value instanceof K) return value;
  if (value === null || value === undefined) return IDENTITY;
  switch (typeof value) {
    case 'boolean':
      return new Atom(1, value ? 1 : 0);
    case 'number':
      return options.numbers === 'infer' && Number.isSafeInteger(value)
        ? new Atom(7, BigInt(value))
        : new Atom(9, value);
    case 'bigint':
      return new Atom(7, inputToRaw(7, value));
    case 'string':
      return options.strings === 'char' ? charVector(value, options) : new Atom(11, value);
    default:
      break;
  }
  if (value instanceof Date) return new Atom(12, inputToRaw(12, value));
  if (Array.isArray(value)) return list(value, options);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return fromTypedArray(value);
  if (value instanceof Map) {
    const entries = [...(value as Map<unknown, unknown>).entries()];
    return new Dictionary(
      list(
        entries.map(([k]) => k),
        options,
      ),
      list(
        entries.map(([, v]) => v),
        options,
      ),
    );
  }
  if (isRecord(value)) return dictionary(Object.keys(value), Object.values(value), options);
  throw new QError(
    'type',
    `no q value for a JS ${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value}`,
  );
}
