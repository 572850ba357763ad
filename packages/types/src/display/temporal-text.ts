/**
 * Text of valid (not null, not infinite) temporal items, as q prints them, from q's raw
 * units since 2000.01.01 or midnight. Nulls and infinities are handled by the callers.
 */
import { civilFromDays, daysFromCivil } from '../temporal/calendar.js';

const NS_PER_DAY = 86_400_000_000_000n;
const MS_PER_DAY = 86_400_000;
/** q prints dates outside 0001.01.01..9999.12.31 as zeros. */
const FIRST_DAY = daysFromCivil(1, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

function pad(n: number | bigint, width: number): string {
  return String(n).padStart(width, '0');
}

/** `2000.01.01`; `0000.00.00` outside q's valid date range. */
export function dateText(days: number): string {
  if (days < FIRST_DAY || days > LAST_DAY) return '0000.00.00';
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}.${pad(month, 2)}.${pad(day, 2)}`;
}

/** `2000.01` (without q's `m` suffix); `0000.00` outside years 1..9999. */
export function monthText(months: number): string {
  const year = 2000 + Math.floor(months / 12);
  const month = months - (year - 2000) * 12 + 1;
  if (year < 1 || year > 9999) return '0000.00';
  return `${pad(year, 4)}.${pad(month, 2)}`;
}

/** `hh:mm:ss.nnnnnnnnn` of a non-negative nanosecond count below one day. */
function nanosOfDay(ns: bigint): string {
  const secs = ns / 1_000_000_000n;
  const frac = ns % 1_000_000_000n;
  return `${pad(secs / 3600n, 2)}:${pad((secs / 60n) % 60n, 2)}:${pad(secs % 60n, 2)}.${pad(frac, 9)}`;
}

/** `2000.01.01D00:00:00.000000000`. */
export function timestampText(ns: bigint): string {
  let days = ns / NS_PER_DAY;
  let rem = ns % NS_PER_DAY;
  if (rem < 0n) {
    rem += NS_PER_DAY;
    days -= 1n;
  }
  return `${dateText(Number(days))}D${nanosOfDay(rem)}`;
}

/** `0D00:00:00.000000000`, `-0D00:00:00.000000001`, `106751D23:47:16.854775806`. */
export function timespanText(ns: bigint): string {
  const sign = ns < 0n ? '-' : '';
  const abs = ns < 0n ? -ns : ns;
  return `${sign}${abs / NS_PER_DAY}D${nanosOfDay(abs % NS_PER_DAY)}`;
}

/** `2000.01.01T00:00:00.000`: days as a float, rounded to the millisecond. */
export function datetimeText(days: number): string {
  const ms = Math.round(days * MS_PER_DAY);
  const day = Math.floor(ms / MS_PER_DAY);
  return `${dateText(day)}T${timeText(ms - day * MS_PER_DAY)}`;
}

function clock(units: number, perSecond: number, withSeconds: boolean): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const secs = Math.floor(abs / perSecond);
  const minutes = withSeconds ? Math.floor(secs / 60) : secs;
  let text = `${sign}${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
  if (withSeconds) text += `:${pad(secs % 60, 2)}`;
  if (perSecond > 1) text += `.${pad(abs % perSecond, 3)}`;
  return text;
}

/** `hh:mm` from minutes; hours go past 24 and negative values get a `-`. */
export function minuteText(minutes: number): string {
  return clock(minutes, 1, false);
}

/** `hh:mm:ss` from seconds. */
export function secondText(seconds: number): string {
  return clock(seconds, 1, true);
}

/** `hh:mm:ss.mmm` from milliseconds. */
export function timeText(ms: number): string {
  return clock(ms, 1000, true);
}
