// Helpers of the reference-shaped example tests: run a script on a store and read what it produced.

import { expect } from 'vitest';
import { evalPs } from '../helpers/run.js';
import type { PSObject } from '../../src/engine/runtime/values.js';
import type { Store } from '../../src/store/store.js';

/** Output objects of a script on a given (or fresh) store. */
export async function values(script: string, store?: Store, workingDirectory?: string): Promise<unknown[]> {
  return (await evalPs(script, { store, workingDirectory })).values;
}

/** The named property of every output object. */
export async function column(script: string, name: string, store?: Store): Promise<unknown[]> {
  return (await values(script, store)).map((v) => (v as PSObject).get(name));
}

/** Strings written to the pipeline by a script (e.g. `| % Identity`). */
export async function strings(script: string, store?: Store): Promise<string[]> {
  return (await values(script, store)).map((v) => String(v));
}

/** The one object a script returned. */
export function only(list: unknown[]): PSObject {
  expect(list).toHaveLength(1);
  return list[0] as PSObject;
}
