/**
 * JS temporal inputs to raw q items, for the typed constructors (`K.timestamp(...)`).
 *
 * | input                | timestamp `p`            | month `m`, date `d`      | datetime `z`          | timespan `n` | minute/second/time `u v t`   |
 * |----------------------|--------------------------|--------------------------|-----------------------|--------------|------------------------------|
 * | `Date`               | exact (ms × 10^6)        | floored to the UTC month/day | ms / 86400000 days | `type`       | `type`                       |
 * | `bigint`             | ns since 1970 UTC        | ns since 1970, floored   | ns since 1970         | ns           | ns since midnight, floored   |
 * | `number`             | `type`                   | `type`                   | `type`                | `type`       | count of the unit (minutes…) |
 * | `string`             | q literal, Tok form or ISO-8601 ({@link parseTemporal})                                                     |
 *
 * An invalid `Date` (`new Date(NaN)`, JS's own "no date") gives q's null. Results outside
 * the type's range, or landing on its null or infinity, raise `domain` rather than wrap:
 * timestamps cover 1707-09-22 to 2292-04-10. Flooring to a coarser unit follows q's casts
 * (`"d"$1999.12.31D23:00` is 1999.12.31, toward minus infinity).
 *
 * @packageDocumentation
 */
import type { InputOf } from '../constructors-types.js';
import { QError } from '../error.js';
import { TYPES, type RawOf } from '../type-table.js';
import { nsToDatetime, nsToMonth, parseTemporal } from './parse.js';
import {
  EPOCH_OFFSET_MS,
  EPOCH_OFFSET_NS,
  floorDiv,
  isValidInt32,
  isValidInt64,
  NS_PER_DAY,
  NS_PER_MS,
  UNIT_NS,
  type TemporalCode,
} from './units.js';

export type { TemporalCode } from './units.js';

function domain(code: TemporalCode, what: string): QError {
  return new QError('domain', `${what} is outside the ${TYPES[code].name} range`);
}

function int64(code: TemporalCode, raw: bigint, what: () => string): bigint {
  if (!isValidInt64(raw)) throw domain(code, what());
  return raw;
}

function int32(code: TemporalCode, raw: bigint | number, what: () => string): number {
  const v =
    typeof raw === 'bigint' ? (raw >= -(2n ** 31n) && raw < 2n ** 31n ? Number(raw) : NaN) : raw;
  if (!isValidInt32(v)) throw domain(code, what());
  return v;
}

/**
 * Raw item of nanoseconds since 1970-01-01 UTC (p, m, d, z), a duration (n) or since
 * midnight (u, v, t); coarser units are floored.
 * @throws QError `domain` outside the type's range.
 */
export function rawFromEpochNs<C extends TemporalCode>(code: C, ns: bigint): RawOf[C] {
  const what = (): string => `${ns}n ns`;
  const since2000 = ns - EPOCH_OFFSET_NS;
  switch (code) {
    case 12:
      return int64(code, since2000, what) as RawOf[C];
    case 13:
      // Beyond ±2^31 months the day count is not exact in civilFromDays: reject first.
      if (
        floorDiv(since2000, NS_PER_DAY) > 2n ** 40n ||
        floorDiv(since2000, NS_PER_DAY) < -(2n ** 40n)
      )
        throw domain(code, what());
      return int32(code, nsToMonth(since2000), what) as RawOf[C];
    case 14:
      return int32(code, floorDiv(since2000, NS_PER_DAY), what) as RawOf[C];
    case 15: {
      const days = nsToDatetime(since2000);
      if (!Number.isFinite(days)) throw domain(code, what());
      return days as RawOf[C];
    }
    case 16:
      return int64(code, ns, what) as RawOf[C];
    default:
      return int32(code, floorDiv(ns, UNIT_NS[code as 17 | 18 | 19]), what) as RawOf[C];
  }
}

/**
 * Raw item of a `Date` for a point type (p, m, d, z); an invalid `Date` gives q's null.
 * @throws QError `type` for duration and time types, `domain` outside the type's range.
 */
export function rawFromDate<C extends TemporalCode>(code: C, date: Date): RawOf[C] {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return TYPES[code].null as RawOf[C];
  if (code === 15) return ((ms - EPOCH_OFFSET_MS) / 86_400_000) as RawOf[C];
  if (code > 15)
    throw new QError('type', `${TYPES[code].name} needs a bigint, a number or text, not a Date`);
  return rawFromEpochNs(code, BigInt(ms) * NS_PER_MS);
}

function describe(value: unknown): string {
  return typeof value === 'bigint'
    ? `${value}n`
    : typeof value === 'string'
      ? JSON.stringify(value)
      : String(value);
}

/** Raw q item (units since 2000.01.01 or midnight) of a JS temporal input; see the module table. */
export function temporalToRaw<C extends TemporalCode>(code: C, value: InputOf[C]): RawOf[C] {
  const v: unknown = value;
  if (typeof v === 'string') return parseTemporal(code, v);
  if (v instanceof Date) return rawFromDate(code, v);
  if (typeof v === 'bigint') return rawFromEpochNs(code, v);
  if (typeof v === 'number' && code >= 17) {
    if (!Number.isInteger(v))
      throw new QError('type', `${TYPES[code].name} needs a whole count, got ${v}`);
    return int32(code, v, () => String(v)) as RawOf[C];
  }
  throw new QError('type', `${TYPES[code].name} cannot be made from ${describe(v)}`);
}
