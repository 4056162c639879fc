// Access Edge configuration, allowed and blocked domains, driven directly (no parser).
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../src/engine/runtime/values.js';
import { getAccessEdgeConfiguration, listAllowedDomains, listBlockedDomains } from '../../src/store/configRepository.js';
import { demoStore, runHandler, snapshot } from './external-access.harness.js';

const props = (o: unknown) => (o as PSObject).properties().map((p) => [p.name, p.value]);

// DOMAIN.md §2.4, the real fresh-deployment sample.
const FRESH_EDGE: [string, unknown][] = [
  ['Identity', 'Global'],
  ['AllowAnonymousUsers', false],
  ['AllowFederatedUsers', false],
  ['AllowOutsideUsers', true],
  ['BeClearingHouse', false],
  ['EnablePartnerDiscovery', false],
  ['EnableArchivingDisclaimer', false],
  ['EnableUserReplicator', true],
  ['KeepCrlsUpToDateForPeers', true],
  ['MarkSourceVerifiableOnOutgoingMessages', true],
  ['OutgoingTlsCountForFederatedPartners', 4],
  ['DiscoveredPartnerStandardRate', 20],
  ['EnableDiscoveredPartnerContactsLimit', true],
  ['MaxContactsPerDiscoveredPartner', 1000],
  ['DiscoveredPartnerReportPeriodMinutes', 60],
  ['MaxAcceptedCertificatesStored', 1000],
  ['MaxRejectedCertificatesStored', 500],
  ['CertificatesDeletedPercentage', 20],
  ['RoutingMethod', 'UseDnsSrvRouting'],
];

describe('Get-/Set-CsAccessEdgeConfiguration', () => {
  it('a fresh store shows the real sample, property for property', async () => {
    const run = await runHandler(demoStore(), 'Get-CsAccessEdgeConfiguration', {});
    expect(run.output).toHaveLength(1);
    expect(props(run.output[0])).toEqual(FRESH_EDGE);
    expect((run.output[0] as PSObject).typeName).toBe('Microsoft.Rtc.Management.WritableConfig.Settings.Edge.DisplayAccessEdgeSettingsDnsSrvRouting');
  });

  it('Set without -Identity changes the global settings', async () => {
    const store = demoStore();
    await runHandler(store, 'Set-CsAccessEdgeConfiguration', { AllowFederatedUsers: true, OutgoingTlsCountForFederatedPartners: 2 });
    expect(getAccessEdgeConfiguration(store)).toMatchObject({ AllowFederatedUsers: true, OutgoingTlsCountForFederatedPartners: 2 });
  });

  it('refuses OutgoingTlsCountForFederatedPartners outside 1-4 and writes nothing', async () => {
    const store = demoStore();
    const before = snapshot(store);
    const high = await runHandler(store, 'Set-CsAccessEdgeConfiguration', { AllowFederatedUsers: true, OutgoingTlsCountForFederatedPartners: 5 });
    expect(high.errors[0]?.message).toBe(
      "Cannot validate argument on parameter 'OutgoingTlsCountForFederatedPartners'. The 5 argument is greater than the maximum allowed range of 4. Supply an argument that is less than or equal to 4 and then try the command again.",
    );
    const low = await runHandler(store, 'Set-CsAccessEdgeConfiguration', { OutgoingTlsCountForFederatedPartners: 0 });
    expect(low.errors[0]?.message).toMatch(/The 0 argument is less than the minimum allowed range of 1/);
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it('DNS SRV routing parameters: partner discovery, clearing house, verification level shown once set', async () => {
    const store = demoStore();
    await runHandler(store, 'Set-CsAccessEdgeConfiguration', { UseDnsSrvRouting: true, EnablePartnerDiscovery: true, BeClearingHouse: true, DiscoveredPartnerVerificationLevel: 'alwaysunverifiable' });
    const run = await runHandler(store, 'Get-CsAccessEdgeConfiguration', {});
    const o = run.output[0] as PSObject;
    expect(o.get('EnablePartnerDiscovery')).toBe(true);
    expect(o.get('BeClearingHouse')).toBe(true);
    expect(o.propertyNames().slice(-2)).toEqual(['RoutingMethod', 'DiscoveredPartnerVerificationLevel']);
    expect(o.get('DiscoveredPartnerVerificationLevel')).toBe('AlwaysUnverifiable');
  });

  it('default routing needs an FQDN, switches RoutingMethod and changes the displayed properties', async () => {
    const store = demoStore();
    const missing = await runHandler(store, 'Set-CsAccessEdgeConfiguration', { UseDefaultRouting: true });
    expect(missing.errors[0]?.message).toMatch(/-DefaultRouteFqdn/);
    await runHandler(store, 'Set-CsAccessEdgeConfiguration', { UseDefaultRouting: true, DefaultRouteFqdn: 'proxy.fabrikam.com', IsPublicProvider: false, VerificationLevel: 'AlwaysVerifiable' });
    const o = (await runHandler(store, 'Get-CsAccessEdgeConfiguration', {})).output[0] as PSObject;
    expect(o.get('RoutingMethod')).toBe('UseDefaultRouting');
    expect(o.propertyNames().slice(0, 7)).toEqual(['Identity', 'AllowAnonymousUsers', 'AllowFederatedUsers', 'AllowOutsideUsers', 'DefaultRouteFqdn', 'IsPublicProvider', 'VerificationLevel']);
    expect(o.has('BeClearingHouse')).toBe(false);
    expect(o.get('DefaultRouteFqdn')).toBe('proxy.fabrikam.com');
    // Back to DNS SRV: the route is forgotten and the real sample's shape returns.
    await runHandler(store, 'Set-CsAccessEdgeConfiguration', { UseDnsSrvRouting: true });
    const back = (await runHandler(store, 'Get-CsAccessEdgeConfiguration', {})).output[0];
    expect(props(back)).toEqual(FRESH_EDGE);
  });

  it('a switch given as $false does not change the routing method', async () => {
    const store = demoStore();
    const run = await runHandler(store, 'Set-CsAccessEdgeConfiguration', { UseDefaultRouting: false, AllowOutsideUsers: false });
    expect(run.errors).toEqual([]);
    expect(getAccessEdgeConfiguration(store)).toMatchObject({ RoutingMethod: 'UseDnsSrvRouting', AllowOutsideUsers: false });
  });

  it('refuses a default route while public or hosting providers exist, and providers under a default route', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsPublicProvider', { Identity: 'Skype', ProxyFqdn: 'federation.messenger.msn.com', Enabled: true });
    const before = snapshot(store);
    const refused = await runHandler(store, 'Set-CsAccessEdgeConfiguration', { UseDefaultRouting: true, DefaultRouteFqdn: 'proxy.fabrikam.com' });
    expect(refused.errors[0]?.message).toMatch(/^A default route cannot be used while public or hosting providers exist \(Skype\)/);
    expect(snapshot(store).equals(before)).toBe(true);
    await runHandler(store, 'Remove-CsPublicProvider', { Identity: 'Skype' });
    const ok = await runHandler(store, 'Set-CsAccessEdgeConfiguration', { UseDefaultRouting: true, DefaultRouteFqdn: 'proxy.fabrikam.com' });
    expect(ok.errors).toEqual([]);
    const hosting = await runHandler(store, 'New-CsHostingProvider', { Identity: 'Fabrikam', ProxyFqdn: 'proxy.fabrikam.com', Enabled: true, EnabledSharedAddressSpace: false, HostsOCSUsers: false });
    expect(hosting.errors[0]?.message).toMatch(/^Hosting providers cannot be used while the Access Edge uses a default route/);
  });

  it('Set -Instance writes back an edited object', async () => {
    const store = demoStore();
    const o = (await runHandler(store, 'Get-CsAccessEdgeConfiguration', {})).output[0] as PSObject;
    o.set('AllowFederatedUsers', true);
    await runHandler(store, 'Set-CsAccessEdgeConfiguration', { Instance: o });
    expect(getAccessEdgeConfiguration(store).AllowFederatedUsers).toBe(true);
  });
});

describe('allowed and blocked domains', () => {
  it('New-CsAllowedDomain with -Identity or -Domain; real property order', async () => {
    const store = demoStore();
    const a = await runHandler(store, 'New-CsAllowedDomain', { Identity: 'fabrikam.com' });
    expect(props(a.output[0])).toEqual([
      ['Identity', 'fabrikam.com'],
      ['Domain', 'fabrikam.com'],
      ['ProxyFqdn', null],
      ['Comment', null],
      ['MarkForMonitoring', false],
      ['VerificationLevel', 'UseSourceVerification'],
    ]);
    await runHandler(store, 'New-CsAllowedDomain', { Domain: 'litwareinc.com', ProxyFqdn: 'sip.litwareinc.com', MarkForMonitoring: true });
    expect(listAllowedDomains(store).map((d) => d.Identity)).toEqual(['fabrikam.com', 'litwareinc.com']);
    const f = await runHandler(store, 'Get-CsAllowedDomain', { Filter: '*.com' });
    expect(f.output).toHaveLength(2);
    const l = await runHandler(store, 'Get-CsAllowedDomain', { Filter: 'l*' });
    expect(l.output.map((o) => (o as PSObject).get('ProxyFqdn'))).toEqual(['sip.litwareinc.com']);
  });

  it('Set-/Remove-CsAllowedDomain and errors', async () => {
    const store = demoStore();
    await runHandler(store, 'New-CsAllowedDomain', { Identity: 'fabrikam.com' });
    await runHandler(store, 'Set-CsAllowedDomain', { Identity: 'FABRIKAM.COM', Comment: 'partner', VerificationLevel: 'AlwaysVerifiable' });
    expect(listAllowedDomains(store)[0]).toMatchObject({ Identity: 'fabrikam.com', Comment: 'partner', VerificationLevel: 'AlwaysVerifiable' });
    const dup = await runHandler(store, 'New-CsAllowedDomain', { Domain: 'fabrikam.com' });
    expect(dup.errors[0]?.category).toBe('ResourceExists');
    await runHandler(store, 'Remove-CsAllowedDomain', { Identity: 'fabrikam.com' });
    expect(listAllowedDomains(store)).toEqual([]);
    const missing = await runHandler(store, 'Remove-CsAllowedDomain', { Identity: 'fabrikam.com' });
    expect(missing.errors[0]?.message).toBe('Cannot find "AllowedDomain" with identity "fabrikam.com".');
  });

  it('blocked domains have Identity, Domain, Comment', async () => {
    const store = demoStore();
    const b = await runHandler(store, 'New-CsBlockedDomain', { Identity: 'tailspintoys.com', Comment: 'no federation' });
    expect(props(b.output[0])).toEqual([
      ['Identity', 'tailspintoys.com'],
      ['Domain', 'tailspintoys.com'],
      ['Comment', 'no federation'],
    ]);
    await runHandler(store, 'Set-CsBlockedDomain', { Identity: 'tailspintoys.com', Comment: null });
    expect(listBlockedDomains(store)[0]?.Comment).toBeNull();
    const w = await runHandler(store, 'Remove-CsBlockedDomain', { Identity: 'tailspintoys.com' }, { process: false });
    expect(w.whatIf).toEqual(['tailspintoys.com']);
    expect(listBlockedDomains(store)).toHaveLength(1);
  });
});
