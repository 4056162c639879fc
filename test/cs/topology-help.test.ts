// Every help example of the topology, user and verification cmdlets runs without errors on a fresh
// demo store, and every entry documents each catalog parameter that is not a common one.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHelpEntry } from '../../src/catalog/help.js';
import { getCmdlet } from '../../src/catalog/registry.js';
import { runPs } from '../helpers/run.js';

const CMDLETS = [
  'Get-CsTopology', 'Test-CsTopology', 'Publish-CsTopology', 'Enable-CsTopology', 'Get-CsSite', 'Set-CsSite', 'Get-CsPool', 'Get-CsService',
  'Get-CsComputer', 'Set-CsEdgeServer', 'Get-CsSipDomain', 'New-CsSipDomain', 'Set-CsSipDomain', 'Remove-CsSipDomain', 'Get-CsWindowsService',
  'Start-CsWindowsService', 'Stop-CsWindowsService', 'Get-CsManagementStoreReplicationStatus', 'Invoke-CsManagementStoreReplication',
  'Export-CsConfiguration', 'Import-CsConfiguration', 'Get-CsUser', 'Get-CsAdUser', 'Enable-CsUser', 'Disable-CsUser', 'Set-CsUser', 'Move-CsUser',
  'Grant-CsExternalAccessPolicy', 'Get-CsEffectivePolicy', 'Test-CsXmppIM', 'Test-CsFederatedPartner',
  'Resolve-DnsName', 'Get-DnsServerResourceRecord', 'Add-DnsServerResourceRecord', 'Remove-DnsServerResourceRecord',
];

const examples = CMDLETS.flatMap((name) => (getHelpEntry(name)?.examples ?? []).map((ex, i) => [`${name} #${i + 1} ${ex.title}`, ex.code] as [string, string]));

describe('topology, user and verification help', () => {
  it.each(CMDLETS)('%s has a synopsis, a description, two examples and every parameter', (name) => {
    const h = getHelpEntry(name);
    expect(h, name).toBeDefined();
    expect(h!.synopsis.length).toBeGreaterThan(10);
    expect(h!.description.length).toBeGreaterThan(40);
    expect(h!.examples.length).toBeGreaterThanOrEqual(2);
    const missing = getCmdlet(name)!.metadata.parameters.map((p) => p.name).filter((p) => !h!.parameters[p]);
    expect(missing).toEqual([]);
  });

  it.each(examples)('example %s runs', async (_title, code) => {
    // The examples presume the folders they name exist, as an admin's server has them (C:\Backup).
    const dir = mkdtempSync(join(tmpdir(), 'csshell-help-'));
    for (const m of code.matchAll(/C:\\(\w+)\\/g)) mkdirSync(join(dir, m[1]!), { recursive: true });
    const r = await runPs(code, { workingDirectory: dir });
    expect(r.errors).toBe('');
    expect(r.terminatingError).toBe(false);
    expect(r.parseErrors).toBe(false);
  });

  it('a parameter two test cmdlets share is described for each cmdlet on its own', async () => {
    const xmpp = (await runPs('Get-Help Test-CsXmppIM -Parameter TargetFqdn')).text;
    const fed = (await runPs('Get-Help Test-CsFederatedPartner -Parameter TargetFqdn')).text;
    expect(xmpp).toContain('Front End pool');
    expect(xmpp).not.toContain('Test-CsFederatedPartner');
    expect(fed).toContain('Edge');
    expect(fed).not.toContain('Test-CsXmppIM');
  });

  it('Required? agrees with SYNTAX: a parameter optional in one of its sets is not required', async () => {
    const sip = (await runPs('Get-Help Test-CsXmppIM -Parameter UserSipAddress')).text;
    expect(sip).toMatch(/Required\?\s+false/);
    const receiver = (await runPs('Get-Help Test-CsXmppIM -Parameter Receiver')).text;
    expect(receiver).toMatch(/Required\?\s+true/);
  });
});

