// 1,000,000 rows x (timestamp, symbol, float, int) q -> Arrow -> q, with a memcpy baseline.
// Run: pnpm --filter @qts/arrow bench   (builds first; node --expose-gc)
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { Table, Vector } from '@qts/types';
import { fromArrow, toArrow } from '../dist/index.js';

const N = Number(process.env.ROWS ?? 1_000_000);
const RUNS = Number(process.env.RUNS ?? 7);
const syms = ['AAPL', 'MSFT', 'IBM', 'GOOG', 'AMZN', 'META', 'NVDA', 'TSLA'];
const time = new BigInt64Array(N);
const price = new Float64Array(N);
const size = new Int32Array(N);
const sym = new Array(N);
const start = 841_000_000_000_000_000n;
for (let i = 0; i < N; i++) {
  time[i] = i % 1000 === 999 ? -(2n ** 63n) : start + BigInt(i) * 1_000n;
  price[i] = i % 997 === 0 ? NaN : 100 + (i % 500) / 8;
  size[i] = i % 991 === 0 ? -0x80000000 : i % 10_000;
  sym[i] = syms[i % syms.length];
}
const trades = new Table(
  ['time', 'sym', 'price', 'size'],
  [new Vector(12, time), new Vector(11, sym), new Vector(9, price), new Vector(6, size)],
);
const numeric = new Table(['price', 'size'], [new Vector(9, price), new Vector(6, size)]);

function measure(label, fn) {
  const times = [];
  let heap = 0;
  let buffers = 0;
  let result;
  for (let r = 0; r < RUNS; r++) {
    globalThis.gc?.();
    const before = process.memoryUsage();
    const t0 = process.hrtime.bigint();
    result = fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const after = process.memoryUsage();
    times.push(ms);
    heap = Math.max(heap, after.heapUsed - before.heapUsed);
    buffers = Math.max(buffers, after.arrayBuffers - before.arrayBuffers);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return {
    label,
    median,
    min: times[0],
    heapMB: heap / 2 ** 20,
    buffersMB: buffers / 2 ** 20,
    result,
  };
}

const rows = [];
const memcpyAll = measure('memcpy time+price+size (baseline)', () => [
  time.slice(),
  price.slice(),
  size.slice(),
]);
const memcpyNum = measure('memcpy price+size (baseline)', () => [price.slice(), size.slice()]);
rows.push(memcpyAll, memcpyNum);
const only = (name) => new Table([name], [trades.column(name)]);
for (const name of ['time', 'sym', 'price', 'size'])
  rows.push(measure(`q -> Arrow, ${name} only`, () => toArrow(only(name))));
const toNum = measure('q -> Arrow, price+size', () => toArrow(numeric));
const toAll = measure('q -> Arrow, 4 columns', () => toArrow(trades));
const arrow = toAll.result;
const fromNum = measure('Arrow -> q, price+size', () => fromArrow(toNum.result));
const fromAll = measure('Arrow -> q, 4 columns', () => fromArrow(arrow));
const ipcStream = measure('tableToIPC stream', () => tableToIPC(arrow, 'stream'));
const ipcFile = measure('tableToIPC file', () => tableToIPC(arrow, 'file'));
const readStream = measure('tableFromIPC + fromArrow', () =>
  fromArrow(tableFromIPC(ipcStream.result)),
);
rows.push(toNum, toAll, fromNum, fromAll, ipcStream, ipcFile, readStream);

const ratio = (r, base) => (r.median / base.median).toFixed(2);
console.log(
  `@qts/arrow bench: ${N.toLocaleString('en')} rows, median of ${RUNS} runs, node ${process.version}`,
);
console.log(
  'step'.padEnd(36),
  'median ms'.padStart(10),
  'min ms'.padStart(8),
  'heap MB'.padStart(8),
  'buffers MB'.padStart(11),
  '  ratio',
);
for (const r of rows) {
  const base = r.label.endsWith('price+size') ? memcpyNum : memcpyAll;
  console.log(
    r.label.padEnd(36),
    r.median.toFixed(2).padStart(10),
    r.min.toFixed(2).padStart(8),
    r.heapMB.toFixed(1).padStart(8),
    r.buffersMB.toFixed(1).padStart(11),
    `  ${ratio(r, base)}x memcpy`,
  );
}
const zeroCopy = toNum.result.getChild('price').data[0].values.buffer === price.buffer;
console.log(
  `price column shared with q storage (zero-copy): ${zeroCopy}; IPC stream ${(ipcStream.result.length / 2 ** 20).toFixed(1)} MB`,
);
