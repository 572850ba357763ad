/**
 * Arrow dates, timestamps, times, durations and intervals to q. The `kdb.type` hint picks
 * the q type when several fit (Date32 → date or month, Time32(s) → second or minute, ...).
 * Clamped extremes (INT64_MAX, INT32_MAX) come back as q infinities; values before q's range
 * follow `temporalInf`.
 */
import { type Duration, type Time, type Timestamp, TimeUnit } from 'apache-arrow';
import {
  EPOCH_OFFSET_DAYS,
  EPOCH_OFFSET_MS,
  EPOCH_OFFSET_NS,
  QError,
  Vector,
  civilFromDays,
} from '@qts/types';
import { Item, unixNsToQ } from '../epoch-shift.js';
import { bitmapOf, isValid } from './chunks.js';
import type { ArrowColumnIn, FromArrowContext } from './context.js';
import { sameWidth } from './numeric.js';

const INT64_MAX = 0x7fffffffffffffffn;
const INT64_NULL = -0x8000000000000000n;
const INT32_MAX = 0x7fffffff;
const INT32_NULL = -0x80000000;
const MS_PER_DAY = 86_400_000;
const NS_PER_UNIT = [1_000_000_000n, 1_000_000n, 1_000n, 1n] as const;

/** Applies `temporalInf` to values outside q's range and counts them. */
class OutOfRange {
  count = 0;
  sample: unknown;
  constructor(
    private readonly ctx: FromArrowContext,
    private readonly typeName: string,
  ) {}

  /** Sign of the q infinity to write (1/-1), or 0 for a null. */
  handle(raw: unknown, positive: boolean): number {
    if (this.count++ === 0) this.sample = raw;
    const policy = this.ctx.options.temporalInf;
    if (policy === 'error') {
      throw new QError(
        'domain',
        `${this.ctx.column || '(vector)'}: ${String(raw)} outside q's ${this.typeName} range (temporalInf: 'error')`,
      );
    }
    return policy === 'clamp' ? (positive ? 1 : -1) : 0;
  }

  finish(): void {
    const to = this.ctx.options.temporalInf === 'clamp' ? 'q infinities' : 'q nulls';
    this.ctx.log.add(
      'range',
      this.ctx.column,
      this.count,
      this.sample,
      `values outside q's ${this.typeName} range written as ${to}`,
    );
  }
}

/** Report a time zone dropped from a Timestamp column. */
export function reportTz(col: ArrowColumnIn, ctx: FromArrowContext): void {
  const tz = (col.type as Timestamp).timezone;
  if (tz)
    ctx.log.add(
      'tz-dropped',
      ctx.column,
      col.length,
      tz,
      `time zone ${tz} dropped: values are UTC instants`,
    );
}

/** Timestamp(any unit) → timestamp (ns on 32-bit halves), or datetime with the `z` hint. */
export function timestampToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
  unit: TimeUnit = (col.type as Timestamp).unit,
): Vector<12> | Vector<15> {
  if ((col.type as Partial<Timestamp>).timezone) reportTz(col, ctx);
  if (ctx.hint === 'z') return msToDatetime(col, NS_PER_UNIT[unit], ctx);
  const out = new BigInt64Array(col.length);
  const range = new OutOfRange(ctx, 'timestamp');
  const mult = NS_PER_UNIT[unit];
  let base = 0;
  for (const d of col.chunks) {
    const src = (d.values as BigInt64Array).subarray(0, d.length);
    const at = base;
    if (unit === TimeUnit.NANOSECOND) {
      unixNsToQ(src, out, at, bitmapOf(d), d.offset, (i, kind) => {
        if (kind === Item.Null) out[at + i] = INT64_NULL;
        else if (kind === Item.PosInf) out[at + i] = INT64_MAX;
        else if (kind === Item.NegInf) out[at + i] = -INT64_MAX;
        else out[at + i] = clampSign(range.handle(src[i], false));
      });
    } else {
      for (let i = 0; i < d.length; i++) {
        const v = src[i]!;
        if (!isValid(d, i)) out[at + i] = INT64_NULL;
        else if (v === INT64_MAX || v === -INT64_MAX) out[at + i] = v;
        else {
          const q = v * mult - EPOCH_OFFSET_NS;
          out[at + i] = q >= INT64_MAX || q <= -INT64_MAX ? clampSign(range.handle(v, q > 0n)) : q;
        }
      }
    }
    base += d.length;
  }
  range.finish();
  return new Vector(12, out);
}

/** The q long for a clamp sign: ±0W, or the null for 0. */
function clampSign(sign: number): bigint {
  return sign === 0 ? INT64_NULL : sign > 0 ? INT64_MAX : -INT64_MAX;
}

/** Timestamps (ns per unit `unitNs`) or Date64 → q datetime (float days). */
function msToDatetime(col: ArrowColumnIn, unitNs: bigint, ctx: FromArrowContext): Vector<15> {
  const out = new Float64Array(col.length);
  let fine = 0;
  let sample: bigint | undefined;
  let base = 0;
  for (const d of col.chunks) {
    const src = d.values as BigInt64Array;
    for (let i = 0; i < d.length; i++) {
      const v = src[i]!;
      if (!isValid(d, i)) out[base + i] = NaN;
      else if (v === INT64_MAX || v === -INT64_MAX) out[base + i] = v > 0n ? Infinity : -Infinity;
      else {
        const ns = v * unitNs;
        if (ns % 1_000_000n !== 0n && fine++ === 0) sample = v;
        const ms = Number(ns / 1_000_000n) - EPOCH_OFFSET_MS;
        out[base + i] = ms / MS_PER_DAY;
      }
    }
    base += d.length;
  }
  ctx.log.add(
    'precision',
    ctx.column,
    fine,
    sample,
    'sub-millisecond digits dropped into q datetimes',
  );
  return new Vector(15, out);
}

/** Date32 → date (−10957), or month with the `m` hint (days after the 1st reported). */
export function date32ToQ(col: ArrowColumnIn, ctx: FromArrowContext): Vector<13> | Vector<14> {
  const month = ctx.hint === 'm';
  const out = new Int32Array(col.length);
  const range = new OutOfRange(ctx, month ? 'month' : 'date');
  let notFirst = 0;
  let sample: number | undefined;
  let base = 0;
  for (const d of col.chunks) {
    const src = d.values as Int32Array;
    for (let i = 0; i < d.length; i++) {
      const x = src[i]!;
      let q: number;
      if (!isValid(d, i)) q = INT32_NULL;
      else if (x === INT32_MAX || x === -INT32_MAX) q = x;
      else if (month) {
        const c = civilFromDays(x - EPOCH_OFFSET_DAYS);
        if (c.day !== 1 && notFirst++ === 0) sample = x;
        q = (c.year - 2000) * 12 + c.month - 1;
      } else {
        q = x - EPOCH_OFFSET_DAYS;
        if (q <= -INT32_MAX) q = range.handle(x, false) * INT32_MAX || INT32_NULL;
      }
      out[base + i] = q;
    }
    base += d.length;
  }
  range.finish();
  ctx.log.add(
    'precision',
    ctx.column,
    notFirst,
    sample,
    'dates after the first of the month floored to q months',
  );
  return month ? new Vector(13, out) : new Vector(14, out);
}

/** Date64 (ms) → date when every value is a whole day (or with the `d` hint), else timestamp; `z` hint → datetime. */
export function date64ToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
): Vector<12> | Vector<14> | Vector<15> {
  if (ctx.hint === 'z') return msToDatetime(col, 1_000_000n, ctx);
  let wholeDays = true;
  for (const d of col.chunks) {
    const src = d.values as BigInt64Array;
    for (let i = 0; i < d.length && wholeDays; i++)
      if (isValid(d, i) && src[i]! % 86_400_000n !== 0n) wholeDays = false;
  }
  const asDate = ctx.hint === 'd' || (ctx.hint !== 'p' && wholeDays);
  if (!asDate) return timestampToQ(col, ctx, TimeUnit.MILLISECOND);
  const out = new Int32Array(col.length);
  let partial = 0;
  let base = 0;
  for (const d of col.chunks) {
    const src = d.values as BigInt64Array;
    for (let i = 0; i < d.length; i++) {
      if (!isValid(d, i)) {
        out[base + i] = INT32_NULL;
        continue;
      }
      const ms = src[i]!;
      if (ms % 86_400_000n !== 0n) partial++;
      const days =
        Number((ms - (((ms % 86_400_000n) + 86_400_000n) % 86_400_000n)) / 86_400_000n) -
        EPOCH_OFFSET_DAYS;
      out[base + i] = Math.max(-INT32_MAX, Math.min(INT32_MAX, days));
    }
    base += d.length;
  }
  ctx.log.add('precision', ctx.column, partial, null, 'Date64 times of day dropped into q dates');
  return new Vector(14, out);
}

/** Time32/Time64 → second (or minute with `u`), time, or timespan. */
export function timeToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
): Vector<16> | Vector<17> | Vector<18> | Vector<19> {
  const unit = (col.type as Time).unit;
  if (unit === TimeUnit.SECOND)
    return ctx.hint === 'u' ? secondsToMinutes(col, ctx) : sameWidth(col, 18, ctx);
  if (unit === TimeUnit.MILLISECOND) return sameWidth(col, 19, ctx);
  if (unit === TimeUnit.NANOSECOND) return sameWidth(col, 16, ctx);
  return scaleInt64(col, 1000n, ctx);
}

/** Duration(any unit) → timespan; with a `u`/`v`/`t` hint back to minute/second/time. */
export function durationToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
): Vector<16> | Vector<17> | Vector<18> | Vector<19> {
  const unit = (col.type as Duration).unit;
  if (unit === TimeUnit.NANOSECOND) return sameWidth(col, 16, ctx);
  if (unit === TimeUnit.SECOND && (ctx.hint === 'v' || ctx.hint === 'u'))
    return narrowDuration(col, ctx.hint === 'u' ? 60 : 1, ctx);
  if (unit === TimeUnit.MILLISECOND && ctx.hint === 't') return narrowDuration(col, 1, ctx);
  return scaleInt64(col, NS_PER_UNIT[unit], ctx);
}

/** Int64 values of a coarser unit to timespan ns; overflow follows `temporalInf`. */
function scaleInt64(col: ArrowColumnIn, mult: bigint, ctx: FromArrowContext): Vector<16> {
  const out = new BigInt64Array(col.length);
  const range = new OutOfRange(ctx, 'timespan');
  let base = 0;
  for (const d of col.chunks) {
    const src = d.values as BigInt64Array;
    for (let i = 0; i < d.length; i++) {
      if (!isValid(d, i)) {
        out[base + i] = INT64_NULL;
        continue;
      }
      const v = src[i]!;
      const ns = v === INT64_MAX || v === -INT64_MAX ? v : v * mult;
      if (ns > INT64_MAX || ns < -INT64_MAX) {
        const sign = range.handle(v, ns > 0n);
        out[base + i] = sign === 0 ? INT64_NULL : BigInt(sign) * INT64_MAX;
      } else out[base + i] = ns;
    }
    base += d.length;
  }
  range.finish();
  return new Vector(16, out);
}

/** Duration(s|ms) int64 → 32-bit minute/second/time; `div` 60 for minutes (remainders reported). */
function narrowDuration(
  col: ArrowColumnIn,
  div: number,
  ctx: FromArrowContext,
): Vector<17> | Vector<18> | Vector<19> {
  const code = div === 60 ? 17 : ctx.hint === 't' ? 19 : 18;
  const out = new Int32Array(col.length);
  const range = new OutOfRange(ctx, code === 17 ? 'minute' : code === 18 ? 'second' : 'time');
  let base = 0;
  for (const d of col.chunks) {
    const src = d.values as BigInt64Array;
    for (let i = 0; i < d.length; i++) {
      if (!isValid(d, i)) {
        out[base + i] = INT32_NULL;
        continue;
      }
      const v = Number(src[i]!) / div;
      const q = Math.floor(v);
      if (q >= INT32_MAX || q <= -INT32_MAX)
        out[base + i] = range.handle(src[i], q > 0) * INT32_MAX || INT32_NULL;
      else out[base + i] = q;
    }
    base += d.length;
  }
  range.finish();
  return new Vector(code, out) as Vector<17> | Vector<18> | Vector<19>;
}

/** Time32(s) → minute (÷60, remainders reported). */
function secondsToMinutes(col: ArrowColumnIn, ctx: FromArrowContext): Vector<17> {
  const out = new Int32Array(col.length);
  let partial = 0;
  let base = 0;
  for (const d of col.chunks) {
    const src = d.values as Int32Array;
    for (let i = 0; i < d.length; i++) {
      const x = src[i]!;
      if (!isValid(d, i)) out[base + i] = INT32_NULL;
      else if (x === INT32_MAX || x === -INT32_MAX) out[base + i] = x;
      else {
        if (x % 60 !== 0) partial++;
        out[base + i] = Math.floor(x / 60);
      }
    }
    base += d.length;
  }
  ctx.log.add('precision', ctx.column, partial, null, 'seconds dropped into q minutes');
  return new Vector(17, out);
}

/** IntervalYearMonth → month (raw months since 2000.01, reported as a type change); DayTime → timespan. */
export function intervalToQ(col: ArrowColumnIn, ctx: FromArrowContext): Vector<13> | Vector<16> {
  const unit = (col.type as unknown as { unit: number }).unit;
  if (unit === 0) {
    ctx.log.add(
      'type-changed',
      ctx.column,
      col.length,
      null,
      'year-month intervals read as q months counted from 2000.01',
    );
    return sameWidth(col, 13, ctx);
  }
  if (unit !== 1)
    throw new QError(
      'type',
      `${ctx.column || '(vector)'}: Arrow month-day-nano intervals have no q type`,
    );
  const out = new BigInt64Array(col.length);
  let base = 0;
  for (const d of col.chunks) {
    const pairs = d.values as Int32Array;
    for (let i = 0; i < d.length; i++) {
      out[base + i] = isValid(d, i)
        ? BigInt(pairs[2 * i]!) * 86_400_000_000_000n + BigInt(pairs[2 * i + 1]!) * 1_000_000n
        : INT64_NULL;
    }
    base += d.length;
  }
  return new Vector(16, out);
}
