/**
 * Raw q temporal items to JS: epoch nanoseconds (`bigint`), `Date`, ISO-8601 text.
 *
 * | q type        | `temporalToEpochNs`              | `temporalToDate`        | `temporalToIso`                     |
 * |---------------|----------------------------------|-------------------------|-------------------------------------|
 * | timestamp `p` | ns since 1970-01-01 UTC          | ms, sub-ms floored      | `2020-01-02T03:04:05.123456789Z`    |
 * | month `m`     | ns since 1970 of the 1st, 00:00  | the 1st, 00:00 UTC      | `2020-01`                           |
 * | date `d`      | ns since 1970 of 00:00 UTC       | 00:00 UTC               | `2020-01-02`                        |
 * | datetime `z`  | ns since 1970, rounded to the ms | rounded to the ms       | `2020-01-02T03:04:05.123Z`          |
 * | timespan `n`  | ns (a duration)                  | — (not a point)         | `PT27H4M5.123456789S`, `-PT1S`      |
 * | minute `u`    | ns since midnight                | —                       | `12:30`                             |
 * | second `v`    | ns since midnight                | —                       | `12:30:15`                          |
 * | time `t`      | ns since midnight                | —                       | `12:30:15.123`                      |
 *
 * Datetime is float days; q shows it to the millisecond, so every conversion rounds it to
 * the nearest millisecond first (exact for any datetime built from whole milliseconds).
 * Minute, second and time may lie outside 00:00..24:00 (q allows `25:00` and `-00:01`);
 * their text is then q's own (`25:00`), which is not an ISO time of day.
 *
 * These functions take valid items only: a null or an infinity raises `domain` (the
 * callers decide what nulls and infinities become), so none can become a valid-looking value.
 *
 * This module is reachable from k.ts: it must not import error.ts or any value class.
 *
 * @packageDocumentation
 */
import { raise } from '../convert/raise.js';
import { isInfRaw, isNullRaw } from '../nulls.js';
import type { RawOf } from '../type-table.js';
import { civilFromDays, daysFromCivil, yearMonth } from './calendar.js';
import {
  DATE_MAX_MS,
  EPOCH_OFFSET_MS,
  EPOCH_OFFSET_NS,
  floorDiv,
  floorMod,
  MS_PER_DAY,
  NS_PER_DAY,
  NS_PER_HOUR,
  NS_PER_MINUTE,
  NS_PER_MS,
  NS_PER_SECOND,
  UNIT_NS,
  type PointCode,
  type TemporalCode,
} from './units.js';

const NAMES: Record<TemporalCode, string> = {
  12: 'timestamp',
  13: 'month',
  14: 'date',
  15: 'datetime',
  16: 'timespan',
  17: 'minute',
  18: 'second',
  19: 'time',
};

function checkValid<C extends TemporalCode>(code: C, raw: RawOf[C]): void {
  if (isNullRaw(code, raw)) raise('domain', `null ${NAMES[code]} has no JS value`);
  if (isInfRaw(code, raw)) raise('domain', `infinite ${NAMES[code]} has no JS value`);
}

/**
 * Milliseconds since 2000.01.01 of a datetime (float days), rounded to the nearest ms.
 * @throws QError `domain` if the result is not a safe integer (beyond ~285,000 years).
 */
export function datetimeToMs(days: number): number {
  const ms = Math.round(days * MS_PER_DAY);
  if (!Number.isSafeInteger(ms))
    raise('domain', `datetime ${days} is beyond exact millisecond range`);
  return ms;
}

/** Days since 2000.01.01 of the first day of a q month count. */
function monthToDays(months: number): number {
  const { year, month } = yearMonth(months);
  return daysFromCivil(year, month, 1);
}

/**
 * Nanoseconds of a valid raw item: since 1970-01-01 UTC for p/m/d/z (exact for p, m, d;
 * datetime rounded to the ms), the duration for n, since midnight for u/v/t.
 * @throws QError `domain` for a null or an infinity.
 */
export function temporalToEpochNs<C extends TemporalCode>(code: C, raw: RawOf[C]): bigint {
  checkValid(code, raw);
  switch (code) {
    case 12:
      return (raw as bigint) + EPOCH_OFFSET_NS;
    case 13:
      return BigInt(monthToDays(raw as number)) * NS_PER_DAY + EPOCH_OFFSET_NS;
    case 14:
      return BigInt(raw as number) * NS_PER_DAY + EPOCH_OFFSET_NS;
    case 15:
      return BigInt(datetimeToMs(raw as number)) * NS_PER_MS + EPOCH_OFFSET_NS;
    case 16:
      return raw as bigint;
    default:
      return BigInt(raw as number) * UNIT_NS[code as 17 | 18 | 19];
  }
}

/** Milliseconds since 1970 of a valid point item, floored; with the sub-millisecond part dropped. */
export function pointToEpochMs<C extends PointCode>(
  code: C,
  raw: RawOf[C],
): { ms: number; droppedNs: bigint } {
  checkValid(code, raw);
  let ms: number;
  let droppedNs = 0n;
  if (code === 12) {
    const ns = (raw as bigint) + EPOCH_OFFSET_NS;
    droppedNs = floorMod(ns, NS_PER_MS);
    ms = Number(floorDiv(ns, NS_PER_MS));
  } else if (code === 15) {
    ms = datetimeToMs(raw as number) + EPOCH_OFFSET_MS;
  } else {
    const days = code === 13 ? monthToDays(raw as number) : (raw as number);
    ms = days * MS_PER_DAY + EPOCH_OFFSET_MS;
  }
  return { ms, droppedNs };
}

/**
 * A JS `Date` of a valid point item (timestamp, month, date, datetime). A timestamp's
 * sub-millisecond digits are floored away (use {@link pointToEpochMs} to see them).
 * @throws QError `domain` for a null, an infinity, or a value outside `Date`'s ±8.64e15 ms;
 *   `type` for a duration or time of day.
 */
export function temporalToDate<C extends TemporalCode>(code: C, raw: RawOf[C]): Date {
  if (code > 15) raise('type', `${NAMES[code]} is not a point in time; it has no Date`);
  const { ms } = pointToEpochMs(code as PointCode, raw as RawOf[PointCode]);
  if (!(Math.abs(ms) <= DATE_MAX_MS))
    raise('domain', `${NAMES[code]} is outside the range of a JS Date`);
  return new Date(ms);
}

const pad = (n: bigint | number, width: number): string => String(n).padStart(width, '0');

/** ISO-8601 year: four digits for 0..9999, otherwise signed six or more (expanded form). */
function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return (year < 0 ? '-' : '+') + pad(Math.abs(year), 6);
}

function isoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${isoYear(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function clock(nsOfDay: bigint, fractionDigits: number): string {
  const h = nsOfDay / NS_PER_HOUR;
  const m = (nsOfDay / NS_PER_MINUTE) % 60n;
  const s = (nsOfDay / NS_PER_SECOND) % 60n;
  const text = `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}`;
  if (fractionDigits === 0) return text;
  const frac = (nsOfDay % NS_PER_SECOND) / 10n ** BigInt(9 - fractionDigits);
  return `${text}.${pad(frac, fractionDigits)}`;
}

/** ISO-8601 duration of signed nanoseconds, with hours as the largest unit: `PT1H2M3.5S`, `-PT1S`, `PT0S`. */
export function isoDuration(ns: bigint): string {
  const sign = ns < 0n ? '-' : '';
  const a = ns < 0n ? -ns : ns;
  const h = a / NS_PER_HOUR;
  const m = (a / NS_PER_MINUTE) % 60n;
  const s = (a / NS_PER_SECOND) % 60n;
  const frac = a % NS_PER_SECOND;
  let text = '';
  if (h !== 0n) text += `${h}H`;
  if (m !== 0n) text += `${m}M`;
  if (s !== 0n || frac !== 0n || text === '') {
    text += frac === 0n ? `${s}S` : `${s}.${pad(frac, 9).replace(/0+$/, '')}S`;
  }
  return `${sign}PT${text}`;
}

/** q's text of a minute, second or time: `12:30`, `12:30:15`, `12:30:15.123`, `25:00`, `-00:01`. */
function timeOfDayText(code: 17 | 18 | 19, raw: number): string {
  const sign = raw < 0 ? '-' : '';
  const a = BigInt(Math.abs(raw)) * UNIT_NS[code];
  const h = a / NS_PER_HOUR;
  const m = (a / NS_PER_MINUTE) % 60n;
  if (code === 17) return `${sign}${pad(h, 2)}:${pad(m, 2)}`;
  return sign + clock(a, code === 19 ? 3 : 0);
}

/**
 * ISO-8601 text of a valid item (see the module table): full nanoseconds for timestamps,
 * milliseconds for datetimes, durations for timespans.
 * @throws QError `domain` for a null or an infinity.
 */
export function temporalToIso<C extends TemporalCode>(code: C, raw: RawOf[C]): string {
  checkValid(code, raw);
  switch (code) {
    case 12: {
      const ns = raw as bigint;
      return `${isoDate(Number(floorDiv(ns, NS_PER_DAY)))}T${clock(floorMod(ns, NS_PER_DAY), 9)}Z`;
    }
    case 13: {
      const { year, month } = yearMonth(raw as number);
      return `${isoYear(year)}-${pad(month, 2)}`;
    }
    case 14:
      return isoDate(raw as number);
    case 15: {
      const ms = BigInt(datetimeToMs(raw as number));
      const ns = ms * NS_PER_MS;
      return `${isoDate(Number(floorDiv(ns, NS_PER_DAY)))}T${clock(floorMod(ns, NS_PER_DAY), 3)}Z`;
    }
    case 16:
      return isoDuration(raw as bigint);
    default:
      return timeOfDayText(code as 17 | 18 | 19, raw as number);
  }
}
