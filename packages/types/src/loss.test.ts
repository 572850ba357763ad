import { afterEach, describe, expect, it, vi } from 'vitest';
import { QError } from './error.js';
import { keepReport, LossLog, LossyConversionError, lossReport } from './loss.js';

describe('LossLog', () => {
  afterEach(() => vi.restoreAllMocks());

  it('collects entries under report, ignoring empty counts', () => {
    const log = new LossLog('report', '@qts/test');
    log.add('precision', 'time', 3, 1n, 'floored to the ms');
    log.add('range', 'time', 0, undefined, 'nothing lost');
    expect(log.entries).toEqual([
      { kind: 'precision', column: 'time', count: 3, sample: 1n, message: 'floored to the ms' },
    ]);
  });

  it('warns naming its source under warn, and still collects', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = new LossLog('warn', '@qts/test');
    log.add('infinity', 'px', 1, Infinity, 'infinity became null');
    expect(warn).toHaveBeenCalledWith('@qts/test: px: infinity became null (1 items, infinity)');
    expect(log.entries).toHaveLength(1);
  });

  it('throws a QError named lossy under throw', () => {
    const log = new LossLog('throw', '@qts/test');
    const add = () => log.add('encoding', '', 2, 'x', 'not UTF-8');
    expect(add).toThrow(LossyConversionError);
    expect(add).toThrow(QError);
    expect(add).toThrow('lossy');
  });

  it('keeps a report under the converted object', () => {
    const value = { any: 'object' };
    const report = [{ kind: 'renamed', column: 'values', count: 1, message: 'renamed' }] as const;
    expect(keepReport({ value, report })).toBe(value);
    expect(lossReport(value)).toBe(report);
    expect(lossReport({})).toBeUndefined();
  });
});
