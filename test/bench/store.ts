// Store figures: generating a 100k-user deployment, and how long `Get-CsUser -Identity` takes on it
// (repository lookup and the whole cmdlet through the engine). Reported, not asserted.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFixtureStore } from '../../src/host/fixtureCommand.js';
import { openStore } from '../../src/store/open.js';
import { findUsers, listUsers, searchUsersByPrefix } from '../../src/store/usersRepository.js';
import { newEngine } from '../helpers/run.js';

const USERS = 100_000;

function perCall(n: number, fn: (i: number) => unknown): number {
  const t = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return (performance.now() - t) / n;
}

export async function benchStore(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-bench-store-'));
  const path = join(dir, 'big.db');
  const lines: string[] = [];
  try {
    const gen = generateFixtureStore(path, USERS, 1);
    lines.push(`generate ${USERS} users (one transaction, file store): ${(gen.milliseconds / 1000).toFixed(2)} s, ${gen.totalUsers} accounts`);
    const store = openStore(path);
    const sample = listUsers(store, { csOnly: true }).filter((_, i) => i % 997 === 0);
    const sips = sample.map((u) => u.sipAddress!);
    const names = sample.map((u) => u.displayName);
    lines.push(`repository lookup by SIP address: ${perCall(2000, (i) => findUsers(store, sips[i % sips.length]!)).toFixed(3)} ms`);
    lines.push(`repository lookup by display name: ${perCall(2000, (i) => findUsers(store, names[i % names.length]!)).toFixed(3)} ms`);
    lines.push(`repository lookup by wildcard "Ken*": ${perCall(500, () => findUsers(store, 'Ken*')).toFixed(3)} ms`);
    lines.push(`tab-completion prefix query (20 rows): ${perCall(500, () => searchUsersByPrefix(store, 'sip:ale', 20)).toFixed(3)} ms`);
    const { engine } = newEngine({ store });
    for (let i = 0; i < 20; i++) await engine.invoke(`Get-CsUser -Identity "${sips[i % sips.length]}"`);
    const runs = 200;
    const t = performance.now();
    for (let i = 0; i < runs; i++) await engine.invoke(`Get-CsUser -Identity "${sips[i % sips.length]}"`);
    lines.push(`Get-CsUser -Identity <sip> through the engine: ${((performance.now() - t) / runs).toFixed(3)} ms per command (target < 5 ms)`);
    const timed = async (cmd: string) => {
      const started = performance.now();
      const v = await engine.invoke(cmd);
      return `${cmd}: ${((performance.now() - started) / 1000).toFixed(2)} s (${String(v[0])})`;
    };
    lines.push(await timed('(Get-CsUser -ResultSize 10).Count'));
    lines.push(await timed('(Get-CsUser -Filter {DisplayName -like "Ken*"}).Count'));
    lines.push(await timed('(Get-CsUser -LdapFilter "(department=Sales)").Count'));
    const t2 = performance.now();
    const all = await engine.invoke('(Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"}).Count');
    lines.push(`Get-CsUser -Filter {RegistrarPool -eq ...} over ${USERS} users: ${((performance.now() - t2) / 1000).toFixed(2)} s (${String(all[0])} users)`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
