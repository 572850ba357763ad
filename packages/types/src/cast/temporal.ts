/**
 * Casts between q's temporal types. Calendar types (timestamp, month, date, datetime)
 * convert among themselves, flooring to the coarser unit; clock types (timespan, minute,
 * second, time) convert among themselves; timestamp and datetime give their time of day
 * to a clock type. Nulls and infinities map to the target's, and results beyond the
 * target's range become its infinity (`` `timestamp$1666.09.02 `` is `-0Wp`).
 */
import { QError } from '../error.js';
import { isInfRaw, isNullRaw } from '../nulls.js';
import { civilFromDays, daysFromCivil, yearMonth } from '../temporal/calendar.js';
import { TYPES, type BasicCode, type RawOf } from '../type-table.js';
import { roundHalfAway, type ItemFn } from './numeric.js';

/** Codes of the temporal types. */
export type TemporalCode = 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19;

/** Nanoseconds in a day. */
export const DAY_NS = 86_400_000_000_000n;
const DAY_MS = 86_400_000;

/** Nanoseconds in one unit of each clock type. */
const CLOCK_NS: Record<16 | 17 | 18 | 19, bigint> = {
  16: 1n,
  17: 60_000_000_000n,
  18: 1_000_000_000n,
  19: 1_000_000n,
};

/** True for a temporal type code. */
export function isTemporal(code: BasicCode): code is TemporalCode {
  return TYPES[code].temporal;
}

/** True for timestamp, month, date and datetime. */
export function isCalendar(code: TemporalCode): code is 12 | 13 | 14 | 15 {
  return code <= 15;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Month count since 2000.01 of a day count. */
export function monthOfDays(days: number): number {
  const { year, month } = civilFromDays(days);
  return (year - 2000) * 12 + month - 1;
}

function daysOfMonth(months: number): number {
  const { year, month } = yearMonth(months);
  return daysFromCivil(year, month, 1);
}

/** Finite value (number or bigint) of a calendar source as whole days, floored. */
export function daysOf(from: 12 | 13 | 14 | 15, x: number | bigint): number {
  switch (from) {
    case 12:
      return Number(floorDiv(x as bigint, DAY_NS));
    case 13:
      return daysOfMonth(x as number);
    case 14:
      return x as number;
    default:
      // A datetime is a float of days; go through whole milliseconds so 12:00 stored as
      // 0.49999999999 still lands on the right day.
      return Math.floor(roundHalfAway((x as number) * DAY_MS) / DAY_MS);
  }
}

/** Finite calendar source as nanoseconds since 2000.01.01 (bigint, unbounded). */
function nsOf(from: 12 | 13 | 14 | 15, x: number | bigint): bigint {
  if (from === 12) return x as bigint;
  if (from === 15) return BigInt(roundHalfAway((x as number) * DAY_MS)) * 1_000_000n;
  return BigInt(daysOf(from, x)) * DAY_NS;
}

/** Finite source as nanoseconds of a clock quantity (time of day for timestamp and datetime). */
export function clockNsOf(from: TemporalCode, x: number | bigint): bigint {
  if (from === 12) {
    const ns = x as bigint;
    return ns - floorDiv(ns, DAY_NS) * DAY_NS;
  }
  if (from === 15) {
    const ms = roundHalfAway((x as number) * DAY_MS);
    return BigInt(ms - Math.floor(ms / DAY_MS) * DAY_MS) * 1_000_000n;
  }
  return BigInt(x as number | bigint) * CLOCK_NS[from as 16 | 17 | 18 | 19];
}

/** Clamp an exact result into the target's range; beyond it is the target's infinity. */
function fit(to: TemporalCode, v: bigint): RawOf[TemporalCode] {
  const info = TYPES[to];
  if (info.storage === 'int64') {
    const inf = info.inf as bigint;
    return v > inf ? inf : v < -inf ? -inf : v;
  }
  const inf = info.inf as number;
  return v > BigInt(inf) ? inf : v < BigInt(-inf) ? -inf : Number(v);
}

function finiteConverter(
  from: TemporalCode,
  to: TemporalCode,
): (x: number | bigint) => RawOf[TemporalCode] {
  if (isCalendar(to)) {
    if (!isCalendar(from)) {
      throw new QError('type', `cannot cast ${TYPES[from].name} to ${TYPES[to].name}`);
    }
    switch (to) {
      case 12:
        return (x) => fit(12, nsOf(from, x));
      case 13:
        return (x) => monthOfDays(daysOf(from, x));
      case 14:
        return (x) => fit(14, BigInt(daysOf(from, x)));
      default:
        return from === 12 ? (x) => Number(x) / Number(DAY_NS) : (x) => daysOf(from, x);
    }
  }
  if (from === 13 || from === 14) {
    throw new QError('type', `cannot cast ${TYPES[from].name} to ${TYPES[to].name}`);
  }
  const unit = CLOCK_NS[to];
  return (x) => fit(to, floorDiv(clockNsOf(from, x), unit));
}

/**
 * Converter of one raw item between two different temporal types.
 * @throws QError `type` when q has no such cast (date to time, time to date...).
 */
export function temporalConverter(from: TemporalCode, to: TemporalCode): ItemFn {
  const finite = finiteConverter(from, to);
  const info = TYPES[to];
  return ((x: number | bigint) => {
    if (isNullRaw(from, x as never)) return info.null as number | bigint;
    if (isInfRaw(from, x as never)) {
      const positive = x === TYPES[from].inf;
      return (positive ? info.inf : info.ninf) as number | bigint;
    }
    return finite(x) as number | bigint;
  }) as ItemFn;
}
