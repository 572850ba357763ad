/** Test support: fast-check arbitraries of K values covering every type the codec sends. */
import fc from 'fast-check';
import {
  ATTRIBUTES,
  Atom,
  BASIC_CODES,
  Composition,
  Derived,
  Dictionary,
  IDENTITY,
  KError,
  KeyedTable,
  Lambda,
  MixedList,
  Primitive,
  Projection,
  TYPES,
  Table,
  Vector,
  type BasicCode,
  type K,
  type StorageKind,
  type StorageOf,
} from '@qts/types';

const noNul = (s: string): boolean => !s.includes('\0');

/** Text without NUL, ASCII or any well-formed Unicode. */
export const text: fc.Arbitrary<string> = fc
  .oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }))
  .filter(noNul);

const RAW: { readonly [S in StorageKind]: fc.Arbitrary<unknown> } = {
  uint8: fc.integer({ min: 0, max: 255 }),
  guid: fc.uint8Array({ minLength: 16, maxLength: 16 }),
  int16: fc.integer({ min: -0x8000, max: 0x7fff }),
  int32: fc.integer({ min: -0x80000000, max: 0x7fffffff }),
  int64: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  float32: fc.float(),
  float64: fc.double(),
  symbol: text,
};

function raw(code: BasicCode): fc.Arbitrary<unknown> {
  return code === 1 ? fc.integer({ min: 0, max: 1 }) : RAW[TYPES[code].storage];
}

/** A vector of `code` from raw items. */
export function vectorOf(code: BasicCode, items: readonly unknown[], attribute = ''): Vector {
  const info = TYPES[code];
  let data: unknown;
  if (info.storage === 'symbol') data = [...(items as string[])];
  else if (info.storage === 'guid') {
    const g = new Uint8Array(items.length * 16);
    items.forEach((x, i) => g.set(x as Uint8Array, i * 16));
    data = g;
  } else {
    const store = info.alloc(items.length) as unknown as unknown[];
    items.forEach((x, i) => (store[i] = x));
    data = store;
  }
  return new Vector(code, data as StorageOf[BasicCode], attribute as never);
}

const code = fc.constantFrom(...BASIC_CODES);
const attribute = fc.constantFrom(...ATTRIBUTES);

/** An atom of any basic type. */
export const atom: fc.Arbitrary<K> = code.chain((c) =>
  raw(c).map((v) => new Atom(c, (c === 2 ? v : v) as never) as K),
);

/** A vector of any basic type with exactly `n` items and any attribute. */
export function vectorN(n: number): fc.Arbitrary<Vector> {
  return fc
    .tuple(code, attribute)
    .chain(([c, a]) =>
      fc.array(raw(c), { minLength: n, maxLength: n }).map((items) => vectorOf(c, items, a)),
    );
}

/** A vector of any basic type and length 0..8. */
export const vector: fc.Arbitrary<Vector> = fc.integer({ min: 0, max: 8 }).chain(vectorN);

const columnNames = (n: number): fc.Arbitrary<string[]> =>
  fc.uniqueArray(text, { minLength: n, maxLength: n });

/** A table of `cols` columns and `rows` rows, columns vectors or mixed lists of atoms. */
function tableOf(rows: number, minCols = 1): fc.Arbitrary<Table> {
  const column = fc.oneof(
    { weight: 4, arbitrary: vectorN(rows) as fc.Arbitrary<K> },
    {
      weight: 1,
      arbitrary: fc
        .array(atom, { minLength: rows, maxLength: rows })
        .map((xs) => new MixedList(xs) as K),
    },
  );
  return fc
    .integer({ min: minCols, max: 4 })
    .chain((cols) =>
      fc
        .tuple(columnNames(cols), fc.array(column, { minLength: cols, maxLength: cols }), attribute)
        .map(([names, data, a]) => new Table(names, data, a)),
    );
}

/** A table with 1..4 columns and 0..5 rows. */
export const table: fc.Arbitrary<Table> = fc.integer({ min: 0, max: 5 }).chain((n) => tableOf(n));

/** A keyed table. */
export const keyedTable: fc.Arbitrary<KeyedTable> = fc
  .integer({ min: 0, max: 4 })
  .chain((n) => fc.tuple(tableOf(n), tableOf(n)))
  .filter(([k, v]) => k.columns.every((c) => !v.columns.includes(c)))
  .map(([k, v]) => new KeyedTable(k, v));

const primitive: fc.Arbitrary<K> = fc.oneof(
  fc.constant(IDENTITY as K),
  fc
    .tuple(
      fc.constantFrom(101 as const, 102 as const, 103 as const),
      fc.integer({ min: 0, max: 255 }),
    )
    .map(([t, c]) => new Primitive(t, c) as K),
);

const lambda: fc.Arbitrary<K> = fc
  .tuple(text, fc.constantFrom('', 'q', 'd', '.my.ns'))
  .map(([body, ctx]) => new Lambda(`{${body}}`, ctx) as K);

/** Any K value the codec can send: atoms, vectors, lists, dictionaries, tables, functions, errors. */
export const kValue: fc.Arbitrary<K> = fc.letrec<{ value: K; fn: K }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    vector,
    fc
      .tuple(fc.array(tie('value'), { maxLength: 4 }), attribute)
      .map(([xs, a]) => new MixedList(xs, a)),
    fc
      .integer({ min: 0, max: 4 })
      .chain((n) =>
        fc.tuple(
          vectorN(n),
          fc.oneof(
            vectorN(n) as fc.Arbitrary<K>,
            fc
              .array(tie('value'), { minLength: n, maxLength: n })
              .map((xs) => new MixedList(xs) as K),
          ),
          fc.boolean(),
        ),
      )
      .map(([k, v, sorted]) => new Dictionary(k, v, sorted)),
    table,
    keyedTable,
    tie('fn'),
    text.map((m) => new KError(m)),
  ),
  fn: fc.oneof(
    { depthSize: 'small' },
    primitive,
    lambda,
    fc.array(tie('value'), { minLength: 1, maxLength: 3 }).map((xs) => new Projection(xs)),
    fc.array(tie('fn'), { minLength: 0, maxLength: 3 }).map((xs) => new Composition(xs)),
    fc
      .tuple(fc.constantFrom(106, 107, 108, 109, 110, 111) as fc.Arbitrary<106>, tie('fn'))
      .map(([t, f]) => new Derived(t, f)),
  ),
})).value;
