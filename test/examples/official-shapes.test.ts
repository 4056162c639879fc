// Commands shaped like the reference examples of the 69 cmdlets (same parameters, syntax and pipelines),
// written with the demo deployment's names and our own values, run through the real engine. Each test
// checks what a real deployment would end up with: objects, properties, store contents, errors.
// A test marked `it.fails` shows a shape that does not yet behave as the product does; its comment names
// the expected behaviour.

import { describe, expect, it } from 'vitest';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import type { PSObject } from '../../src/engine/runtime/values.js';
import { column, only, strings, values } from './shapes.js';

describe('external access policies', () => {
  it('Get-CsExternalAccessPolicy: all, by identity, by filter, piped to Where-Object', async () => {
    const store = newStore();
    await runPs('New-CsExternalAccessPolicy -Identity site:Dublin -EnableFederationAccess $True -EnablePublicCloudAccess $True | Out-Null; New-CsExternalAccessPolicy -Identity PartnerDesk | Out-Null', { store });
    expect(await strings('Get-CsExternalAccessPolicy | ForEach-Object Identity', store)).toEqual(['Global', 'Site:Dublin', 'Tag:PartnerDesk']);
    expect(only(await values('Get-CsExternalAccessPolicy -Identity site:Dublin', store)).get('EnablePublicCloudAccess')).toBe(true);
    expect(only(await values('Get-CsExternalAccessPolicy -Identity "tag:PartnerDesk"', store)).get('Identity')).toBe('Tag:PartnerDesk');
    expect(await strings('Get-CsExternalAccessPolicy -Filter tag:* | ForEach-Object Identity', store)).toEqual(['Tag:PartnerDesk']);
    expect(await strings('Get-CsExternalAccessPolicy | Where-Object {$_.EnableFederationAccess -eq $True} | ForEach-Object Identity', store)).toEqual(['Site:Dublin']);
    expect(await strings('Get-CsExternalAccessPolicy | Where-Object {$_.EnableFederationAccess -eq $True -and $_.EnablePublicCloudAccess -eq $True} | ForEach-Object Identity', store)).toEqual(['Site:Dublin']);
  });

  it('New-CsExternalAccessPolicy: a site policy, and an -InMemory policy committed with Set -Instance', async () => {
    const site = only(await values('New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $True -EnableOutsideAccess $True'));
    expect([site.get('Identity'), site.get('EnableFederationAccess'), site.get('EnableOutsideAccess'), site.get('EnableXmppAccess')]).toEqual(['Site:Redmond', true, true, false]);
    const store = newStore();
    const r = await evalPs(
      `$x = New-CsExternalAccessPolicy -Identity TravelAccess -InMemory
$x.EnableFederationAccess = $True
$x.EnablePublicCloudAccess = $True
$x.EnableOutsideAccess = $True
@(Get-CsExternalAccessPolicy -Filter tag:*).Count
Set-CsExternalAccessPolicy -Instance $x
Get-CsExternalAccessPolicy -Identity TravelAccess`,
      { store },
    );
    expect(r.values[0]).toBe(0);
    const saved = r.values[1] as PSObject;
    expect([saved.get('Identity'), saved.get('EnableFederationAccess'), saved.get('EnablePublicCloudAccess'), saved.get('EnableOutsideAccess')]).toEqual(['Tag:TravelAccess', true, true, true]);
  });

  it('Set-CsExternalAccessPolicy: by identity, every policy, per-user policies, filtered pipeline', async () => {
    const store = newStore();
    await runPs('New-CsExternalAccessPolicy ContractorAccess | Out-Null; New-CsExternalAccessPolicy site:Dublin -EnablePublicCloudAccess $True | Out-Null', { store });
    await runPs('Set-CsExternalAccessPolicy -Identity ContractorAccess -EnableFederationAccess $True', { store });
    expect(await column('Get-CsExternalAccessPolicy ContractorAccess', 'EnableFederationAccess', store)).toEqual([true]);
    await runPs('Get-CsExternalAccessPolicy | Set-CsExternalAccessPolicy -EnableOutsideAccess $True', { store });
    expect(await column('Get-CsExternalAccessPolicy', 'EnableOutsideAccess', store)).toEqual([true, true, true]);
    await runPs('Get-CsExternalAccessPolicy -Filter tag:* | Set-CsExternalAccessPolicy -EnableXmppAccess $True', { store });
    expect(await column('Get-CsExternalAccessPolicy', 'EnableXmppAccess', store)).toEqual([false, false, true]);
    await runPs('Get-CsExternalAccessPolicy | Where-Object {$_.EnablePublicCloudAccess -eq $True} | Set-CsExternalAccessPolicy -EnableFederationAccess $True', { store });
    expect(await column('Get-CsExternalAccessPolicy', 'EnableFederationAccess', store)).toEqual([false, true, true]);
  });

  it('Remove-CsExternalAccessPolicy: by identity, site filter, Where-Object with -and / -or', async () => {
    const store = newStore();
    await runPs('New-CsExternalAccessPolicy site:Redmond -EnableFederationAccess $True | Out-Null; New-CsExternalAccessPolicy site:Dublin | Out-Null; New-CsExternalAccessPolicy KioskAccess -EnablePublicCloudAccess $True | Out-Null; New-CsExternalAccessPolicy LabAccess | Out-Null', { store });
    await runPs('Remove-CsExternalAccessPolicy -Identity site:Redmond', { store });
    expect(await strings('Get-CsExternalAccessPolicy | % Identity', store)).toEqual(['Global', 'Site:Dublin', 'Tag:KioskAccess', 'Tag:LabAccess']);
    await runPs('Get-CsExternalAccessPolicy -Filter site:* | Remove-CsExternalAccessPolicy', { store });
    await runPs('Get-CsExternalAccessPolicy | Where-Object {$_.EnableFederationAccess -eq $True -or $_.EnablePublicCloudAccess -eq $True} | Remove-CsExternalAccessPolicy', { store });
    expect(await strings('Get-CsExternalAccessPolicy | % Identity', store)).toEqual(['Global', 'Tag:LabAccess']);
  });

  it('Grant-CsExternalAccessPolicy: by display name, -Filter, -OU pipelines, -PolicyName $Null', async () => {
    const store = newStore();
    await runPs('"FieldAccess","DefaultAccess","EuropeAccess" | ForEach-Object { New-CsExternalAccessPolicy $_ | Out-Null }', { store });
    await runPs('Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName FieldAccess', { store });
    expect(await column('Get-CsUser "Ken Myer"', 'ExternalAccessPolicy', store)).toEqual(['FieldAccess']);
    await runPs('Get-CsUser -OU "ou=Dublin,dc=contoso,dc=com" | Grant-CsExternalAccessPolicy -PolicyName EuropeAccess', { store });
    expect(await column('Get-CsUser "Pilar Ackerman"', 'ExternalAccessPolicy', store)).toEqual(['EuropeAccess']);
    await runPs('Get-CsUser -Filter {ExternalAccessPolicy -eq $Null} | Grant-CsExternalAccessPolicy -PolicyName DefaultAccess', { store });
    expect(await strings('Get-CsUser | Where-Object {$_.ExternalAccessPolicy -eq $null} | % DisplayName', store)).toEqual([]);
    expect(await column('Get-CsUser "Ken Myer"', 'ExternalAccessPolicy', store)).toEqual(['FieldAccess']);
    await runPs('Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName $Null', { store });
    expect((await column('Get-CsUser', 'ExternalAccessPolicy', store)).every((p) => p == null || p === '')).toBe(true);
  });

  // An LDAP filter without the outer parentheses ("l=Redmond", as the reference writes it) is accepted, as
  // the directory searcher adds them.
  it('Grant-CsExternalAccessPolicy: Get-CsUser -LdapFilter "l=Redmond" | Grant-… (filter without parentheses)', async () => {
    const store = newStore();
    await runPs('New-CsExternalAccessPolicy RedmondStaff | Out-Null', { store });
    const r = await runPs('Get-CsUser -LdapFilter "l=Redmond" | Grant-CsExternalAccessPolicy -PolicyName RedmondStaff', { store });
    expect(r.errors).toBe('');
    expect(await column('Get-CsUser "Ken Myer"', 'ExternalAccessPolicy', store)).toEqual(['RedmondStaff']);
  });

  it('Get-CsEffectivePolicy: by identity, piped display names, piped filtered users with Select-Object', async () => {
    const store = newStore();
    await runPs('New-CsExternalAccessPolicy SalesFederation | Out-Null; Grant-CsExternalAccessPolicy "Ken Myer" SalesFederation; New-CsExternalAccessPolicy site:Dublin | Out-Null', { store });
    expect(await column('Get-CsEffectivePolicy -Identity "Ken Myer"', 'ExternalAccessPolicy', store)).toEqual(['Tag:SalesFederation']);
    expect(await column('"Ken Myer","Pilar Ackerman" | Get-CsEffectivePolicy', 'ExternalAccessPolicy', store)).toEqual(['Tag:SalesFederation', 'Site:Dublin']);
    const selected = only(await values('Get-CsUser -Filter {ExternalAccessPolicy -eq "SalesFederation"} | Get-CsEffectivePolicy | Select-Object Identity, ExternalAccessPolicy', store));
    expect(selected.propertyNames()).toEqual(['Identity', 'ExternalAccessPolicy']);
    expect(selected.get('Identity')).toBe('CN=Ken Myer,OU=Redmond,DC=contoso,DC=com');
  });
});

describe('Access Edge configuration and federated domains', () => {
  it('Get-CsAccessEdgeConfiguration: whole object, Select-Object Allow*, one property', async () => {
    const edge = only(await values('Get-CsAccessEdgeConfiguration'));
    expect([edge.get('Identity'), edge.get('RoutingMethod')]).toEqual(['Global', 'UseDnsSrvRouting']);
    expect(only(await values('Get-CsAccessEdgeConfiguration | Select-Object Allow*')).propertyNames()).toEqual(['AllowAnonymousUsers', 'AllowFederatedUsers', 'AllowOutsideUsers']);
    expect(await values('(Get-CsAccessEdgeConfiguration).EnablePartnerDiscovery')).toEqual([false]);
  });

  it('Set-CsAccessEdgeConfiguration: -VerificationLevel with another setting, default route, DNS SRV with discovery', async () => {
    const store = newStore();
    const first = await runPs('Set-CsAccessEdgeConfiguration -AllowAnonymousUsers $True -VerificationLevel "UseSourceVerification"', { store });
    expect(first.errors).toBe('');
    let edge = only(await values('Get-CsAccessEdgeConfiguration', store));
    expect([edge.get('AllowAnonymousUsers'), edge.get('RoutingMethod')]).toEqual([true, 'UseDnsSrvRouting']);
    await runPs('Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn "edge01.contoso.com"', { store });
    edge = only(await values('Get-CsAccessEdgeConfiguration', store));
    expect([edge.get('RoutingMethod'), edge.get('DefaultRouteFqdn'), edge.get('IsPublicProvider'), edge.get('VerificationLevel')]).toEqual(['UseDefaultRouting', 'edge01.contoso.com', false, 'UseSourceVerification']);
    await runPs('Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -EnablePartnerDiscovery $True', { store });
    edge = only(await values('Get-CsAccessEdgeConfiguration', store));
    expect([edge.get('RoutingMethod'), edge.get('EnablePartnerDiscovery'), edge.has('DefaultRouteFqdn')]).toEqual(['UseDnsSrvRouting', true, false]);
  });

  it('New-CsAllowedDomain: identity, proxy/monitoring/comment, -InMemory committed with Set -Instance; never a blocked domain', async () => {
    const store = newStore();
    await runPs('New-CsAllowedDomain -Identity "fabrikam.com" | Out-Null', { store });
    const full = only(await values('New-CsAllowedDomain -Identity "tailspintoys.com" -ProxyFqdn "sip.tailspintoys.com" -MarkForMonitoring $True -Comment "Partner desk: Ana"', store));
    expect([full.get('Domain'), full.get('ProxyFqdn'), full.get('MarkForMonitoring'), full.get('Comment')]).toEqual(['tailspintoys.com', 'sip.tailspintoys.com', true, 'Partner desk: Ana']);
    await runPs('$x = New-CsAllowedDomain -Identity "wingtip.com" -InMemory\n$x.ProxyFqdn = "edge.wingtip.com"\n$x.MarkForMonitoring = $True\n$x.Comment = "Added after review"\nSet-CsAllowedDomain -Instance $x', { store });
    expect(await column('Get-CsAllowedDomain wingtip.com', 'ProxyFqdn', store)).toEqual(['edge.wingtip.com']);
    await runPs('New-CsBlockedDomain litware.com | Out-Null', { store });
    const refused = await runPs('New-CsAllowedDomain -Identity litware.com', { store });
    expect(refused.errors).toContain('Domain "litware.com" is already on the blocked domain list.');
    expect(await strings('Get-CsAllowedDomain | % Identity', store)).toEqual(['fabrikam.com', 'tailspintoys.com', 'wingtip.com']);
  });

  it('Get-CsAllowedDomain: all, by identity, -Filter *x*, Where-Object on ProxyFqdn and MarkForMonitoring', async () => {
    const store = newStore();
    await runPs('New-CsAllowedDomain fabrikam.com | Out-Null; New-CsAllowedDomain fabrikam.net -ProxyFqdn sip.fabrikam.net -MarkForMonitoring $True | Out-Null; New-CsAllowedDomain litware.org | Out-Null', { store });
    expect(await strings('Get-CsAllowedDomain | % Identity', store)).toEqual(['fabrikam.com', 'fabrikam.net', 'litware.org']);
    expect(await column('Get-CsAllowedDomain -Identity fabrikam.com', 'Domain', store)).toEqual(['fabrikam.com']);
    expect(await strings('Get-CsAllowedDomain -Filter *fabrikam* | % Identity', store)).toEqual(['fabrikam.com', 'fabrikam.net']);
    expect(await strings('Get-CsAllowedDomain | Where-Object {$_.ProxyFqdn -eq $Null} | % Identity', store)).toEqual(['fabrikam.com', 'litware.org']);
    expect(await strings('Get-CsAllowedDomain | Where-Object {$_.MarkForMonitoring -eq $True} | % Identity', store)).toEqual(['fabrikam.net']);
  });

  it('Set-CsAllowedDomain: by identity, filtered pipeline, only entries without a comment', async () => {
    const store = newStore();
    await runPs('New-CsAllowedDomain fabrikam.com | Out-Null; New-CsAllowedDomain us.fabrikam.net | Out-Null; New-CsAllowedDomain litware.org | Out-Null', { store });
    await runPs('Set-CsAllowedDomain -Identity fabrikam.com -Comment "Escalations: Ken Myer"', { store });
    await runPs('Get-CsAllowedDomain -Filter *fabrikam* | Where-Object {$_.Comment -eq $Null} | Set-CsAllowedDomain -Comment "Fabrikam subsidiary"', { store });
    await runPs('Get-CsAllowedDomain | Where-Object {$_.Comment -eq $Null} | Set-CsAllowedDomain -Comment "Contact still to be named"', { store });
    expect(await column('Get-CsAllowedDomain', 'Comment', store)).toEqual(['Escalations: Ken Myer', 'Fabrikam subsidiary', 'Contact still to be named']);
  });

  it('Remove-CsAllowedDomain: by identity, by filter, by ProxyFqdn and by Comment match', async () => {
    const store = newStore();
    await runPs('New-CsAllowedDomain fabrikam.com | Out-Null; New-CsAllowedDomain fabrikam.net -ProxyFqdn sip.fabrikam.net | Out-Null; New-CsAllowedDomain litware.org -ProxyFqdn sip.litware.org -Comment "Owner: Ken Myer" | Out-Null; New-CsAllowedDomain wingtip.com -ProxyFqdn sip.wingtip.com | Out-Null', { store });
    await runPs('Remove-CsAllowedDomain -Identity fabrikam.com', { store });
    await runPs('Get-CsAllowedDomain | Where-Object {$_.Comment -match "Ken Myer"} | Remove-CsAllowedDomain', { store });
    expect(await strings('Get-CsAllowedDomain | % Identity', store)).toEqual(['fabrikam.net', 'wingtip.com']);
    await runPs('Get-CsAllowedDomain -Filter *fabrikam* | Remove-CsAllowedDomain', { store });
    await runPs('New-CsAllowedDomain noproxy.example | Out-Null; Get-CsAllowedDomain | Where-Object {$_.ProxyFqdn -eq $Null} | Remove-CsAllowedDomain', { store });
    expect(await strings('Get-CsAllowedDomain | % Identity', store)).toEqual(['wingtip.com']);
  });

  it('New-CsBlockedDomain: with a comment, -InMemory committed with Set -Instance; never an allowed domain', async () => {
    const store = newStore();
    const made = only(await values('New-CsBlockedDomain -Identity "fabrikam.com" -Comment "Blocked after the spam incident."', store));
    expect([made.get('Identity'), made.get('Domain'), made.get('Comment')]).toEqual(['fabrikam.com', 'fabrikam.com', 'Blocked after the spam incident.']);
    await runPs('$x = New-CsBlockedDomain -Identity "northwind.net" -InMemory\n$x.Comment = "Under review"\nSet-CsBlockedDomain -Instance $x', { store });
    expect(await column('Get-CsBlockedDomain northwind.net', 'Comment', store)).toEqual(['Under review']);
    await runPs('New-CsAllowedDomain litware.org | Out-Null', { store });
    expect((await runPs('New-CsBlockedDomain -Domain litware.org', { store })).errors).toContain('Domain "litware.org" is already on the allowed domain list.');
    expect((await runPs('$y = New-CsBlockedDomain -Identity litware.org -InMemory; Set-CsBlockedDomain -Instance $y', { store })).errors).toContain('already on the allowed domain list');
    expect(await strings('Get-CsBlockedDomain | % Identity', store)).toEqual(['fabrikam.com', 'northwind.net']);
  });

  it('Get-CsBlockedDomain: all, by identity, -Filter *.net, Where-Object on Comment', async () => {
    const store = newStore();
    await runPs('New-CsBlockedDomain fabrikam.com -Comment "Per Ken Myer" | Out-Null; New-CsBlockedDomain contoso.net | Out-Null; New-CsBlockedDomain fabrikam.net | Out-Null', { store });
    expect(await strings('Get-CsBlockedDomain | % Identity', store)).toEqual(['fabrikam.com', 'contoso.net', 'fabrikam.net']);
    expect(await column('Get-CsBlockedDomain -Identity fabrikam.com', 'Comment', store)).toEqual(['Per Ken Myer']);
    expect(await strings('Get-CsBlockedDomain -Filter *.net | % Identity', store)).toEqual(['contoso.net', 'fabrikam.net']);
    expect(await strings('Get-CsBlockedDomain | Where-Object {$_.Comment -eq $Null} | % Identity', store)).toEqual(['contoso.net', 'fabrikam.net']);
    expect(await strings('Get-CsBlockedDomain | Where-Object {$_.Comment -match "Ken Myer"} | % Identity', store)).toEqual(['fabrikam.com']);
  });

  it('Set-CsBlockedDomain: by identity, every entry, entries without a comment', async () => {
    const store = newStore();
    await runPs('New-CsBlockedDomain fabrikam.com | Out-Null; New-CsBlockedDomain contoso.net | Out-Null', { store });
    await runPs('Set-CsBlockedDomain -Identity fabrikam.com -Comment "Blocked until legal signs off."', { store });
    await runPs('Get-CsBlockedDomain | Where-Object {$_.Comment -eq $Null} | Set-CsBlockedDomain -Comment "No reason recorded"', { store });
    expect(await column('Get-CsBlockedDomain', 'Comment', store)).toEqual(['Blocked until legal signs off.', 'No reason recorded']);
    await runPs('Get-CsBlockedDomain | Set-CsBlockedDomain -Comment "Reviewed in March"', { store });
    expect(await column('Get-CsBlockedDomain', 'Comment', store)).toEqual(['Reviewed in March', 'Reviewed in March']);
  });

  it('Remove-CsBlockedDomain: by identity, by filter, everything', async () => {
    const store = newStore();
    await runPs('"fabrikam.com","fabrikam.org","us.fabrikam.net","litware.org","contoso.net" | ForEach-Object { New-CsBlockedDomain $_ | Out-Null }', { store });
    await runPs('Remove-CsBlockedDomain -Identity fabrikam.com', { store });
    await runPs('Get-CsBlockedDomain -Filter *fabrikam* | Remove-CsBlockedDomain', { store });
    expect(await strings('Get-CsBlockedDomain | % Identity', store)).toEqual(['litware.org', 'contoso.net']);
    await runPs('Get-CsBlockedDomain | Remove-CsBlockedDomain', { store });
    expect(await values('Get-CsBlockedDomain', store)).toEqual([]);
  });
});
