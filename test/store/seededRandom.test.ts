// The one seeded generator (Get-Random -SetSeed, generated deployments, the parser's fuzz inputs):
// its sequence for a seed never changes, since stored fixtures and scripts rely on it.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/store/seededRandom.js';
import { evalPs } from '../helpers/run.js';

const draws = (seed: number, n: number) => {
  const next = seededRandom(seed);
  return Array.from({ length: n }, () => next() * 2 ** 32);
};

describe('seededRandom', () => {
  it('gives the same 32-bit draws for a seed as it always has', () => {
    expect(draws(1, 3)).toEqual([2693262067, 11749833, 2265367787]);
    expect(draws(42, 3)).toEqual([2581720956, 1925393290, 3661312704]);
    expect(draws(-1, 3)).toEqual([3850105811, 813802916, 3073704848]);
  });

  it('stays in [0, 1)', () => {
    const next = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('drives Get-Random -SetSeed (number and list forms)', async () => {
    const r = await evalPs('Get-Random -SetSeed 42 -Maximum 1000000; (1..10 | Get-Random -SetSeed 7 -Count 10) -join ","');
    expect(r.errors).toBe('');
    expect(r.values).toEqual([601103, '1,2,10,7,6,5,4,3,9,8']);
  });
});
