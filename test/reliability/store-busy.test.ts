// When another process keeps the store locked for longer than the busy timeout, a writing command
// fails with a PowerShell error that says the store is busy (never SQLite's own text) and writes nothing.

import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { runPs } from '../helpers/run.js';

/** The test waits 50 ms for the lock, not the 5 seconds a store waits by default. */
const BUSY = 'The Central Management Store is busy: another process kept it locked for longer than 0.05 seconds. Nothing was changed. Run the command again.';

const commands = [
  'New-CsXmppAllowedPartner -Identity jabber.org',
  'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
  'Set-CsUser -Identity "Ken Myer" -LineURI "tel:+14255550100"',
  'New-CsSipDomain -Identity fabrikam.com',
  'Stop-CsWindowsService -Name RTCRGS -Report C:\\stop.html',
  'Import-CsConfiguration -FileName C:\\config.json',
];

/** What the commands above would change. */
const STATE = [
  '@(Get-CsXmppAllowedPartner).Count',
  '(Get-CsAccessEdgeConfiguration).AllowFederatedUsers',
  '(Get-CsUser -Identity "Ken Myer").LineURI',
  '@(Get-CsSipDomain).Count',
  '(Get-CsWindowsService -Name RTCRGS).Status',
].join('; ');

describe('a store locked by another process', () => {
  it('gives each writing command a "store is busy" error and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-busy-'));
    const path = join(dir, 'store.db');
    const store = openStore(path);
    expect((await runPs('Export-CsConfiguration -FileName C:\\config.json', { store, workingDirectory: dir })).errors).toBe('');
    const state = async () => (await runPs(STATE, { store, workingDirectory: dir })).output;
    const before = await state();
    const files = readdirSync(dir).sort();
    store.db.pragma('busy_timeout = 50');
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      for (const command of commands) {
        const r = await runPs(`${command}\n"succeeded=$?"`, { store, workingDirectory: dir });
        expect({ command, errors: r.errors.split('\n')[0] }).toEqual({ command, errors: `${command.split(' ')[0]} : ${BUSY}` });
        expect(r.errors).toContain('+ CategoryInfo          : ResourceBusy: (:)');
        expect(r.errors).toContain('+ FullyQualifiedErrorId : StoreBusy,');
        expect(r.output).toContain('succeeded=False');
      }
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await state()).toBe(before);
    // Only the report, which records failures too (src/cmdlets/cs/kit/report.ts).
    expect(readdirSync(dir).sort()).toEqual([...files, 'stop.html'].sort());
    expect(readFileSync(join(dir, 'stop.html'), 'utf8')).toContain('The Central Management Store is busy');
  });
});
