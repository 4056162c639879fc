// Every entry of the topology, user and verification cmdlets documents each catalog parameter that is
// not a common one. (Their examples run in test/catalog/help-examples.test.ts.)
import { describe, expect, it } from 'vitest';

import { runPs } from '../helpers/run.js';
import { builtins } from '../../src/cmdlets/index.js';

const CMDLETS = [
  'Get-CsTopology', 'Test-CsTopology', 'Publish-CsTopology', 'Enable-CsTopology', 'Get-CsSite', 'Set-CsSite', 'Get-CsPool', 'Get-CsService',
  'Get-CsComputer', 'Set-CsEdgeServer', 'Get-CsSipDomain', 'New-CsSipDomain', 'Set-CsSipDomain', 'Remove-CsSipDomain', 'Get-CsWindowsService',
  'Start-CsWindowsService', 'Stop-CsWindowsService', 'Get-CsManagementStoreReplicationStatus', 'Invoke-CsManagementStoreReplication',
  'Export-CsConfiguration', 'Import-CsConfiguration', 'Get-CsUser', 'Get-CsAdUser', 'Enable-CsUser', 'Disable-CsUser', 'Set-CsUser', 'Move-CsUser',
  'Grant-CsExternalAccessPolicy', 'Get-CsEffectivePolicy', 'Test-CsXmppIM', 'Test-CsFederatedPartner',
  'Resolve-DnsName', 'Get-DnsServerResourceRecord', 'Add-DnsServerResourceRecord', 'Remove-DnsServerResourceRecord',
];

describe('topology, user and verification help', () => {
  it.each(CMDLETS)('%s has a synopsis, a description, two examples and every parameter', (name) => {
    const h = builtins().help.get(name);
    expect(h, name).toBeDefined();
    expect(h!.synopsis.length).toBeGreaterThan(10);
    expect(h!.description.length).toBeGreaterThan(40);
    expect(h!.examples.length).toBeGreaterThanOrEqual(2);
    const missing = builtins().cmdlets.get(name)!.metadata.parameters.map((p) => p.name).filter((p) => !h!.parameters[p]);
    expect(missing).toEqual([]);
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

