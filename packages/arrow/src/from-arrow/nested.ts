/** Arrow lists, structs, maps, unions and the Null type to q general lists, dictionaries and tables. */
import {
  type Data,
  type DenseUnion,
  type Field,
  type FixedSizeList,
  type SparseUnion,
  UnionMode,
} from 'apache-arrow';
import {
  Dictionary,
  EnumAtom,
  EnumVector,
  IDENTITY,
  MixedList,
  QError,
  Vector,
  type K,
} from '@qts/types';
import { isValid } from './chunks.js';
import { columnIn, type ArrowColumnIn, type FromArrowContext } from './context.js';

/** Converts one Arrow column; passed in to avoid a module cycle with the dispatcher. */
export type ConvertArrowColumn = (col: ArrowColumnIn, ctx: FromArrowContext) => K;

/** A child field's column for one chunk, with its own hint. */
export function childColumn(
  field: Field,
  chunk: Data,
  ctx: FromArrowContext,
  path: string,
  convert: ConvertArrowColumn,
): K {
  const hint = ctx.options.useMetadata ? field.metadata.get('kdb.type') : undefined;
  return convert(columnIn(field, [chunk]), { ...ctx, column: path, hint });
}

/** Item i of a q list: an atom of a vector, an item of a general list. */
export function elementOf(k: K, i: number): K {
  if (k instanceof Vector) return k.at(i);
  if (k instanceof MixedList) return k.items[i] ?? IDENTITY;
  if (k instanceof EnumVector)
    return new EnumAtom(-k.type, k.domain, k.indices[i] ?? 0n, k.symbolAt(i));
  throw new QError('type', `no items in a ${k.type}h value`);
}

/** Items start..end of a q list. */
function sliceOf(k: K, start: number, end: number): K {
  if (k instanceof Vector || k instanceof MixedList) return k.slice(start, end);
  if (k instanceof EnumVector)
    return new EnumVector(k.type, k.domain, k.indices.subarray(start, end), k.symbols);
  throw new QError('type', `cannot slice a ${k.type}h value`);
}

/** The Null type: a general list of `::`. */
export function nullToQ(col: ArrowColumnIn): MixedList {
  return new MixedList(new Array<K>(col.length).fill(IDENTITY));
}

/** List / LargeList / FixedSizeList → a general list of the child's q lists; null entries become empty (reported). */
export function listToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
  convert: ConvertArrowColumn,
): MixedList {
  const field = col.type.children[0]!;
  const fixed = col.type.typeId === 16 ? (col.type as FixedSizeList).listSize : 0;
  const items: K[] = [];
  let nulls = 0;
  for (const d of col.chunks) {
    const child = childColumn(field, d.children[0]!, ctx, `${ctx.column}[]`, convert);
    const offs = d.valueOffsets as Int32Array | BigInt64Array | undefined;
    for (let i = 0; i < d.length; i++) {
      const s = fixed ? i * fixed : Number(offs![i]!);
      const e = fixed ? s + fixed : Number(offs![i + 1]!);
      if (!isValid(d, i)) {
        nulls++;
        items.push(sliceOf(child, s, s));
      } else items.push(sliceOf(child, s, e));
    }
  }
  ctx.log.add('null-dropped', ctx.column, nulls, null, 'null list entries written as empty lists');
  return new MixedList(items);
}

/** Struct as a general list of dictionaries (`struct: 'dicts'`); null entries keep their children's values (reported). */
export function structToDicts(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
  convert: ConvertArrowColumn,
): MixedList {
  const fields = col.type.children;
  const keys = new Vector(
    11,
    fields.map((f) => f.name),
  );
  const items: K[] = [];
  let nulls = 0;
  for (const d of col.chunks) {
    const kids = fields.map((f, j) =>
      childColumn(f, d.children[j]!, ctx, `${ctx.column}.${f.name}`, convert),
    );
    for (let i = 0; i < d.length; i++) {
      if (!isValid(d, i)) nulls++;
      items.push(new Dictionary(keys, new MixedList(kids.map((k) => elementOf(k, i)))));
    }
  }
  ctx.log.add(
    'null-dropped',
    ctx.column,
    nulls,
    null,
    'null struct entries written as their children',
  );
  return new MixedList(items);
}

/** Struct flattened into `parent.child` columns (recursively). */
export function flattenStruct(
  name: string,
  col: ArrowColumnIn,
  ctx: FromArrowContext,
  convert: ConvertArrowColumn,
): { names: string[]; lists: K[] } {
  const names: string[] = [];
  const lists: K[] = [];
  const nulls = col.chunks.reduce((n, d) => n + (d.nullBitmap?.length ? d.nullCount : 0), 0);
  ctx.log.add('null-dropped', name, nulls, null, 'null struct entries written as their children');
  col.type.children.forEach((f, j) => {
    const path = name === '' ? f.name : `${name}.${f.name}`;
    const sub = columnIn(
      f,
      col.chunks.map((d) => d.children[j]!),
    );
    if (sub.type.typeId === 13 && ctx.options.struct === 'flatten') {
      const inner = flattenStruct(path, sub, ctx, convert);
      names.push(...inner.names);
      lists.push(...inner.lists);
    } else {
      const hint = ctx.options.useMetadata ? f.metadata.get('kdb.type') : undefined;
      names.push(path);
      lists.push(convert(sub, { ...ctx, column: path, hint }));
    }
  });
  return { names, lists };
}

/** Map → a general list of dictionaries `keys!values`. */
export function mapToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
  convert: ConvertArrowColumn,
): MixedList {
  const entries = col.type.children[0]!;
  const [kf, vf] = entries.type.children as [Field, Field];
  const items: K[] = [];
  let nulls = 0;
  for (const d of col.chunks) {
    const e = d.children[0]!;
    const keys = childColumn(kf, e.children[0]!, ctx, `${ctx.column}.key`, convert);
    const values = childColumn(vf, e.children[1]!, ctx, `${ctx.column}.value`, convert);
    const offs = d.valueOffsets as Int32Array;
    for (let i = 0; i < d.length; i++) {
      const s = offs[i]!;
      const t = isValid(d, i) ? offs[i + 1]! : s;
      if (!isValid(d, i)) nulls++;
      items.push(new Dictionary(sliceOf(keys, s, t), sliceOf(values, s, t)));
    }
  }
  ctx.log.add(
    'null-dropped',
    ctx.column,
    nulls,
    null,
    'null map entries written as empty dictionaries',
  );
  return new MixedList(items);
}

/** Dense or sparse union → a general list, item i taken from the child its type id selects. */
export function unionToQ(
  col: ArrowColumnIn,
  ctx: FromArrowContext,
  convert: ConvertArrowColumn,
): MixedList {
  const type = col.type as DenseUnion | SparseUnion;
  const items: K[] = [];
  for (const d of col.chunks) {
    const kids = type.children.map((f, j) =>
      f.metadata.get('kdb.type') === '::'
        ? new MixedList(new Array<K>(d.children[j]!.length).fill(IDENTITY))
        : childColumn(f, d.children[j]!, ctx, `${ctx.column}<${f.name}>`, convert),
    );
    const ids = d.typeIds as Int8Array;
    const offs = d.valueOffsets as Int32Array | undefined;
    const dense = type.mode === UnionMode.Dense;
    for (let i = 0; i < d.length; i++) {
      const child = kids[type.typeIdToChildIndex[ids[i]!]!]!;
      items.push(elementOf(child, dense ? offs![i]! : d.offset + i));
    }
  }
  return new MixedList(items);
}
