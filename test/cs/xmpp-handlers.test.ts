// XMPP allowed partner and gateway cmdlets driven directly (no parser).
import { describe, expect, it } from 'vitest';
import { PSArrayList, PSHashtable, PSObject } from '../../src/engine/runtime/values.js';
import { findXmppPartnerForDomain, getXmppGatewayConfiguration, listXmppAllowedPartners } from '../../src/store/configRepository.js';
import { demoStore, runHandler, snapshot } from './external-access.harness.js';

const props = (o: unknown) => (o as PSObject).properties().map((p) => [p.name, p.value]);
const table = (entries: Record<string, unknown>) => {
  const h = new PSHashtable();
  for (const [k, v] of Object.entries(entries)) h.set(k, v);
  return h;
};

describe('New-CsXmppAllowedPartner', () => {
  it('creates a partner with the documented defaults, in display order', async () => {
    const store = demoStore();
    const run = await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'jabber.org' });
    expect(run.warnings).toEqual([]);
    expect(props(run.output[0])).toEqual([
      ['Identity', 'jabber.org'],
      ['Domain', 'jabber.org'],
      ['AdditionalDomains', new PSArrayList([], 'System.Collections.Generic.List[string]')],
      ['Description', null],
      ['ProxyFqdn', null],
      ['PartnerType', 'PublicUnverified'],
      ['TlsNegotiation', 'Required'],
      ['SaslNegotiation', 'Required'],
      ['SupportDialbackNegotiation', true],
      ['EnableKeepAlive', true],
      ['ConnectionLimit', 20],
    ]);
    expect((run.output[0] as PSObject).typeName).toBe('Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated');
  });

  it('accepts -Domain (ParentAndRelativeKey) and normalises enum spelling', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsXmppAllowedPartner', { Domain: 'gmail.com', TlsNegotiation: 'notsupported', SaslNegotiation: 'NotSupported', PartnerType: 'federated', EnableKeepAlive: false });
    expect(listXmppAllowedPartners(store)[0]).toMatchObject({ Identity: 'gmail.com', Domain: 'gmail.com', TlsNegotiation: 'NotSupported', PartnerType: 'Federated', EnableKeepAlive: false });
  });

  it('warns only about negotiation settings that cannot work, and stores them', async () => {
    const store = demoStore();
    const run = await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'bad.example', TlsNegotiation: 'NotSupported', SupportDialbackNegotiation: false });
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(/^XMPP partner "bad.example" cannot connect \(TlsNegotiation NotSupported, SaslNegotiation Required, SupportDialbackNegotiation False\): No authentication method/);
    expect(findXmppPartnerForDomain(store, 'BAD.example')).toBeDefined();
    // Usable combinations (the shipped defaults among them) are stored without a warning.
    const quiet = await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'r.example', SupportDialbackNegotiation: true });
    expect(quiet.warnings).toEqual([]);
  });

  it('refuses a duplicate domain (any case) and leaves the store unchanged', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'jabber.org' });
    const before = snapshot(store);
    const dup = await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'JABBER.org' });
    expect(dup.errors[0]).toMatchObject({ message: '"XmppAllowedPartner" with identity "JABBER.org" already exists. Use the Set- cmdlet to modify it.', category: 'ResourceExists' });
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it('takes AdditionalDomains as a list or modifier, de-duplicated case-insensitively', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'a.example', AdditionalDomains: ['b.example', 'B.EXAMPLE', 'c.example'] });
    expect(findXmppPartnerForDomain(store, 'c.example')?.AdditionalDomains).toEqual(['b.example', 'c.example']);
    await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'x.example', AdditionalDomains: table({ Add: 'y.example', Remove: 'z.example' }) });
    expect(findXmppPartnerForDomain(store, 'x.example')?.AdditionalDomains).toEqual(['y.example']);
  });
});

describe('Set-CsXmppAllowedPartner', () => {
  it('applies Add / Remove / Replace, and $null clears', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'p.example', AdditionalDomains: ['a.example', 'b.example'] });
    const domains = () => findXmppPartnerForDomain(store, 'p.example')?.AdditionalDomains;
    await runHandler(store, 'Set-CsXmppAllowedPartner', { Identity: 'p.example', AdditionalDomains: table({ Add: ['c.example', 'A.example'], Remove: 'b.example' }) });
    expect(domains()).toEqual(['a.example', 'c.example']);
    await runHandler(store, 'Set-CsXmppAllowedPartner', { Identity: 'p.example', AdditionalDomains: table({ Replace: 'z.example' }) });
    expect(domains()).toEqual(['z.example']);
    // The binder's parsed form of `-AdditionalDomains @{Add='w.example'}`.
    await runHandler(store, 'Set-CsXmppAllowedPartner', { Identity: 'p.example', AdditionalDomains: { add: ['w.example'], remove: [], replace: null, isPlain: false } });
    expect(domains()).toEqual(['z.example', 'w.example']);
    await runHandler(store, 'Set-CsXmppAllowedPartner', { Identity: 'p.example', AdditionalDomains: null });
    expect(domains()).toEqual([]);
  });

  it('rejects an unknown modifier key without writing', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'p.example' });
    const before = snapshot(store);
    const run = await runHandler(store, 'Set-CsXmppAllowedPartner', { Identity: 'p.example', AdditionalDomains: table({ Append: 'x' }) });
    expect(run.errors[0]?.message).toBe(
      "Cannot bind parameter 'AdditionalDomains'. The following unknown list modifier was detected: 'Append'. Valid list modifiers are Add, Remove, and Replace.",
    );
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it('reports a missing partner', async () => {
    const run = await runHandler(demoStore(), 'Set-CsXmppAllowedPartner', { Identity: 'none.example', EnableKeepAlive: false });
    expect(run.errors[0]?.message).toBe('Cannot find "XmppAllowedPartner" with identity "none.example".');
  });
});

describe('Remove-CsXmppAllowedPartner', () => {
  it('removes partners bound by property name from piped objects', async () => {
    const store = demoStore();
    for (const d of ['a.example', 'b.example']) await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: d });
    const all = await runHandler(store, 'Get-CsXmppAllowedPartner', {});
    const run = await runHandler(store, 'Remove-CsXmppAllowedPartner', {}, {}, all.output.map((o) => ({ Identity: (o as PSObject).get('Identity') })));
    expect(run.errors).toEqual([]);
    expect(listXmppAllowedPartners(store)).toEqual([]);
  });

  it('-WhatIf names the target and keeps the partner', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsXmppAllowedPartner', { Identity: 'gmail.com' });
    const run = await runHandler(store, 'Remove-CsXmppAllowedPartner', { Identity: 'GMAIL.COM' }, { process: false });
    expect(run.whatIf).toEqual(['gmail.com']);
    expect(listXmppAllowedPartners(store)).toHaveLength(1);
  });
});

describe('XmppGatewayConfiguration', () => {
  it('has one global instance with the documented defaults', async () => {
    const run = await runHandler(demoStore(), 'Get-CsXmppGatewayConfiguration', {});
    expect(props(run.output[0])).toEqual([
      ['Identity', 'Global'],
      ['ConnectionLimit', 1000],
      ['DialbackPassphrase', null],
      ['EnableLoggingAllMessageBodies', false],
      ['KeepAliveInterval', 300],
      ['PartnerConnectionLimit', 20],
      ['StreamEstablishmentTimeout', 60],
      ['StreamInactivityTimeout', 600],
      ['SubscriptionRefreshInterval', 28800],
    ]);
  });

  it('Set without -Identity changes Global; other scopes do not exist', async () => {
    const store = demoStore();
    await runHandler(store, 'Set-CsXmppGatewayConfiguration', { KeepAliveInterval: 120, DialbackPassphrase: 's3cret' });
    expect(getXmppGatewayConfiguration(store)).toMatchObject({ KeepAliveInterval: 120, DialbackPassphrase: 's3cret' });
    const site = await runHandler(store, 'Get-CsXmppGatewayConfiguration', { Identity: 'site:Redmond' });
    expect(site.errors[0]?.message).toBe('Cannot find "XmppGatewayConfiguration" with identity "site:Redmond".');
  });
});
