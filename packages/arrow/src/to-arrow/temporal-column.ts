/**
 * Timestamp, month, date, datetime, minute, second and time columns. One fixed Arrow type per q
 * type, so the schema never depends on the data. Nulls, infinities and values beyond the Arrow
 * type's range are caught before the epoch shift and follow `temporalInf`.
 */
import {
  DateDay,
  DurationMillisecond,
  DurationSecond,
  TimeMillisecond,
  TimeSecond,
  TimestampMillisecond,
  TimestampNanosecond,
  makeData,
  type Data,
} from 'apache-arrow';
import { EPOCH_OFFSET_DAYS, EPOCH_OFFSET_MS, QError, daysFromCivil, type Vector } from '@qts/types';
import { Item, qToUnixNs } from '../epoch-shift.js';
import type { ToArrowContext } from './context.js';
import { ValidityBuilder } from './validity.js';

const INT32_NULL = -0x80000000;
const INT32_INF = 0x7fffffff;
const INT64_MAX = 0x7fffffffffffffffn;
const MS_PER_DAY = 86_400_000;

/** Applies `temporalInf` to the items that have no value in the Arrow type, and reports them. */
class Specials {
  readonly validity: ValidityBuilder;
  private inf = 0;
  private range = 0;
  private rangeSample: unknown;

  constructor(
    private readonly ctx: ToArrowContext,
    n: number,
    private readonly typeName: string,
  ) {
    this.validity = new ValidityBuilder(n);
  }

  /**
   * Handle item i; returns the sign of the clamp to write (1 or -1) under `clamp`, 0 when the
   * item became invalid.
   */
  handle(i: number, kind: 'null' | 'inf' | 'ninf' | 'over' | 'under', raw: unknown): number {
    if (kind === 'null') {
      this.validity.invalidate(i);
      return 0;
    }
    const isInf = kind === 'inf' || kind === 'ninf';
    if (isInf) this.inf++;
    else if (this.range++ === 0) this.rangeSample = raw;
    const policy = this.ctx.options.temporalInf;
    if (policy === 'error') {
      throw new QError(
        'domain',
        `${this.ctx.column || '(vector)'}: ${this.typeName} ${isInf ? 'infinity' : String(raw)} has no Arrow value (temporalInf: 'error')`,
      );
    }
    if (policy === 'clamp') return kind === 'inf' || kind === 'over' ? 1 : -1;
    this.validity.invalidate(i);
    return 0;
  }

  /** Report what was handled. */
  finish(): ReturnType<ValidityBuilder['finish']> {
    const { log, column, options } = this.ctx;
    const to = options.temporalInf === 'clamp' ? 'clamped to the Arrow extremes' : 'Arrow nulls';
    // clamped infinities come back as infinities through kdb.type, so only nulling loses them
    if (options.temporalInf === 'null') {
      log.add(
        'infinity',
        column,
        this.inf,
        `${this.typeName} infinity`,
        `infinities written as ${to}`,
      );
    }
    log.add(
      'range',
      column,
      this.range,
      this.rangeSample,
      `${this.typeName} values beyond the Arrow type's range written as ${to}`,
    );
    return this.validity.finish();
  }
}

/** Timestamp → Timestamp(ns) over Unix ns: one copy with the epoch shift on 32-bit halves. */
export function timestampColumn(v: Vector<12>, ctx: ToArrowContext): Data {
  const n = v.length;
  const out = new BigInt64Array(n);
  const sp = new Specials(ctx, n, 'timestamp');
  qToUnixNs(v.data, out, (i, kind) => {
    const raw = v.data[i];
    const k =
      kind === Item.Null
        ? 'null'
        : kind === Item.PosInf
          ? 'inf'
          : kind === Item.NegInf
            ? 'ninf'
            : 'over';
    const sign = sp.handle(i, k, raw);
    if (sign !== 0) out[i] = sign > 0 ? INT64_MAX : -INT64_MAX;
  });
  const val = sp.finish();
  return makeData({
    type: new TimestampNanosecond(ctx.options.timezone),
    data: out,
    nullBitmap: val.bitmap,
    nullCount: val.nullCount,
  });
}

/** Classify a 32-bit temporal raw. */
function int32Kind(x: number): 'null' | 'inf' | 'ninf' | undefined {
  return x === INT32_NULL
    ? 'null'
    : x === INT32_INF
      ? 'inf'
      : x === -INT32_INF
        ? 'ninf'
        : undefined;
}

/** Date → Date32 (+10957 days), month → Date32 of the month's first day. */
export function dateColumn(v: Vector<13> | Vector<14>, ctx: ToArrowContext): Data {
  const src = v.data;
  const n = src.length;
  const out = new Int32Array(n);
  const sp = new Specials(ctx, n, v.type === 13 ? 'month' : 'date');
  const month = v.type === 13;
  for (let i = 0; i < n; i++) {
    const x = src[i]!;
    const special = int32Kind(x);
    let days = special === undefined ? (month ? monthDays(x) : x + EPOCH_OFFSET_DAYS) : 0;
    const fits = days > -INT32_INF && days < INT32_INF;
    if (special !== undefined || !fits) {
      const sign = sp.handle(i, special ?? (days > 0 ? 'over' : 'under'), x);
      days = sign * INT32_INF;
    }
    out[i] = days;
  }
  const val = sp.finish();
  return makeData({
    type: new DateDay(),
    data: out,
    nullBitmap: val.bitmap,
    nullCount: val.nullCount,
  });
}

/** Unix days of the first day of q month `m`. */
function monthDays(m: number): number {
  const year = 2000 + Math.floor(m / 12);
  return daysFromCivil(year, m - (year - 2000) * 12 + 1, 1) + EPOCH_OFFSET_DAYS;
}

/** Datetime (float days) → Timestamp(ms); a value that is not a whole millisecond is reported. */
export function datetimeColumn(v: Vector<15>, ctx: ToArrowContext): Data {
  const src = v.data;
  const n = src.length;
  const out = new BigInt64Array(n);
  const sp = new Specials(ctx, n, 'datetime');
  let inexact = 0;
  let inexactSample: number | undefined;
  for (let i = 0; i < n; i++) {
    const f = src[i]!;
    if (f !== f) {
      sp.handle(i, 'null', f);
      continue;
    }
    const ms = Math.round(f * MS_PER_DAY);
    if (f === Infinity || f === -Infinity || !Number.isSafeInteger(ms + EPOCH_OFFSET_MS)) {
      const kind = f === Infinity ? 'inf' : f === -Infinity ? 'ninf' : f > 0 ? 'over' : 'under';
      const sign = sp.handle(i, kind, f);
      if (sign !== 0) out[i] = sign > 0 ? INT64_MAX : -INT64_MAX;
      continue;
    }
    if (ms / MS_PER_DAY !== f && inexact++ === 0) inexactSample = f;
    out[i] = BigInt(ms + EPOCH_OFFSET_MS);
  }
  ctx.log.add(
    'precision',
    ctx.column,
    inexact,
    inexactSample,
    'datetime values finer than a millisecond rounded to the millisecond',
  );
  const val = sp.finish();
  return makeData({
    type: new TimestampMillisecond(ctx.options.timezone),
    data: out,
    nullBitmap: val.bitmap,
    nullCount: val.nullCount,
  });
}

const SPEC_LIMIT = { 17: 86_400, 18: 86_400, 19: MS_PER_DAY } as const;

/**
 * Minute/second/time → Time32(s|ms): no copy for second and time, ×60 for minute. Values
 * outside one day are out of spec for Arrow's Time types and reported; `time: 'duration'`
 * gives Duration(s|ms) instead, which holds any value.
 */
export function timeOfDayColumn(
  v: Vector<17> | Vector<18> | Vector<19>,
  ctx: ToArrowContext,
): Data {
  const src = v.data;
  const n = src.length;
  const name = v.type === 17 ? 'minute' : v.type === 18 ? 'second' : 'time';
  const sp = new Specials(ctx, n, name);
  const scale = v.type === 17 ? 60 : 1;
  const duration = ctx.options.time === 'duration';
  const copy = duration || scale !== 1;
  const out32 = copy && !duration ? new Int32Array(n) : undefined;
  const out64 = duration ? new BigInt64Array(n) : undefined;
  const limit = SPEC_LIMIT[v.type];
  let outside = 0;
  let outsideSample: number | undefined;
  for (let i = 0; i < n; i++) {
    const x = src[i]!;
    const special = int32Kind(x);
    let value = special === undefined ? x * scale : 0;
    if (special !== undefined || (!duration && (value >= INT32_INF || value <= -INT32_INF))) {
      const sign = sp.handle(i, special ?? (value > 0 ? 'over' : 'under'), x);
      value = sign * INT32_INF;
    } else if (!duration && (value < 0 || value >= limit) && outside++ === 0) outsideSample = x;
    if (out32 !== undefined) out32[i] = value;
    else if (out64 !== undefined) out64[i] = BigInt(value);
  }
  ctx.log.add(
    'out-of-spec',
    ctx.column,
    outside,
    outsideSample,
    `${name} values outside one day written to an Arrow Time type (use time: 'duration')`,
  );
  const val = sp.finish();
  const ms = v.type === 19;
  if (out64 !== undefined) {
    const type = ms ? new DurationMillisecond() : new DurationSecond();
    return makeData({ type, data: out64, nullBitmap: val.bitmap, nullCount: val.nullCount });
  }
  const type = ms ? new TimeMillisecond() : new TimeSecond();
  return makeData({
    type,
    data: out32 ?? src,
    nullBitmap: val.bitmap,
    nullCount: val.nullCount,
  });
}
