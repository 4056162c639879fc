// Access Edge configuration and federated domains as an admin types them.
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import { getAccessEdgeConfiguration, listAllowedDomains, listBlockedDomains } from '../../src/store/configRepository.js';

const EDGE_SAMPLE = `Identity                               : Global
AllowAnonymousUsers                    : False
AllowFederatedUsers                    : False
AllowOutsideUsers                      : True
BeClearingHouse                        : False
EnablePartnerDiscovery                 : False
EnableArchivingDisclaimer              : False
EnableUserReplicator                   : True
KeepCrlsUpToDateForPeers               : True
MarkSourceVerifiableOnOutgoingMessages : True
OutgoingTlsCountForFederatedPartners   : 4
DiscoveredPartnerStandardRate          : 20
EnableDiscoveredPartnerContactsLimit   : True
MaxContactsPerDiscoveredPartner        : 1000
DiscoveredPartnerReportPeriodMinutes   : 60
MaxAcceptedCertificatesStored          : 1000
MaxRejectedCertificatesStored          : 500
CertificatesDeletedPercentage          : 20
RoutingMethod                          : UseDnsSrvRouting`;

describe('Access Edge configuration in the shell', () => {
  it('a fresh store prints exactly the real sample', async () => {
    const r = await runPs('Get-CsAccessEdgeConfiguration');
    expect(r.errors).toBe('');
    expect(r.output.trim()).toBe(EDGE_SAMPLE);
  });

  it('Set with the Identity set, DNS SRV set and default route set', async () => {
    const store = newStore();
    await runPs('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true', { store });
    expect(getAccessEdgeConfiguration(store).AllowFederatedUsers).toBe(true);
    await runPs('Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -EnablePartnerDiscovery $true -BeClearingHouse $true', { store });
    expect(getAccessEdgeConfiguration(store)).toMatchObject({ EnablePartnerDiscovery: true, BeClearingHouse: true, RoutingMethod: 'UseDnsSrvRouting' });
    const r = await runPs('Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn proxy.fabrikam.com; Get-CsAccessEdgeConfiguration', { store });
    expect(r.output).toContain('DefaultRouteFqdn                       : proxy.fabrikam.com');
    expect(r.output).toContain('RoutingMethod                          : UseDefaultRouting');
    expect(r.output).not.toContain('BeClearingHouse');
  });

  it('switches of different routing sets cannot be combined', async () => {
    const r = await runPs('Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -UseDefaultRouting');
    expect(r.errors).toContain('Parameter set cannot be resolved using the specified named parameters.');
  });

  it('OutgoingTlsCountForFederatedPartners is limited to 1-4; the store is unchanged', async () => {
    const store = newStore();
    const before = store.db.serialize();
    const r = await runPs('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -OutgoingTlsCountForFederatedPartners 5', { store });
    expect(r.errors).toContain('The 5 argument is greater than the maximum allowed range of 4.');
    expect(store.db.serialize().equals(before)).toBe(true);
  });

  it('a default route is refused while a public provider exists', async () => {
    const store = newStore();
    await runPs('New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled $true | Out-Null', { store });
    const r = await runPs('Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn proxy.fabrikam.com', { store });
    expect(r.errors).toContain('A default route cannot be used while public or hosting providers exist (Skype).');
    expect(getAccessEdgeConfiguration(store).RoutingMethod).toBe('UseDnsSrvRouting');
  });
});

describe('allowed and blocked domains in the shell', () => {
  it('New with -Identity or -Domain, Get -Filter, Set, Remove via pipeline', async () => {
    const store = newStore();
    const r = await runPs('New-CsAllowedDomain fabrikam.com | Out-Null; New-CsAllowedDomain -Domain litwareinc.org -ProxyFqdn sip.litwareinc.org | Out-Null; Get-CsAllowedDomain -Filter *.org', { store });
    expect(r.output).toContain('Identity          : litwareinc.org');
    expect(r.output).toContain('ProxyFqdn         : sip.litwareinc.org');
    expect(r.output).not.toContain('fabrikam.com');
    await runPs('Set-CsAllowedDomain fabrikam.com -MarkForMonitoring $true -Comment Partner', { store });
    expect(listAllowedDomains(store)[0]).toMatchObject({ MarkForMonitoring: true, Comment: 'Partner' });
    await runPs('Get-CsAllowedDomain | Remove-CsAllowedDomain', { store });
    expect(listAllowedDomains(store)).toEqual([]);
  });

  it('blocked domains: duplicate error, WhatIf', async () => {
    const store = newStore();
    const r = await runPs('New-CsBlockedDomain tailspintoys.com | Out-Null; New-CsBlockedDomain -Domain TAILSPINTOYS.com; Remove-CsBlockedDomain tailspintoys.com -WhatIf', { store });
    expect(r.errors).toContain('"BlockedDomain" with identity "TAILSPINTOYS.com" already exists.');
    expect(r.output).toContain('What if: Performing the operation "Remove-CsBlockedDomain" on target "tailspintoys.com".');
    expect(listBlockedDomains(store)).toHaveLength(1);
  });
});
