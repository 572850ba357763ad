import { describe, expect, it } from 'vitest';
import { qerror } from '../test-support.js';
import { K } from '../index.js';
import {
  isoDuration,
  pointToEpochMs,
  temporalToDate,
  temporalToEpochNs,
  temporalToIso,
} from './to-js.js';

const Q_EPOCH_MS = Date.UTC(2000, 0, 1);
const INT64_INF = 2n ** 63n - 1n;

describe('temporalToIso', () => {
  it('writes timestamps with all nine digits', () => {
    expect(temporalToIso(12, 0n)).toBe('2000-01-01T00:00:00.000000000Z');
    expect(temporalToIso(12, -1n)).toBe('1999-12-31T23:59:59.999999999Z');
    expect(
      temporalToIso(
        12,
        BigInt(Date.UTC(2020, 0, 2, 3, 4, 5) - Q_EPOCH_MS) * 1_000_000n + 123_456_789n,
      ),
    ).toBe('2020-01-02T03:04:05.123456789Z');
  });

  it('writes the timestamp limits q prints (datatypes.md: -0W 0Wp+1 -1)', () => {
    expect(temporalToIso(12, -INT64_INF + 1n)).toBe('1707-09-22T00:12:43.145224194Z');
    expect(temporalToIso(12, INT64_INF - 1n)).toBe('2292-04-10T23:47:16.854775806Z');
  });

  it('writes months, dates, leap days, far years', () => {
    expect(temporalToIso(13, 0)).toBe('2000-01');
    expect(temporalToIso(13, -1)).toBe('1999-12');
    expect(temporalToIso(14, 365)).toBe('2000-12-31'); // abs 1999.01.01 is 2000.12.31 (abs.md)
    expect(temporalToIso(14, -365)).toBe('1999-01-01');
    expect(temporalToIso(14, 59)).toBe('2000-02-29');
    expect(temporalToIso(14, -730119)).toBe('0001-01-01');
    expect(temporalToIso(14, 2_921_939)).toBe('9999-12-31');
    expect(temporalToIso(14, 2_921_940)).toBe('+010000-01-01');
    expect(temporalToIso(14, -730120)).toBe('0000-12-31');
    expect(temporalToIso(14, -730120 - 366)).toBe('-000001-12-31');
  });

  it('rounds datetimes to the millisecond, as q displays them (precision.md)', () => {
    let a = 1;
    for (let i = 0; i < 1000; i++) a += 1 / 86400; // 2000.01.02 + sum 1000#1%86400
    expect(temporalToIso(15, a)).toBe('2000-01-02T00:16:40.000Z');
    expect(temporalToIso(15, 1 / 86_400_000)).toBe('2000-01-01T00:00:00.001Z');
    expect(temporalToIso(15, -1 / 86_400_000)).toBe('1999-12-31T23:59:59.999Z');
  });

  it('writes timespans as ISO durations, hours the largest unit', () => {
    expect(temporalToIso(16, 0n)).toBe('PT0S');
    expect(temporalToIso(16, 1_500_000_000n)).toBe('PT1.5S');
    expect(temporalToIso(16, -1n)).toBe('-PT0.000000001S');
    expect(temporalToIso(16, 97_200_000_000_000n)).toBe('PT27H');
    expect(isoDuration(3_723_000_000_001n)).toBe('PT1H2M3.000000001S');
  });

  it('writes times of day as q does, beyond 24 hours and negative too', () => {
    expect(temporalToIso(17, 750)).toBe('12:30');
    expect(temporalToIso(17, 1500)).toBe('25:00');
    expect(temporalToIso(17, -1)).toBe('-00:01');
    expect(temporalToIso(18, 45015)).toBe('12:30:15');
    expect(temporalToIso(19, 45_015_123)).toBe('12:30:15.123');
    expect(temporalToIso(19, 0)).toBe('00:00:00.000');
  });

  it('refuses nulls and infinities', () => {
    expect(qerror(() => temporalToIso(12, -(2n ** 63n))).message).toBe('domain');
    expect(qerror(() => temporalToIso(14, 2147483647)).message).toBe('domain');
    expect(qerror(() => temporalToIso(15, NaN)).message).toBe('domain');
  });
});

describe('temporalToEpochNs', () => {
  it('counts point types from 1970', () => {
    expect(temporalToEpochNs(12, 0n)).toBe(BigInt(Q_EPOCH_MS) * 1_000_000n);
    expect(temporalToEpochNs(14, -10957)).toBe(0n);
    expect(temporalToEpochNs(13, -360)).toBe(0n); // 1970.01m
    expect(temporalToEpochNs(15, 0.5)).toBe(BigInt(Q_EPOCH_MS + 43_200_000) * 1_000_000n);
  });

  it('gives durations and times of day in ns', () => {
    expect(temporalToEpochNs(16, -5n)).toBe(-5n);
    expect(temporalToEpochNs(17, 720)).toBe(43_200_000_000_000n); // "j"$noon (datatypes.md)
    expect(temporalToEpochNs(18, 43200)).toBe(43_200_000_000_000n);
    expect(temporalToEpochNs(19, 1)).toBe(1_000_000n);
  });

  it('keeps the extreme timestamps exact (no wrap to 1707)', () => {
    expect(temporalToEpochNs(12, INT64_INF - 1n)).toBe(
      INT64_INF - 1n + BigInt(Q_EPOCH_MS) * 1_000_000n,
    );
  });
});

describe('temporalToDate', () => {
  it('gives UTC Dates for point types', () => {
    expect(temporalToDate(14, 0).toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(temporalToDate(13, 1).toISOString()).toBe('2000-02-01T00:00:00.000Z');
    expect(temporalToDate(12, 1_999_999n).toISOString()).toBe('2000-01-01T00:00:00.001Z');
    expect(temporalToDate(12, -1n).toISOString()).toBe('1999-12-31T23:59:59.999Z');
    expect(temporalToDate(15, 1 / 86_400_000).getTime()).toBe(Q_EPOCH_MS + 1);
  });

  it('reports the nanoseconds a Date drops', () => {
    expect(pointToEpochMs(12, 1_999_999n).droppedNs).toBe(999_999n);
    expect(pointToEpochMs(12, -1n).droppedNs).toBe(999_999n);
    expect(pointToEpochMs(12, 2_000_000n).droppedNs).toBe(0n);
  });

  it('covers every timestamp, and raises domain past Date range', () => {
    expect(temporalToDate(12, -INT64_INF + 1n).getUTCFullYear()).toBe(1707);
    expect(temporalToDate(12, INT64_INF - 1n).getUTCFullYear()).toBe(2292);
    expect(qerror(() => temporalToDate(14, 2_000_000_000)).message).toBe('domain');
    expect(qerror(() => temporalToDate(13, -2_000_000_000)).message).toBe('domain');
    expect(qerror(() => temporalToDate(15, 1e12)).message).toBe('domain');
  });

  it('has no Date for durations', () => {
    expect(qerror(() => temporalToDate(16, 1n)).message).toBe('type');
  });

  it('goes through the K constructors', () => {
    expect(temporalToDate(14, K.date('2100.03.01').value).toISOString()).toBe(
      '2100-03-01T00:00:00.000Z',
    );
  });
});
