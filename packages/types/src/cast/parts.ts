import { QError } from '../error.js';
import { isInfRaw, isNullRaw } from '../nulls.js';
import { civilFromDays, yearMonth } from '../temporal/calendar.js';
import { TYPES, type BasicCode } from '../type-table.js';
import type { TemporalPart } from './target.js';
import { clockNsOf, daysOf, isTemporal, type TemporalCode } from './temporal.js';

const INT_NULL = TYPES[6].null as number;

const HAS: Record<TemporalPart, readonly TemporalCode[]> = {
  year: [12, 13, 14, 15],
  mm: [12, 13, 14, 15],
  dd: [12, 14, 15],
  hh: [12, 15, 16, 17, 18, 19],
  uu: [12, 15, 16, 17, 18, 19],
  ss: [12, 15, 16, 17, 18, 19],
};

const CLOCK_DIV: Record<'hh' | 'uu' | 'ss', readonly [bigint, bigint]> = {
  hh: [3_600_000_000_000n, 0n],
  uu: [60_000_000_000n, 60n],
  ss: [1_000_000_000n, 60n],
};

/**
 * Extractor of one part of a temporal item as an int, as `` `year`mm`dd`hh`uu`ss$x `` does
 * (the table in the q reference's Cast page); nulls and infinities give `0Ni`.
 * @throws QError `type` for a part the type does not have (`` `hh$2000.01.01 ``).
 */
export function partExtractor(part: TemporalPart, from: BasicCode): (x: never) => number {
  if (!isTemporal(from) || !HAS[part].includes(from)) {
    throw new QError('type', `${TYPES[from].name} has no ${part}`);
  }
  const calendar = (x: number | bigint): number => {
    if (from === 13) {
      const ym = yearMonth(x as number);
      return part === 'year' ? ym.year : ym.month;
    }
    const d = civilFromDays(daysOf(from as 12 | 14 | 15, x));
    return part === 'year' ? d.year : part === 'mm' ? d.month : d.day;
  };
  const clock = (x: number | bigint): number => {
    const [div, mod] = CLOCK_DIV[part as 'hh' | 'uu' | 'ss'];
    const n = clockNsOf(from, x) / div;
    return Number(mod === 0n ? n : n % mod);
  };
  const pick = part === 'year' || part === 'mm' || part === 'dd' ? calendar : clock;
  return ((x: number | bigint) =>
    isNullRaw(from, x as never) || isInfRaw(from, x as never) ? INT_NULL : pick(x)) as (
    x: never,
  ) => number;
}
