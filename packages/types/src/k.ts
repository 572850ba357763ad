import { formatValue, type DisplayOptions } from './display/format.js';
import { toJS, type ToJSOptions } from './convert/to-js.js';
import { match } from './match.js';
import type { TypedConstructors } from './constructors-types.js';
import type { Vector } from './vector.js';

/**
 * The root of the value model: every q value is a `K`.
 *
 * `type` is q's type number (`type x` in q): negative for atoms, positive for vectors,
 * 0 for a mixed list, 98 table, 99 dictionary (and keyed table), 100..112 functions,
 * -128 an error. `toString()` is exactly what the q console prints for the value.
 *
 * The static members are the typed constructors: `K.long(1)`, `K.symbol(['a', 'b'])`,
 * `K.real.inf`, `K.timestamp(new Date())`. They are attached where `K` is exported from
 * the package entry, so they are always present on the public `K`.
 */
export abstract class K {
  /** q's type number for this value. */
  abstract readonly type: number;

  /** Item count, as q's `count` gives it (1 for an atom). */
  abstract get length(): number;

  /** The q console's text for this value, character for character. */
  toString(options?: DisplayOptions): string {
    return formatValue(this, options);
  }

  /** Plain JS form of this value; see {@link ToJSOptions} for the choices. */
  toJS(options?: ToJSOptions): unknown {
    return toJS(this, options);
  }

  /** q's match (`~`): same type, same shape, same items (nulls match nulls). */
  equals(other: K): boolean {
    return match(this, other);
  }

  /** Node's `util.inspect` shows the q text. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  declare static readonly boolean: TypedConstructors[1];
  declare static readonly guid: TypedConstructors[2];
  declare static readonly byte: TypedConstructors[4];
  declare static readonly short: TypedConstructors[5];
  declare static readonly int: TypedConstructors[6];
  declare static readonly long: TypedConstructors[7];
  declare static readonly real: TypedConstructors[8];
  declare static readonly float: TypedConstructors[9];
  declare static readonly char: TypedConstructors[10];
  declare static readonly symbol: TypedConstructors[11];
  declare static readonly timestamp: TypedConstructors[12];
  declare static readonly month: TypedConstructors[13];
  declare static readonly date: TypedConstructors[14];
  declare static readonly datetime: TypedConstructors[15];
  declare static readonly timespan: TypedConstructors[16];
  declare static readonly minute: TypedConstructors[17];
  declare static readonly second: TypedConstructors[18];
  declare static readonly time: TypedConstructors[19];
  /** A q string (char vector) of JS text, UTF-8 by default: `K.string('abc')` is `"abc"`. */
  declare static readonly string: (text: string, encoding?: 'utf8' | 'latin1') => Vector<10>;
}
