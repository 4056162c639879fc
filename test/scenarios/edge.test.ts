// Edge procedures: topology look-ups an admin makes before touching federation, turning on
// federation on the Edge, and routing a second site's XMPP traffic through the Edge pool.
import { describe, expect, it } from 'vitest';
import { AdminConsole, EDGE } from './admin.js';

describe('procedure: find the Edge pool and the XMPP route', () => {
  it('lists sites, pools and the Edge service with its XMPP port', async () => {
    const c = new AdminConsole();
    const sites = await c.ok('Get-CsSite | ft Identity,XmppFederationRoute -AutoSize');
    expect(sites.output).toMatch(/Identity\s+XmppFederationRoute\n-+\s+-+\nSite:Redmond EdgeServer:edge01\.contoso\.com\nSite:Dublin\s*\n/);

    const edge = await c.one('Get-CsService -EdgeServer');
    expect([edge.get('Identity'), edge.get('AccessEdgeExternalFqdn'), edge.get('PoolFqdn'), edge.get('SiteId')]).toEqual(['EdgeServer:edge01.contoso.com', 'sip.contoso.com', 'edge01.contoso.com', 'Site:Redmond']);
    const listed = await c.ok('Get-CsService -EdgeServer | fl Identity,AccessEdgeExternalFqdn,XmppListeningPort');
    expect(listed.output).toContain('Identity               : EdgeServer:edge01.contoso.com\nAccessEdgeExternalFqdn : sip.contoso.com\nXmppListeningPort      : 5269');

    const pools = await c.values('Get-CsPool | Select-Object -ExpandProperty Identity');
    expect(pools).toEqual(expect.arrayContaining(['pool01.contoso.com', 'pool02.contoso.com', 'edge01.contoso.com']));
    expect(await c.values('Get-CsPool -Site Dublin | ForEach-Object Fqdn')).toEqual(['pool02.contoso.com']);
    expect(await c.values('(Get-CsPool pool01.contoso.com).Computers | ForEach-Object Fqdn')).toEqual(['fe01.contoso.com', 'fe02.contoso.com']);
    expect(await c.values('Get-CsService -Registrar | ForEach-Object Identity')).toEqual(['Registrar:pool01.contoso.com', 'Registrar:pool02.contoso.com']);

    // Long lists end in "..." after four items; $FormatEnumerationLimit = -1 shows them all.
    const cut = await c.ok('Get-CsSite Redmond | Format-List Services');
    expect(cut.output).toMatch(/FileStore:pool01\.contoso\.com\.\.\.\}/);
    const all = await c.ok('$FormatEnumerationLimit = -1; Get-CsSite Redmond | Format-List Services');
    expect(all.output).toContain('EdgeServer:edge01.contoso.com}');
    expect(all.output).not.toContain('...');
    const piped = await c.ok('$FormatEnumerationLimit = -1; Get-CsSite Redmond | Out-String');
    expect(String((await c.values('$FormatEnumerationLimit = -1; Get-CsSite Redmond | Out-String'))[0])).toContain('EdgeServer:edge01.contoso.com}');
    expect(piped.output).toContain('EdgeServer:edge01.contoso.com}');
    const two = await c.ok('$FormatEnumerationLimit = 2; Get-CsPool pool01.contoso.com | Format-Table Identity,Services -AutoSize');
    expect(two.output).toContain('pool01.contoso.com {UserServer:pool01.contoso.com, Registrar:pool01.contoso.com...}');
  });

  // $FormatEnumerationLimit also applies to the default view (no Format-* command), as in PowerShell.
  it('$FormatEnumerationLimit applies to the default list view too', async () => {
    const c = new AdminConsole();
    const all = await c.ok('$FormatEnumerationLimit = -1; Get-CsSite Redmond');
    expect(all.output).toContain('EdgeServer:edge01.contoso.com}');
  });

  it('routes Dublin through the Edge after a -WhatIf preview, and refuses an Edge that does not exist', async () => {
    const c = new AdminConsole();
    const preview = await c.ok('Set-CsSite -Identity Dublin -XmppFederationRoute EdgeServer:edge01.contoso.com -WhatIf');
    expect(preview.output).toBe('What if: Performing the operation "Set-CsSite" on target "Site:Dublin".\n');
    expect((await c.one('Get-CsSite Dublin')).get('XmppFederationRoute')).toBeFalsy();

    const wrong = await c.type('Set-CsSite -Identity Dublin -XmppFederationRoute EdgeServer:edge02.contoso.com');
    expect(wrong.errors).toContain('Set-CsSite : Cannot set XmppFederationRoute to "EdgeServer:edge02.contoso.com"');
    expect((await c.one('Get-CsSite Dublin')).get('XmppFederationRoute')).toBeFalsy();

    await c.ok('Set-CsSite -Identity Dublin -XmppFederationRoute EdgeServer:edge01.contoso.com');
    expect((await c.one('Get-CsSite -Identity Dublin')).get('XmppFederationRoute')).toBe('EdgeServer:edge01.contoso.com');
  });

  it('without the Redmond route Test-CsXmppIM names the missing route; setting it back clears that step', async () => {
    const c = new AdminConsole();
    await c.ok('Set-CsExternalAccessPolicy -Identity global -EnableFederationAccess $true -EnableXmppAccess $true');
    await c.ok('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    await c.ok('New-CsXmppAllowedPartner -Identity gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true');
    await c.ok('Set-CsSite Redmond -XmppFederationRoute $null');
    expect((await c.xmppTest()).diagnosis).toMatch(/^No XMPP federation route is configured for site Redmond/);
    await c.ok('Set-CsSite Redmond -XmppFederationRoute EdgeServer:edge01.contoso.com');
    expect((await c.xmppTest()).diagnosis).toMatch(/^No valid XmppServer certificate on edge01\.contoso\.com/);
  });
});

describe('procedure: enable federation on the Edge', () => {
  it('shows the Access Edge defaults, rejects bad values, then allows federated users', async () => {
    const c = new AdminConsole();
    const shown = await c.ok('Get-CsAccessEdgeConfiguration');
    expect(shown.output).toMatch(/Identity {31}: Global\nAllowAnonymousUsers {20}: False\nAllowFederatedUsers {20}: False\nAllowOutsideUsers {22}: True/);
    expect(shown.output).toContain('RoutingMethod                          : UseDnsSrvRouting');

    const unchanged = await c.snapshot();
    const range = await c.type('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -OutgoingTlsCountForFederatedPartners 9');
    expect(range.errors).toContain("Cannot validate argument on parameter 'OutgoingTlsCountForFederatedPartners'.");
    const word = await c.type('Set-CsAccessEdgeConfiguration -AllowFederatedUsers yes');
    expect(word.errors).toContain("Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'AllowFederatedUsers'.");
    const wrongName = await c.type('Set-CsAccessEdgeConfiguration -AllowFederation $true');
    expect(wrongName.errors).toContain("A parameter cannot be found that matches parameter name 'AllowFederation'.");
    expect(await c.snapshot()).toBe(unchanged);

    await c.ok('Set-CsAccessEdgeConfiguration -AllowFed $true');
    const after = await c.one('Get-CsAccessEdgeConfiguration');
    expect([after.get('AllowFederatedUsers'), after.get('AllowOutsideUsers'), String(after.get('RoutingMethod'))]).toEqual([true, true, 'UseDnsSrvRouting']);
  });
});

describe('procedure: publish the XMPP SRV record', () => {
  it('Test-CsXmppIM names the missing _xmpp-server record; adding it back makes the test pass', async () => {
    const c = new AdminConsole();
    await c.ok('Set-CsExternalAccessPolicy -EnableFederationAccess $true -EnableXmppAccess $true; Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    await c.ok('New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true');
    await c.ok('Request-CsCertificate -New -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer -CA "ca.contoso.com\\Contoso Lab CA" -KeySize 1024', { on: EDGE });
    await c.ok('Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer -Thumbprint (Request-CsCertificate -List).Thumbprint', { on: EDGE });
    const srv = await c.ok('Resolve-DnsName -Name _xmpp-server._tcp.contoso.com -Type SRV | Format-Table NameTarget,Port -AutoSize');
    expect(srv.output).toMatch(/sip\.contoso\.com\s+5269/);

    await c.ok('Remove-DnsServerResourceRecord -ZoneName contoso.com -RRType Srv -Name _xmpp-server._tcp -Force');
    expect((await c.xmppTest()).diagnosis).toMatch(/^SRV _xmpp-server\._tcp\.contoso\.com missing or not pointing to sip\.contoso\.com port 5269/);

    await c.ok('Add-DnsServerResourceRecord -Srv -ZoneName contoso.com -Name _xmpp-server._tcp -DomainName sip.contoso.com -Priority 0 -Weight 0 -Port 5269');
    expect(await c.xmppTest()).toMatchObject({ result: 'Success' });
    const twice = await c.type('Add-DnsServerResourceRecord -Srv -ZoneName contoso.com -Name _xmpp-server._tcp -DomainName sip.contoso.com -Priority 0 -Weight 0 -Port 5269');
    expect(twice.errors).toContain('Failed to create resource record _xmpp-server._tcp in contoso.com zone');
  });
});

