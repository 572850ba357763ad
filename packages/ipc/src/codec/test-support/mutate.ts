/** Test support: random damage to a valid message, as a fast-check arbitrary. */
import fc from 'fast-check';

/** One way to damage bytes. */
export type Mutation =
  | { readonly kind: 'set'; readonly at: number; readonly value: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly value: number }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'int32'; readonly at: number; readonly value: number };

/** Mutations with positions as fractions of the length (applied by {@link mutate}). */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat(255) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.nat(255) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('int32' as const),
      at: fc.nat(),
      value: fc.oneof(fc.integer(), fc.constantFrom(-1, 0x7fffffff, 0x40000000, 2 ** 31 - 8)),
    }),
  ),
  { minLength: 1, maxLength: 4 },
);

/**
 * Apply mutations to a copy of `bytes`. With `keepLength`, the header's length field is set to
 * the new length so the damage reaches the payload decoder instead of the length check.
 */
export function mutate(
  bytes: Uint8Array,
  ms: readonly Mutation[],
  keepLength: boolean,
): Uint8Array {
  let b = Array.from(bytes);
  for (const m of ms) {
    if (b.length === 0) break;
    const at = m.at % b.length;
    if (m.kind === 'set') b[at] = m.value;
    else if (m.kind === 'truncate') b = b.slice(0, at);
    else if (m.kind === 'insert') b.splice(at, 0, m.value);
    else if (m.kind === 'delete') b.splice(at, 1);
    else if (at + 4 <= b.length) {
      const v = m.value >>> 0;
      b.splice(at, 4, v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
    }
  }
  const out = new Uint8Array(b);
  if (keepLength && out.length >= 8) new DataView(out.buffer).setUint32(4, out.length, true);
  return out;
}
