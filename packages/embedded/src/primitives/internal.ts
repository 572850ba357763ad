/**
 * q's internal functions `-n!x` that the engine has: `-3!` (the q text of a value), `-8!`
 * (serialize as an IPC message), `-9!` (deserialize), `-18!` (serialize compressed). The wire
 * forms come from `@qts/ipc`, so they are byte for byte what kdb+ gives.
 */
import { decodeMessage, encodeMessage } from '@qts/ipc';
import { K, QError, Vector, formatInline } from '@qts/types';
import type { Ctx } from '../eval/context.js';

type Internal = (x: K, ctx?: Ctx) => K;

const INTERNALS: ReadonlyMap<number, Internal> = new Map<number, Internal>([
  [-3, (x, ctx) => K.string(formatInline(x, { precision: ctx?.display.precision ?? 7 }))],
  [-8, (x) => new Vector(4, encodeMessage(x))],
  [-18, (x) => new Vector(4, encodeMessage(x, { compress: 'auto' }))],
  [-9, deserialize],
]);

function deserialize(x: K): K {
  if (x.type !== 4) throw new QError('type', '-9! needs bytes');
  return decodeMessage((x as Vector<4>).data, { copy: true }).value;
}

/** `n!x` for a negative int `n`: the internal function, or `nyi` for one the engine lacks. */
export function internal(n: number, x: K, ctx?: Ctx): K {
  const f = INTERNALS.get(n);
  if (f === undefined) throw new QError('nyi', `${n}! is not in this engine`);
  return f(x, ctx);
}
