// XMPP partner and gateway cmdlets as an admin types them.
import { describe, expect, it } from 'vitest';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { findXmppPartnerForDomain, getXmppGatewayConfiguration, listXmppAllowedPartners } from '../../src/store/configRepository.js';

describe('XMPP allowed partners in the shell', () => {
  it('the Google Talk example: positional domain, enums, warning-free', async () => {
    const store = newStore();
    const r = await runPs('New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true', { store });
    expect(r.errors).toBe('');
    expect(r.text).not.toContain('WARNING');
    expect(r.output).toContain('Identity                   : gmail.com');
    expect(r.output).toContain('TlsNegotiation             : NotSupported');
    expect(r.output).toContain('AdditionalDomains          : {}');
    expect(findXmppPartnerForDomain(store, 'gmail.com')?.EnableKeepAlive).toBe(false);
  });

  it('enum prefixes bind; bad enum names fail at binding with the enumerator list', async () => {
    const store = newStore();
    await runPs('New-CsXmppAllowedPartner -Domain jabber.org -PartnerType fed -TlsNegotiation opt -SaslNegotiation notsup', { store });
    expect(listXmppAllowedPartners(store)[0]).toMatchObject({ Identity: 'jabber.org', PartnerType: 'Federated', TlsNegotiation: 'Optional', SaslNegotiation: 'NotSupported' });
    const bad = await runPs('New-CsXmppAllowedPartner x.org -PartnerType Foo');
    expect(bad.errors).toContain('Federated, PublicVerified, PublicUnverified');
  });

  it('invalid negotiation is stored with a WARNING naming the problem', async () => {
    const store = newStore();
    const r = await runPs('New-CsXmppAllowedPartner bad.example -TlsNegotiation NotSupported -SupportDialbackNegotiation $false | Out-Null', { store });
    expect(r.text).toMatch(/WARNING: XMPP partner "bad.example" cannot connect .*No authentication method/);
    expect(findXmppPartnerForDomain(store, 'bad.example')).toBeDefined();
  });

  it('-Identity and -Domain together are ambiguous', async () => {
    const r = await runPs('New-CsXmppAllowedPartner -Identity a.org -Domain b.org');
    expect(r.errors).toContain('Parameter set cannot be resolved using the specified named parameters.');
  });

  it('AdditionalDomains: list, @{Add/Remove}, @{Replace}, $null, unknown key', async () => {
    const store = newStore();
    const domains = () => findXmppPartnerForDomain(store, 'fabrikam.com')?.AdditionalDomains;
    await runPs('New-CsXmppAllowedPartner fabrikam.com -AdditionalDomains "a.fabrikam.com","B.fabrikam.com","b.FABRIKAM.com" | Out-Null', { store });
    expect(domains()).toEqual(['a.fabrikam.com', 'B.fabrikam.com']);
    await runPs('Set-CsXmppAllowedPartner fabrikam.com -AdditionalDomains @{Add="c.fabrikam.com"; Remove="a.fabrikam.com"}', { store });
    expect(domains()).toEqual(['B.fabrikam.com', 'c.fabrikam.com']);
    await runPs('Set-CsXmppAllowedPartner -Identity fabrikam.com -AdditionalDomains @{Replace="z.fabrikam.com"}', { store });
    expect(domains()).toEqual(['z.fabrikam.com']);
    await runPs('Set-CsXmppAllowedPartner -Identity fabrikam.com -AdditionalDomains $null', { store });
    expect(domains()).toEqual([]);
    const before = store.db.serialize();
    const bad = await runPs('Set-CsXmppAllowedPartner -Identity fabrikam.com -AdditionalDomains @{Append="x"}', { store });
    expect(bad.errors).toContain("The following unknown list modifier was detected: 'Append'. Valid list modifiers are Add, Remove, and Replace.");
    expect(store.db.serialize().equals(before)).toBe(true);
  });

  it('Get | Remove binds Identity by property name; a plain string does not bind', async () => {
    const store = newStore();
    await runPs('New-CsXmppAllowedPartner a.org | Out-Null; New-CsXmppAllowedPartner b.org | Out-Null', { store });
    const r = await runPs('Get-CsXmppAllowedPartner -Filter a* | Remove-CsXmppAllowedPartner', { store });
    expect(r.errors).toBe('');
    expect(listXmppAllowedPartners(store).map((p) => p.Identity)).toEqual(['b.org']);
    const s = await runPs('"b.org" | Remove-CsXmppAllowedPartner', { store });
    expect(s.errors).toContain('The input object cannot be bound to any parameters');
    expect(listXmppAllowedPartners(store)).toHaveLength(1);
  });

  it('-WhatIf on Remove prints the target and keeps the partner', async () => {
    const store = newStore();
    await runPs('New-CsXmppAllowedPartner gmail.com | Out-Null', { store });
    const r = await runPs('Remove-CsXmppAllowedPartner gmail.com -WhatIf', { store });
    expect(r.output).toContain('What if: Performing the operation "Remove-CsXmppAllowedPartner" on target "gmail.com".');
    expect(listXmppAllowedPartners(store)).toHaveLength(1);
  });
});

describe('XMPP gateway configuration in the shell', () => {
  it('Get shows the global defaults; Set changes them', async () => {
    const store = newStore();
    const { values } = await evalPs('Get-CsXmppGatewayConfiguration', { store });
    expect((values[0] as PSObject).propertyNames()).toEqual([
      'Identity', 'ConnectionLimit', 'DialbackPassphrase', 'EnableLoggingAllMessageBodies', 'KeepAliveInterval',
      'PartnerConnectionLimit', 'StreamEstablishmentTimeout', 'StreamInactivityTimeout', 'SubscriptionRefreshInterval',
    ]);
    await runPs('Set-CsXmppGatewayConfiguration -KeepAliveInterval 120 -PartnerConnectionLimit 10', { store });
    expect(getXmppGatewayConfiguration(store)).toMatchObject({ KeepAliveInterval: 120, PartnerConnectionLimit: 10 });
    const bad = await runPs('Set-CsXmppGatewayConfiguration -ConnectionLimit -1', { store });
    expect(bad.errors).toContain('Value was either too large or too small for a UInt32.');
  });
});
