// A csshell process killed (SIGKILL) at a random moment of a batch script: the store passes SQLite's
// integrity check and the commands it kept are exactly the first k of the script: none half-applied,
// none skipped. TRIALS runs (CSSHELL_RELIABILITY_SCALE multiplies them).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAllowedDomains, listXmppAllowedPartners } from '../../src/store/configRepository.js';
import { openStore } from '../../src/store/open.js';
import { SCALE, startScript, workspace, type Workspace } from './processes.js';

const TRIALS = 3 * SCALE;
/** More commands than a process gets through before it is killed. */
const COMMANDS = 3000;

/**
 * Command i creates allowed domain k<i>.example.com (odd i), or adds k<i>.example.net to one partner's
 * AdditionalDomains and sets its ProxyFqdn to k<i>.proxy.example.net (even i): two properties of one
 * record, so a half-applied Set- would show.
 */
const SCRIPT = `'ready' | Set-Content killed.ready
foreach ($i in 1..${COMMANDS}) {
  if ($i % 2) { New-CsAllowedDomain -Identity "k$i.example.com" | Out-Null }
  else { Set-CsXmppAllowedPartner -Identity shared.example.org -AdditionalDomains @{Add="k$i.example.net"} -ProxyFqdn "k$i.proxy.example.net" }
}
`;

/** Which commands of the script left their mark, in script order, and whether the partner is consistent. */
function applied(ws: Workspace): { integrity: unknown; marks: boolean[]; proxyMatchesLastAdd: boolean } {
  const store = openStore(ws.store);
  try {
    const integrity = store.db.pragma('integrity_check', { simple: true });
    const allowed = new Set(listAllowedDomains(store).map((d) => d.Identity));
    const partner = listXmppAllowedPartners(store).find((p) => p.Identity === 'shared.example.org')!;
    const added = new Set(partner.AdditionalDomains);
    const marks = Array.from({ length: COMMANDS }, (_, n) => {
      const i = n + 1;
      return i % 2 ? allowed.has(`k${i}.example.com`) : added.has(`k${i}.example.net`);
    });
    const last = partner.AdditionalDomains.at(-1);
    const proxyMatchesLastAdd = last === undefined ? partner.ProxyFqdn === null : partner.ProxyFqdn === last.replace('.example.net', '.proxy.example.net');
    return { integrity, marks, proxyMatchesLastAdd };
  } finally {
    store.close();
  }
}

async function waitForFile(path: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (!existsSync(path)) {
    if (Date.now() > until) throw new Error(`${path} never appeared`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('kill -9 during a batch script', () => {
  it(
    'leaves a sound store holding exactly a prefix of the script',
    async () => {
      const kept: number[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const ws = await workspace('New-CsXmppAllowedPartner -Identity shared.example.org | Out-Null');
        const run = startScript(ws, 'killed.ps1', SCRIPT);
        await waitForFile(join(ws.dir, 'killed.ready'));
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 600));
        run.child.kill('SIGKILL');
        const end = await run.done;
        expect(end.signal).toBe('SIGKILL');
        const { integrity, marks, proxyMatchesLastAdd } = applied(ws);
        expect(integrity).toBe('ok');
        const k = marks.indexOf(false) === -1 ? COMMANDS : marks.indexOf(false);
        expect({ trial, after: marks.slice(k).filter(Boolean).length }).toEqual({ trial, after: 0 });
        expect(proxyMatchesLastAdd).toBe(true);
        kept.push(k);
      }
      // Some run got far enough to be killed among its writes.
      expect(Math.max(...kept)).toBeGreaterThan(0);
    },
    30_000 * SCALE,
  );
});
