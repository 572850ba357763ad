// Loopback round-trip latency and async publish throughput: our client vs node-q against the
// same @qts/ipc server in the same process and run.
//   part of `pnpm --filter @qts/ipc bench` (bench/codec.ts runs it after the codec cases)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { K } from '@qts/types';
import type * as NodeQ from 'node-q';
import { connect, createServer, type Connection } from '../src/index.js';

const require = createRequire(import.meta.url);
const nodeq = require('node-q') as typeof NodeQ;
const HOST = '127.0.0.1';

const percentile = (sorted: bigint[], p: number): bigint =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
const micros = (ns: bigint): number => Number(ns) / 1000;

function nodeqConnect(port: number): Promise<NodeQ.Connection> {
  return new Promise((resolve, reject) =>
    nodeq.connect({ host: HOST, port, socketNoDelay: true }, (err, con) =>
      err ? reject(err) : resolve(con!),
    ),
  );
}
const nodeqSync = (con: NodeQ.Connection, expr: string): Promise<unknown> =>
  new Promise((resolve, reject) => con.k(expr, (err, v) => (err ? reject(err) : resolve(v))));

/** The numbers {@link runRoundtrip} measures (latencies in µs, rates in messages per second). */
export interface RoundtripResult {
  calls: number;
  publishes: number;
  p50: { ours: number; nodeq: number };
  p99: { ours: number; nodeq: number };
  publishPerSecond: { ours: number; nodeq: number };
  pushPerSecond: { ours: number; nodeq: number };
}

async function latencies(call: () => Promise<unknown>, n: number): Promise<bigint[]> {
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await call();
    out[i] = process.hrtime.bigint() - t0;
  }
  return out;
}

/**
 * Runs the round-trip and publish benchmarks and returns their numbers; prints a report unless
 * `quiet`. `calls` sync calls per client for latency (interleaved in rounds so both see the same
 * machine state), `publishes` async messages per client for throughput.
 */
export async function runRoundtrip({
  calls = 10_000,
  publishes = 200_000,
  quiet = false,
} = {}): Promise<RoundtripResult> {
  let asyncCount = 0;
  const one = K.long(1);
  const server = await createServer({
    port: 0,
    host: HOST,
    onSync: () => one,
    onAsync: () => void asyncCount++,
  });
  const port = server.port!;
  const ours = await connect({ host: HOST, port });
  const theirs = await nodeqConnect(port);

  // Warm up both paths (JIT, socket buffers).
  await latencies(() => ours.sync('1'), 2000);
  await latencies(() => nodeqSync(theirs, '1'), 2000);

  const oursLat: bigint[] = [];
  const theirsLat: bigint[] = [];
  const rounds = 10;
  for (let r = 0; r < rounds; r++) {
    oursLat.push(...(await latencies(() => ours.sync('1'), calls / rounds)));
    theirsLat.push(...(await latencies(() => nodeqSync(theirs, '1'), calls / rounds)));
  }
  oursLat.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  theirsLat.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  // Async publish, client -> server: ("upd";"trade";i) until the server has counted them all.
  const checkCount = (): void => {
    if (asyncCount !== publishes) throw new Error(`server counted ${asyncCount} of ${publishes}`);
  };
  const publishOurs = async (): Promise<number> => {
    asyncCount = 0;
    const t0 = performance.now();
    const table = K.string('trade');
    for (let i = 0; i < publishes; i++) {
      if (!ours.async('upd', table, K.float(i))) await ours.flush();
    }
    await ours.sync('1');
    const ms = performance.now() - t0;
    checkCount();
    return (publishes / ms) * 1000;
  };
  const publishTheirs = async (): Promise<number> => {
    asyncCount = 0;
    const t0 = performance.now();
    let written = 0;
    // node-q's typings allow only string arguments to ks; its runtime takes any value.
    const ks = theirs.ks.bind(theirs) as (...args: unknown[]) => void;
    await new Promise<void>((resolve) => {
      for (let i = 0; i < publishes; i++) {
        ks('upd', 'trade', i, () => {
          if (++written === publishes) resolve();
        });
      }
    });
    await nodeqSync(theirs, '1');
    const ms = performance.now() - t0;
    checkCount();
    return (publishes / ms) * 1000;
  };
  await publishOurs();
  await publishTheirs();
  const pubOurs = await publishOurs();
  const pubTheirs = await publishTheirs();

  // Server -> client pushes (a tickerplant feeding a subscriber): messages received per second.
  const pushTo = async (isOurs: boolean): Promise<number> => {
    const before = new Set(server.connections);
    let got = 0;
    let finished: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const onOne = (): void => {
      if (++got === publishes) finished();
    };
    let close: () => Promise<void>;
    if (isOurs) {
      const sub: Connection = await connect({ host: HOST, port });
      await sub.sync('1');
      sub.on('message', onOne);
      close = () => sub.close();
    } else {
      const sub = await nodeqConnect(port);
      await nodeqSync(sub, '1');
      sub.on('upd', onOne);
      close = () => new Promise<void>((r) => sub.close(() => r()));
    }
    const conn = [...server.connections].find((c) => !before.has(c))!;
    const t0 = performance.now();
    const sym = K.symbol('upd');
    const table = K.symbol('trade');
    for (let i = 0; i < publishes; i++) conn.async(sym, table, K.float(i));
    await done;
    const ms = performance.now() - t0;
    await close();
    return (publishes / ms) * 1000;
  };
  await pushTo(true);
  await pushTo(false);
  const pushOurs = await pushTo(true);
  const pushTheirs = await pushTo(false);

  await ours.close();
  await new Promise<void>((r) => theirs.close(() => r()));
  await server.close();

  const result: RoundtripResult = {
    calls,
    publishes,
    p50: { ours: micros(percentile(oursLat, 50)), nodeq: micros(percentile(theirsLat, 50)) },
    p99: { ours: micros(percentile(oursLat, 99)), nodeq: micros(percentile(theirsLat, 99)) },
    publishPerSecond: { ours: pubOurs, nodeq: pubTheirs },
    pushPerSecond: { ours: pushOurs, nodeq: pushTheirs },
  };
  if (!quiet) printReport(result);
  return result;
}

function printReport(r: RoundtripResult): void {
  const f = (x: number): string => x.toFixed(1).padStart(9);
  const k = (x: number): string => Math.round(x).toLocaleString('en-US').padStart(11);
  console.log(`round trip over loopback, ${r.calls} tiny sync calls each (µs)`);
  console.log(`            ours     node-q   node-q/ours`);
  console.log(
    `  p50  ${f(r.p50.ours)}  ${f(r.p50.nodeq)}   ${(r.p50.nodeq / r.p50.ours).toFixed(2)}x`,
  );
  console.log(
    `  p99  ${f(r.p99.ours)}  ${f(r.p99.nodeq)}   ${(r.p99.nodeq / r.p99.ours).toFixed(2)}x`,
  );
  console.log(`async publish, ${r.publishes} messages (messages/s)`);
  console.log(`                          ours       node-q   ours/node-q`);
  console.log(
    `  client -> server  ${k(r.publishPerSecond.ours)}  ${k(r.publishPerSecond.nodeq)}   ${(r.publishPerSecond.ours / r.publishPerSecond.nodeq).toFixed(2)}x`,
  );
  console.log(
    `  server -> client  ${k(r.pushPerSecond.ours)}  ${k(r.pushPerSecond.nodeq)}   ${(r.pushPerSecond.ours / r.pushPerSecond.nodeq).toFixed(2)}x`,
  );
  const ok = r.p50.ours <= r.p50.nodeq;
  console.log(`target p50 no worse than node-q: ${ok ? 'met' : 'NOT met'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runRoundtrip();
}
