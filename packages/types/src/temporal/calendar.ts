/**
 * Proleptic Gregorian calendar arithmetic on q's epoch, exact for any 32-bit day count
 * (no `Date` involved, so no range or time-zone limits).
 */

/** Days from 1970.01.01 to q's epoch 2000.01.01. */
export const EPOCH_OFFSET_DAYS = 10957;

/** A calendar date. `month` is 1..12, `day` 1..31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Calendar date of a day count since 2000.01.01 (negative before). */
export function civilFromDays(days: number): CivilDate {
  // Hinnant's days_from_civil inverse, on days since 0000-03-01.
  const z = days + EPOCH_OFFSET_DAYS + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day count since 2000.01.01 of a calendar date (month 1..12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 - EPOCH_OFFSET_DAYS;
}

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1..12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : ([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? NaN);
}

/** Year and month (1..12) of a q month count since 2000.01. */
export function yearMonth(months: number): { year: number; month: number } {
  const year = 2000 + Math.floor(months / 12);
  return { year, month: months - (year - 2000) * 12 + 1 };
}
