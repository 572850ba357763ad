/**
 * Units and limits shared by the temporal conversions. Everything that counts nanoseconds
 * is a `bigint`, so no path between q and JS goes through floating point except datetime,
 * which q itself stores as float days.
 */

/** Temporal type codes: timestamp, month, date, datetime, timespan, minute, second, time. */
export type TemporalCode = 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19;

/** Point-in-time codes (timestamp, month, date, datetime): counted from 2000.01.01. */
export type PointCode = 12 | 13 | 14 | 15;

/** Duration and time-of-day codes (timespan, minute, second, time): counted from zero/midnight. */
export type SpanCode = 16 | 17 | 18 | 19;

/** Nanoseconds in a millisecond, second, minute, hour and day. */
export const NS_PER_MS = 1_000_000n;
/** Nanoseconds in a second. */
export const NS_PER_SECOND = 1_000_000_000n;
/** Nanoseconds in a minute. */
export const NS_PER_MINUTE = 60n * NS_PER_SECOND;
/** Nanoseconds in an hour. */
export const NS_PER_HOUR = 60n * NS_PER_MINUTE;
/** Nanoseconds in a day. */
export const NS_PER_DAY = 24n * NS_PER_HOUR;
/** Milliseconds in a day (datetime's unit is the float day). */
export const MS_PER_DAY = 86_400_000;
/** Milliseconds from 1970-01-01 (Unix epoch) to 2000-01-01 (q's epoch). */
export const EPOCH_OFFSET_MS = 946_684_800_000;
/** Nanoseconds from 1970-01-01 (Unix epoch) to 2000-01-01 (q's epoch). */
export const EPOCH_OFFSET_NS = 946_684_800_000_000_000n;
/** Largest |milliseconds since 1970| a JS `Date` can hold (ECMA-262 TimeClip). */
export const DATE_MAX_MS = 8.64e15;

/** Nanoseconds in one raw unit of each integer-unit temporal type (month and datetime have none). */
export const UNIT_NS = {
  12: 1n,
  14: NS_PER_DAY,
  16: 1n,
  17: NS_PER_MINUTE,
  18: NS_PER_SECOND,
  19: NS_PER_MS,
} as const;

/** True for the temporal codes. */
export function isTemporalCode(code: number): code is TemporalCode {
  return code >= 12 && code <= 19;
}

/** True for the point-in-time codes (p, m, d, z). */
export function isPointCode(code: number): code is PointCode {
  return code >= 12 && code <= 15;
}

/** Floor division of bigints (rounds toward negative infinity, as q's casts do). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Floor modulo of bigints: the result has the sign of `b`. */
export function floorMod(a: bigint, b: bigint): bigint {
  return a - floorDiv(a, b) * b;
}

/** Largest valid (non-null, non-infinite) 64-bit raw: 0Wj - 1. */
export const INT64_MAX_VALID = 0x7fffffffffffffffn - 1n;
/** Largest valid (non-null, non-infinite) 32-bit raw: 0Wi - 1. */
export const INT32_MAX_VALID = 0x7fffffff - 1;

/** True if a 64-bit raw is a valid value: neither null (-2^63) nor an infinity (±(2^63-1)), and in range. */
export function isValidInt64(raw: bigint): boolean {
  return raw >= -INT64_MAX_VALID && raw <= INT64_MAX_VALID;
}

/** True if a 32-bit raw is a valid value: an integer neither null nor an infinity. */
export function isValidInt32(raw: number): boolean {
  return Number.isInteger(raw) && raw >= -INT32_MAX_VALID && raw <= INT32_MAX_VALID;
}
