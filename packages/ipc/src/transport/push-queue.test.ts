import { describe, expect, it } from 'vitest';
import { PushQueue } from './push-queue.js';

describe('PushQueue', () => {
  it('reports full at the high-water mark and low again at half', async () => {
    let lows = 0;
    const q = new PushQueue<number>(
      4,
      () => lows++,
      () => undefined,
    );
    expect([q.push(1), q.push(2), q.push(3)]).toEqual([true, true, true]);
    expect(q.push(4)).toBe(false);
    expect(q.isFull).toBe(true);
    expect((await q.next()).value).toBe(1);
    expect(lows).toBe(0);
    expect((await q.next()).value).toBe(2);
    expect(lows).toBe(1);
    expect(q.isFull).toBe(false);
  });

  it('hands an item straight to a waiting consumer', async () => {
    const q = new PushQueue<string>(
      2,
      () => undefined,
      () => undefined,
    );
    const next = q.next();
    q.push('a');
    expect(await next).toEqual({ value: 'a', done: false });
    expect(q.size).toBe(0);
  });

  it('drains queued items before ending, then throws the end error', async () => {
    const q = new PushQueue<number>(
      8,
      () => undefined,
      () => undefined,
    );
    q.push(1);
    q.end(new Error('gone'));
    expect(await q.next()).toEqual({ value: 1, done: false });
    await expect(q.next()).rejects.toThrow('gone');
    expect(await q.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a waiting consumer', async () => {
    const q = new PushQueue<number>(
      8,
      () => undefined,
      () => undefined,
    );
    const next = q.next();
    q.end();
    expect(await next).toEqual({ value: undefined, done: true });
  });

  it('calls onReturn and releases backpressure when the loop breaks', async () => {
    let returned = 0;
    let lows = 0;
    const q = new PushQueue<number>(
      1,
      () => lows++,
      () => returned++,
    );
    q.push(1);
    for await (const item of q) {
      expect(item).toBe(1);
      break;
    }
    expect(returned).toBe(1);
    expect(lows).toBe(1);
    expect(q.push(2)).toBe(true);
  });
});
