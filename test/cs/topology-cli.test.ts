// Topology, user and verification cmdlets through the built CLI, as users run it.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

describe('csshell -c with the topology and user cmdlets', () => {
  it('sites, Edge service and a user in the console layout', () => {
    const r = runCli(['--store', ':memory:', '-c', 'Get-CsSite -Identity Redmond | Format-List Identity, SiteId, XmppFederationRoute; Get-CsService -EdgeServer | Format-List AccessEdgeExternalFqdn, XmppListeningPort; (Get-CsUser "Pilar*").RegistrarPool']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Identity            : Site:Redmond\nSiteId              : 1\nXmppFederationRoute : EdgeServer:edge01.contoso.com\n');
    expect(r.stdout).toContain('AccessEdgeExternalFqdn : sip.contoso.com\nXmppListeningPort      : 5269\n');
    expect(r.stdout.trim().endsWith('pool02.contoso.com')).toBe(true);
  });

  it('a grant made by one process is seen by the next, and Test-CsXmppIM reports the next missing link', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'csshell-topo-cli-')), 'store.db');
    const grant = runCli(['--store', db, '-c', 'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null; Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName XmppUsers']);
    expect(grant.stderr).toBe('');
    const test = runCli(['--store', db, '-c', '(Get-CsUser sip:kenmyer@contoso.com).ExternalAccessPolicy; Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver friend@jabber.org -UserSipAddress sip:kenmyer@contoso.com']);
    expect(test.stderr).toBe('');
    expect(test.stdout).toMatch(/^XmppUsers\n/);
    expect(test.stdout).toContain('Result        : Failure\n');
    expect(test.stdout).toContain('Diagnosis     : Federation is disabled on the Edge (AllowFederatedUsers=False).');
  });

  it('an unknown user is reported in the 5.1 error layout; the command fails', () => {
    const r = runCli(['--store', ':memory:', '-c', 'Get-CsUser -Identity nobody@contoso.com']);
    expect(r.stderr + r.stdout).toContain('Get-CsUser : Management object not found for identity "nobody@contoso.com".');
    expect(r.stderr + r.stdout).toContain('+ FullyQualifiedErrorId : Identity,Microsoft.Rtc.Management.Internal.GetUserCmdlet');
    expect(r.status).toBe(1);
  });
});
