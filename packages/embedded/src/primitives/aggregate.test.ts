import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: sum.md, prd.md, min.md, max.md, avg.md, var.md, dev.md, med.md, sums.md, deltas.md
describe('aggregates', () => {
  it('sum skips nulls; of a table gives a dictionary', () => {
    expect(run('sum 1 2 3')).toBe('6');
    expect(run('sum 1 0N 3')).toBe('4');
    expect(run('sum ([]a:1 2;b:3 4)')).toBe('a| 3\nb| 7');
    expect(run('sum (1 2;3 4)')).toBe('4 6');
  });
  it('min, max, avg, med', () => {
    expect(run('min 3 1 2')).toBe('1');
    expect(run('max 3 1 2')).toBe('3');
    expect(run('avg 1 2 3 4')).toBe('2.5');
    expect(run('med 3 1 2 10')).toBe('2.5');
  });
  it('var and dev are population; svar and sdev sample', () => {
    expect(run('var 2 4 4 4 5 5 7 9')).toBe('4f');
    expect(run('dev 2 4 4 4 5 5 7 9')).toBe('2f');
    expect(run('svar 1 2 3 4')).toBe('1.666667');
  });
  it('running aggregates', () => {
    expect(run('sums 1 2 3')).toBe('1 3 6');
    expect(run('prds 1 2 3')).toBe('1 2 6');
    expect(run('maxs 1 3 2')).toBe('1 3 3');
    expect(run('mins 0N 5 0N 1 3')).toBe('0W 5 5 1 1');
    expect(run('deltas 1 4 9')).toBe('1 3 5');
    expect(run('differ 1 1 2')).toBe('101b');
  });
  it('moving windows', () => {
    expect(run('2 msum 1 2 3')).toBe('1 3 5');
    expect(run('2 msum 1 2 3f')).toBe('1 3 5f');
    expect(run('2 mavg 1 2 3')).toBe('1 1.5 2.5');
  });
});

describe('aggregates on nulls and shapes', () => {
  it('mmin treats null as the least value; mmax ignores it', () => {
    expect(run('3 mmin 0N -3 -2 1 -0W 0')).toBe('0N 0N 0N -3 -0W -0W');
    expect(run('3 mmax 0N -3 -2 0N 1 0')).toBe('-0W -3 -2 -2 1 1');
  });
  it('any and all reduce a list of vectors item-wise', () => {
    expect(run('any (010b;001b)')).toBe('011b');
    expect(run('all (011b;001b)')).toBe('001b');
  });
  it('cor leaves out pairs with a null', () => {
    expect(run('1 3 0N cor 1 3 9')).toBe('1f');
  });
});

// q reference avg.md: avgs and wavg ignore nulls.
describe('averages with nulls (avg.md)', () => {
  it('avgs averages each prefix without its nulls', () => {
    expect(run('avgs 1 2 3 0n 4 -0w 0w')).toBe('1 1.5 2 2 2.5 -0w 0n');
  });
  it('wavg ignores pairs with a null on either side', () => {
    expect(run('2 3 4 wavg 1 2 4')).toBe('2.666667');
    expect(run('2 0N 4 5 wavg 1 2 0N 8')).toBe('6f');
    expect(run('(1 2;3 4) wavg (500 400; 300 200)')).toBe('350 266.6667');
    expect(run('1 2 wavg 1 2 3')).toBe("'length");
  });
  it('moving functions and ratios run down a dictionary of rows (max.md, dev.md, ratios.md)', () => {
    const d = 'd:`a`b!(10 21 3;4 5 6)';
    expect(run(d, '2 mmax d')).toBe('a| 10 21 3\nb| 10 21 6');
    expect(run(d, '2 mdev d')).toBe('a| 0 0 0\nb| 3 8 1.5');
    expect(run(d, '2 msum d')).toBe('a| 10 21 3\nb| 14 26 9');
    expect(run(d, 'ratios d')).toBe('a| 10  21        3\nb| 0.4 0.2380952 2');
  });
});
