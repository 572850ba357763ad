// Load test: many concurrent clients on loopback against one server, each making many sync
// calls, checking that every response reaches the caller that asked for it.
// Usage: pnpm --filter @qts/ipc load [-- --clients 1000 --calls 100 --inflight 4 --seconds 120]
import { K, type Atom, type MixedList } from '@qts/types';
import { connect, createServer } from '../src/index.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 1000);
const CALLS = arg('calls', 100);
const INFLIGHT = arg('inflight', 4);
const SECONDS = arg('seconds', 120);
const HOST = '127.0.0.1';

const deadline = setTimeout(() => {
  console.error(`load: FAILED, not finished within ${SECONDS} s`);
  process.exit(2);
}, SECONDS * 1000);

// The server answers (client; seq) with client * 1e6 + seq, after a random short delay so that
// handlers finish out of order and only the protocol's ordering keeps answers matched.
let served = 0;
const server = await createServer({
  port: 0,
  host: HOST,
  onSync: async (request) => {
    const [clientId, seq] = (request as MixedList<Atom<7>>).items
      .slice(1)
      .map((x) => Number(x.value)) as [number, number];
    served++;
    if ((seq & 7) === 0) await new Promise((r) => setTimeout(r, Math.random() * 3));
    return K.long(BigInt(clientId) * 1_000_000n + BigInt(seq));
  },
});

const started = performance.now();
let verified = 0;
let mismatched = 0;
let failed = 0;

async function runClient(clientId: number): Promise<void> {
  const conn = await connect({ host: HOST, port: server.port!, timeout: 60_000 });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < CALLS) {
      const seq = next++;
      try {
        const reply = await conn.sync('{x+y}', K.long(clientId), K.long(seq));
        if ((reply as Atom<7>).value === BigInt(clientId) * 1_000_000n + BigInt(seq)) verified++;
        else mismatched++;
      } catch (error) {
        failed++;
        if (failed <= 5) console.error(`client ${clientId} call ${seq}: ${String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: INFLIGHT }, worker));
  await conn.close();
}

const results = await Promise.allSettled(Array.from({ length: CLIENTS }, (_, i) => runClient(i)));
const connectFailures = results.filter((r) => r.status === 'rejected');
for (const r of connectFailures.slice(0, 5))
  console.error(`connect failed: ${String((r as PromiseRejectedResult).reason)}`);
const seconds = (performance.now() - started) / 1000;
await server.close();
clearTimeout(deadline);

const expected = CLIENTS * CALLS;
console.log(
  `load: ${CLIENTS} clients x ${CALLS} sync calls (${INFLIGHT} in flight each) on ${HOST}`,
);
console.log(
  `load: expected ${expected}, served ${served}, verified ${verified}, mismatched ${mismatched}, failed ${failed}, connect failures ${connectFailures.length}`,
);
console.log(`load: ${seconds.toFixed(2)} s, ${Math.round(verified / seconds)} calls/s`);
const ok =
  verified === expected && mismatched === 0 && failed === 0 && connectFailures.length === 0;
console.log(ok ? 'load: OK' : 'load: FAILED');
process.exit(ok ? 0 : 1);
