/**
 * Text of temporal values to raw q items: q literals (`2020.01.02D03:04:05.123456789`,
 * `2020.01m`, `2020.01.02`, `2020.01.02T03:04:05.123`, `0D00:00:01.5`, `12:30`, `12:30:15`,
 * `12:30:15.123`), the forms q's Tok (`"P"$"..."`) also reads, and ISO-8601.
 *
 * Accepted, for each type (a trailing type letter such as the `m` of `2020.01m` is allowed):
 *
 * - nulls and infinities: `0N`, `0W`, `-0W` (`0Np`, `0Wd`...).
 * - date part: `yyyy.mm.dd`, `yyyy-mm-dd`, `yyyy/mm/dd`, `yyyymmdd`; month part: `yyyy.mm`,
 *   `yyyy-mm`, `yyyymm` (month only). The year may be ISO's expanded `±yyyyyy` (`+010000-01-01`).
 * - timestamp, datetime: date part, then optionally `D`, `T`, a space or `-`, and a clock
 *   `hh[:mm[:ss[.f…]]]`, then optionally `Z` or an offset `±hh[:mm]` (subtracted to give UTC;
 *   an extension: q has no zones). A timestamp may also be Unix seconds, 9 to 11 digits
 *   with an optional `.f…` (Tok: `"P"$"10129708800"` is 2290.12.31).
 * - month, date: as timestamp; the time of day is floored away (Tok truncates:
 *   `"U"$"12:13:14"` is `12:13`).
 * - timespan: `[-][dD][hh[:mm[:ss[.f…]]]]` (`0D00:00:01.5`, `1D`, `-0D12`), a clock without
 *   `D` (`12:00:00.000000000`), Tok's digits `hhmmss[f…]`, or an ISO-8601 duration
 *   `[-]P[nD][T[nH][nM][n[.f]S]]` (years, months and weeks are nominal and rejected).
 * - minute, second, time: `[-]hh:mm[:ss[.f…]]`, or Tok's digits (`hhmm`, `hhmmss`,
 *   `hhmmssfff…`: `"T"$"123456789"` is `12:34:56.789`). Finer digits are truncated
 *   (`"U"$"12:13:14"` is `12:13`).
 *
 * Fractions beyond nanoseconds are truncated. Datetime text keeps q's float days:
 * whole milliseconds are divided once (ms / 86400000) so `2000.01.01T00:00:00.001` is the
 * nearest double to 1/86400000.
 *
 * Unlike Tok, which returns null for text it cannot read, {@link parseTemporal} throws, so
 * callers that want Tok's behaviour catch `QError` and use the type's null.
 *
 * @packageDocumentation
 */
import { QError } from '../error.js';
import { TYPES, type RawOf } from '../type-table.js';
import { civilFromDays, daysFromCivil, daysInMonth } from './calendar.js';
import {
  EPOCH_OFFSET_NS,
  floorDiv,
  isValidInt32,
  isValidInt64,
  NS_PER_DAY,
  NS_PER_HOUR,
  NS_PER_MINUTE,
  NS_PER_MS,
  NS_PER_SECOND,
  UNIT_NS,
  type TemporalCode,
} from './units.js';

const DATE = /^([+-]\d{6,9}|\d{4})([./-]?)(\d{2})\2(\d{2})/;
const MONTH = /^([+-]\d{6,9}|\d{4})[./-]?(\d{2})$/;
const CLOCK = /^(\d{1,})(?::(\d{2})(?::(\d{2})(?:\.(\d*))?)?)?/;
const ZONE = /^(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/i;
const UNIX = /^(\d{9,11})(?:\.(\d*))?$/;
const SPAN = /^(-)?(?:(\d+)D)?(?:(\d+)(?::(\d{2})(?::(\d{2})(?:\.(\d*))?)?)?)?$/;
const ISO_DURATION = /^([+-])?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d+))?S)?)?$/i;
const TIME = /^(-)?(\d+):(\d{2})(?::(\d{2})(?:\.(\d*))?)?$/;
const DIGITS = /^(-)?(\d{2})(\d{2})(?:(\d{2})(\d*))?$/;

function bad(code: TemporalCode, text: string, why = 'not a valid literal'): QError {
  return new QError('type', `${JSON.stringify(text)} as ${TYPES[code].name}: ${why}`);
}

function outOfRange(code: TemporalCode, text: string, why: string): QError {
  return new QError('domain', `${JSON.stringify(text)} as ${TYPES[code].name}: ${why}`);
}

/** Nanoseconds of a fraction of a second written with `digits` after the point (truncated past 9). */
function fractionNs(digits: string | undefined): bigint {
  if (digits === undefined || digits === '') return 0n;
  return BigInt(digits.slice(0, 9).padEnd(9, '0'));
}

interface Clock {
  readonly ns: bigint;
  readonly rest: string;
}

/** A clock `hh[:mm[:ss[.f]]]` at the start of `text`; minutes and seconds must be below 60. */
function readClock(
  code: TemporalCode,
  text: string,
  whole: string,
  maxHour?: number,
): Clock | undefined {
  const m = CLOCK.exec(text);
  if (m === null) return undefined;
  const [all, h = '0', mm = '0', ss = '0', frac] = m;
  const hours = Number(h);
  if (Number(mm) > 59 || Number(ss) > 59)
    throw outOfRange(code, whole, 'minutes and seconds run 00..59');
  if (maxHour !== undefined && hours > maxHour)
    throw outOfRange(code, whole, `hours run 00..${maxHour}`);
  const ns =
    BigInt(h) * NS_PER_HOUR +
    BigInt(mm) * NS_PER_MINUTE +
    BigInt(ss) * NS_PER_SECOND +
    fractionNs(frac);
  return { ns, rest: text.slice(all.length) };
}

/** Nanoseconds since 2000.01.01 of a point-in-time text; `monthOnly` when it named just a month. */
function readPoint(code: TemporalCode, text: string): { ns: bigint; monthOnly: boolean } {
  if (code === 13) {
    const mo = MONTH.exec(text);
    if (mo !== null) {
      const month = Number(mo[2]);
      if (month < 1 || month > 12) throw outOfRange(code, text, 'month runs 01..12');
      return { ns: BigInt(daysFromCivil(Number(mo[1]), month, 1)) * NS_PER_DAY, monthOnly: true };
    }
  }
  if (code === 12) {
    const unix = UNIX.exec(text);
    if (unix !== null) {
      return {
        ns: BigInt(unix[1] ?? '0') * NS_PER_SECOND + fractionNs(unix[2]) - EPOCH_OFFSET_NS,
        monthOnly: false,
      };
    }
  }
  const d = DATE.exec(text);
  if (d === null) throw bad(code, text);
  const [head, y = '', , mo = '', dd = ''] = d;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(dd);
  if (month < 1 || month > 12) throw outOfRange(code, text, 'month runs 01..12');
  if (day < 1 || day > daysInMonth(year, month))
    throw outOfRange(code, text, `${y}.${mo} has no day ${dd}`);
  let ns = BigInt(daysFromCivil(year, month, day)) * NS_PER_DAY;
  let rest = text.slice(head.length);
  if (rest === '') return { ns, monthOnly: false };
  const sep = rest[0] ?? '';
  if ('DT -'.includes(sep)) {
    rest = rest.slice(1);
    const clock = readClock(code, rest, text, 23);
    if (clock !== undefined) {
      ns += clock.ns;
      rest = clock.rest;
    } else if (sep !== 'D' && sep !== 'T') {
      throw bad(code, text);
    }
  }
  if (rest !== '') {
    const z = ZONE.exec(rest);
    if (z === null) throw bad(code, text);
    if (z[1] !== undefined) {
      const offset = BigInt(z[2] ?? '0') * NS_PER_HOUR + BigInt(z[3] ?? '0') * NS_PER_MINUTE;
      ns -= z[1] === '-' ? -offset : offset;
    }
  }
  return { ns, monthOnly: false };
}

/** Signed nanoseconds of a timespan text. */
function readSpan(text: string): bigint {
  const iso = ISO_DURATION.exec(text);
  if (iso !== null && text.length > 1 && !/T$/i.test(text) && !/^[+-]?P$/i.test(text)) {
    const [, sign, d = '0', h = '0', m = '0', s = '0', frac] = iso;
    const ns =
      BigInt(d) * NS_PER_DAY +
      BigInt(h) * NS_PER_HOUR +
      BigInt(m) * NS_PER_MINUTE +
      BigInt(s) * NS_PER_SECOND +
      fractionNs(frac);
    return sign === '-' ? -ns : ns;
  }
  const digits = /^(-)?(\d{6,})$/.exec(text);
  if (digits !== null) {
    const [, sign, ds = ''] = digits;
    const ns =
      BigInt(ds.slice(0, 2)) * NS_PER_HOUR +
      BigInt(ds.slice(2, 4)) * NS_PER_MINUTE +
      BigInt(ds.slice(4, 6)) * NS_PER_SECOND +
      fractionNs(ds.slice(6));
    if (Number(ds.slice(2, 4)) > 59 || Number(ds.slice(4, 6)) > 59)
      throw outOfRange(16, text, 'minutes and seconds run 00..59');
    return sign === '-' ? -ns : ns;
  }
  const m = SPAN.exec(text);
  // A bare number is not a timespan literal (q reads `12` as a long).
  if (m === null || text === '' || text === '-' || (m[2] === undefined && m[4] === undefined))
    throw bad(16, text);
  const [, sign, days = '0', h = '0', mm = '0', ss = '0', frac] = m;
  if (Number(mm) > 59 || Number(ss) > 59)
    throw outOfRange(16, text, 'minutes and seconds run 00..59');
  const ns =
    BigInt(days) * NS_PER_DAY +
    BigInt(h) * NS_PER_HOUR +
    BigInt(mm) * NS_PER_MINUTE +
    BigInt(ss) * NS_PER_SECOND +
    fractionNs(frac);
  return sign === '-' ? -ns : ns;
}

/** Signed nanoseconds since midnight of a minute, second or time text. */
function readTimeOfDay(code: 17 | 18 | 19, text: string): { sign: bigint; ns: bigint } {
  // Tok's digit forms (`123456789`) read like the colon forms: the fraction is milliseconds first.
  const m = TIME.exec(text) ?? DIGITS.exec(text);
  if (m === null) throw bad(code, text);
  const [, sign, h = '0', mm = '0', ss = '0', frac] = m;
  if (Number(mm) > 59 || Number(ss) > 59)
    throw outOfRange(code, text, 'minutes and seconds run 00..59');
  const ns =
    BigInt(h) * NS_PER_HOUR +
    BigInt(mm) * NS_PER_MINUTE +
    BigInt(ss) * NS_PER_SECOND +
    fractionNs(frac);
  return { sign: sign === '-' ? -1n : 1n, ns };
}

function int64Raw(code: TemporalCode, ns: bigint, text: string): bigint {
  if (!isValidInt64(ns)) throw outOfRange(code, text, `outside the ${TYPES[code].name} range`);
  return ns;
}

function int32Raw(code: TemporalCode, n: bigint, text: string): number {
  const v = Number(n);
  if (!isValidInt32(v)) throw outOfRange(code, text, `outside the ${TYPES[code].name} range`);
  return v;
}

/** Float days of nanoseconds since 2000.01.01: one division for whole milliseconds. */
export function nsToDatetime(ns: bigint): number {
  return ns % NS_PER_MS === 0n
    ? Number(ns / NS_PER_MS) / 86_400_000
    : Number(ns) / 86_400_000_000_000;
}

/** q month count (since 2000.01) of the month holding nanoseconds since 2000.01.01. */
export function nsToMonth(ns: bigint): number {
  const { year, month } = civilFromDays(Number(floorDiv(ns, NS_PER_DAY)));
  return (year - 2000) * 12 + month - 1;
}

/**
 * Raw q item of temporal text (q literal, Tok form or ISO-8601; see the module notes).
 *
 * @param code - the temporal type, 12..19.
 * @param text - the text; surrounding blanks are ignored.
 * @returns the raw item in q's representation (units since 2000.01.01 or midnight).
 * @throws QError `type` for text that is not such a literal, `domain` for fields or
 *   results out of range (month 13, 2021.02.29, a timestamp after 2292).
 */
export function parseTemporal<C extends TemporalCode>(code: C, text: string): RawOf[C] {
  return parse(code, text) as RawOf[C];
}

function parse(code: TemporalCode, input: string): number | bigint {
  const info = TYPES[code];
  let text = input.trim();
  if (text.length > 1 && text.endsWith(info.char)) text = text.slice(0, -1);
  if (text === '0N') return info.null as number | bigint;
  if (text === '0W') return info.inf as number | bigint;
  if (text === '-0W') return info.ninf as number | bigint;
  if (text === '') throw bad(code, input, 'empty');
  switch (code) {
    case 12:
      return int64Raw(code, readPointStrict(code, text), input);
    case 13: {
      const { ns } = readPoint(code, text);
      return int32Raw(code, BigInt(nsToMonth(ns)), input);
    }
    case 14:
      return int32Raw(code, floorDiv(readPointStrict(code, text), NS_PER_DAY), input);
    case 15:
      return nsToDatetime(readPointStrict(code, text));
    case 16:
      return int64Raw(code, readSpan(text), input);
    default: {
      const { sign, ns } = readTimeOfDay(code, text);
      return int32Raw(code, sign * (ns / UNIT_NS[code]), input);
    }
  }
}

function readPointStrict(code: TemporalCode, text: string): bigint {
  const { ns, monthOnly } = readPoint(code, text);
  if (monthOnly) throw bad(code, text, 'a month is not a point in time');
  return ns;
}
