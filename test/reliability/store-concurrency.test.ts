// Two csshell processes started together on a path where no store exists yet: one creates, migrates
// and seeds the store, the other waits and uses it; neither fails and the demo deployment is there once.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCli } from '../helpers/cli.js';
import { openStore } from '../../src/store/open.js';
import { countUsers } from '../../src/store/usersRepository.js';

const TRIALS = Number(process.env.CSSHELL_STORE_RACE_TRIALS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'csshell-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a new store opened by two processes at once', () => {
  const demo = openStore(':memory:');
  const demoUsers = countUsers(demo);
  demo.close();

  it.each(Array.from({ length: TRIALS }, (_, i) => i + 1))('trial %i', async (trial) => {
    const path = join(dir, `race-${trial}.db`);
    const args = ['--store', path, '-c', '(Get-CsAdUser).Count'];
    const results = await Promise.all([startCli(args), startCli(args)]);
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(String(demoUsers));
    }
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: demoUsers });
    db.close();
  });
});
