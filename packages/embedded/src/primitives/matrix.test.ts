import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: mmu.md, inv.md, lsq.md
describe('matrix maths', () => {
  it('mmu multiplies matrices and a matrix by a vector', () => {
    expect(run('(1 2f;3 4f) mmu (5 6f;7 8f)')).toBe('19 22\n43 50');
    expect(run('(1 2f;3 4f) mmu 1 1f')).toBe('3 7f');
  });
  it('inv inverts a square matrix', () => {
    expect(run('inv (2 0f;0 4f)')).toBe('0.5 0\n0   0.25');
  });
  it('lsq solves x = w mmu y', () => {
    expect(run('(2 4f;6 8f) lsq (1 0f;0 2f)')).toBe('2 2\n6 4');
  });
});
