import { performance } from 'node:perf_hooks';

/**
 * Time `fn`: `warmup` untimed calls, then `runs` timed ones; the median in milliseconds.
 * The last result is kept in `sink` so the work cannot be optimised away.
 *
 * @param {() => unknown} fn
 * @param {{ warmup?: number, runs?: number }} [options]
 * @returns {{ median: number, min: number, runs: number }}
 */
export function measure(fn, { warmup = 3, runs = 11 } = {}) {
  for (let i = 0; i < warmup; i++) sink = fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], runs };
}

/** The most recent result of a measured function. */
export let sink;

/**
 * Milliseconds as text with sensible precision.
 * @param {number} ms
 */
export function formatMs(ms) {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(2)} µs`;
}

/**
 * Print rows as an aligned text table.
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells) =>
    cells
      .map((c, i) => (c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
