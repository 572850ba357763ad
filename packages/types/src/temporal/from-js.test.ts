import { describe, expect, it } from 'vitest';
import { qerror } from '../test-support.js';
import { K } from '../index.js';
import { rawFromDate, rawFromEpochNs, temporalToRaw } from './from-js.js';

const Q_EPOCH_MS = Date.UTC(2000, 0, 1);

describe('temporalToRaw through the constructors', () => {
  it('accepts q literal text', () => {
    expect(K.timestamp('2020.01.02D03:04:05.123456789').value).toBe(
      BigInt(Date.UTC(2020, 0, 2, 3, 4, 5) - Q_EPOCH_MS) * 1_000_000n + 123_456_789n,
    );
    expect(K.month('2020.01m').value).toBe(240);
    expect(K.timespan('0D00:00:01.5').value).toBe(1_500_000_000n);
    expect(K.time(['12:30:15.123', null]).data).toEqual(new Int32Array([45_015_123, -2147483648]));
  });

  it('takes Dates exactly for timestamps and floored for dates and months', () => {
    const d = new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999));
    expect(K.timestamp(d).value).toBe(-1_000_000n);
    expect(K.date(d).value).toBe(-1);
    expect(K.month(d).value).toBe(-1);
    expect(K.datetime(d).value).toBe(-1 / 86_400_000);
    expect(K.date(new Date(Q_EPOCH_MS)).value).toBe(0);
  });

  it('gives q null for an invalid Date', () => {
    expect(K.timestamp(new Date(NaN)).isNull).toBe(true);
    expect(K.date(new Date(NaN)).isNull).toBe(true);
    expect(Number.isNaN(K.datetime(new Date(NaN)).value)).toBe(true);
  });

  it('takes bigint ns since 1970 for timestamps and ns for timespans', () => {
    expect(K.timestamp(0n).value).toBe(-BigInt(Q_EPOCH_MS) * 1_000_000n);
    expect(K.timespan(-7n).value).toBe(-7n);
    expect(rawFromEpochNs(14, -1n)).toBe(-10958);
    expect(rawFromEpochNs(17, 119_999_999_999n)).toBe(1);
  });

  it('takes counts of the unit for minute, second and time', () => {
    expect(K.minute(750).value).toBe(750);
    expect(qerror(() => K.second(1.5)).message).toBe('type');
    expect(qerror(() => K.timestamp(5 as unknown as bigint)).message).toBe('type');
  });

  it('raises domain outside the range rather than wrapping (PyKX turns 0Wp into 1707)', () => {
    expect(qerror(() => K.timestamp(new Date(Date.UTC(2300, 0, 1)))).message).toBe('domain');
    expect(qerror(() => K.timestamp(new Date(Date.UTC(1700, 0, 1)))).message).toBe('domain');
    const offsetNs = BigInt(Q_EPOCH_MS) * 1_000_000n;
    // 2^63 ns after 1970 is 2262, inside q's range (q counts from 2000)
    expect(K.timestamp(2n ** 63n).value).toBe(2n ** 63n - offsetNs);
    expect(K.timestamp(2n ** 63n - 2n + offsetNs).value).toBe(2n ** 63n - 2n);
    expect(qerror(() => K.timestamp(2n ** 63n - 1n + offsetNs)).message).toBe('domain');
    // the infinity itself is not a valid value to build from a number
    expect(qerror(() => K.timespan(2n ** 63n - 1n)).message).toBe('domain');
    expect(qerror(() => K.minute(2147483647)).message).toBe('domain');
  });

  it('takes years 1 and 9999 as dates', () => {
    const y1 = new Date(0);
    y1.setUTCFullYear(1, 0, 1);
    expect(rawFromDate(14, y1)).toBe(-730119);
    expect(K.date(new Date(Date.UTC(9999, 11, 31))).value).toBe(2_921_939);
  });

  it('refuses Dates for durations', () => {
    expect(qerror(() => temporalToRaw(16, new Date() as unknown as bigint)).message).toBe('type');
  });
});
