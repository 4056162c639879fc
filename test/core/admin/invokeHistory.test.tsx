// Invoke-History (r, ihy): runs an entry of the session history again, as 5.1 does.
import { afterEach, describe, expect, it } from 'vitest';
import { runPs } from '../../helpers/run.js';
import { engineShell, type EngineShellHarness } from '../../repl/harness.js';
import { SessionHistory } from '../../../src/engine/session/history.js';

let shell: EngineShellHarness | undefined;
let history = new SessionHistory();
afterEach(() => {
  shell?.unmount();
  shell = undefined;
  history = new SessionHistory();
});

/** A session list holding `lines` as entries 1..n. */
function withHistory(...lines: string[]): SessionHistory {
  history = new SessionHistory();
  for (const line of lines) history.record(line, 'Completed', new Date(), new Date());
  return history;
}

describe('Invoke-History', () => {
  it('runs the most recent entry by default, echoing its line first', async () => {
    withHistory('Get-CsSite -Identity Dublin | % DisplayName', '"second"');
    const r = await runPs('r', { history });
    expect(r.text).toBe('"second"\nsecond\n');
  });

  it('runs an entry by Id, by the start of its line, and from Get-History through the pipeline', async () => {
    withHistory('Get-CsSite -Identity Dublin | % DisplayName', '1 + 1', 'Get-CsSite -Identity Redmond | % DisplayName');
    expect((await runPs('Invoke-History 1', { history })).text).toBe('Get-CsSite -Identity Dublin | % DisplayName\nDublin\n');
    expect((await runPs('ihy -Id "Get-CsSite"', { history })).text).toContain('\nRedmond\n');
    expect((await runPs('Get-History -Id 2 | Invoke-History', { history })).text).toBe('1 + 1\n2\n');
  });

  it('runs in the caller\'s scope: variables it sets remain', async () => {
    withHistory('$site = "Dublin"');
    expect((await runPs('r; "site=$site"', { history })).text).toBe('$site = "Dublin"\nsite=Dublin\n');
  });

  it('5.1 errors: no history, an unknown Id, a non-positive Id, an unknown start', async () => {
    withHistory();
    const none = await runPs('Invoke-History', { history });
    expect(none.errors).toContain('Invoke-History : Cannot locate most recent history.');
    expect(none.errors).toContain('InvokeHistoryNoLastHistoryEntryFound,Microsoft.PowerShell.Commands.InvokeHistoryCommand');
    withHistory('1 + 1');
    expect((await runPs('r 7', { history })).errors).toContain('Cannot locate the history for Id 7.');
    expect((await runPs('r 0', { history })).errors).toContain('The identifier 0 is not a valid value for a History identifier. Specify a positive number, and then try again.');
    const prefix = await runPs('r Get-Nothing', { history });
    expect(prefix.errors).toContain('Cannot locate the history for command line Get-Nothing.');
    expect(prefix.errors).toContain('ObjectNotFound: (Get-Nothing:String) [Invoke-History], ArgumentException');
  });

  it('refuses several entries at once and an entry that runs itself', async () => {
    withHistory('1 + 1', '2 + 2', 'r 3');
    const many = await runPs('Get-History | Invoke-History', { history });
    expect(many.errors).toContain('Cannot process multiple history commands. You can only run a single command by using Invoke-History.');
    const loop = await runPs('r 3', { history });
    expect(loop.errors).toContain('The Invoke-History cmdlet is called repeatedly, in a loop.');
  });

  it('-WhatIf names the entry with its secrets masked and runs nothing', async () => {
    withHistory("Set-CsXmppGatewayConfiguration -DialbackPassphrase 'S3cret-Phrase'");
    const r = await runPs('r -WhatIf', { history });
    expect(r.text).toBe(`What if: Performing the operation "Invoke-History" on target "Set-CsXmppGatewayConfiguration -DialbackPassphrase '********'".\n`);
  });

  it('in the shell: r echoes and runs the last command, and the history records that command, not r', { timeout: 60_000 }, async () => {
    shell = await engineShell();
    await shell.run('Get-CsSite -Identity Dublin | % SiteId');
    const screen = await shell.run('r');
    expect(screen).toMatch(/> r\nGet-CsSite -Identity Dublin \| % SiteId\n2\n/);
    const listed = await shell.run('Get-History | % CommandLine');
    expect(listed).toMatch(/> Get-History \| % CommandLine\nGet-CsSite -Identity Dublin \| % SiteId\nGet-CsSite -Identity Dublin \| % SiteId\n/);
  });

  it('in the shell: an entry found by the start of its line can be run again and again', { timeout: 60_000 }, async () => {
    shell = await engineShell();
    await shell.run('$n = 0');
    await shell.run('$n++; "n=$n"');
    await shell.run('r');
    const screen = await shell.run("r '$n++'");
    expect(screen).toMatch(/n=3\n/);
  });
});
