// XMPP partner procedures: the Google Talk example, creating and editing a partner with extra
// domains and negotiation settings, and clearing partners out, typed as an admin would.
import { describe, expect, it } from 'vitest';
import { AdminConsole } from './admin.js';

describe('procedure: federate with Google Talk', () => {
  it('adds gmail.com for plain TCP with dialback, enables Edge federation, grants a policy to everyone', async () => {
    const c = new AdminConsole();
    const added = await c.ok('New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true');
    expect(added.warnings).toBe('');
    expect(added.output).toContain(
      [
        'Identity                   : gmail.com',
        'Domain                     : gmail.com',
        'AdditionalDomains          : {}',
        'Description                :',
        'ProxyFqdn                  :',
        'PartnerType                : PublicUnverified',
        'TlsNegotiation             : NotSupported',
        'SaslNegotiation            : NotSupported',
        'SupportDialbackNegotiation : True',
        'EnableKeepAlive            : False',
      ].join('\n'),
    );
    await c.ok('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    expect((await c.one('Get-CsAccessEdgeConfiguration')).get('AllowFederatedUsers')).toBe(true);

    await c.ok('New-CsExternalAccessPolicy -Identity GTalkUsers -EnableFederationAccess $true -EnableXmppAccess $true');
    await c.ok('Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName GTalkUsers');
    const total = (await c.values('(Get-CsUser).Count'))[0];
    const granted = (await c.values('(Get-CsUser | Where-Object ExternalAccessPolicy -eq GTalkUsers).Count'))[0];
    expect(granted).toBe(total);
    expect(total).toBeGreaterThanOrEqual(40);

    // The Edge still lacks its XMPP certificate: that is what the test reports next.
    const probe = await c.xmppTest('sip:kenmyer@contoso.com', 'someone@gmail.com');
    expect(probe.result).toBe('Failure');
    expect(probe.diagnosis).toMatch(/^No valid XmppServer certificate on edge01\.contoso\.com/);
  });
});

describe('procedure: create and edit an XMPP partner', () => {
  it('adds a federated partner with abbreviated enum values and extra domains, then edits the list', async () => {
    const c = new AdminConsole();
    await c.ok('New-CsXmppAllowedPartner -Domain chat.fabrikam.com -PartnerType fed -TlsNegotiation req -SaslNegotiation opt -ProxyFqdn xmpp.fabrikam.com -AdditionalDomains "im.fabrikam.com","talk.fabrikam.com" -Description "Fabrikam chat"');
    const p = await c.one('Get-CsXmppAllowedPartner -Identity chat.fabrikam.com');
    expect([p.get('PartnerType'), p.get('TlsNegotiation'), p.get('SaslNegotiation'), p.get('ProxyFqdn')].map(String)).toEqual(['Federated', 'Required', 'Optional', 'xmpp.fabrikam.com']);
    const domains = (id: string) => c.values(`Get-CsXmppAllowedPartner ${id} | Select-Object -ExpandProperty AdditionalDomains`);
    expect(await domains('chat.fabrikam.com')).toEqual(['im.fabrikam.com', 'talk.fabrikam.com']);

    await c.ok('Set-CsXmppAllowedPartner chat.fabrikam.com -AdditionalDomains @{Remove="talk.fabrikam.com"; Add="presence.fabrikam.com"}');
    expect(await domains('chat.fabrikam.com')).toEqual(['im.fabrikam.com', 'presence.fabrikam.com']);
    const shown = await c.ok('Get-CsXmppAllowedPartner chat.fabrikam.com | Format-List Identity,AdditionalDomains');
    expect(shown.output).toContain('AdditionalDomains : {im.fabrikam.com, presence.fabrikam.com}');

    // Receivers in an additional domain are covered; a subdomain that is not listed is not.
    await c.ok('Set-CsExternalAccessPolicy -EnableFederationAccess $true -EnableXmppAccess $true; Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    expect((await c.xmppTest(undefined, 'ann@presence.fabrikam.com')).diagnosis).toMatch(/^No valid XmppServer certificate/);
    expect((await c.xmppTest(undefined, 'ann@eu.chat.fabrikam.com')).diagnosis).toMatch(/^Domain eu\.chat\.fabrikam\.com is not an allowed XMPP partner/);

    await c.ok('Set-CsXmppAllowedPartner chat.fabrikam.com -AdditionalDomains $null');
    expect(await domains('chat.fabrikam.com')).toEqual([]);
  });

  it('mistakes get PowerShell errors and leave the partner list untouched', async () => {
    const c = new AdminConsole();
    await c.ok('New-CsXmppAllowedPartner jabber.org');
    const unchanged = await c.snapshot();

    const dup = await c.type('New-CsXmppAllowedPartner -Identity jabber.org -PartnerType Federated');
    expect(dup.errors).toContain('"XmppAllowedPartner" with identity "jabber.org" already exists.');
    const vague = await c.type('New-CsXmppAllowedPartner -Domain xmpp.example.net -PartnerType Public');
    expect(vague.errors).toContain('Error: "The identifier name Public cannot be processed because it is either too similar or identical to the following enumerator names: PublicVerified, PublicUnverified. Use a more specific identifier name."');
    const bogus = await c.type('New-CsXmppAllowedPartner -Domain xmpp.example.net -TlsNegotiation Always');
    expect(bogus.errors).toContain('Specify one of the following enumerator names and try again:\nRequired, Optional, NotSupported"');
    const both = await c.type('New-CsXmppAllowedPartner -Identity xmpp.example.net -Domain xmpp.example.net');
    expect(both.errors).toContain('New-CsXmppAllowedPartner : Parameter set cannot be resolved using the specified named parameters.');
    const limit = await c.type('Set-CsXmppAllowedPartner jabber.org -ConnectionLimit -5');
    expect(limit.errors).toContain('Cannot convert value "-5" to type "System.UInt32". Error: "Value was either too large or too small for a UInt32."');
    const modifier = await c.type('Set-CsXmppAllowedPartner jabber.org -AdditionalDomains @{Append="conference.jabber.org"}');
    expect(modifier.errors).toContain("The following unknown list modifier was detected: 'Append'. Valid list modifiers are Add, Remove, and Replace.");
    const missing = await c.type('Set-CsXmppAllowedPartner jaber.org -PartnerType Federated');
    expect(missing.errors).toContain('Cannot find "XmppAllowedPartner" with identity "jaber.org".');
    expect(await c.snapshot()).toBe(unchanged);
  });

  it('an unusable TLS/SASL/dialback combination is saved with a warning and reported by Test-CsXmppIM until fixed', async () => {
    const c = new AdminConsole();
    await c.ok('Set-CsExternalAccessPolicy global -EnableFederationAccess $true -EnableXmppAccess $true');
    await c.ok('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    const saved = await c.ok('New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $false');
    expect(saved.warnings).toMatch(/^WARNING: XMPP partner "jabber\.org" cannot connect/);
    expect((await c.xmppTest(undefined, 'friend@jabber.org')).diagnosis).toMatch(/^Partner jabber\.org negotiation settings are not valid \(TLS=NotSupported, SASL=NotSupported, Dialback=False\)/);
    await c.ok('Set-CsXmppAllowedPartner -Identity jabber.org -SupportDialbackNegotiation $true');
    expect((await c.xmppTest(undefined, 'friend@jabber.org')).diagnosis).toMatch(/^No valid XmppServer certificate/);
  });
});

describe('procedure: change and clear out partners', () => {
  it('edits a partner through -Instance, previews a bulk removal with -WhatIf, then removes by filter', async () => {
    const c = new AdminConsole();
    await c.ok('New-CsXmppAllowedPartner jabber.org -Description "public server"; New-CsXmppAllowedPartner jabber.de; New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported');
    await c.ok('$p = Get-CsXmppAllowedPartner jabber.org; $p.PartnerType = "PublicVerified"; $p.ConnectionLimit = 40; Set-CsXmppAllowedPartner -Instance $p');
    const edited = await c.one('Get-CsXmppAllowedPartner jabber.org');
    expect([String(edited.get('PartnerType')), edited.get('ConnectionLimit'), edited.get('Description')]).toEqual(['PublicVerified', 40, 'public server']);

    const preview = await c.ok('Get-CsXmppAllowedPartner -Filter jabber.* | Remove-CsXmppAllowedPartner -WhatIf');
    expect(preview.output).toBe('What if: Performing the operation "Remove-CsXmppAllowedPartner" on target "jabber.org".\nWhat if: Performing the operation "Remove-CsXmppAllowedPartner" on target "jabber.de".\n');
    expect(await c.values('Get-CsXmppAllowedPartner | ForEach-Object Identity')).toEqual(['jabber.org', 'jabber.de', 'gmail.com']);

    // A plain string does not bind to -Identity from the pipeline.
    const typedName = await c.type('"gmail.com" | Remove-CsXmppAllowedPartner');
    expect(typedName.errors).toContain('The input object cannot be bound to any parameters for the command');

    // Piping the wrong kind of object into Set- is refused; it never creates a partner or a policy.
    const wrongKind = await c.type('Get-CsExternalAccessPolicy | Set-CsXmppAllowedPartner -PartnerType Federated');
    expect(wrongKind.errors).toContain('Set-CsXmppAllowedPartner : The object passed to -Instance is a "Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy", not a "XmppAllowedPartner".');
    const otherWay = await c.type('Get-CsXmppAllowedPartner gmail.com | Set-CsExternalAccessPolicy -EnableXmppAccess $true');
    expect(otherWay.errors).toContain('FullyQualifiedErrorId : InvalidInstanceType,Microsoft.Rtc.Management.Internal.SetExternalAccessPolicyCmdlet');
    expect(await c.values('Get-CsExternalAccessPolicy | ForEach-Object Identity')).toEqual(['Global']);
    expect(await c.values('Get-CsXmppAllowedPartner | ForEach-Object Identity')).toEqual(['jabber.org', 'jabber.de', 'gmail.com']);

    await c.ok('Get-CsXmppAllowedPartner -Filter jabber.* | Remove-CsXmppAllowedPartner');
    expect(await c.values('Get-CsXmppAllowedPartner | ForEach-Object Identity')).toEqual(['gmail.com']);
    await c.ok('Remove-CsXmppAllowedPartner gmail.com');
    expect(await c.objects('Get-CsXmppAllowedPartner')).toEqual([]);
  });
});

describe('procedure: add a domain to a partner through the object', () => {
  // AdditionalDomains on a partner object is a modifiable list, as XDS list properties are in the real
  // shell: .Add() changes the local copy, nothing is stored until Set-CsXmppAllowedPartner -Instance.
  it('$p.AdditionalDomains.Add() then Set-CsXmppAllowedPartner -Instance $p', async () => {
    const c = new AdminConsole();
    await c.ok('New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported');
    const domains = () => c.values('Get-CsXmppAllowedPartner gmail.com | Select-Object -ExpandProperty AdditionalDomains');
    await c.ok('$p = Get-CsXmppAllowedPartner gmail.com; $p.AdditionalDomains.Add("googlemail.com")');
    expect(await domains()).toEqual([]);
    await c.ok('$p = Get-CsXmppAllowedPartner gmail.com; $p.AdditionalDomains.Add("googlemail.com"); Set-CsXmppAllowedPartner -Instance $p');
    expect(await domains()).toEqual(['googlemail.com']);
  });
});
