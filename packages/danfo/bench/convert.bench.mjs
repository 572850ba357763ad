// 1,000,000 rows x (timestamp, symbol, float, int) q -> Danfo -> q, against Danfo's own
// build-from-arrays (inferred dtypes) and column extraction as the peer.
// Run: pnpm --filter @qts/danfo bench   (builds first; node --expose-gc)
import { DataFrame } from 'danfojs-node';
import { Table, Vector } from '@qts/types';
import { fromDanfo, toDanfo } from '../dist/index.js';

const N = Number(process.env.ROWS ?? 1_000_000);
const RUNS = Number(process.env.RUNS ?? 3);
const syms = ['AAPL', 'MSFT', 'IBM', 'GOOG', 'AMZN', 'META', 'NVDA', 'TSLA'];
const time = new BigInt64Array(N);
const price = new Float64Array(N);
const size = new Int32Array(N);
const sym = new Array(N);
for (let i = 0; i < N; i++) {
  time[i] = i % 1000 === 999 ? -(2n ** 63n) : 841_000_000_000_000_000n + BigInt(i) * 1_000_000n;
  price[i] = i % 997 === 0 ? NaN : 100 + (i % 500) / 8;
  size[i] = i % 991 === 0 ? -0x80000000 : i % 10_000;
  sym[i] = syms[i % syms.length];
}
const trades = new Table(
  ['time', 'sym', 'price', 'size'],
  [new Vector(12, time), new Vector(11, sym), new Vector(9, price), new Vector(6, size)],
);

function measure(label, fn) {
  const times = [];
  let heap = 0;
  let result;
  for (let r = 0; r < RUNS; r++) {
    result = undefined;
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    globalThis.gc?.();
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
  }
  times.sort((a, b) => a - b);
  return {
    label,
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    heapMB: heap / 2 ** 20,
    result,
  };
}

// the peer: plain JS arrays handed to Danfo, which infers dtypes (what a user would write by hand)
const plain = {
  time: Array.from(time, (t) =>
    t === -(2n ** 63n) ? null : new Date(Number(t / 1_000_000n) + 946_684_800_000),
  ),
  sym,
  price: Array.from(price),
  size: Array.from(size, (x) => (x === -0x80000000 ? NaN : x)),
};
const peerBuild = measure('peer: new DataFrame(object of arrays)', () => new DataFrame(plain));
const ours = measure('toDanfo (rows + explicit dtypes)', () =>
  toDanfo(trades, { onLossy: 'report' }),
);
const df = ours.result;
const peerRead = measure('peer: df.column(c).values x4', () =>
  df.columns.map((c) => df.column(c).values),
);
const back = measure('fromDanfo (sidecar types)', () => fromDanfo(df, { onLossy: 'report' }));
console.log(
  `@qts/danfo bench: ${N.toLocaleString('en')} rows, median of ${RUNS} runs, node ${process.version}`,
);
console.log(
  'step'.padEnd(40),
  'median ms'.padStart(10),
  'min ms'.padStart(9),
  'retained heap MB'.padStart(17),
  '  ratio',
);
for (const [r, peer] of [
  [peerBuild, peerBuild],
  [ours, peerBuild],
  [peerRead, peerRead],
  [back, peerRead],
]) {
  console.log(
    r.label.padEnd(40),
    r.median.toFixed(0).padStart(10),
    r.min.toFixed(0).padStart(9),
    r.heapMB.toFixed(0).padStart(17),
    `  ${(r.median / peer.median).toFixed(2)}x peer`,
  );
}
console.log(`round trip exact: ${back.result.equals(trades)}`);
