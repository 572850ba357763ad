import { K, Table } from '@qts/types';
import { describe, expect, it } from 'vitest';
import { danfoText } from './danfo-text.js';

describe('danfoText', () => {
  const table = (n: number) =>
    new Table(['x'], [K.long.vector(BigInt64Array.from({ length: n }, (_, i) => BigInt(i)))]);
  const rowsShown = (text: string) =>
    text.split('\n').filter((line) => /^║ \d+ /.test(line)).length;

  it('shows every row of a short table', () => {
    expect(rowsShown(danfoText(table(3)))).toBe(3);
  });

  it('shows at most the rows asked for', () => {
    expect(rowsShown(danfoText(table(30), 10))).toBe(10);
  });
});
