// Two csshell processes writing to one store file at the same time: no update is lost, nobody is
// told "database is locked", and of two processes creating the same object exactly one succeeds.
// COUNT commands per process (CSSHELL_RELIABILITY_SCALE multiplies it).

import { describe, expect, it } from 'vitest';
import { lines, query, race, SCALE, workspace } from './processes.js';

const COUNT = 300 * SCALE;
const TIMEOUT = 60_000 * SCALE;

/** The heads of the error records a run printed (`New-CsAllowedDomain : <message>`). */
function errorHeads(stderr: string): string[] {
  return lines(stderr).filter((l) => /^[A-Z][a-z]+-\w+ : /.test(l));
}

function loop(command: string): string {
  return `foreach ($i in 1..${COUNT}) { ${command} }\n`;
}

describe('two writers on one store', () => {
  it(
    'keep every domain both add to one partner with @{Add=…}',
    async () => {
      const ws = await workspace('New-CsXmppAllowedPartner -Identity shared.example.org | Out-Null');
      const add = (p: string) => loop(`Set-CsXmppAllowedPartner -Identity shared.example.org -AdditionalDomains @{Add="${p}$i.example.net"}`);
      const runs = await race(ws, { a: add('a'), b: add('b') });
      for (const r of Object.values(runs)) {
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
      }
      const kept = lines(await query(ws, '(Get-CsXmppAllowedPartner -Identity shared.example.org).AdditionalDomains'));
      const expected = ['a', 'b'].flatMap((p) => Array.from({ length: COUNT }, (_, i) => `${p}${i + 1}.example.net`));
      const lost = expected.filter((d) => !kept.includes(d));
      expect({ lost: lost.length, kept: kept.length }).toEqual({ lost: 0, kept: 2 * COUNT });
    },
    TIMEOUT,
  );

  it(
    'create distinct objects without a failure or "database is locked"',
    async () => {
      const ws = await workspace();
      const create = (p: string) => loop(`New-CsAllowedDomain -Identity "${p}$i.example.com" | Out-Null`);
      const runs = await race(ws, { a: create('a'), b: create('b') });
      const output = Object.values(runs).map((r) => r.stdout + r.stderr).join('\n');
      const failed = Object.values(runs).flatMap((r) => errorHeads(r.stderr)).length;
      const locked = (output.match(/database is locked|SQLITE_BUSY/gi) ?? []).length;
      const created = Number((await query(ws, '@(Get-CsAllowedDomain).Count')).trim());
      expect({ failed, locked, created }).toEqual({ failed: 0, locked: 0, created: 2 * COUNT });
    },
    TIMEOUT,
  );

  it(
    'create each identity exactly once when both create the same ones; the other gets "already exists"',
    async () => {
      const ws = await workspace();
      const create = loop('New-CsXmppAllowedPartner -Identity "p$i.example.org" | Out-Null');
      const runs = await race(ws, { a: create, b: create });
      const errors = Object.values(runs).flatMap((r) => errorHeads(r.stderr));
      const alreadyExists = /^New-CsXmppAllowedPartner : "XmppAllowedPartner" with identity "p\d+\.example\.org" already exists\. Use the Set- cmdlet to modify it\.$/;
      const otherErrors = errors.filter((e) => !alreadyExists.test(e));
      const identities = lines(await query(ws, 'Get-CsXmppAllowedPartner | ForEach-Object { $_.Identity }'));
      expect({ otherErrors: otherErrors.length, alreadyExists: errors.length - otherErrors.length, created: identities.length, distinct: new Set(identities).size }).toEqual({
        otherErrors: 0,
        alreadyExists: COUNT,
        created: COUNT,
        distinct: COUNT,
      });
      expect(otherErrors.slice(0, 3)).toEqual([]);
    },
    TIMEOUT,
  );
});
