/**
 * Longer randomized run of the decoder than the unit tests make: random K values must
 * round-trip, and damaged or random bytes must give a value or an IpcDecodeError, never
 * another exception. Prints how many inputs it tried; exits 1 on any failure.
 *
 *   pnpm --filter @qts/ipc fuzz [-- --seconds 60 --seed 42]
 */
import fc from 'fast-check';
import { MixedList, type K } from '@qts/types';
import { IpcDecodeError, decode, decodeMessage, encode, encodeMessage } from '../codec/index.js';
import { kValue } from '../codec/test-support/arbitrary.js';
import { mutate, mutations } from '../codec/test-support/mutate.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

const seconds = arg('seconds', 30);
const seed = arg('seed', Date.now() % 2 ** 31);
const counts = { roundTrips: 0, damaged: 0, garbage: 0, values: 0, decodeErrors: 0 };
const failures: string[] = [];

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex').slice(0, 400);
}

/** Decode and classify: a value or an IpcDecodeError is fine, anything else is a failure. */
function tryDecode(what: string, bytes: Uint8Array, f: (b: Uint8Array) => unknown): void {
  try {
    f(bytes);
    counts.values++;
  } catch (e) {
    if (e instanceof IpcDecodeError) counts.decodeErrors++;
    else failures.push(`${what}: ${String(e)} on ${hex(bytes)}`);
  }
}

const input = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), v: kValue, z: fc.boolean() }),
  fc.record({
    kind: fc.constant('damaged' as const),
    v: fc.oneof(
      kValue,
      fc
        .tuple(kValue, fc.integer({ min: 20, max: 200 }))
        .map(([v, n]) => new MixedList(new Array<K>(n).fill(v)) as K),
    ),
    z: fc.boolean(),
    ms: mutations,
    keep: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('garbage' as const), bytes: fc.uint8Array({ maxLength: 64 }) }),
);

const deadline = Date.now() + seconds * 1000;
let batch = 0;
while (Date.now() < deadline && failures.length === 0) {
  for (const x of fc.sample(input, { numRuns: 500, seed: seed + batch++ })) {
    if (x.kind === 'value') {
      counts.roundTrips++;
      try {
        const bytes = encodeMessage(x.v, { compress: x.z });
        if (!decodeMessage(bytes).value.equals(x.v) || !decode(encode(x.v)).equals(x.v)) {
          failures.push(`round trip changed ${x.v.toString()}: ${hex(bytes)}`);
        }
      } catch (e) {
        failures.push(`round trip threw ${String(e)} for ${x.v.toString()}`);
      }
    } else if (x.kind === 'damaged') {
      counts.damaged++;
      const m = mutate(encodeMessage(x.v, { compress: x.z }), x.ms, x.keep);
      tryDecode('damaged message', m, (b) => decodeMessage(b));
      tryDecode('damaged payload', m.subarray(8), (b) => decode(b));
    } else {
      counts.garbage++;
      tryDecode('garbage message', x.bytes, (b) => decodeMessage(b));
      tryDecode('garbage payload', x.bytes, (b) => decode(b));
    }
  }
}

const tried = counts.roundTrips + counts.damaged + counts.garbage;
console.log(`@qts/ipc fuzz: seed ${seed}, ${seconds} s`);
console.log(
  `tried ${tried} inputs: ${counts.roundTrips} round trips, ${counts.damaged} damaged messages, ` +
    `${counts.garbage} garbage byte strings; decodes gave ${counts.values} values and ` +
    `${counts.decodeErrors} IpcDecodeErrors`,
);
console.log(`failures: ${failures.length}`);
for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
process.exitCode = failures.length === 0 ? 0 : 1;
