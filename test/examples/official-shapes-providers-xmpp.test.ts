// Reference-shaped commands for public and hosting providers, XMPP federation and Test-CsFederatedPartner,
// with our own names and values, run through the real engine against the demo deployment.

import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import { PSArrayList, type PSObject } from '../../src/engine/runtime/values.js';
import { column, only, strings, values } from './shapes.js';

const SKYPE = 'New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled $False | Out-Null';
const WINGTIP = 'New-CsPublicProvider -Identity WingtipChat -ProxyFqdn sip.wingtipchat.example -Enabled $True -VerificationLevel AlwaysUnverifiable | Out-Null';
const HOSTED = 'New-CsHostingProvider -Identity Fabrikam.com -ProxyFqdn "proxy.fabrikam.com" -Enabled $False -HostsOCSUsers $True -EnabledSharedAddressSpace $True | Out-Null';
const HOSTED2 = 'New-CsHostingProvider -Identity litware.org -ProxyFqdn "sip.litware.org" -Enabled $True -HostsOCSUsers $False -EnabledSharedAddressSpace $False -VerificationLevel UseSourceVerification | Out-Null';

describe('public providers', () => {
  it('New-CsPublicProvider: identity, proxy and Enabled; -InMemory committed with Set -Instance; proxy FQDNs are unique', async () => {
    const store = newStore();
    const made = only(await values('New-CsPublicProvider -Identity "Northwind" -ProxyFqdn "sip.northwind.example" -Enabled $True', store));
    expect([made.get('Name'), made.get('ProxyFqdn'), made.get('Enabled'), made.get('VerificationLevel')]).toEqual(['Northwind', 'sip.northwind.example', true, 'AlwaysVerifiable']);
    await runPs('$x = New-CsPublicProvider -Identity "Tailspin" -ProxyFqdn "sip.tailspin.example" -Enabled $True -InMemory\n$x.VerificationLevel = "AlwaysUnverifiable"\nSet-CsPublicProvider -Instance $x', { store });
    expect(await column('Get-CsPublicProvider Tailspin', 'VerificationLevel', store)).toEqual(['AlwaysUnverifiable']);
    const dup = await runPs('New-CsHostingProvider -Identity Other -ProxyFqdn SIP.northwind.example -Enabled $True -HostsOCSUsers $False -EnabledSharedAddressSpace $False', { store });
    expect(dup.errors).toContain('The proxy FQDN "SIP.northwind.example" is already used by public provider "Northwind".');
    expect((await runPs('New-CsHostingProvider -Identity Northwind -ProxyFqdn sip2.northwind.example -Enabled $True -HostsOCSUsers $False -EnabledSharedAddressSpace $False', { store })).errors).toContain('A public provider with identity "Northwind" already exists.');
    expect(await values('Get-CsHostingProvider', store)).toEqual([]);
  });

  it('Get-CsPublicProvider: all, by identity, -Filter W*, Where-Object on Enabled and VerificationLevel', async () => {
    const store = newStore();
    await runPs(`${SKYPE}; ${WINGTIP}`, { store });
    expect(await strings('Get-CsPublicProvider | % Identity', store)).toEqual(['Skype', 'WingtipChat']);
    expect(await column('Get-CsPublicProvider -Identity "Skype"', 'ProxyFqdn', store)).toEqual(['federation.messenger.msn.com']);
    expect(await strings('Get-CsPublicProvider -Filter W* | % Identity', store)).toEqual(['WingtipChat']);
    expect(await strings('Get-CsPublicProvider | Where-Object {$_.Enabled -eq $False} | % Identity', store)).toEqual(['Skype']);
    expect(await strings('Get-CsPublicProvider | Where-Object {$_.VerificationLevel -ne "AlwaysVerifiable"} | % Identity', store)).toEqual(['WingtipChat']);
  });

  it('Set-CsPublicProvider: by identity, every provider, only the unverifiable ones', async () => {
    const store = newStore();
    await runPs(`${SKYPE}; ${WINGTIP}`, { store });
    await runPs('Set-CsPublicProvider -Identity "Skype" -VerificationLevel "UseSourceVerification"', { store });
    expect(await column('Get-CsPublicProvider', 'VerificationLevel', store)).toEqual(['UseSourceVerification', 'AlwaysUnverifiable']);
    await runPs('Get-CsPublicProvider | Where-Object {$_.VerificationLevel -eq "AlwaysUnverifiable"} | Set-CsPublicProvider -VerificationLevel "AlwaysVerifiable"', { store });
    expect(await column('Get-CsPublicProvider', 'VerificationLevel', store)).toEqual(['UseSourceVerification', 'AlwaysVerifiable']);
    await runPs('Get-CsPublicProvider | Set-CsPublicProvider -VerificationLevel "AlwaysUnverifiable"', { store });
    expect(await column('Get-CsPublicProvider', 'VerificationLevel', store)).toEqual(['AlwaysUnverifiable', 'AlwaysUnverifiable']);
  });

  it('Remove-CsPublicProvider: by identity, the disabled ones, all of them', async () => {
    const store = newStore();
    await runPs(`${SKYPE}; ${WINGTIP}; New-CsPublicProvider Litware -ProxyFqdn sip.litware.example -Enabled $False | Out-Null`, { store });
    await runPs('Remove-CsPublicProvider -Identity "Skype"', { store });
    await runPs('Get-CsPublicProvider | Where-Object {$_.Enabled -eq $False} | Remove-CsPublicProvider', { store });
    expect(await strings('Get-CsPublicProvider | % Identity', store)).toEqual(['WingtipChat']);
    await runPs('Get-CsPublicProvider | Remove-CsPublicProvider', { store });
    expect(await values('Get-CsPublicProvider', store)).toEqual([]);
  });

  it('Enable-CsPublicProvider: by identity (an error when already on), the disabled ones by pipeline', async () => {
    const store = newStore();
    await runPs(`${SKYPE}; ${WINGTIP}; New-CsPublicProvider Litware -ProxyFqdn sip.litware.example -Enabled $False | Out-Null`, { store });
    expect((await runPs('Enable-CsPublicProvider -Identity "Skype"', { store })).errors).toBe('');
    const again = await runPs('Enable-CsPublicProvider -Identity "Skype"', { store });
    expect(again.errors).toContain('Public provider "Skype" is already enabled.');
    await runPs('Get-CsPublicProvider | Where-Object {$_.VerificationLevel -eq "AlwaysVerifiable" -and $_.Enabled -eq $False} | Enable-CsPublicProvider', { store });
    expect(await column('Get-CsPublicProvider', 'Enabled', store)).toEqual([true, true, true]);
  });

  it('Disable-CsPublicProvider: by identity (an error when already off), the enabled ones by pipeline', async () => {
    const store = newStore();
    await runPs(`${SKYPE}; ${WINGTIP}; New-CsPublicProvider Litware -ProxyFqdn sip.litware.example -Enabled $True | Out-Null`, { store });
    expect((await runPs('Disable-CsPublicProvider -Identity "Skype"', { store })).errors).toContain('Public provider "Skype" is already disabled.');
    await runPs('Get-CsPublicProvider | Where-Object {$_.VerificationLevel -ne "AlwaysVerifiable" -and $_.Enabled -eq $True} | Disable-CsPublicProvider', { store });
    expect(await column('Get-CsPublicProvider', 'Enabled', store)).toEqual([false, false, true]);
    await runPs('Get-CsPublicProvider | Where-Object {$_.Enabled -eq $True} | Disable-CsPublicProvider', { store });
    expect(await column('Get-CsPublicProvider', 'Enabled', store)).toEqual([false, false, false]);
  });
});

describe('hosting providers', () => {
  it('New-CsHostingProvider: split-domain provider with all required parameters', async () => {
    const made = only(await values('New-CsHostingProvider -Identity Fabrikam.com -ProxyFqdn "proxyserver.fabrikam.com" -Enabled $True -HostsOCSUsers $True -EnabledSharedAddressSpace $True'));
    expect([made.get('Identity'), made.get('Enabled'), made.get('HostsOCSUsers'), made.get('EnabledSharedAddressSpace'), made.get('SipClientPort')]).toEqual(['Fabrikam.com', true, true, true, 443]);
    const other = only(await values('New-CsHostingProvider -Identity mail.litware.org -ProxyFqdn "sip.litware.org" -Enabled $True -EnabledSharedAddressSpace $True -HostsOCSUsers $False'));
    expect([other.get('EnabledSharedAddressSpace'), other.get('HostsOCSUsers'), other.get('VerificationLevel')]).toEqual([true, false, 'AlwaysVerifiable']);
  });

  // The syntax without -EnabledSharedAddressSpace/-HostsOCSUsers creates a provider with both False.
  it('New-CsHostingProvider: -Identity, -ProxyFqdn and -Enabled only', async () => {
    const r = await runPs('New-CsHostingProvider -Identity Fabrikam.com -ProxyFqdn "proxyserver.fabrikam.com" -Enabled $True');
    expect(r.errors).toBe('');
    expect(r.output).toContain('EnabledSharedAddressSpace : False');
  });

  it('Get-CsHostingProvider: all, by identity, -Filter *.org, Where-Object, Select-Object *', async () => {
    const store = newStore();
    await runPs(`${HOSTED}; ${HOSTED2}`, { store });
    expect(await strings('Get-CsHostingProvider | % Identity', store)).toEqual(['Fabrikam.com', 'litware.org']);
    expect(await column('Get-CsHostingProvider -Identity Fabrikam.com', 'ProxyFqdn', store)).toEqual(['proxy.fabrikam.com']);
    expect(await strings('Get-CsHostingProvider -Filter *.org | % Identity', store)).toEqual(['litware.org']);
    expect(await strings('Get-CsHostingProvider | Where-Object {$_.Enabled -eq $True} | % Identity', store)).toEqual(['litware.org']);
    await runPs('Enable-CsHostingProvider Fabrikam.com', { store });
    expect(await strings('Get-CsHostingProvider | Where-Object {$_.Enabled -eq $True -and $_.EnabledSharedAddressSpace -eq $True} | % Identity', store)).toEqual(['Fabrikam.com']);
    const all = (await values('Get-CsHostingProvider | Select-Object *', store)) as PSObject[];
    expect(all[0]!.propertyNames()).toEqual(expect.arrayContaining(['EnabledSharedAddressSpace', 'HostsOCSUsers', 'SipClientPort']));
    // The default view leaves SipClientPort out; Select-Object * shows it.
    const shown = await runPs('Get-CsHostingProvider -Identity Fabrikam.com', { store });
    expect(shown.output).toContain('VerificationLevel         : AlwaysVerifiable');
    expect(shown.output).not.toContain('SipClientPort');
    expect((await runPs('Get-CsHostingProvider Fabrikam.com | Select-Object *', { store })).output).toContain('SipClientPort             : 443');
  });

  it('Set-CsHostingProvider: by identity, every provider, split-domain ones turned off', async () => {
    const store = newStore();
    await runPs(`${HOSTED}; ${HOSTED2}`, { store });
    await runPs('Set-CsHostingProvider -Identity "Fabrikam.com" -VerificationLevel "AlwaysUnverifiable"', { store });
    expect(await column('Get-CsHostingProvider', 'VerificationLevel', store)).toEqual(['AlwaysUnverifiable', 'UseSourceVerification']);
    await runPs('Get-CsHostingProvider | Set-CsHostingProvider -VerificationLevel "AlwaysVerifiable"', { store });
    expect(await column('Get-CsHostingProvider', 'VerificationLevel', store)).toEqual(['AlwaysVerifiable', 'AlwaysVerifiable']);
    await runPs('Get-CsHostingProvider | Where-Object {$_.EnabledSharedAddressSpace -eq $True -and $_.HostsOCSUsers -eq $True} | Set-CsHostingProvider -EnabledSharedAddressSpace $False -HostsOCSUsers $False', { store });
    expect(await column('Get-CsHostingProvider', 'EnabledSharedAddressSpace', store)).toEqual([false, false]);
  });

  it('Remove-CsHostingProvider: by identity, by filter, by verification level, the disabled ones, all', async () => {
    const store = newStore();
    await runPs(`${HOSTED}; ${HOSTED2}; New-CsHostingProvider FabrikamUsers.com -ProxyFqdn sip.fabrikamusers.com -Enabled $True -HostsOCSUsers $False -EnabledSharedAddressSpace $False | Out-Null; New-CsHostingProvider tailspin.org -ProxyFqdn sip.tailspin.org -Enabled $False -HostsOCSUsers $False -EnabledSharedAddressSpace $False | Out-Null`, { store });
    await runPs('Remove-CsHostingProvider -Identity "Fabrikam.com"', { store });
    await runPs('Get-CsHostingProvider -Filter "*Fabrikam*" | Remove-CsHostingProvider', { store });
    await runPs('Get-CsHostingProvider | Where-Object {$_.VerificationLevel -ne "AlwaysVerifiable"} | Remove-CsHostingProvider', { store });
    expect(await strings('Get-CsHostingProvider | % Identity', store)).toEqual(['tailspin.org']);
    await runPs('Get-CsHostingProvider | Where-Object {$_.Enabled -eq $False} | Remove-CsHostingProvider', { store });
    expect(await values('Get-CsHostingProvider', store)).toEqual([]);
  });

  it('Enable-CsHostingProvider and Disable-CsHostingProvider: by identity and by filtered pipeline', async () => {
    const store = newStore();
    await runPs(`${HOSTED}; ${HOSTED2}`, { store });
    await runPs('Get-CsHostingProvider | Where-Object {$_.EnabledSharedAddressSpace -eq $True -and $_.Enabled -eq $False} | Enable-CsHostingProvider', { store });
    expect(await column('Get-CsHostingProvider', 'Enabled', store)).toEqual([true, true]);
    expect((await runPs('Enable-CsHostingProvider -Identity Fabrikam.com', { store })).errors).toContain('Hosting provider "Fabrikam.com" is already enabled.');
    await runPs('Disable-CsHostingProvider -Identity "Fabrikam.com"', { store });
    await runPs('Get-CsHostingProvider | Where-Object {$_.VerificationLevel -ne "AlwaysVerifiable" -and $_.Enabled -eq $True} | Disable-CsHostingProvider', { store });
    expect(await column('Get-CsHostingProvider', 'Enabled', store)).toEqual([false, false]);
    await runPs('Get-CsHostingProvider | Where-Object {$_.Enabled -eq $False} | Enable-CsHostingProvider', { store });
    expect(await column('Get-CsHostingProvider', 'Enabled', store)).toEqual([true, true]);
  });
});

/** The items of a list setting (AdditionalDomains is an editable collection). */
const listItems = (v: unknown) => (v instanceof PSArrayList ? v.items : v);

describe('XMPP federation', () => {
  it('New-CsXmppAllowedPartner: partner type, additional domain, -Domain set', async () => {
    const store = newStore();
    const typed = only(await values('New-CsXmppAllowedPartner -Identity "jabber.org" -PartnerType "PublicVerified"', store));
    expect([typed.get('Domain'), typed.get('PartnerType'), typed.get('TlsNegotiation')]).toEqual(['jabber.org', 'PublicVerified', 'Required']);
    const extra = only(await values('New-CsXmppAllowedPartner -Identity "fabrikam.com" -AdditionalDomains "research.fabrikam2.com"', store));
    expect(listItems(extra.get('AdditionalDomains'))).toEqual(['research.fabrikam2.com']);
    const r = await runPs('New-CsXmppAllowedPartner -Domain gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true | Out-Null', { store });
    expect(r.text).toBe('');
    expect(await strings('Get-CsXmppAllowedPartner | % Identity', store)).toEqual(['jabber.org', 'fabrikam.com', 'gmail.com']);
  });

  it('Get-CsXmppAllowedPartner: all, by identity, -Filter "*.org", Where-Object on SaslNegotiation', async () => {
    const store = newStore();
    await runPs('New-CsXmppAllowedPartner xmpp.litware.org | Out-Null; New-CsXmppAllowedPartner jabber.example.com -SaslNegotiation Optional | Out-Null', { store });
    expect(await strings('Get-CsXmppAllowedPartner | % Identity', store)).toEqual(['xmpp.litware.org', 'jabber.example.com']);
    expect(await column('Get-CsXmppAllowedPartner -Identity "xmpp.litware.org"', 'PartnerType', store)).toEqual(['PublicUnverified']);
    expect(await strings('Get-CsXmppAllowedPartner -Filter "*.org" | % Identity', store)).toEqual(['xmpp.litware.org']);
    expect(await strings('Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq "Required"} | % Identity', store)).toEqual(['xmpp.litware.org']);
  });

  it('Set-CsXmppAllowedPartner: dialback, SASL for every partner (no warnings), list modifiers Add/Remove, $Null', async () => {
    const store = newStore();
    await runPs('New-CsXmppAllowedPartner fabrikam.com | Out-Null; New-CsXmppAllowedPartner jabber.org -SaslNegotiation Optional | Out-Null', { store });
    await runPs('Set-CsXmppAllowedPartner -Identity "fabrikam.com" -SupportDialbackNegotiation $False', { store });
    const all = await runPs('Get-CsXmppAllowedPartner | Set-CsXmppAllowedPartner -SaslNegotiation "Required"', { store });
    expect(all.text).toBe('');
    expect(await column('Get-CsXmppAllowedPartner', 'SaslNegotiation', store)).toEqual(['Required', 'Required']);
    await runPs('Set-CsXmppAllowedPartner -Identity "fabrikam.com" -AdditionalDomains @{Add="na.fabrikam.com","europe.fabrikam.com"}', { store });
    await runPs('Set-CsXmppAllowedPartner -Identity "fabrikam.com" -AdditionalDomains @{Remove="europe.fabrikam.com"}', { store });
    const partner = only(await values('Get-CsXmppAllowedPartner fabrikam.com', store));
    expect([listItems(partner.get('AdditionalDomains')), partner.get('SupportDialbackNegotiation')]).toEqual([['na.fabrikam.com'], false]);
    await runPs('Set-CsXmppAllowedPartner -Identity "fabrikam.com" -AdditionalDomains $Null', { store });
    expect((await column('Get-CsXmppAllowedPartner fabrikam.com', 'AdditionalDomains', store)).map(listItems)).toEqual([[]]);
  });

  it('Remove-CsXmppAllowedPartner: by identity, by partner type, all', async () => {
    const store = newStore();
    await runPs('New-CsXmppAllowedPartner fabrikam.com | Out-Null; New-CsXmppAllowedPartner jabber.org -PartnerType Federated | Out-Null; New-CsXmppAllowedPartner gmail.com | Out-Null', { store });
    await runPs('Remove-CsXmppAllowedPartner -Identity "fabrikam.com"', { store });
    await runPs('Get-CsXmppAllowedPartner | Where-Object {$_.PartnerType -eq "PublicUnverified"} | Remove-CsXmppAllowedPartner', { store });
    expect(await strings('Get-CsXmppAllowedPartner | % Identity', store)).toEqual(['jabber.org']);
    await runPs('Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner', { store });
    expect(await values('Get-CsXmppAllowedPartner', store)).toEqual([]);
  });

  it('Get-CsXmppGatewayConfiguration and Set-CsXmppGatewayConfiguration: the one global instance', async () => {
    const store = newStore();
    const gw = only(await values('Get-CsXmppGatewayConfiguration', store));
    expect([gw.get('Identity'), gw.get('ConnectionLimit'), gw.get('PartnerConnectionLimit')]).toEqual(['Global', 1000, 20]);
    await runPs('Set-CsXmppGatewayConfiguration -Identity "global" -ConnectionLimit 1500', { store });
    expect(await column('Get-CsXmppGatewayConfiguration -Filter "g*"', 'ConnectionLimit', store)).toEqual([1500]);
    await runPs('Set-CsXmppGatewayConfiguration -KeepAliveInterval 120', { store });
    expect(await column('Get-CsXmppGatewayConfiguration -Identity global', 'KeepAliveInterval', store)).toEqual([120]);
  });

  it('Test-CsXmppIM: pool without test users, then a named sender with a credential', async () => {
    const store = newStore();
    const noUser = only(await values('Test-CsXmppIM -TargetFqdn "pool01.contoso.com" -Receiver "adelaney@jabber.org"', store));
    expect([noUser.get('Result'), noUser.get('Error')]).toEqual(['Failure', 'No test user is configured for pool pool01.contoso.com.']);
    const withUser = only(
      await values(
        '$credential = New-Object System.Management.Automation.PSCredential("contoso\\kenmyer", (ConvertTo-SecureString "Lab-Passw0rd" -AsPlainText -Force))\nTest-CsXmppIM -TargetFqdn "pool01.contoso.com" -Receiver "adelaney@jabber.org" -UserSipAddress "sip:kenmyer@contoso.com" -UserCredential $credential',
        store,
      ),
    );
    expect(withUser.get('Result')).toBe('Failure');
    expect(String(withUser.get('Diagnosis'))).toContain('Policy Global does not allow XMPP access');
  });

  it('Test-CsFederatedPartner: one domain, a domain through a proxy, every allowed domain', async () => {
    const store = newStore();
    await runPs('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True; New-CsAllowedDomain fabrikam.com | Out-Null; New-CsAllowedDomain push.lync.com | Out-Null', { store });
    const one = only(await values('Test-CsFederatedPartner -TargetFqdn edge01.contoso.com -Domain fabrikam.com', store));
    expect([one.get('Result'), one.get('TargetFqdn')]).toEqual(['Failure', 'edge01.contoso.com']);
    // No AccessEdgeExternal certificate is assigned on the Edge of a fresh demo deployment.
    expect(String(one.get('Diagnosis'))).toContain('AccessEdgeExternal certificate');
    expect(await column('Test-CsFederatedPartner -TargetFqdn edge01.contoso.com -Domain push.lync.com -ProxyFqdn sipfed.online.lync.com', 'Result', store)).toEqual(['Failure']);
    expect(await column('Get-CsAllowedDomain | ForEach-Object {Test-CsFederatedPartner -TargetFqdn edge01.contoso.com -Domain $_.Identity}', 'Result', store)).toEqual(['Failure', 'Failure']);
  });
});
