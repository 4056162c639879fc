// The PowerShell language conformance suite: every case runs through the real engine (parser,
// evaluator, binder, cmdlets, formatter) and compares what the console shows.

import { describe, expect, it } from 'vitest';
import { runPs } from '../helpers/run.js';
import { allCases, pendingCases } from './conformanceCases.js';

describe('language conformance', () => {
  it('has at least 300 cases', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(300);
  });

  for (const tc of pendingCases) it.todo(tc.name);

  for (const tc of allCases) {
    it(tc.name, async () => {
      const r = await runPs(tc.script);
      if (tc.error !== undefined) {
        expect(r.errors).toContain(tc.error);
      } else {
        expect(r.errors).toBe('');
      }
      const lines = r.output === '' ? [] : r.output.replace(/\n$/, '').split('\n');
      expect(lines).toEqual(tc.out ?? []);
    });
  }
});
