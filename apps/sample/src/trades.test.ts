import { describe, expect, it } from 'vitest';
import { tradeTable } from './trades.js';

// What q prints for the same table (`([]time:...;sym:...;price:...;size:...;cond:...)`), written out by hand.
const Q_CONSOLE = `time                          sym  price   size    cond
-------------------------------------------------------
2026.11.23D09:30:00.000000001 AAPL 189.5   100     N
2026.11.23D09:30:00.250000000 MSFT 420.25  250     N
2026.11.23D09:30:01.123456789 AAPL         75      O
2026.11.23D09:30:02.000000500 IBM  151.875
2026.11.23D09:30:02.999999999 MSFT 420.3   1000000 Z`;

describe('the demo trade table', () => {
  const trades = tradeTable();

  it('prints as the q console prints it', () => {
    const lines = trades
      .toString()
      .split('\n')
      .map((line) => line.trimEnd());
    expect(lines.join('\n')).toBe(Q_CONSOLE);
  });

  it('keeps nanoseconds and nulls in its JS form', () => {
    const rows = trades.toJS({ temporal: 'string' }) as Record<string, unknown>[];
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      time: '2026-11-23T09:30:00.000000001Z',
      sym: 'AAPL',
      price: 189.5,
      size: 100n,
      cond: 'N',
    });
    expect(rows[2]?.price).toBeNull();
    expect(rows[3]?.size).toBeNull();
  });
});

describe('the demo conversions', () => {
  it('survive an Arrow IPC file round trip unchanged', async () => {
    const { fromArrowIPC, toArrowIPC } = await import('@qts/arrow');
    const trades = tradeTable();
    expect(fromArrowIPC(toArrowIPC(trades, 'file')).equals(trades)).toBe(true);
  });

  it('report exactly the nanoseconds Danfo cannot hold', async () => {
    const { toDanfoWithReport } = await import('@qts/danfo');
    const { value, report } = toDanfoWithReport(tradeTable());
    expect(value.shape).toEqual([5, 5]);
    expect(report.map((r) => r.column)).toEqual(['time']);
  });
});

describe('the demo queries on the embedded engine', () => {
  it('aggregate the trade table by symbol as q does (sum ignores the null size)', async () => {
    const { embeddedSource } = await import('./q-source.js');
    const source = await embeddedSource();
    await source.set('trades', tradeTable());
    const result = await source.run('select volume:sum size by sym from trades');
    expect(
      result
        .toString()
        .split('\n')
        .map((l) => l.trimEnd()),
    ).toEqual(['sym | volume', '----| -------', 'AAPL| 175', 'IBM | 0', 'MSFT| 1000250']);
    await source.close();
  });
});
