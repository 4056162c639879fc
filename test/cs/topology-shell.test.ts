// Topology, user and verification cmdlets as an admin types them: binding, pipelines, output, errors.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { getSite } from '../../src/store/topologyRepository.js';
import { getWindowsService } from '../../src/store/topologyRuntime.js';
import { getUserBySip, listUsers } from '../../src/store/usersRepository.js';

describe('topology in the shell', () => {
  it('Get-CsSite with a positional name prints the site list view', async () => {
    const r = await runPs('Get-CsSite Redmond');
    expect(r.errors).toBe('');
    expect(r.output).toContain('Identity                  : Site:Redmond\nSiteId                    : 1\n');
    expect(r.output).toContain('XmppFederationRoute       : EdgeServer:edge01.contoso.com\n');
    expect(r.output).toContain('SiteType                  : CentralSite\nParentSite                :');
  });

  it('Get-CsService -EdgeServer, Get-CsPool -Site, Get-CsComputer -Local', async () => {
    const edge = await evalPs('Get-CsService -EdgeServer');
    expect(edge.values).toHaveLength(1);
    expect((edge.values[0] as PSObject).get('AccessEdgeExternalFqdn')).toBe('sip.contoso.com');
    const pools = await evalPs('Get-CsPool -Site Redmond | ForEach-Object { $_.Fqdn }');
    expect(pools.values).toEqual(['pool01.contoso.com', 'edge01.contoso.com']);
    const local = await evalPs('(Get-CsComputer -Local).Fqdn', { computer: 'fe02.contoso.com' });
    expect(local.values).toEqual(['fe02.contoso.com']);
  });

  it('Set-CsSite with a bad route: 5.1 error layout, nothing changes', async () => {
    const store = newStore();
    const r = await runPs('Set-CsSite -Identity Dublin -XmppFederationRoute Registrar:pool02.contoso.com', { store });
    expect(r.errors).toContain('Set-CsSite : Cannot set XmppFederationRoute to "Registrar:pool02.contoso.com"');
    expect(r.errors).toContain('+ CategoryInfo          : InvalidArgument: (Registrar:pool02.contoso.com:String) [Set-CsSite], ArgumentException');
    expect(r.errors).toContain('+ FullyQualifiedErrorId : InvalidFederationRoute,Microsoft.Rtc.Management.Internal.SetSiteCmdlet');
    expect(getSite(store, 'Dublin')?.xmppFederationRoute).toBeNull();
    await runPs('Set-CsSite Dublin -XmppFederationRoute EdgeServer:edge01.contoso.com', { store });
    expect(getSite(store, 'Dublin')?.xmppFederationRoute).toBe('EdgeServer:edge01.contoso.com');
  });

  it('Windows services: table output, pipeline to Stop-CsWindowsService, -WhatIf', async () => {
    const store = newStore();
    const t = await runPs('Get-CsWindowsService -Name RTCXMPP* -ComputerName edge01.contoso.com', { store });
    expect(t.output).toMatch(/Status\s+Name\s+ActivityLevel\n------\s+----\s+-------------\nRunning\s+RTCXMPPTGWPX/);
    const w = await runPs('Stop-CsWindowsService -Name RTCSRV -WhatIf', { store });
    expect(w.text).toContain('What if: Performing the operation "Stop-CsWindowsService" on target "RTCSRV (fe01.contoso.com)".');
    expect(getWindowsService(store, 'fe01.contoso.com', 'RTCSRV')?.status).toBe('Running');
    await runPs('Get-CsWindowsService -Name RTCXMPPTGW -ComputerName fe02.contoso.com | Stop-CsWindowsService', { store });
    expect(getWindowsService(store, 'fe02.contoso.com', 'RTCXMPPTGW')?.status).toBe('Stopped');
    const stopped = await evalPs('(Get-CsWindowsService -ComputerName fe02.contoso.com | Where-Object { $_.Status -eq "Stopped" }).Name', { store });
    expect(stopped.values).toEqual(['RTCXMPPTGW']);
  });

  it('SIP domains, topology export and configuration backup through the shell', async () => {
    const store = newStore();
    const dir = mkdtempSync(join(tmpdir(), 'csshell-shell-'));
    mkdirSync(join(dir, 'Backup'));
    const r = await runPs(
      [
        'New-CsSipDomain -Identity fabrikam.com | Out-Null',
        'Export-CsConfiguration -FileName C:\\Backup\\config.zip',
        'Remove-CsSipDomain -Identity fabrikam.com',
        '(Get-CsSipDomain).Count',
        'Import-CsConfiguration -FileName C:\\Backup\\config.zip',
        '(Get-CsSipDomain).Count',
        'Get-CsTopology -AsXml | Set-Content -Path .\\topology.xml',
        'Publish-CsTopology -FileName .\\topology.xml',
        '(Get-CsManagementStoreReplicationStatus | Where-Object { -not $_.UpToDate }).Count',
        'Invoke-CsManagementStoreReplication',
        '(Get-CsManagementStoreReplicationStatus | Where-Object { $_.UpToDate }).Count',
      ].join('\n'),
      { store, workingDirectory: dir },
    );
    expect(r.errors).toBe('');
    expect(r.output.trim().split(/\s+/)).toEqual(['1', '2', '4', '4']);
    expect(JSON.parse(readFileSync(join(dir, 'Backup', 'config.zip'), 'utf8')).sipDomains).toHaveLength(2);
  });
});

describe('users in the shell', () => {
  it('Get-CsUser in the forms admins type, and the not-found error layout', async () => {
    const forms = await evalPs('"sip:kenmyer@contoso.com", "kenmyer@contoso.com", "Ken Myer", "Ken*", "CONTOSO\\kenmyer" | ForEach-Object { (Get-CsUser -Identity $_).SipAddress }');
    expect(forms.values).toEqual(Array(5).fill('sip:kenmyer@contoso.com'));
    const r = await runPs('Get-CsUser -Identity "vedant.singh@contoso.com"');
    expect(r.errors).toContain('Get-CsUser : Management object not found for identity "vedant.singh@contoso.com".');
    expect(r.errors).toContain('+ CategoryInfo          : ObjectNotFound: (vedant.singh@contoso.com:String) [Get-CsUser], ManagementException');
  });

  it('-Filter script blocks and -LdapFilter, as in the admin scripts', async () => {
    const store = newStore();
    const n = await evalPs('(Get-CsUser -Filter {ExternalAccessPolicy -eq $null}).Count; (Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"}).Count; @(Get-CsUser -Filter {DisplayName -like "K*"}).Count; (Get-CsUser -LdapFilter "(l=Redmond)").Count', { store });
    expect(n.values).toEqual([44, 18, 1, 26]);
    const v = await evalPs('$p = "pool01.contoso.com"; (Get-CsUser -Filter {RegistrarPool -eq $p}).Count', { store });
    expect(v.values).toEqual([26]);
  });

  it('Get-CsUser | Grant-CsExternalAccessPolicy binds Identity from the pipeline; $null unassigns; positional form', async () => {
    const store = newStore();
    const r = await runPs(
      [
        'New-CsExternalAccessPolicy -Identity SalesXmpp -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null',
        'Get-CsUser -LdapFilter "(department=Sales)" | Grant-CsExternalAccessPolicy -PolicyName SalesXmpp',
        'Grant-CsExternalAccessPolicy "Ken Myer" $null',
        'Grant-CsExternalAccessPolicy -Identity "sip:davidl@contoso.com" -PolicyName $null -PassThru | Select-Object DisplayName, ExternalAccessPolicy',
      ].join('\n'),
      { store },
    );
    expect(r.errors).toBe('');
    const withPolicy = listUsers(store, { externalAccessPolicy: 'SalesXmpp' }).map((u) => u.displayName);
    expect(withPolicy).toHaveLength(7);
    expect(withPolicy).not.toContain('Ken Myer');
    expect(r.output).toMatch(/DisplayName\s+ExternalAccessPolicy\n-+\s+-+\nDavid Longmuir\s*\n/);
  });

  it('Grant of a policy that is not a per-user policy: [V] message, user unchanged', async () => {
    const store = newStore();
    const r = await runPs('Grant-CsExternalAccessPolicy -Identity "sip:pilar@contoso.com" -PolicyName site:Dublin', { store });
    expect(r.errors).toContain('Grant-CsExternalAccessPolicy : Policy "site:Dublin" is not a user policy. You can assign only a user policy to a specific user.');
    expect(getUserBySip(store, 'sip:pilar@contoso.com')?.externalAccessPolicy).toBeNull();
  });

  it('Enable-CsUser twice: the second run warns that nothing changed', async () => {
    const store = newStore();
    const r = await runPs('Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddressType SamAccountName -SipDomain contoso.com\nEnable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddressType SamAccountName -SipDomain contoso.com', { store });
    expect(r.errors).toBe('');
    expect(r.text).toContain('WARNING: Object with identity "CN=Nora Lindgren,OU=Redmond,DC=contoso,DC=com" was not changed.');
    expect(getUserBySip(store, 'sip:noral@contoso.com')?.registrarPool).toBe('pool01.contoso.com');
  });

  it('Move-CsUser from the pipeline, and Get-CsEffectivePolicy after a site policy', async () => {
    const store = newStore();
    const r = await runPs(
      [
        'Get-CsUser -LdapFilter "(&(department=Finance)(l=Dublin))" | Move-CsUser -Target pool01.contoso.com -Confirm:$false',
        'New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $true | Out-Null',
        '(Get-CsEffectivePolicy -Identity "Pilar Ackerman").ExternalAccessPolicy',
      ].join('\n'),
      { store },
    );
    expect(r.errors).toBe('');
    expect(getUserBySip(store, 'sip:pilar@contoso.com')?.registrarPool).toBe('pool01.contoso.com');
    expect(r.output.trim()).toBe('Site:Redmond');
  });
});

describe('verification output in the shell', () => {
  it('Test-CsXmppIM on an unknown pool: the [V] warning and the 10060 error message', async () => {
    const r = await runPs('Test-CsXmppIM -TargetFqdn atl-cs-001.litwareinc.com -Receiver adelaney@contoso.com -UserSipAddress sip:kenmyer@contoso.com');
    expect(r.text).toContain('WARNING: Failed to read Registrar port number for the given fully qualified domain name (FQDN). Using default Registrar port number. Exception: System.InvalidOperationException: No matching cluster found in topology.');
    expect(r.output).toMatch(/Target Fqdn   : atl-cs-001\.litwareinc\.com\nResult        : Failure\nLatency       : 00:00:00\nError Message : 10060, A connection attempt failed/);
  });

  it('Test-CsFederatedPartner with positional arguments and aliases', async () => {
    const r = await evalPs('Test-CsFederatedPartner edge01.contoso.com fabrikam.com; Test-CsFederatedPartner -t edge01.contoso.com -d fabrikam.com');
    expect(r.values.map((v) => (v as PSObject).get('Result'))).toEqual(['Failure', 'Failure']);
    expect((r.values[0] as PSObject).get('Diagnosis')).toMatch(/^Federation is disabled on the Edge/);
  });
});

describe('Test-CsXmppIM as a user (ClientPlatform)', () => {
  it('tests the user\'s own pool when -TargetFqdn is left out; the credential must be the user\'s', async () => {
    const own = await evalPs('$c = New-Object System.Management.Automation.PSCredential("CONTOSO\\kenmyer", (ConvertTo-SecureString "Pass1word" -AsPlainText -Force))\nTest-CsXmppIM -Receiver friend@jabber.org -UserSipAddress sip:kenmyer@contoso.com -UserCredential $c');
    const o = own.values[0] as PSObject;
    expect(o.get('TargetFqdn')).toBe('pool01.contoso.com');
    expect(o.get('Diagnosis')).toMatch(/^Policy Global does not allow XMPP access/);
    const other = await evalPs('$c = New-Object System.Management.Automation.PSCredential("CONTOSO\\pilar", (ConvertTo-SecureString "Pass1word" -AsPlainText -Force))\nTest-CsXmppIM -Receiver friend@jabber.org -UserSipAddress sip:kenmyer@contoso.com -UserCredential $c');
    expect((other.values[0] as PSObject).get('Error')).toBe('Sign-in failed for sip:kenmyer@contoso.com: the credential (CONTOSO\\pilar) is not this user\'s account.');
  });
});
