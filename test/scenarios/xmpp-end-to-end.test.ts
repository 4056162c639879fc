// The whole XMPP federation deployment as one admin session, checked with Test-CsXmppIM after every
// stage; and moving XMPP users off the 2019 pool back to the 2015 pool that runs the gateway.
import { describe, expect, it } from 'vitest';
import { AdminConsole, EDGE, PFX_PASSWORD } from './admin.js';

describe('procedure: XMPP federation from a fresh deployment to a passing Test-CsXmppIM', () => {
  it('each stage moves the failure one step further until the test succeeds', async () => {
    const c = new AdminConsole().withCertificates('edge-external.pfx');
    const wrongPool = await c.ok('Test-CsXmppIM -TargetFqdn pool1.contoso.com -Receiver kim@jabber.example.org -UserSipAddress sip:kenmyer@contoso.com');
    expect(wrongPool.warnings).toContain('No matching cluster found in topology.');
    expect(wrongPool.output).toMatch(/Result {8}: Failure\nLatency {7}: 00:00:00\nError Message : 10060, A connection attempt failed/);

    const receiver = 'kim@jabber.example.org';
    expect((await c.xmppTest(undefined, receiver)).diagnosis).toMatch(/^Policy Global does not allow XMPP access/);

    await c.ok('New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $true -EnableXmppAccess $true');
    expect((await c.xmppTest(undefined, receiver)).diagnosis).toMatch(/^Federation is disabled on the Edge \(AllowFederatedUsers=False\)/);

    await c.ok('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    expect((await c.xmppTest(undefined, receiver)).diagnosis).toMatch(/^Domain jabber\.example\.org is not an allowed XMPP partner/);

    await c.ok('New-CsXmppAllowedPartner -Identity jabber.example.org -PartnerType PublicVerified -TlsNegotiation Optional -SaslNegotiation NotSupported -SupportDialbackNegotiation $true');
    expect((await c.xmppTest(undefined, receiver)).diagnosis).toMatch(/^No valid XmppServer certificate on edge01\.contoso\.com/);

    const imported = await c.ok(`Import-CsCertificate -Path C:\\certs\\edge-external.pfx -Password '${PFX_PASSWORD}' -Verbose`, { on: EDGE });
    const thumbprint = /([0-9A-F]{40})/.exec(imported.text)![1]!;
    await c.ok(`Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer -Thumbprint ${thumbprint}`, { on: EDGE });

    const passed = await c.ok(`Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver ${receiver} -UserSipAddress sip:kenmyer@contoso.com`);
    expect(passed.output).toMatch(/Target Fqdn   : pool01\.contoso\.com\nResult        : Success\nLatency       : \d\d:\d\d:\d\d\.\d{7}\nError Message :\nDiagnosis     :\n/);

    // Another Redmond user passes too; a receiver outside the partner list still fails.
    const redmondUser = (await c.values('Get-CsUser | Where-Object {$_.RegistrarPool -eq "pool01.contoso.com" -and $_.SipAddress -ne "sip:kenmyer@contoso.com"} | Select-Object -First 1 -ExpandProperty SipAddress'))[0] as string;
    expect((await c.xmppTest(redmondUser, receiver)).result).toBe('Success');
    expect((await c.xmppTest(undefined, 'kim@jabber.example.com')).result).toBe('Failure');
  });
});

describe('procedure: keep XMPP users on the legacy pool', () => {
  it('a Dublin user on the 2019 pool fails, is moved to pool01 after a preview, and then passes', async () => {
    const c = new AdminConsole();
    await c.ok('Set-CsExternalAccessPolicy -Identity global -EnableFederationAccess $true -EnableXmppAccess $true');
    await c.ok('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    await c.ok('New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true -EnableKeepAlive $false');
    await c.ok('Request-CsCertificate -New -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer -CA "ca.contoso.com\\Contoso Lab CA" -KeySize 1024', { on: EDGE });
    await c.ok('Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer -Thumbprint (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint', { on: EDGE });

    const onNewPool = await c.xmppTest('sip:pilar@contoso.com', 'buddy@gmail.com', 'pool02.contoso.com');
    expect(onNewPool.error).toBe('XMPP gateway is not available on pool pool02.contoso.com.');
    const wrongPool = await c.xmppTest('sip:pilar@contoso.com', 'buddy@gmail.com', 'pool01.contoso.com');
    expect(wrongPool.error).toBe('User sip:pilar@contoso.com is not homed on pool01.contoso.com.');

    const preview = await c.ok('Move-CsUser -Identity "Pilar Ackerman" -Target pool01.contoso.com -WhatIf');
    expect(preview.output).toBe('What if: Performing the operation "Move-CsUser" on target "CN=Pilar Ackerman,OU=Dublin,DC=contoso,DC=com".\n');
    expect((await c.one('Get-CsUser pilar@contoso.com')).get('RegistrarPool')).toBe('pool02.contoso.com');

    const badTarget = await c.type('Move-CsUser -Identity "Pilar Ackerman" -Target pool03.contoso.com -Confirm:$false');
    expect(badTarget.errors).toContain('"pool03.contoso.com" is not a Registrar pool of the topology.');
    await c.ok('Move-CsUser -Identity "Pilar Ackerman" -Target pool01.contoso.com -Confirm:$false');
    expect((await c.one('Get-CsUser pilar@contoso.com')).get('RegistrarPool')).toBe('pool01.contoso.com');
    // pool01 belongs to Redmond, whose XMPP route goes through edge01: the move is all she needed.
    const routed = await c.xmppTest('sip:pilar@contoso.com', 'buddy@gmail.com', 'pool01.contoso.com');
    expect(routed.result).toBe('Success');

    const again = await c.ok('Move-CsUser -Identity "Pilar Ackerman" -Target pool01.contoso.com -Confirm:$false');
    expect(again.warnings).toBe('WARNING: Object with identity "CN=Pilar Ackerman,OU=Dublin,DC=contoso,DC=com" was not changed.\n');
  });
});

describe('procedure: a new hire joins the XMPP pilot', () => {
  it('enables the AD account on pool01, grants the pilot policy, and the new user passes Test-CsXmppIM', async () => {
    const c = new AdminConsole();
    await c.ok('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    await c.ok('New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true');
    await c.ok('New-CsExternalAccessPolicy -Identity XmppPilot -EnableFederationAccess $true -EnableXmppAccess $true');
    await c.ok('Request-CsCertificate -New -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer -CA "ca.contoso.com\\Contoso Lab CA" -KeySize 1024', { on: EDGE });
    await c.ok('Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer -Thumbprint (Request-CsCertificate -List).Thumbprint', { on: EDGE });

    const waiting = (await c.values('Get-CsAdUser -Filter {Enabled -eq $false} | ForEach-Object DisplayName')) as string[];
    expect(waiting).toContain('Nora Lindgren');
    const missingDomain = await c.type('Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddressType FirstLastName');
    expect(missingDomain.errors).toContain('Enable-CsUser : -SipDomain is required with -SipAddressType FirstLastName.');
    expect((await c.xmppTest('sip:noral@contoso.com', 'pal@gmail.com')).error).toBe('Management object not found for identity "sip:noral@contoso.com".');

    const enabled = await c.ok('Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddressType SamAccountName -SipDomain contoso.com -PassThru | Format-List SipAddress,RegistrarPool');
    expect(enabled.output).toContain('SipAddress    : sip:noral@contoso.com\nRegistrarPool : pool01.contoso.com');
    expect((await c.xmppTest('sip:noral@contoso.com', 'pal@gmail.com')).diagnosis).toMatch(/^Policy Global does not allow XMPP access/);

    await c.ok('Grant-CsExternalAccessPolicy -Identity sip:noral@contoso.com -PolicyName XmppPilot');
    expect(await c.xmppTest('sip:noral@contoso.com', 'pal@gmail.com')).toMatchObject({ result: 'Success' });
    const again = await c.ok('Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddressType SamAccountName -SipDomain contoso.com');
    expect(again.warnings).toContain('was not changed.');
  });
});

describe('procedure: run the XMPP test with another sign-in method', () => {
  // -Authentication takes every AuthenticationMechanism value the cmdlet's help lists
  // (TrustedServer, Negotiate, ClientCertificate, LiveID, OAuth, OAuthInteractive).
  it('Test-CsXmppIM -Authentication OAuth binds like the other sign-in methods', async () => {
    const c = new AdminConsole();
    const trusted = await c.ok('Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver pal@gmail.com -UserSipAddress sip:kenmyer@contoso.com -Authentication TrustedServer');
    expect(trusted.output).toContain('Result        : Failure');
    const oauth = await c.ok('Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver pal@gmail.com -UserSipAddress sip:kenmyer@contoso.com -Authentication OAuth');
    expect(oauth.output).toContain('Result        : Failure');
  });
});

