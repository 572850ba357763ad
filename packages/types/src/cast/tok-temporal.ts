/**
 * Tok for temporal types: the text forms `"D"$`, `"P"$`... accept, which are more than q's
 * literals (`"D"$"20200102"`, `"D"$"2020-01-02"`, `"T"$"123456789"`, `"P"$"10129708800"`).
 * q literals and the common Tok forms go to {@link parseTemporal}; the forms it does not
 * read (`ddMMMyyyy`, `mm/dd/yyyy`, `yymmdd`, `"U"$"12"`) are read here. Text that reads as
 * neither gives the type's null, as q does.
 */
import { QError } from '../error.js';
import { parseTemporal } from '../temporal/parse.js';
import { daysFromCivil, daysInMonth } from '../temporal/calendar.js';
import { TYPES, type RawOf } from '../type-table.js';
import { DAY_NS, type TemporalCode } from './temporal.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Nanoseconds from 1970.01.01 to 2000.01.01. */
const UNIX_OFFSET_NS = 10957n * DAY_NS;

function monthNumber(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return MONTHS.indexOf(text.toLowerCase()) + 1;
}

function fullYear(text: string): number {
  const y = Number(text);
  // Two-digit years: q reads 00-49 as 20xx and 50-99 as 19xx.
  return text.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

function dayCount(year: number, month: number, day: number): number | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return daysFromCivil(year, month, day);
}

const DATE_FORMS: readonly [RegExp, (m: RegExpExecArray) => number | undefined][] = [
  // yyyy.mm.dd, yyyy-mm-dd, yyyy/mm/dd, yyyy/MMM/dd
  [
    /^(\d{4})([./-])(\d{2}|[A-Za-z]{3})\2(\d{2})$/,
    (m) => dayCount(Number(m[1]), monthNumber(m[3] ?? ''), Number(m[4])),
  ],
  // [yy]yymmdd
  [
    /^(\d{2}|\d{4})(\d{2})(\d{2})$/,
    (m) => dayCount(fullYear(m[1] ?? ''), Number(m[2]), Number(m[3])),
  ],
  // ddMMM[yy]yy
  [
    /^(\d{2})([A-Za-z]{3})(\d{2}|\d{4})$/,
    (m) => dayCount(fullYear(m[3] ?? ''), monthNumber(m[2] ?? ''), Number(m[1])),
  ],
  // [mm|MMM]/dd/[yy]yy: q's default date format (\z 0)
  [
    /^(\d{2}|[A-Za-z]{3})\/(\d{2})\/(\d{2}|\d{4})$/,
    (m) => dayCount(fullYear(m[3] ?? ''), monthNumber(m[1] ?? ''), Number(m[2])),
  ],
];

/** Days since 2000.01.01 of a date text in any form `"D"$` reads, or `undefined`. */
export function tokDays(text: string): number | undefined {
  for (const [re, read] of DATE_FORMS) {
    const m = re.exec(text);
    if (m) return read(m);
  }
  return undefined;
}

function fractionNs(digits: string): bigint {
  return BigInt((digits + '000000000').slice(0, 9));
}

/**
 * Nanoseconds of a clock text: `hh:mm`, `hh:mm:ss`, `hh:mm:ss.fff…`, or digits only
 * (`hhmm`, `hhmmss`, `hhmmss` then fraction digits), with an optional sign and, where
 * `days` allows, a `nD` day prefix. Minutes and seconds must be below 60.
 */
export function tokClockNs(text: string, days = false): bigint | undefined {
  const m = /^(-?)(?:(\d+)D)?(.*)$/.exec(text);
  if (!m || (m[2] !== undefined && !days)) return undefined;
  const rest = m[3] ?? '';
  const parts =
    /^(\d+):(\d{2})(?::(\d{2})(?:\.(\d*))?)?$/.exec(rest) ??
    /^(\d{2})(\d{2})?(?:(\d{2})(\d*))?$/.exec(rest) ??
    (m[2] !== undefined && rest === '' ? ['', '0', '0', '0', ''] : null);
  if (!parts) return undefined;
  const [, hh = '0', mm = '0', ss = '0', frac = ''] = parts;
  if (Number(mm) > 59 || Number(ss) > 59) return undefined;
  const ns =
    BigInt(m[2] ?? 0) * DAY_NS +
    ((BigInt(hh) * 60n + BigInt(mm)) * 60n + BigInt(ss)) * 1_000_000_000n +
    fractionNs(frac);
  return m[1] === '-' ? -ns : ns;
}

/** Nanoseconds since 2000.01.01 of a date-and-time text (`"P"$`, `"Z"$`), or `undefined`. */
export function tokInstantNs(text: string): bigint | undefined {
  const unix = /^(\d{9,11})(?:\.(\d*))?$/.exec(text);
  if (unix)
    return BigInt(unix[1] ?? 0) * 1_000_000_000n + fractionNs(unix[2] ?? '') - UNIX_OFFSET_NS;
  const split =
    /^(\d{8})-(.+)$/.exec(text) ?? /^([^DT ]+)[DT ](.+)$/.exec(text) ?? /^([^DT ]+)$/.exec(text);
  if (!split) return undefined;
  const days = tokDays(split[1] ?? '');
  if (days === undefined) return undefined;
  const clock = split[2] === undefined ? 0n : tokClockNs(split[2]);
  return clock === undefined ? undefined : BigInt(days) * DAY_NS + clock;
}

function truncDiv(a: bigint, b: bigint): number {
  return Number(a / b);
}

/** Raw item of a temporal type read from trimmed text; the type's null when it does not read. */
export function tokTemporal(code: TemporalCode, text: string): RawOf[TemporalCode] {
  try {
    return parseTemporal(code, text);
  } catch (e) {
    if (!(e instanceof QError)) throw e;
  }
  return tokOtherForms(code, text);
}

/** The Tok forms {@link parseTemporal} does not read; the type's null for anything else. */
function tokOtherForms(code: TemporalCode, text: string): RawOf[TemporalCode] {
  const nul = TYPES[code].null as RawOf[TemporalCode];
  switch (code) {
    case 12: {
      const ns = tokInstantNs(text);
      return ns === undefined || ns > (TYPES[12].inf as bigint) || ns < (TYPES[12].ninf as bigint)
        ? nul
        : ns;
    }
    case 15: {
      const ns = tokInstantNs(text);
      return ns === undefined ? nul : Number(ns) / Number(DAY_NS);
    }
    case 13: {
      const m = /^(\d{4})[./-]?(\d{2})$/.exec(text);
      const month = Number(m?.[2]);
      return m && month >= 1 && month <= 12 ? (Number(m[1]) - 2000) * 12 + month - 1 : nul;
    }
    case 14:
      return tokDays(text) ?? nul;
    case 16:
      return tokClockNs(text, true) ?? nul;
    default: {
      const ns = tokClockNs(text);
      if (ns === undefined) return nul;
      const unit = code === 17 ? 60_000_000_000n : code === 18 ? 1_000_000_000n : 1_000_000n;
      return truncDiv(ns, unit);
    }
  }
}
