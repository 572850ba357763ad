/**
 * Danfo cells to q lists. With a q type hint (the sidecar or `options.meta`) the column gets
 * exactly that type; without one the values are scanned (Danfo's dtype is only a label):
 * booleans → b, whole numbers → j, other numbers → f, `Date`s → p, strings → s, bigints → j.
 */
import {
  EPOCH_OFFSET_MS,
  K,
  MixedList,
  QError,
  TYPES,
  Vector,
  fromJS,
  parseGuid,
  rawFromDate,
  rawFromEpochNs,
  temporalToRaw,
  typeInfo,
  type BasicCode,
  type TypeName,
} from '@qts/types';
import type { LossLog } from '@qts/types';

/** Where losses go and what the column is called. */
export interface CellsContext {
  /** Loss collector. */
  readonly log: LossLog;
  /** Column (q name), for reports. */
  readonly column: string;
  /** Strings without a hint: symbols or q strings. */
  readonly strings: 'symbol' | 'string';
}

const encoder = new TextEncoder();

function isNa(x: unknown): boolean {
  return (
    x === null ||
    x === undefined ||
    (typeof x === 'number' && Number.isNaN(x)) ||
    (x instanceof Date && Number.isNaN(x.getTime()))
  );
}

/** Convert one column of cells to q, typed by `hint` (a q type char) when given. */
export function cellsToQ(
  cells: readonly unknown[],
  hint: string | undefined,
  ctx: CellsContext,
): K {
  const code = hint === undefined ? inferType(cells, ctx) : hint;
  if (code === 'C')
    return new MixedList(
      cells.map((x) => new Vector(10, encoder.encode(isNa(x) ? '' : String(x)))),
    );
  if (code === '0' || code === 'list') return new MixedList(cells.map((x) => fromJS(x as never)));
  if (code.length === 1 && code !== code.toLowerCase()) {
    const name = typeInfo(code.toLowerCase())?.name;
    if (name === undefined) throw new QError('type', `${ctx.column}: unknown q type ${code}`);
    const make = K[name as TypeName] as unknown as (xs: unknown[]) => K;
    return new MixedList(cells.map((x) => make(Array.isArray(x) ? x : [])));
  }
  const info = typeInfo(code);
  if (info === undefined || code.length !== 1)
    throw new QError('type', `${ctx.column}: unknown q type ${code}`);
  return typedVector(cells, info.code, ctx);
}

function inferType(cells: readonly unknown[], ctx: CellsContext): string {
  let kind: string | undefined;
  for (const x of cells) {
    if (isNa(x)) continue;
    const k =
      typeof x === 'boolean'
        ? 'b'
        : typeof x === 'bigint'
          ? 'j'
          : typeof x === 'number'
            ? Number.isInteger(x) || !Number.isFinite(x)
              ? 'j'
              : 'f'
            : x instanceof Date
              ? 'p'
              : typeof x === 'string'
                ? ctx.strings === 'string'
                  ? 'C'
                  : 's'
                : '0';
    if (kind === undefined) kind = k;
    else if (kind !== k) {
      if ((kind === 'j' && k === 'f') || (kind === 'f' && k === 'j')) kind = 'f';
      else return '0';
    }
  }
  return kind ?? 'f';
}

/** Cells to a vector of one basic type. */
function typedVector(cells: readonly unknown[], code: BasicCode, ctx: CellsContext): K {
  const n = cells.length;
  const info = TYPES[code];
  let lost = 0;
  let lostSample: unknown;
  const lose = (x: unknown): void => {
    if (lost++ === 0) lostSample = x;
  };
  const finish = <T extends K>(v: T): T => {
    ctx.log.add(
      'precision',
      ctx.column,
      lost,
      lostSample,
      `cells that are not exact ${info.name}s were rounded or nulled`,
    );
    return v;
  };
  switch (code) {
    case 1: {
      const out = new Uint8Array(n);
      let dropped = 0;
      cells.forEach((x, i) => (isNa(x) ? dropped++ : (out[i] = x ? 1 : 0)));
      ctx.log.add('null-dropped', ctx.column, dropped, null, 'missing values written as 0b');
      return new Vector(1, out);
    }
    case 2: {
      const out = new Uint8Array(n * 16);
      cells.forEach((x, i) => {
        if (isNa(x)) return;
        try {
          out.set(parseGuid(String(x)), i * 16);
        } catch {
          lose(x);
        }
      });
      return finish(new Vector(2, out));
    }
    case 7:
    case 12:
    case 16:
      return finish(new Vector(code, int64Cells(cells, code, lose)));
    case 8:
    case 9: {
      const out = info.alloc(n) as Float32Array | Float64Array;
      cells.forEach((x, i) => {
        const f = isNa(x) ? NaN : Number(x);
        if (!isNa(x) && Number.isNaN(f)) lose(x);
        out[i] = f;
      });
      if (code === 8) {
        let rounded = 0;
        cells.forEach(
          (x, i) => typeof x === 'number' && Number.isFinite(x) && out[i] !== x && rounded++,
        );
        ctx.log.add('precision', ctx.column, rounded, null, 'floats rounded to reals');
      }
      return finish(new Vector(code, out as never));
    }
    case 10: {
      const out = new Uint8Array(n).fill(0x20);
      cells.forEach((x, i) => {
        if (isNa(x)) return;
        const c = String(x).charCodeAt(0);
        if (String(x).length !== 1 || c > 0xff) lose(x);
        out[i] = Number.isNaN(c) ? 0x20 : c & 0xff;
      });
      return finish(new Vector(10, out));
    }
    case 11:
      return new Vector(
        11,
        cells.map((x) => (isNa(x) ? '' : String(x))),
      );
    case 13:
    case 14:
    case 15: {
      const out = info.alloc(n) as Int32Array | Float64Array;
      cells.forEach((x, i) => {
        if (isNa(x)) out[i] = info.null as number;
        else if (x === Infinity || x === -Infinity)
          out[i] = (x > 0 ? info.inf : info.ninf) as number;
        else {
          try {
            out[i] = (
              x instanceof Date ? rawFromDate(code, x) : temporalToRaw(code, x as never)
            ) as number;
          } catch {
            lose(x);
            out[i] = info.null as number;
          }
        }
      });
      return finish(new Vector(code, out as never));
    }
    default: {
      // 4, 5, 6, 17, 18, 19: 8/16/32-bit integers counted in the type's unit
      const out = info.alloc(n) as Uint8Array | Int16Array | Int32Array;
      const nul = (info.null ?? 0) as number;
      const inf = info.inf as number | undefined;
      const max = inf === undefined ? 255 : inf - 1;
      const min = inf === undefined ? 0 : -max;
      let dropped = 0;
      cells.forEach((x, i) => {
        if (isNa(x)) {
          if (info.null === undefined) dropped++;
          out[i] = nul;
          return;
        }
        const f = typeof x === 'bigint' ? Number(x) : Number(x);
        if ((f === Infinity || f === -Infinity) && inf !== undefined) out[i] = f > 0 ? inf : -inf;
        else if (Number.isInteger(f) && f >= min && f <= max) out[i] = f;
        else {
          lose(x);
          out[i] = Number.isFinite(f) ? Math.max(min, Math.min(max, Math.round(f))) : nul;
        }
      });
      ctx.log.add(
        'null-dropped',
        ctx.column,
        dropped,
        null,
        `missing values written as 0 (q ${info.name} has no null)`,
      );
      return finish(new Vector(code, out as never));
    }
  }
}

const INT64_NULL = -0x8000000000000000n;
const INT64_INF = 0x7fffffffffffffffn;
const INT64_MAX_VALID = INT64_INF - 1n;

/** Cells to long / timestamp / timespan raws. */
function int64Cells(
  cells: readonly unknown[],
  code: 7 | 12 | 16,
  lose: (x: unknown) => void,
): BigInt64Array {
  const out = new BigInt64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    if (isNa(x)) {
      out[i] = INT64_NULL;
      continue;
    }
    if (x === Infinity || x === -Infinity || x === 'Infinity' || x === '-Infinity') {
      out[i] = x === Infinity || x === 'Infinity' ? INT64_INF : -INT64_INF;
      continue;
    }
    try {
      out[i] = int64Of(x, code);
      if (out[i]! > INT64_MAX_VALID || out[i]! < -INT64_MAX_VALID) throw new QError('domain');
    } catch {
      lose(x);
      out[i] = INT64_NULL;
    }
  }
  return out;
}

function int64Of(x: unknown, code: 7 | 12 | 16): bigint {
  if (code === 12) {
    if (x instanceof Date) {
      const ms = x.getTime();
      return BigInt(ms - EPOCH_OFFSET_MS) * 1_000_000n;
    }
    if (typeof x === 'bigint') return rawFromEpochNs(12, x);
    if (typeof x === 'number') {
      if (!Number.isInteger(x)) throw new QError('domain');
      return BigInt(x - EPOCH_OFFSET_MS) * 1_000_000n;
    }
    return temporalToRaw(12, x as never);
  }
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number') {
    if (!Number.isInteger(x)) throw new QError('domain');
    return BigInt(x);
  }
  if (typeof x === 'string') return code === 16 ? temporalToRaw(16, x as never) : BigInt(x);
  throw new QError('type');
}
