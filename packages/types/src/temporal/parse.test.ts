import { describe, expect, it } from 'vitest';
import { qerror } from '../test-support.js';
import { parseTemporal } from './parse.js';

// Expected raws are computed with Date.UTC, independent of calendar.ts.
const Q_EPOCH_MS = Date.UTC(2000, 0, 1);
const days = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Q_EPOCH_MS) / 86_400_000;
const ns = (y: number, m: number, d: number, h = 0, mi = 0, s = 0): bigint =>
  BigInt(Date.UTC(y, m - 1, d, h, mi, s) - Q_EPOCH_MS) * 1_000_000n;

describe('parseTemporal: q literals', () => {
  it('reads the literal of every temporal type', () => {
    expect(parseTemporal(12, '2020.01.02D03:04:05.123456789')).toBe(
      ns(2020, 1, 2, 3, 4, 5) + 123_456_789n,
    );
    expect(parseTemporal(13, '2020.01m')).toBe(240);
    expect(parseTemporal(14, '2020.01.02')).toBe(days(2020, 1, 2));
    expect(parseTemporal(15, '2020.01.02T03:04:05.123')).toBe(
      (Date.UTC(2020, 0, 2, 3, 4, 5, 123) - Q_EPOCH_MS) / 86_400_000,
    );
    expect(parseTemporal(16, '0D00:00:01.5')).toBe(1_500_000_000n);
    expect(parseTemporal(17, '12:30')).toBe(750);
    expect(parseTemporal(18, '12:30:15')).toBe(45015);
    expect(parseTemporal(19, '12:30:15.123')).toBe(45_015_123);
  });

  it('counts from 2000.01.01: the epoch is zero and earlier dates are negative', () => {
    expect(parseTemporal(14, '2000.01.01')).toBe(0);
    expect(parseTemporal(12, '2000.01.01D00:00:00.000000000')).toBe(0n);
    expect(parseTemporal(13, '2000.01m')).toBe(0);
    expect(parseTemporal(15, '2000.01.01T00:00:00.000')).toBe(0);
    // "j"$1999.01.01 is -365 (abs.md); "i"$2010.01.01 2005.01.01 is 3653 1827i (divide.md)
    expect(parseTemporal(14, '1999.01.01')).toBe(-365);
    expect(parseTemporal(14, '2010.01.01')).toBe(3653);
    expect(parseTemporal(14, '2005.01.01')).toBe(1827);
    expect(parseTemporal(13, '1999.12m')).toBe(-1);
    expect(parseTemporal(14, '1970.01.01')).toBe(-10957);
  });

  it('reads the timestamp limits q prints for -0W+1 and 0W-1 (datatypes.md)', () => {
    expect(parseTemporal(12, '1707.09.22D00:12:43.145224194')).toBe(-(2n ** 63n) + 2n);
    expect(parseTemporal(12, '2292.04.10D23:47:16.854775806')).toBe(2n ** 63n - 2n);
    expect(qerror(() => parseTemporal(12, '2292.04.10D23:47:16.854775807')).message).toBe('domain');
    expect(qerror(() => parseTemporal(12, '1707.09.22D00:12:43.145224193')).message).toBe('domain');
  });

  it('knows leap years: 2000 and 2004 are, 1900 and 2100 are not', () => {
    expect(parseTemporal(14, '2000.02.29')).toBe(days(2000, 2, 29));
    expect(parseTemporal(14, '2004.02.29')).toBe(days(2004, 2, 29));
    expect(qerror(() => parseTemporal(14, '1900.02.29')).message).toBe('domain');
    expect(qerror(() => parseTemporal(14, '2100.02.29')).message).toBe('domain');
    expect(parseTemporal(14, '2100.03.01') - parseTemporal(14, '2100.02.28')).toBe(1);
  });

  it('reads far dates: year 1 and 9999 ("D"$"3001.01.01" is 3001.01.01)', () => {
    // Python: date(1,1,1).toordinal() - date(2000,1,1).toordinal()
    expect(parseTemporal(14, '0001.01.01')).toBe(-730119);
    expect(parseTemporal(14, '9999.12.31')).toBe(days(9999, 12, 31));
    expect(parseTemporal(14, '3001.01.01')).toBe(days(3001, 1, 1));
  });

  it('reads nulls and infinities with or without the type letter', () => {
    expect(parseTemporal(12, '0Np')).toBe(-(2n ** 63n));
    expect(parseTemporal(12, '0W')).toBe(2n ** 63n - 1n);
    expect(parseTemporal(12, '-0Wp')).toBe(-(2n ** 63n) + 1n);
    expect(parseTemporal(14, '0Nd')).toBe(-2147483648);
    expect(parseTemporal(14, '0Wd')).toBe(2147483647);
    expect(parseTemporal(15, '0Nz')).toBeNaN();
    expect(parseTemporal(15, '-0Wz')).toBe(-Infinity);
    expect(parseTemporal(17, '0Nu')).toBe(-2147483648);
  });

  it('pads short fractions on the right and truncates past nanoseconds', () => {
    expect(parseTemporal(12, '2000.01.01D00:00:00.5')).toBe(500_000_000n);
    expect(parseTemporal(16, '0D00:00:00.0000000019')).toBe(1n);
    expect(parseTemporal(19, '00:00:00.1')).toBe(100);
  });

  it('reads timespans: days, negatives, clocks without D', () => {
    expect(parseTemporal(16, '1D')).toBe(86_400_000_000_000n);
    expect(parseTemporal(16, '-0D00:00:01')).toBe(-1_000_000_000n);
    expect(parseTemporal(16, '12:00:00.000000000')).toBe(43_200_000_000_000n);
    expect(parseTemporal(16, '-106751D23:47:16.854775806')).toBe(-(2n ** 63n) + 2n);
    expect(parseTemporal(16, 'PT1H2M3.5S')).toBe(3_723_500_000_000n);
    expect(parseTemporal(16, '-P1DT1S')).toBe(-86_401_000_000_000n);
    expect(qerror(() => parseTemporal(16, '12')).message).toBe('type');
  });

  it('reads minutes beyond 24 hours and negative times as q allows', () => {
    expect(parseTemporal(17, '25:00')).toBe(1500);
    expect(parseTemporal(17, '-00:01')).toBe(-1);
    expect(parseTemporal(19, '-12:00:00.001')).toBe(-43_200_001);
  });
});

describe('parseTemporal: Tok forms (tok.md)', () => {
  it('"D"$"2000-12-12" is 2000.12.12', () =>
    expect(parseTemporal(14, '2000-12-12')).toBe(days(2000, 12, 12)));
  it('"U"$"12:13:14" is 12:13', () => expect(parseTemporal(17, '12:13:14')).toBe(12 * 60 + 13));
  it('"T"$"123456789" is 12:34:56.789', () =>
    expect(parseTemporal(19, '123456789')).toBe(45_296_789));
  it('"P"$"2015-10-28D03:55:58.6542" is 2015.10.28D03:55:58.654200000', () =>
    expect(parseTemporal(12, '2015-10-28D03:55:58.6542')).toBe(
      ns(2015, 10, 28, 3, 55, 58) + 654_200_000n,
    ));
  it('"N"$"123456123987654" is 0D12:34:56.123987654', () =>
    expect(parseTemporal(16, '123456123987654')).toBe(45_296_123_987_654n));
  it('"T"$"123456123987654" is 12:34:56.123', () =>
    expect(parseTemporal(19, '123456123987654')).toBe(45_296_123));
  it('"P"$"10129708800" is 2290.12.31D00:00:00.000000000', () =>
    expect(parseTemporal(12, '10129708800')).toBe(ns(2290, 12, 31)));
  it('"P"$"00000000000.123456789" is 1970.01.01D00:00:00.123456789', () =>
    expect(parseTemporal(12, '00000000000.123456789')).toBe(ns(1970, 1, 1) + 123_456_789n));
  it('"PZ"$\\:"20191122-11:11:11.123"', () => {
    expect(parseTemporal(12, '20191122-11:11:11.123')).toBe(
      ns(2019, 11, 22, 11, 11, 11) + 123_000_000n,
    );
    expect(parseTemporal(15, '20191122-11:11:11.123')).toBe(
      (Date.UTC(2019, 10, 22, 11, 11, 11, 123) - Q_EPOCH_MS) / 86_400_000,
    );
  });
});

describe('parseTemporal: ISO-8601', () => {
  it('reads JS toISOString output and offsets', () => {
    expect(parseTemporal(12, '2020-01-02T03:04:05.123Z')).toBe(
      ns(2020, 1, 2, 3, 4, 5) + 123_000_000n,
    );
    expect(parseTemporal(12, '2020-01-02T03:04:05+01:00')).toBe(ns(2020, 1, 2, 2, 4, 5));
    expect(parseTemporal(14, '2020-01-02T23:30:00-01:00')).toBe(days(2020, 1, 3));
    expect(parseTemporal(13, '2020-03-15')).toBe(242);
    expect(parseTemporal(13, '2020-03')).toBe(242);
  });

  it('floors coarser types toward minus infinity', () => {
    expect(parseTemporal(14, '1999.12.31D23:59:59.999999999')).toBe(-1);
    expect(parseTemporal(13, '1999.12.31')).toBe(-1);
  });
});

describe('parseTemporal: bad text', () => {
  it.each([
    [14, 'abc', 'type'],
    [14, '', 'type'],
    [14, '2020.13.01', 'domain'],
    [14, '2021.02.30', 'domain'],
    [12, '2020.01.02D24:00', 'domain'],
    [17, '12:60', 'domain'],
    [12, '2020.01', 'type'],
    [13, '2020.1m', 'type'],
    [19, '12:30:15.123x', 'type'],
  ] as const)('%i %j raises %s', (code, text, name) => {
    expect(qerror(() => parseTemporal(code, text)).message).toBe(name);
  });
});
