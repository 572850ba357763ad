import { describe, expect, it } from 'vitest';
import { backoffDelay, reconnectPolicy } from './reconnect-policy.js';

describe('reconnect policy', () => {
  it('is off unless asked for', () => {
    expect(reconnectPolicy(undefined)).toBeUndefined();
    expect(reconnectPolicy(false)).toBeUndefined();
    expect(reconnectPolicy(true)?.retries).toBe(Infinity);
  });

  it('doubles the delay up to the cap, without jitter', () => {
    const p = reconnectPolicy({ initialDelay: 50, maxDelay: 300, jitter: 0 })!;
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(p, n))).toEqual([50, 100, 200, 300, 300]);
  });

  it('draws the jittered part from the random input', () => {
    const p = reconnectPolicy({ initialDelay: 100, jitter: 0.5 })!;
    expect(backoffDelay(p, 0, 0)).toBe(50);
    expect(backoffDelay(p, 0, 0.999999)).toBe(100);
  });
});
