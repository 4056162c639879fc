// What the administration-command tests share: run a script that must not write an error, get its objects.
import { expect } from 'vitest';
import { evalPs, newStore, type RunOptions } from '../../helpers/run.js';

export async function cleanValues(script: string, opts: RunOptions = {}): Promise<unknown[]> {
  const r = await evalPs(script, { store: opts.store ?? newStore(), ...opts });
  expect(r.errors).toBe('');
  return r.values;
}
