/** One q column (vector, general list or enumeration) to Arrow data plus its field metadata. */
import {
  Dictionary,
  FixedSizeBinary,
  Int32,
  Utf8,
  makeData,
  makeVector,
  type Data,
} from 'apache-arrow';
import { EnumVector, MixedList, QError, TYPES, Vector, type AnyVector, type K } from '@qts/types';
import {
  EXTENSION_METADATA,
  EXTENSION_NAME,
  KDB_ATTR,
  KDB_ENUM,
  KDB_TYPE,
  UUID_EXTENSION,
} from '../metadata.js';
import type { ArrowColumn, ToArrowContext } from './context.js';
import { listColumn } from './list-column.js';
import {
  boolColumn,
  byteColumn,
  floatColumn,
  int16or32Column,
  int64Column,
} from './numeric-column.js';
import { dateColumn, datetimeColumn, timeOfDayColumn, timestampColumn } from './temporal-column.js';
import { charColumn, symbolColumn, utf8Data } from './text-column.js';
import { guidValidity } from './validity.js';

/** Convert a column-shaped K (vector, general list, enumeration) to Arrow. */
export function columnToArrow(k: K, ctx: ToArrowContext): ArrowColumn {
  const md = new Map<string, string>();
  const withMd = ctx.options.metadata;
  let data: Data;
  if (k instanceof Vector) {
    const v = k as AnyVector;
    data = vectorToArrow(v, ctx);
    if (withMd) {
      md.set(KDB_TYPE, TYPES[v.type].char);
      if (v.attribute !== '') md.set(KDB_ATTR, v.attribute);
      if (v.type === 2) {
        md.set(EXTENSION_NAME, UUID_EXTENSION);
        md.set(EXTENSION_METADATA, '');
      }
    }
  } else if (k instanceof MixedList) {
    const list = listColumn(k, ctx, columnToArrow);
    data = list.data;
    if (withMd) md.set(KDB_TYPE, list.kdbType);
  } else if (k instanceof EnumVector) {
    data = enumToArrow(k, ctx);
    if (withMd) {
      md.set(KDB_TYPE, 's');
      md.set(KDB_ENUM, k.domain);
      if (k.attribute !== '') md.set(KDB_ATTR, k.attribute);
    }
  } else {
    throw new QError('type', `${ctx.column || '(vector)'}: a ${k.type}h value is not a list`);
  }
  return { data, metadata: md };
}

function vectorToArrow(v: AnyVector, ctx: ToArrowContext): Data {
  switch (v.type) {
    case 1:
      return boolColumn(v);
    case 2:
      return guidColumn(v, ctx);
    case 4:
      return byteColumn(v, ctx);
    case 5:
    case 6:
      return int16or32Column(v, ctx);
    case 7:
    case 16:
      return int64Column(v, ctx);
    case 8:
    case 9:
      return floatColumn(v, ctx);
    case 10:
      return charColumn(v, ctx);
    case 11:
      return symbolColumn(v, ctx);
    case 12:
      return timestampColumn(v, ctx);
    case 13:
    case 14:
      return dateColumn(v, ctx);
    case 15:
      return datetimeColumn(v, ctx);
    case 17:
    case 18:
    case 19:
      return timeOfDayColumn(v, ctx);
  }
}

/** Guids as FixedSizeBinary(16) over the q bytes (no copy); the null guid is invalid unless `guidNull: 'value'`. */
function guidColumn(v: Vector<2>, ctx: ToArrowContext): Data {
  const val =
    ctx.options.guidNull === 'null' ? guidValidity(v.data) : { bitmap: undefined, nullCount: 0 };
  return makeData({
    type: new FixedSizeBinary(16),
    data: v.data,
    nullBitmap: val.bitmap,
    nullCount: val.nullCount,
  });
}

/** An enumeration as Dictionary<Int32, Utf8> over its domain's symbols. */
function enumToArrow(e: EnumVector, ctx: ToArrowContext): Data {
  const symbols = e.symbols;
  if (symbols === undefined) {
    throw new QError(
      'type',
      `${ctx.column || '(vector)'}: enumeration over ${e.domain} has no known symbols`,
    );
  }
  const codes = new Int32Array(e.length);
  for (let i = 0; i < codes.length; i++) {
    const ix = e.indices[i]!;
    if (ix < 0n || ix >= BigInt(symbols.length)) {
      throw new QError(
        'index',
        `${ctx.column || '(vector)'}: enumeration index ${ix} outside ${e.domain}`,
      );
    }
    codes[i] = Number(ix);
  }
  return makeData({
    type: new Dictionary(new Utf8(), new Int32()),
    data: codes,
    dictionary: makeVector(utf8Data(symbols)),
    nullCount: 0,
  });
}
