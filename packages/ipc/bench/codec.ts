/**
 * Codec benchmark: our encode/decode against node-q's serialize/deserialize on the same bytes,
 * with a memcpy of those bytes as the floor. One process, one run; prints medians and ratios.
 *
 *   pnpm --filter @qts/ipc bench
 */
import { runRoundtrip } from './roundtrip.js';
import { createRequire } from 'node:module';
import { K, MixedList, Table, type K as KValue } from '@qts/types';
import { formatMs, measure, printTable, type Measurement } from '@qts/bench';
import { decodeMessage, encodeMessage } from '../src/index.js';

const require = createRequire(import.meta.url);
interface NodeQ {
  serialize(x: unknown): Buffer;
  deserialize(b: Buffer): unknown;
}
const nodeq = require('node-q/lib/c.js') as NodeQ;
const typed = require('node-q/lib/typed.js') as Record<string, (x: unknown) => unknown>;
const Long = createRequire(require.resolve('node-q/lib/c.js'))('long') as {
  fromNumber(n: number): unknown;
};

const ROWS = 1_000_000;
const FLOATS = 10_000_000;
const STRINGS = 100_000;

/** Deterministic pseudo-random numbers so every run measures the same data. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function tradeTable(): { table: Table; nodeqColumns: Record<string, unknown> } {
  const rnd = lcg(42);
  const syms = Array.from({ length: 100 }, (_, i) => `S${i.toString(36).toUpperCase()}X`);
  const time = new BigInt64Array(ROWS);
  const sym = new Array<string>(ROWS);
  const price = new Float64Array(ROWS);
  const size = new BigInt64Array(ROWS);
  const side = new Uint8Array(ROWS);
  const start = 835_000_000_000_000_000n; // 2026.06.17D...
  for (let i = 0; i < ROWS; i++) {
    time[i] = start + BigInt(i) * 1_000_000n;
    sym[i] = syms[Math.floor(rnd() * syms.length)]!;
    price[i] = Math.round(rnd() * 100_000) / 100;
    size[i] = BigInt(Math.floor(rnd() * 1000));
    side[i] = rnd() < 0.5 ? 0x42 : 0x53;
  }
  const table = new Table(
    ['time', 'sym', 'price', 'size', 'side'],
    [
      K.timestamp.vector(time),
      K.symbol(sym),
      K.float.vector(price),
      K.long.vector(size),
      K.char.vector(side),
    ],
  );
  const unixMs = (ns: bigint): Date => new Date(Number(ns / 1_000_000n) + 946_684_800_000);
  const nodeqColumns = {
    time: typed.timestamps!(Array.from(time, unixMs)),
    sym: typed.symbols!(sym),
    price: typed.floats!(Array.from(price)),
    size: typed.longs!(Array.from(size, (x) => Long.fromNumber(Number(x)))),
    side: typed.chars!(Array.from(side, (c) => String.fromCharCode(c))),
  };
  return { table, nodeqColumns };
}

interface Case {
  readonly name: string;
  readonly value: KValue;
  readonly nodeqInput?: unknown;
  readonly runs: number;
  readonly nodeqRuns: number;
}

function timeCase(c: Case): string[][] {
  const bytes = encodeMessage(c.value);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const opts = { runs: c.runs, warmup: Math.min(3, c.runs) };
  const nodeqOpts = { runs: c.nodeqRuns, warmup: 1 };
  const memcpy = measure(() => bytes.slice(), opts);
  const ours = measure(() => decodeMessage(bytes), opts);
  const theirs = measure(() => nodeq.deserialize(buf), nodeqOpts);
  const enc = measure(() => encodeMessage(c.value), opts);
  let theirEnc: Measurement | undefined;
  if (c.nodeqInput !== undefined)
    theirEnc = measure(() => nodeq.serialize(c.nodeqInput), nodeqOpts);
  const x = (a: number, b: number): string => `${(a / b).toFixed(1)}x`;
  return [
    [
      c.name,
      'decode',
      formatMs(ours.median),
      formatMs(theirs.median),
      x(theirs.median, ours.median),
      formatMs(memcpy.median),
      x(ours.median, memcpy.median),
      `${(bytes.length / 1e6).toFixed(1)} MB`,
    ],
    [
      '',
      'encode',
      formatMs(enc.median),
      theirEnc ? formatMs(theirEnc.median) : 'n/a',
      theirEnc ? x(theirEnc.median, enc.median) : '',
      formatMs(memcpy.median),
      x(enc.median, memcpy.median),
      '',
    ],
  ];
}

function main(): void {
  console.log(
    `@qts/ipc codec bench — node ${process.version}, ${process.arch}; medians; node-q ${require('node-q/package.json').version}`,
  );
  const { table, nodeqColumns } = tradeTable();
  const floats = K.float.vector(Float64Array.from({ length: FLOATS }, (_, i) => i * 0.25));
  const rnd = lcg(7);
  const texts = Array.from({ length: STRINGS }, () => Math.floor(rnd() * 1e9).toString(36));
  const strings = new MixedList(texts.map((t) => K.string(t)));
  const cases: Case[] = [
    {
      name: `trade table ${ROWS.toLocaleString('en')} rows`,
      value: table,
      nodeqInput: nodeqColumns,
      runs: 7,
      nodeqRuns: 3,
    },
    {
      name: `float vector ${FLOATS.toLocaleString('en')}`,
      value: floats,
      nodeqInput: typed.floats!(Array.from(floats.data)),
      runs: 7,
      nodeqRuns: 3,
    },
    {
      name: `${STRINGS.toLocaleString('en')} short strings`,
      value: strings,
      nodeqInput: texts,
      runs: 11,
      nodeqRuns: 5,
    },
    {
      name: 'tiny atom (42)',
      value: K.long(42),
      nodeqInput: typed.long!(Long.fromNumber(42)),
      runs: 100_001,
      nodeqRuns: 100_001,
    },
  ];
  const rows: string[][] = [];
  for (const c of cases) rows.push(...timeCase(c));
  printTable(
    ['case', 'op', 'ours', 'node-q', 'node-q/ours', 'memcpy', 'ours/memcpy', 'bytes'],
    rows,
  );
  console.log(
    '\nnode-q encodes the table as a dictionary of its typed columns (it cannot send a table);',
  );
  console.log('memcpy is Uint8Array.prototype.slice of the message bytes.');
}

// One process, one run: the codec cases, then loopback round trips and publish rates.
main();
console.log('');
await runRoundtrip();
