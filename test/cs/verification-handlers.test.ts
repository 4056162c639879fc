// Test-CsXmppIM and Test-CsFederatedPartner: each link of the chain, repaired in order, moves the
// failure to the next link until the result is Success.
import { describe, expect, it } from 'vitest';
import { PSObject, TimeSpan } from '../../src/engine/runtime/values.js';
import type { Store } from '../../src/store/store.js';
import { findDocument, insertDocument, updateDocument } from '../../src/store/configRepository.js';
import { addStoredCertificate, saveAssignment } from '../../src/store/certificateRepository.js';
import { pemCertificates } from '../../src/pki/certificate.js';
import { addDnsRecord, removeDnsRecord } from '../../src/store/dnsRepository.js';
import { updateServiceProperties } from '../../src/store/topologyRepository.js';
import { setWindowsServiceStatus } from '../../src/store/topologyRuntime.js';
import { makeCertificatePem } from '../pki/forgeCert.js';
import { demoStore, runCmdlet } from './topologyHarness.js';

const KEN = 'sip:kenmyer@contoso.com';
const DAY = 86_400_000;

async function xmpp(s: Store, params: Record<string, unknown> = {}) {
  const r = await runCmdlet(s, 'Test-CsXmppIM', { TargetFqdn: 'pool01.contoso.com', Receiver: 'friend@jabber.org', UserSipAddress: KEN, ...params }, { parameterSet: 'ServerPlatform' });
  const o = r.output[0] as PSObject;
  return { o, r, result: o.get('Result'), error: o.get('Error') as string | null, diagnosis: o.get('Diagnosis') as string | null };
}

function setDoc(s: Store, type: 'ExternalAccessPolicy' | 'AccessEdgeConfiguration', identity: string, patch: Record<string, unknown>) {
  const d = findDocument(s, type, identity)!;
  updateDocument(s, type, { ...d.doc, ...patch });
}

function partner(s: Store, domain: string, tls: string, sasl: string, dialback: boolean) {
  insertDocument(s, 'XmppAllowedPartner', 'relative', {
    Identity: domain, Domain: domain, AdditionalDomains: [], Description: null, ProxyFqdn: null, PartnerType: 'PublicUnverified',
    TlsNegotiation: tls, SaslNegotiation: sasl, SupportDialbackNegotiation: dialback, EnableKeepAlive: true, ConnectionLimit: 20,
  });
}

function assignEdgeCertificate(s: Store, names: string[], uses: string[], notBefore = new Date(Date.now() - DAY), notAfter = new Date(Date.now() + 365 * DAY)) {
  const { certPem, keyPem } = makeCertificatePem(names[0]!, names, notBefore, notAfter);
  const thumbprint = addStoredCertificate(s, 'edge01.contoso.com', { der: pemCertificates(certPem)[0]!, privateKeyPem: keyPem });
  for (const use of uses) saveAssignment(s, { scope: 'edge01.contoso.com', use, thumbprint, updateTime: new Date(), sourceScope: 'Local' });
  return thumbprint;
}

describe('Test-CsXmppIM', () => {
  it('result object: TaskOutput with TargetFqdn, Result, Latency, Error, Diagnosis', async () => {
    const { o } = await xmpp(demoStore());
    expect(o.typeNames[0]).toBe('Microsoft.Rtc.SyntheticTransactions.TaskOutput');
    expect(o.propertyNames()).toEqual(['TargetFqdn', 'Result', 'Latency', 'Error', 'Diagnosis']);
    expect(o.get('Latency')).toBeInstanceOf(TimeSpan);
    expect(String(o.get('Latency'))).toBe('00:00:00');
  });

  it('checks 1-5: target pool, XMPP gateway version, sender given, sender exists and enabled, homed on the pool', async () => {
    const s = demoStore();
    const t1 = await xmpp(s, { TargetFqdn: 'nowhere.contoso.com' });
    expect(t1.r.warnings[0]).toContain('No matching cluster found in topology.');
    expect(t1.error).toMatch(/^10060, A connection attempt failed .* nowhere\.contoso\.com:5061$/);
    expect(t1.diagnosis).toBeNull();
    expect((await xmpp(s, { TargetFqdn: 'edge01.contoso.com' })).error).toMatch(/^10060/);
    expect((await xmpp(s, { TargetFqdn: 'pool02.contoso.com', UserSipAddress: 'sip:pilar@contoso.com' })).error).toBe('XMPP gateway is not available on pool pool02.contoso.com.');
    expect((await xmpp(s, { UserSipAddress: undefined })).error).toBe('No test user is configured for pool pool01.contoso.com.');
    expect((await xmpp(s, { UserSipAddress: 'sip:ghost@contoso.com' })).error).toBe('Management object not found for identity "sip:ghost@contoso.com".');
    expect((await runCmdlet(s, 'Set-CsUser', { Identity: 'sip:davidl@contoso.com', Enabled: false })).errors).toEqual([]);
    expect((await xmpp(s, { UserSipAddress: 'sip:davidl@contoso.com' })).error).toBe('User sip:davidl@contoso.com is not enabled.');
    expect((await xmpp(s, { UserSipAddress: 'sip:pilar@contoso.com' })).error).toBe('User sip:pilar@contoso.com is not homed on pool01.contoso.com.');
  });

  it('checks 6-16 in order, each with its repair, until Success', async () => {
    const s = demoStore();
    const next = async () => (await xmpp(s)).diagnosis ?? '';
    expect(await next()).toMatch(/^Policy Global does not allow XMPP access \(EnableXmppAccess=False\)\. .*Grant-CsExternalAccessPolicy/);
    setDoc(s, 'ExternalAccessPolicy', 'Global', { EnableXmppAccess: true });
    expect(await next()).toMatch(/^Policy Global does not allow federation \(EnableFederationAccess=False\)\./);
    setDoc(s, 'ExternalAccessPolicy', 'Global', { EnableFederationAccess: true });
    expect(await next()).toMatch(/^Federation is disabled on the Edge \(AllowFederatedUsers=False\)\. Run Set-CsAccessEdgeConfiguration -AllowFederatedUsers \$true\.$/);
    setDoc(s, 'AccessEdgeConfiguration', 'Global', { AllowFederatedUsers: true });
    expect(await next()).toMatch(/^Domain jabber\.org is not an allowed XMPP partner\. Add it with New-CsXmppAllowedPartner/);
    partner(s, 'jabber.org', 'Required', 'NotSupported', false);
    expect(await next()).toMatch(/^Partner jabber\.org negotiation settings are not valid \(TLS=Required, SASL=NotSupported, Dialback=False\)\./);
    expect((await runCmdlet(s, 'Remove-CsXmppAllowedPartner', { Identity: 'jabber.org' })).errors).toEqual([]);
    partner(s, 'jabber.org', 'Required', 'Required', false);
    expect((await runCmdlet(s, 'Set-CsSite', { Identity: 'Redmond', XmppFederationRoute: null })).errors).toEqual([]);
    expect(await next()).toMatch(/^No XMPP federation route is configured for site Redmond\. Run Set-CsSite -Identity Redmond -XmppFederationRoute/);
    expect((await runCmdlet(s, 'Set-CsSite', { Identity: 'Redmond', XmppFederationRoute: 'EdgeServer:edge01.contoso.com' })).errors).toEqual([]);
    updateServiceProperties(s, 'EdgeServer:edge01.contoso.com', { XmppFederationEnabled: false });
    expect(await next()).toMatch(/^XMPP federation is not enabled on Edge pool edge01\.contoso\.com\./);
    updateServiceProperties(s, 'EdgeServer:edge01.contoso.com', { XmppFederationEnabled: true });
    expect(await next()).toMatch(/^No valid XmppServer certificate on edge01\.contoso\.com: no certificate is assigned to this use\. .*Set-CsCertificate -Type XmppServer/);
    assignEdgeCertificate(s, ['sip.contoso.com', 'contoso.com'], ['XmppServer', 'AccessEdgeExternal'], new Date(Date.now() - 30 * DAY), new Date(Date.now() - DAY));
    expect(await next()).toMatch(/^No valid XmppServer certificate on edge01\.contoso\.com: certificate [0-9A-F]{40} expired on /);
    const noDomain = assignEdgeCertificate(s, ['sip.contoso.com', 'webcon.contoso.com'], ['XmppServer', 'AccessEdgeExternal']);
    expect(await next()).toBe(`Certificate ${noDomain} does not contain contoso.com. The XmppServer certificate on edge01.contoso.com must name contoso.com (or *.contoso.com); request a new one with that name and assign it with Set-CsCertificate.`);
    assignEdgeCertificate(s, ['sip.contoso.com', 'webcon.contoso.com', '*.contoso.com'], ['XmppServer', 'AccessEdgeExternal']);
    removeDnsRecord(s, '_xmpp-server._tcp.contoso.com', 'SRV');
    expect(await next()).toMatch(/^SRV _xmpp-server\._tcp\.contoso\.com missing or not pointing to sip\.contoso\.com port 5269\./);
    addDnsRecord(s, { name: '_xmpp-server._tcp.contoso.com', type: 'SRV', target: 'sip.contoso.com', port: 5269, priority: 0, weight: 0 });
    setWindowsServiceStatus(s, 'edge01.contoso.com', 'RTCXMPPTGWPX', 'Stopped');
    expect(await next()).toMatch(/^Service RTCXMPPTGWPX \(Skype for Business Server XMPP Translating Gateway Proxy\) is stopped on edge01\.contoso\.com\. Start it with Start-CsWindowsService/);
    setWindowsServiceStatus(s, 'edge01.contoso.com', 'RTCXMPPTGWPX', 'Running');
    const ok = await xmpp(s);
    expect(ok.result).toBe('Success');
    expect(ok.r.warnings).toEqual([
      'Partner jabber.org is PublicUnverified: its users can add sip:kenmyer@contoso.com only after sip:kenmyer@contoso.com has invited them, so presence may not be delivered until then.',
    ]);
    expect(ok.error).toBeNull();
    expect(ok.diagnosis).toBeNull();
    const ms = (ok.o.get('Latency') as TimeSpan).totalMilliseconds;
    expect(ms).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(3000);
    expect(String((await xmpp(s)).o.get('Latency'))).toBe(String(ok.o.get('Latency')));
    expect((await xmpp(s, { UserSipAddress: 'sip:ghost@contoso.com' })).r.warnings).toEqual([]);
    const other = await xmpp(s, { Receiver: 'friend@gmail.com' });
    expect(other.diagnosis).toMatch(/^Domain gmail\.com is not an allowed XMPP partner/);
  });

  it('a per-user policy is what counts; the receiver may be a partner AdditionalDomain only', async () => {
    const s = demoStore();
    setDoc(s, 'AccessEdgeConfiguration', 'Global', { AllowFederatedUsers: true });
    insertDocument(s, 'ExternalAccessPolicy', 'tag', { Identity: 'Tag:XmppUsers', Description: null, EnableFederationAccess: true, EnableXmppAccess: true, EnablePublicCloudAccess: false, EnablePublicCloudAudioVideoAccess: false, EnableOutsideAccess: false });
    await runCmdlet(s, 'Grant-CsExternalAccessPolicy', { Identity: KEN, PolicyName: 'XmppUsers' });
    expect((await xmpp(s)).diagnosis).toMatch(/^Domain jabber\.org is not an allowed XMPP partner/);
    expect((await xmpp(s, { UserSipAddress: 'sip:davidl@contoso.com' })).diagnosis).toMatch(/^Policy Global does not allow XMPP access/);
    insertDocument(s, 'XmppAllowedPartner', 'relative', { Identity: 'gmail.com', Domain: 'gmail.com', AdditionalDomains: ['jabber.org'], Description: null, ProxyFqdn: null, PartnerType: 'PublicUnverified', TlsNegotiation: 'NotSupported', SaslNegotiation: 'NotSupported', SupportDialbackNegotiation: true, EnableKeepAlive: false, ConnectionLimit: 20 });
    expect((await xmpp(s)).diagnosis).toMatch(/^No valid XmppServer certificate/);
    expect((await xmpp(s, { Receiver: 'friend@sub.jabber.org' })).diagnosis).toMatch(/^Domain sub\.jabber\.org is not an allowed XMPP partner/);
    expect((await xmpp(s, { Receiver: 'not-an-address' })).error).toBe('"not-an-address" is not a valid XMPP address.');
  });

  it('-OutLoggerVariable receives the log', async () => {
    const s = demoStore();
    const r = await runCmdlet(s, 'Test-CsXmppIM', { TargetFqdn: 'pool01.contoso.com', Receiver: 'a@jabber.org', UserSipAddress: KEN, OutLoggerVariable: 'log' }, { parameterSet: 'ServerPlatform' });
    expect(r.output).toHaveLength(1);
    expect(String(r.variables.log)).toMatch(/^Checking pool pool01\.contoso\.com and sender sip:kenmyer@contoso\.com\.\n[\s\S]*\nFailure: .*EnableXmppAccess=False/);
    expect(r.variables.OutVerboseVariable).toBeUndefined();
  });
});

describe('Test-CsFederatedPartner', () => {
  it('walks federation prerequisites on our side until Success', async () => {
    const s = demoStore();
    const run = async (domain = 'fabrikam.com', target = 'edge01.contoso.com') => {
      const o = (await runCmdlet(s, 'Test-CsFederatedPartner', { TargetFqdn: target, Domain: domain })).output[0] as PSObject;
      return { result: o.get('Result'), diagnosis: (o.get('Diagnosis') as string | null) ?? '', error: o.get('Error') as string };
    };
    expect((await run('fabrikam.com', 'pool01.contoso.com')).error).toMatch(/^10060/);
    expect((await run()).diagnosis).toMatch(/^Federation is disabled on the Edge/);
    setDoc(s, 'AccessEdgeConfiguration', 'Global', { AllowFederatedUsers: true });
    insertDocument(s, 'BlockedDomain', 'relative', { Identity: 'fabrikam.com', Domain: 'fabrikam.com', Comment: null });
    expect((await run()).diagnosis).toMatch(/^Domain fabrikam\.com is blocked/);
    expect((await runCmdlet(s, 'Remove-CsBlockedDomain', { Identity: 'fabrikam.com' })).errors).toEqual([]);
    const discovery = findDocument(s, 'AccessEdgeConfiguration', 'Global')!.doc.EnablePartnerDiscovery;
    if (!discovery) {
      expect((await run()).diagnosis).toMatch(/^Domain fabrikam\.com is not an allowed federated domain/);
      insertDocument(s, 'AllowedDomain', 'relative', { Identity: 'fabrikam.com', Domain: 'fabrikam.com', ProxyFqdn: null, Comment: null, MarkForMonitoring: false, VerificationLevel: 'UseSourceVerification' });
    }
    expect((await run()).diagnosis).toMatch(/^No valid AccessEdgeExternal certificate on edge01\.contoso\.com/);
    assignEdgeCertificate(s, ['sip.contoso.com', 'webcon.contoso.com'], ['AccessEdgeExternal']);
    expect((await run()).result).toBe('Success');
    removeDnsRecord(s, '_sipfederationtls._tcp.contoso.com', 'SRV');
    expect((await run()).diagnosis).toMatch(/^SRV _sipfederationtls\._tcp\.contoso\.com missing/);
  });
});
