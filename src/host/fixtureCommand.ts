// `csshell fixture generate --users N --store file.db [--seed S]`: a new store holding the demo
// deployment plus N generated users (deterministic for a seed), for tests and benchmarks.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '../store/open.js';
import { generateUsers } from '../store/usersGenerator.js';
import { countUsers } from '../store/usersRepository.js';

export const FIXTURE_USAGE = 'Usage: csshell fixture generate --users N --store <file.db> [--seed S]\n';

export interface FixtureResult {
  path: string;
  generated: number;
  totalUsers: number;
  milliseconds: number;
}

/** Creates `path` (which must not exist) with the demo deployment and `users` generated accounts. */
export function generateFixtureStore(path: string, users: number, seed = 1): FixtureResult {
  const started = performance.now();
  const store = openStore(path);
  try {
    const generated = store.transaction(() => generateUsers(store, { users, seed }));
    return { path, generated, totalUsers: countUsers(store), milliseconds: performance.now() - started };
  } finally {
    store.close();
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = args[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
}

export async function generateFixtureCommand(args: string[], store?: string): Promise<number> {
  const [verb] = args;
  if (verb !== 'generate') {
    process.stderr.write(FIXTURE_USAGE);
    return 2;
  }
  const users = Number(option(args, '--users'));
  const seed = Number(option(args, '--seed') ?? '1');
  const target = option(args, '--store') ?? store;
  if (!Number.isInteger(users) || users < 0 || !Number.isInteger(seed) || !target || target === ':memory:') {
    process.stderr.write(FIXTURE_USAGE);
    return 2;
  }
  const path = resolve(target);
  if (existsSync(path)) {
    process.stderr.write(`csshell fixture: ${path} already exists; choose a new file.\n`);
    return 1;
  }
  const r = generateFixtureStore(path, users, seed);
  process.stdout.write(`Created ${r.path}: demo deployment plus ${r.generated} generated users (${r.totalUsers} accounts) in ${(r.milliseconds / 1000).toFixed(2)} s.\n`);
  return 0;
}
