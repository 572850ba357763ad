import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: basics/arithmetic (temporal), datatypes.md, dotz.md
describe('temporal arithmetic', () => {
  it('timestamp minus timestamp is a timespan; plus a timespan a timestamp', () => {
    expect(run('2026.01.02D00:00 - 2026.01.01D12:00')).toBe('0D12:00:00.000000000');
    expect(run('2026.01.01D00:00+0D01:00')).toBe('2026.01.01D01:00:00.000000000');
  });
  it('a date plus a timespan is a timestamp', () => {
    expect(run('2026.01.01+0D06:00')).toBe('2026.01.01D06:00:00.000000000');
  });
  it('a date plus fractional days is a datetime', () => {
    expect(run('2000.01.02+0.5')).toBe('2000.01.02T12:00:00.000');
  });
  it('timespans divide to a float', () => {
    expect(run('00:00:10.000000000 % 00:00:05.000000000')).toBe('2f');
  });
  it('dates compare with timestamps as instants', () => {
    expect(run('2026.01.01<2026.01.01D00:00:01')).toBe('1b');
  });
  it('.z gives the clock in the right types', () => {
    expect(run('type .z.p')).toBe('-12h');
    expect(run('type .z.D')).toBe('-14h');
    expect(run('type .z.t')).toBe('-19h');
  });
  it('xbar buckets', () => {
    expect(run('5 xbar 1 6 12')).toBe('0 5 10');
  });
});
