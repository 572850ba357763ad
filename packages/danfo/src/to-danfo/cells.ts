/**
 * q columns to Danfo cells with an explicit dtype. Danfo keeps plain JS values (numbers,
 * strings, booleans, `Date`s), so every q type maps to one of those; what cannot be kept
 * exactly (longs beyond 2^53, sub-millisecond timestamps, temporal infinities) is reported.
 */
import {
  EPOCH_OFFSET_MS,
  EnumVector,
  MixedList,
  QError,
  TYPES,
  Vector,
  daysFromCivil,
  formatGuid,
  isoDuration,
  temporalToIso,
  type AnyVector,
  type K,
} from '@qts/types';
import type { DanfoColumn, ToDanfoContext } from './context.js';

const INT64_NULL = -0x8000000000000000n;
const INT64_INF = 0x7fffffffffffffffn;
const EPOCH_NS = 946_684_800_000_000_000n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MS_PER_DAY = 86_400_000;
const decoder = new TextDecoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Convert one q column (vector, general list, enumeration) to Danfo cells. */
export function columnToCells(k: K, ctx: ToDanfoContext): DanfoColumn {
  if (k instanceof Vector) return vectorCells(k as AnyVector, ctx);
  if (k instanceof EnumVector) {
    ctx.log.add(
      'type-changed',
      ctx.column,
      k.length,
      k.domain,
      `enumeration over ${k.domain} written as its symbols`,
    );
    const cells = Array.from({ length: k.length }, (_, i) => k.symbolAt(i) ?? null);
    return { cells, dtype: 'string', qtype: 's' };
  }
  if (k instanceof MixedList) return listCells(k, ctx);
  throw new QError('type', `${ctx.column || '(series)'}: a ${k.type}h value is not a column`);
}

function listCells(list: MixedList, ctx: ToDanfoContext): DanfoColumn {
  const items = list.items;
  if (items.length > 0 && items.every((x) => x instanceof Vector && x.type === 10)) {
    let bad = 0;
    const cells = items.map((x) => {
      const bytes = (x as Vector<10>).data;
      try {
        return strictDecoder.decode(bytes);
      } catch {
        bad++;
        return decoder.decode(bytes);
      }
    });
    ctx.log.add(
      'encoding',
      ctx.column,
      bad,
      null,
      'strings that are not UTF-8 decoded with U+FFFD',
    );
    return { cells, dtype: 'string', qtype: 'C' };
  }
  const first = items[0];
  const same =
    first instanceof Vector && items.every((x) => x instanceof Vector && x.type === first.type);
  const qtype = same ? TYPES[(first as Vector).type].char.toUpperCase() : '0';
  const cells = items.map((x) => x.toJS({ long: 'bigint' }));
  return { cells, dtype: 'string', qtype };
}

/** ±Infinity for q infinities unless `intInfinity: 'raw'`. */
function intCell(x: number, nul: number, inf: number, raw: boolean): number {
  if (x === nul) return NaN;
  if (!raw && (x === inf || x === -inf)) return x > 0 ? Infinity : -Infinity;
  return x;
}

function vectorCells(v: AnyVector, ctx: ToDanfoContext): DanfoColumn {
  const n = v.length;
  const o = ctx.options;
  const qtype = TYPES[v.type].char;
  const cells = new Array<unknown>(n);
  const raw = o.intInfinity === 'raw';
  switch (v.type) {
    case 1:
      for (let i = 0; i < n; i++) cells[i] = v.data[i] !== 0;
      return { cells, dtype: 'boolean', qtype };
    case 2:
      for (let i = 0; i < n; i++)
        cells[i] = v.isNull(i) ? null : formatGuid(v.data.subarray(i * 16, i * 16 + 16));
      return { cells, dtype: 'string', qtype };
    case 4:
      for (let i = 0; i < n; i++) cells[i] = v.data[i];
      return { cells, dtype: 'int32', qtype };
    case 5:
    case 6:
    case 17:
    case 18:
    case 19: {
      const nul = v.type === 5 ? -0x8000 : -0x80000000;
      const inf = v.type === 5 ? 0x7fff : 0x7fffffff;
      for (let i = 0; i < n; i++) cells[i] = intCell(v.data[i]!, nul, inf, raw);
      return { cells, dtype: 'int32', qtype };
    }
    case 7:
      return longCells(v.data, ctx, qtype);
    case 8:
    case 9:
      for (let i = 0; i < n; i++) cells[i] = v.data[i];
      return { cells, dtype: 'float32', qtype };
    case 10:
      for (let i = 0; i < n; i++) cells[i] = String.fromCharCode(v.data[i]!);
      return { cells, dtype: 'string', qtype };
    case 11: {
      const nullCell = o.symbolNull === 'null' ? null : '';
      for (let i = 0; i < n; i++) cells[i] = v.data[i] === '' ? nullCell : v.data[i];
      return { cells, dtype: 'string', qtype };
    }
    case 12:
      return timestampCells(v.data, ctx);
    case 13:
    case 14:
    case 15:
      return dateCells(v, ctx);
    case 16:
      return timespanCells(v.data, ctx);
  }
}

function longCells(data: BigInt64Array, ctx: ToDanfoContext, qtype: string): DanfoColumn {
  const n = data.length;
  const cells = new Array<unknown>(n);
  const mode = ctx.options.long;
  const raw = ctx.options.intInfinity === 'raw';
  let lost = 0;
  let sample: bigint | undefined;
  for (let i = 0; i < n; i++) {
    const x = data[i]!;
    if (x === INT64_NULL) cells[i] = mode === 'number' ? NaN : null;
    else if (!raw && (x === INT64_INF || x === -INT64_INF)) {
      cells[i] =
        mode === 'string' ? (x > 0n ? 'Infinity' : '-Infinity') : x > 0n ? Infinity : -Infinity;
    } else if (mode === 'bigint') cells[i] = x;
    else if (mode === 'string') cells[i] = x.toString();
    else {
      if ((x > MAX_SAFE || x < -MAX_SAFE) && lost++ === 0) sample = x;
      cells[i] = Number(x);
    }
  }
  ctx.log.add(
    'precision',
    ctx.column,
    lost,
    sample,
    'longs beyond ±2^53 rounded to the nearest double',
  );
  if (mode === 'bigint' && n > 0) {
    ctx.log.add(
      'type-changed',
      ctx.column,
      n,
      null,
      'bigint cells: Danfo cannot compute on them (long: bigint)',
    );
  }
  return { cells, dtype: mode === 'string' ? 'string' : 'int32', qtype };
}

function timestampCells(data: BigInt64Array, ctx: ToDanfoContext): DanfoColumn {
  const n = data.length;
  const cells = new Array<unknown>(n);
  const mode = ctx.options.timestamp;
  let subMs = 0;
  let subSample: bigint | undefined;
  let infs = 0;
  for (let i = 0; i < n; i++) {
    const x = data[i]!;
    if (x === INT64_NULL) {
      cells[i] = mode === 'number-ms' ? NaN : null;
      continue;
    }
    if (x === INT64_INF || x === -INT64_INF) {
      infs++;
      cells[i] = mode === 'number-ms' ? (x > 0n ? Infinity : -Infinity) : null;
      continue;
    }
    if (mode === 'iso-ns') cells[i] = temporalToIso(12, x);
    else if (mode === 'bigint-ns') cells[i] = x + EPOCH_NS;
    else {
      const rem = ((x % 1_000_000n) + 1_000_000n) % 1_000_000n;
      if (rem !== 0n && subMs++ === 0) subSample = x;
      const ms = Number((x - rem) / 1_000_000n) + EPOCH_OFFSET_MS;
      cells[i] = mode === 'date' ? new Date(ms) : ms;
    }
  }
  if (mode !== 'number-ms') {
    ctx.log.add(
      'infinity',
      ctx.column,
      infs,
      'timestamp infinity',
      'timestamp infinities written as null',
    );
  }
  ctx.log.add('precision', ctx.column, subMs, subSample, 'timestamps floored to the millisecond');
  const dtype =
    mode === 'date'
      ? 'datetime'
      : mode === 'iso-ns'
        ? 'string'
        : mode === 'number-ms'
          ? 'float32'
          : 'int32';
  return { cells, dtype, qtype: 'p' };
}

function dateCells(v: Vector<13> | Vector<14> | Vector<15>, ctx: ToDanfoContext): DanfoColumn {
  const n = v.length;
  const cells = new Array<unknown>(n);
  let infs = 0;
  let subMs = 0;
  let range = 0;
  for (let i = 0; i < n; i++) {
    if (v.isNull(i)) {
      cells[i] = null;
      continue;
    }
    if (v.isInf(i)) {
      infs++;
      cells[i] = null;
      continue;
    }
    const x = v.data[i]!;
    let ms: number;
    if (v.type === 15) {
      ms = Math.round(x * MS_PER_DAY);
      if (ms / MS_PER_DAY !== x) subMs++;
    } else if (v.type === 14) ms = x * MS_PER_DAY;
    else {
      const year = 2000 + Math.floor(x / 12);
      ms = daysFromCivil(year, x - (year - 2000) * 12 + 1, 1) * MS_PER_DAY;
    }
    const date = new Date(ms + EPOCH_OFFSET_MS);
    if (Number.isNaN(date.getTime())) range++;
    cells[i] = Number.isNaN(date.getTime()) ? null : date;
  }
  const name = TYPES[v.type].name;
  ctx.log.add(
    'infinity',
    ctx.column,
    infs,
    `${name} infinity`,
    `${name} infinities written as null`,
  );
  ctx.log.add('precision', ctx.column, subMs, null, 'datetimes rounded to the millisecond');
  ctx.log.add(
    'range',
    ctx.column,
    range,
    null,
    `${name}s beyond the range of Date written as null`,
  );
  return { cells, dtype: 'datetime', qtype: TYPES[v.type].char };
}

function timespanCells(data: BigInt64Array, ctx: ToDanfoContext): DanfoColumn {
  const n = data.length;
  const cells = new Array<unknown>(n);
  const text = ctx.options.timespan === 'string';
  let lost = 0;
  let sample: bigint | undefined;
  for (let i = 0; i < n; i++) {
    const x = data[i]!;
    if (x === INT64_NULL) cells[i] = text ? null : NaN;
    else if (x === INT64_INF || x === -INT64_INF)
      cells[i] = text ? null : x > 0n ? Infinity : -Infinity;
    else if (text) cells[i] = isoDuration(x);
    else {
      if ((x > MAX_SAFE || x < -MAX_SAFE) && lost++ === 0) sample = x;
      cells[i] = Number(x);
    }
  }
  ctx.log.add(
    'precision',
    ctx.column,
    lost,
    sample,
    'timespans beyond ±2^53 ns (104 days) rounded',
  );
  return { cells, dtype: text ? 'string' : 'int32', qtype: 'n' };
}
