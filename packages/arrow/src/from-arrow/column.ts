/** One Arrow column to q: dispatch on the Arrow type id, guided by the `kdb.type` hint. */
import {
  type Data,
  type Float,
  type Int as ArrowInt,
  Precision,
  Type,
  DateUnit,
  type Date_,
} from 'apache-arrow';
import { QError, Vector, type K } from '@qts/types';
import { EXTENSION_NAME, KDB_ATTR, UUID_EXTENSION } from '../metadata.js';
import { applyAttribute } from './attribute.js';
import { columnIn, type ArrowColumnIn, type FromArrowContext } from './context.js';
import { listToQ, mapToQ, nullToQ, structToDicts, unionToQ } from './nested.js';
import { boolToQ, decimalToQ, float16ToQ, sameWidth, widenInt } from './numeric.js';
import {
  date32ToQ,
  date64ToQ,
  durationToQ,
  intervalToQ,
  timeToQ,
  timestampToQ,
} from './temporal.js';
import { bytesToLists, dictionaryToQ, fixedBinaryToQ, utf8ToQ } from './text.js';

/** Convert one Arrow column (all its chunks) to a q list, re-applying a checked `kdb.attr`. */
export function columnToQ(col: ArrowColumnIn, ctx: FromArrowContext): K {
  const k = convertType(col, ctx);
  return ctx.options.useMetadata ? applyAttribute(k, col.metadata.get(KDB_ATTR), ctx) : k;
}

function convertType(col: ArrowColumnIn, ctx: FromArrowContext): K {
  const t = col.type;
  switch (t.typeId) {
    case Type.Null:
      return nullToQ(col);
    case Type.Bool:
      return boolToQ(col, ctx);
    case Type.Int:
      return intToQ(col, ctx);
    case Type.Float: {
      const p = (t as Float).precision;
      if (p === Precision.HALF) return float16ToQ(col);
      return p === Precision.SINGLE ? sameWidth(col, 8, ctx) : sameWidth(col, 9, ctx);
    }
    case Type.Decimal:
      return decimalToQ(col, ctx);
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Utf8View:
      return utf8ToQ(col, ctx);
    case Type.Binary:
    case Type.LargeBinary:
    case Type.BinaryView:
      return bytesToLists(col, ctx.hint === 'C' ? 10 : 4, ctx);
    case Type.FixedSizeBinary:
      return fixedBinaryToQ(col, ctx, col.metadata.get(EXTENSION_NAME) === UUID_EXTENSION);
    case Type.Date:
      return (t as Date_).unit === DateUnit.DAY ? date32ToQ(col, ctx) : date64ToQ(col, ctx);
    case Type.Timestamp:
      return timestampToQ(col, ctx);
    case Type.Time:
      return timeToQ(col, ctx);
    case Type.Duration:
      return durationToQ(col, ctx);
    case Type.Interval:
      return intervalToQ(col, ctx);
    case Type.List:
    case Type.LargeList:
    case Type.FixedSizeList:
      return listToQ(col, ctx, columnToQ);
    case Type.Struct:
      return structToDicts(col, ctx, columnToQ);
    case Type.Map:
      return mapToQ(col, ctx, columnToQ);
    case Type.Union:
      return unionToQ(col, ctx, columnToQ);
    case Type.Dictionary:
      return dictionaryToQ(col, ctx, (dict: Data) =>
        columnToQ(columnIn({ type: dict.type, metadata: col.metadata }, [dict]), ctx),
      );
    default:
      throw new QError(
        'type',
        `${ctx.column || '(vector)'}: Arrow type ${String(t)} has no q mapping`,
      );
  }
}

/** Signed ints of q's widths map straight across; Int8 and unsigned ones widen (or follow the hint). */
function intToQ(col: ArrowColumnIn, ctx: FromArrowContext): K {
  const t = col.type as ArrowInt;
  if (t.bitWidth === 8 && (t.isSigned ? ctx.hint === 'x' : true)) {
    if (!t.isSigned) return sameWidth(col, ctx.hint === 'c' ? 10 : 4, ctx);
    const bytes = sameWidthInt8(col);
    return bytes;
  }
  if (!t.isSigned) return widenInt(col, ctx);
  if (t.bitWidth === 8) return widenInt(col, ctx);
  if (t.bitWidth === 16) return sameWidth(col, 5, ctx);
  if (t.bitWidth === 32) return sameWidth(col, 6, ctx);
  return sameWidth(col, 7, ctx);
}

/** Int8 written by `byte: 'int8'` back to q bytes (the same bits). */
function sameWidthInt8(col: ArrowColumnIn): Vector<4> {
  const out = new Uint8Array(col.length);
  let base = 0;
  for (const d of col.chunks) {
    const v = d.values as Int8Array;
    out.set(new Uint8Array(v.buffer, v.byteOffset, d.length), base);
    base += d.length;
  }
  return new Vector(4, out);
}
