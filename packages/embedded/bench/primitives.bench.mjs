// Speed of the engine's vector primitives on 10,000,000 items, against a plain JS loop over
// the same TypedArray (the peer) in the same run. Prints the ratio engine/peer per primitive.
// Run after a build: pnpm --filter @qts/embedded bench
import { createQ } from '../dist/index.js';

const N = 10_000_000;
const q = createQ();
q('xf:1e-3*til 10000000');
q('xj:til 10000000');
const xf = q.get('xf').data;
const xj = q.get('xj').data;

function time(fn, reps = 3) {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const cases = [
  [
    'sum float',
    () => q('sum xf'),
    () => {
      let s = 0;
      for (let i = 0; i < N; i++) s += xf[i];
      return s;
    },
  ],
  [
    'sum long',
    () => q('sum xj'),
    () => {
      let s = 0n;
      for (let i = 0; i < N; i++) s += xj[i];
      return s;
    },
  ],
  [
    'float + float',
    () => q('xf+xf'),
    () => {
      const o = new Float64Array(N);
      for (let i = 0; i < N; i++) o[i] = xf[i] + xf[i];
      return o;
    },
  ],
  [
    'long + long',
    () => q('xj+xj'),
    () => {
      const o = new BigInt64Array(N);
      for (let i = 0; i < N; i++) o[i] = xj[i] + xj[i];
      return o;
    },
  ],
  ['asc float', () => q('asc reverse xf'), () => Float64Array.from(xf).reverse().sort()],
  [
    'where',
    () => q('where xf>5000'),
    () => {
      const o = [];
      for (let i = 0; i < N; i++) if (xf[i] > 5000) o.push(i);
      return o;
    },
  ],
];

console.log('primitive        engine ms   peer ms   ratio');
for (const [name, engine, peer] of cases) {
  const e = time(engine);
  const p = time(peer);
  console.log(
    `${name.padEnd(16)} ${e.toFixed(0).padStart(9)} ${p.toFixed(0).padStart(9)} ${(e / p).toFixed(2).padStart(7)}`,
  );
}
