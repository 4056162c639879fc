// Edge certificate procedures as typed on the Edge server: offline request, importing the CA's PFX,
// assigning the external uses including XmppServer, scheduled rollover, and the usual mistakes.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdminConsole, EDGE, PFX_PASSWORD } from './admin.js';

const EXTERNAL_USES = 'AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer';

async function importedThumbprint(c: AdminConsole, file: string): Promise<string> {
  const t = await c.ok(`Import-CsCertificate -Path C:\\certs\\${file} -Password '${PFX_PASSWORD}' -PrivateKeyExportable $true -Verbose`, { on: EDGE });
  const m = /VERBOSE: Certificate ([0-9A-F]{40}) was imported/.exec(t.text);
  expect(m, t.text).not.toBeNull();
  return m![1]!;
}

describe('procedure: request, import and assign the external Edge certificate', () => {
  it('writes an offline request with the XMPP names, imports the issued PFX and assigns all external uses', async () => {
    const c = new AdminConsole().withCertificates('edge-external.pfx');
    await c.ok(`Request-CsCertificate -New -Type ${EXTERNAL_USES} -Output C:\\certs\\edge-external.req -DomainName "contoso.com,xmpp.contoso.com" -FriendlyName "Edge external 2026" -PrivateKeyExportable $true`, { on: EDGE });
    expect(readFileSync(join(c.dir, 'certs', 'edge-external.req'), 'utf8')).toMatch(/^-----BEGIN (NEW )?CERTIFICATE REQUEST-----/);
    const pending = await c.one('Request-CsCertificate -List', EDGE);
    expect([pending.get('Status'), pending.get('Subject')]).toEqual(['Pending', 'CN=sip.contoso.com']);
    expect(pending.get('AlternativeNames')).toEqual(expect.arrayContaining(['sip.contoso.com', 'contoso.com', 'xmpp.contoso.com']));

    const thumbprint = await importedThumbprint(c, 'edge-external.pfx');
    const preview = await c.ok(`Set-CsCertificate -Type ${EXTERNAL_USES} -Thumbprint ${thumbprint} -WhatIf`, { on: EDGE });
    expect(preview.output.split('\n').filter(Boolean)).toHaveLength(4);
    expect(preview.output).toContain(`What if: Performing the operation "Set-CsCertificate" on target "XMPPServer: ${thumbprint}".`);
    expect(await c.objects('Get-CsCertificate', EDGE)).toEqual([]);

    await c.ok(`Set-CsCertificate -Type ${EXTERNAL_USES} -Thumbprint ${thumbprint}`, { on: EDGE });
    const assigned = await c.objects('Get-CsCertificate', EDGE);
    expect(assigned.map((x) => String(x.get('Use')))).toEqual(['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication', 'XMPPServer']);
    expect(new Set(assigned.map((x) => x.get('Thumbprint')))).toEqual(new Set([thumbprint]));
    const xmpp = await c.one('Get-CsCertificate -Type XmppServer', EDGE);
    expect(xmpp.get('Subject')).toMatch(/^CN=sip\.contoso\.com/);
    expect(xmpp.get('AlternativeNames')).toEqual(expect.arrayContaining(['contoso.com', 'xmpp.contoso.com']));
    // Nothing was assigned on the Front End where the shell started.
    expect(await c.objects('Get-CsCertificate -Type XmppServer')).toEqual([]);
  });

  it('refuses Edge uses on a Front End, a wrong password, a corrupt file and an expired certificate', async () => {
    const c = new AdminConsole().withCertificates('edge-external.pfx', 'corrupt.pfx', 'edge-expired.pfx');
    const onFrontEnd = await c.type('Set-CsCertificate -Type XmppServer -Thumbprint 0123456789ABCDEF0123456789ABCDEF01234567');
    expect(onFrontEnd.errors).toContain('requires the EdgeServer role, and computer "fe01.contoso.com" does not have it');

    const noPassword = await c.type('Import-CsCertificate -Path C:\\certs\\edge-external.pfx', { on: EDGE });
    expect(noPassword.errors).toContain('Import-CsCertificate : Command execution failed: The specified network password is not correct.');
    const corrupt = await c.type(`Import-CsCertificate -Path C:\\certs\\corrupt.pfx -Password '${PFX_PASSWORD}'`, { on: EDGE });
    expect(corrupt.errors).toContain('FullyQualifiedErrorId : CorruptFile,Microsoft.Rtc.Management.Internal.ImportCertificateCmdlet');
    const typo = await c.type(`Import-CsCertificate -Path C:\\cert\\edge-external.pfx -Password '${PFX_PASSWORD}'`, { on: EDGE });
    expect(typo.errors).toContain("Import-CsCertificate : Cannot find path 'C:\\cert\\edge-external.pfx' because it does not exist.");

    const expired = await importedThumbprint(c, 'edge-expired.pfx');
    const refused = await c.type(`Set-CsCertificate -Type XmppServer -Thumbprint ${expired}`, { on: EDGE });
    expect(refused.errors).toContain(`The certificate with thumbprint "${expired}" is not valid at this time`);
    expect(refused.errors).toContain('it is valid from 1/1/2020 12:00:00 AM to 1/1/2021 12:00:00 AM. Use -Force to assign it anyway.');
    const unknown = await c.type('Set-CsCertificate -Type XmppServer -Thumbprint 89ABCDEF0123456789ABCDEF0123456789ABCDEF', { on: EDGE });
    expect(unknown.errors).toContain('was not found in the local certificate store of edge01.contoso.com');
    expect(await c.objects('Get-CsCertificate', EDGE)).toEqual([]);
  });

  it('a Front End use typed into the Edge session is refused, and nothing of the command is assigned', async () => {
    const c = new AdminConsole().withCertificates('edge-external.pfx');
    const thumbprint = await importedThumbprint(c, 'edge-external.pfx');
    const mixed = await c.type(`Set-CsCertificate -Type XmppServer,WebServicesInternal -Thumbprint ${thumbprint}`, { on: EDGE });
    expect(mixed.errors).toContain('Set-CsCertificate : Command execution failed: The certificate use "WebServicesInternal" requires a Front End, Director or Standard Edition server, and computer "edge01.contoso.com" is an Edge Server.');
    expect(mixed.errors).toContain('FullyQualifiedErrorId : RoleNotInstalled,Microsoft.Rtc.Management.Internal.SetCertificateCmdlet');
    expect(await c.objects('Get-CsCertificate', EDGE)).toEqual([]);
    const request = await c.type('Request-CsCertificate -New -Type Default,WebServicesExternal -Output C:\\certs\\fe.req', { on: EDGE });
    expect(request.errors).toContain('The certificate use "Default" requires a Front End, Director or Standard Edition server');
    expect(await c.objects('Request-CsCertificate -List', EDGE)).toEqual([]);
  });

  it('a certificate without the SIP domain gets a warning on XmppServer and Test-CsXmppIM points at it', async () => {
    const c = new AdminConsole().withCertificates('edge-no-xmpp-domain.pfx', 'edge-external.pfx');
    await c.ok('Set-CsExternalAccessPolicy -EnableFederationAccess $true -EnableXmppAccess $true; Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    await c.ok('New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true');
    const narrow = await importedThumbprint(c, 'edge-no-xmpp-domain.pfx');
    const assigned = await c.ok(`Set-CsCertificate -Type ${EXTERNAL_USES} -Thumbprint ${narrow}`, { on: EDGE });
    expect(assigned.warnings).toContain('does not contain "contoso.com" in its subject or subject alternative names; the XMPPServer use needs it.');
    expect((await c.xmppTest()).diagnosis).toMatch(new RegExp(`^Certificate ${narrow} does not contain contoso\\.com`));

    const full = await importedThumbprint(c, 'edge-external.pfx');
    await c.ok(`Set-CsCertificate -Type ${EXTERNAL_USES} -Thumbprint ${full}`, { on: EDGE });
    expect(await c.xmppTest()).toMatchObject({ result: 'Success' });
  });

  it('rolls the XmppServer certificate at a future date: the old one stays in force, -Previous drops it', async () => {
    const c = new AdminConsole().withCertificates('edge-no-xmpp-domain.pfx', 'edge-external.pfx');
    const old = await importedThumbprint(c, 'edge-no-xmpp-domain.pfx');
    await c.ok(`Set-CsCertificate -Type XmppServer -Thumbprint ${old}`, { on: EDGE });
    const next = await importedThumbprint(c, 'edge-external.pfx');

    const noDate = await c.type(`Set-CsCertificate -Type XmppServer -Thumbprint ${next} -Roll`, { on: EDGE });
    expect(noDate.errors).toContain('-Roll requires -EffectiveDate');
    expect((await c.one('Get-CsCertificate -Type XmppServer', EDGE)).get('Thumbprint')).toBe(old);

    await c.ok(`Set-CsCertificate -Type XmppServer -Thumbprint ${next} -Roll -EffectiveDate (Get-Date).AddDays(3)`, { on: EDGE });
    const rolled = await c.one('Get-CsCertificate -Type XmppServer', EDGE);
    expect([rolled.get('Thumbprint'), rolled.get('PreviousThumbprint')]).toEqual([next, old]);
    expect(rolled.get('EffectiveDate')).toBeInstanceOf(Date);
    expect((rolled.get('EffectiveDate') as Date).getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);

    await c.ok('Remove-CsCertificate -Type XmppServer -Previous -Force', { on: EDGE });
    const after = await c.one('Get-CsCertificate -Type XmppServer', EDGE);
    expect([after.get('Thumbprint'), after.get('PreviousThumbprint') ?? null]).toEqual([next, null]);
    expect(existsSync(join(c.dir, 'certs', 'edge-external.pfx'))).toBe(true);
  });

  // After importing a PFX on the Edge, the certificate drive lists it: that is how an admin finds the
  // thumbprint for Set-CsCertificate. The issuing root that came with the chain sits under Root.
  it('finds the imported certificate under Cert:\\LocalMachine\\My', async () => {
    const c = new AdminConsole().withCertificates('edge-external.pfx');
    const thumbprint = await importedThumbprint(c, 'edge-external.pfx');
    const listed = await c.values('Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Subject -like "CN=sip.contoso.com*" | ForEach-Object Thumbprint', EDGE);
    expect(listed).toEqual([thumbprint]);
    const shown = await c.ok('Get-ChildItem Cert:\\LocalMachine\\My', { on: EDGE });
    expect(shown.output).toContain(`   PSParentPath: Microsoft.PowerShell.Security\\Certificate::LocalMachine\\My\n\nThumbprint                                Subject\n----------                                -------\n${thumbprint}  CN=sip.contoso.com, O=Contoso, C=US\n`);
    expect(await c.values('(Get-ChildItem Cert:\\LocalMachine\\Root).Subject', EDGE)).toEqual(['CN=Fabrikam Public Test Root, O=Fabrikam Trust']);
    expect((await c.one(`Get-Item Cert:\\LocalMachine\\My\\${thumbprint}`, EDGE)).get('HasPrivateKey')).toBe(true);
    expect(await c.values(`Test-Path Cert:\\LocalMachine\\My\\${thumbprint}; Test-Path Cert:\\LocalMachine\\My\\${thumbprint.slice(1)}`, EDGE)).toEqual([true, false]);
    const missing = await c.type('Get-ChildItem Cert:\\LocalMachine\\Mine', { on: EDGE });
    expect(missing.errors).toContain("Get-ChildItem : Cannot find path 'Cert:\\LocalMachine\\Mine' because it does not exist.");
    // The Front End's store does not hold the Edge's certificate.
    expect(await c.objects('Get-ChildItem Cert:\\LocalMachine\\My')).toEqual([]);
  });
});
