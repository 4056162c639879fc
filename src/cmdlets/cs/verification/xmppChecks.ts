// The chain an XMPP instant message needs, evaluated without any network (DOMAIN.md §4.7). Checks run
// in order; the first failure wins. Each failure names the broken link and how to repair it.
// The wording is ours [I]; the texts DOMAIN.md gives are kept as the first sentence.

import type { Store } from '../../../store/store.js';
import { effectiveExternalAccessPolicy, findXmppPartnerForDomain, getAccessEdgeConfiguration } from '../../../store/configRepository.js';
import { getAssignedCertificate, isUsableCertificate, type AssignedCertificate } from '../../../store/certificateRepository.js';
import { resolveA, resolveSrv } from '../../../store/dnsRepository.js';
import { getPool, getSite, listComputers, listServices, poolSupportsXmpp, resolveEdgeRoute, type PoolRecord, type ServiceRecord } from '../../../store/topologyRepository.js';
import { listWindowsServices } from '../../../store/topologyRuntime.js';
import { getUserBySip, type UserRecord } from '../../../store/usersRepository.js';
import { commonNameOf } from '../../../pki/certificate.js';
import { certificateNames, namesCover } from '../../../pki/names.js';
import { negotiationVerdict } from '../xmpp/negotiation.js';
import { effectiveExternalAccessPolicyIdentity } from '../users/grants.js';

/**
 * The links of the XMPP chain, as the Control Panel's XMPP check draws them: the sender, the
 * effective policy, the home pool and its gateway, the Edge (federation switch, route, proxy), the
 * Edge certificates, the partner entry, the sender domain's DNS.
 */
export type XmppChainLink = 'user' | 'policy' | 'pool' | 'edge' | 'certificate' | 'partner' | 'dns';

export interface ChainFailure {
  /** The broken link (Test-CsXmppIM only). */
  link?: XmppChainLink;
  /** Error Message of the result. */
  error: string;
  /** Diagnosis of the result (what is broken and how to fix it). */
  diagnosis: string | null;
  /** A warning written before the result (check 1). */
  warning?: string;
}

export interface XmppChainInput {
  targetFqdn: string;
  receiver: string;
  userSipAddress?: string;
  now?: Date;
  /** Receives warnings about links that work but may disappoint (written before the result). */
  warnings?: string[];
}

/** [I] Windows services the XMPP path needs: gateway on the Front End pool, proxy on the Edge. */
export const XMPP_GATEWAY_SERVICE = 'RTCXMPPTGW';
export const XMPP_PROXY_SERVICE = 'RTCXMPPTGWPX';

/** [V] Real output when the target is not a pool of the topology (DOMAIN.md §4.6). */
export function unknownTargetFailure(store: Store, fqdn: string): ChainFailure {
  const address = resolveA(store, fqdn)[0] ?? fqdn;
  return {
    link: 'pool',
    warning:
      'Failed to read Registrar port number for the given fully qualified domain name (FQDN). Using default Registrar port number. Exception: System.InvalidOperationException: No matching cluster found in topology.',
    error: `10060, A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond ${address}:5061`,
    diagnosis: null,
  };
}

const undelivered = (sender: string, receiver: string) => `The XMPP instant message from ${sender} to ${receiver} could not be delivered.`;

/** Checks 1-5: the pool, the sender. Returns the sender's record or a failure. */
function checkSender(store: Store, input: XmppChainInput): { failure: ChainFailure } | { user: UserRecord; pool: PoolRecord } {
  const pool = getPool(store, input.targetFqdn);
  if (!pool || !listServices(store, { pool: pool.fqdn, role: 'Registrar' }).length) return { failure: unknownTargetFailure(store, input.targetFqdn) };
  if (!poolSupportsXmpp(pool)) {
    return { failure: { link: 'pool', error: `XMPP gateway is not available on pool ${pool.fqdn}.`, diagnosis: `Pool ${pool.fqdn} runs a product version without the XMPP gateway. Home XMPP users on a Skype for Business Server 2015 or Lync Server 2013 pool (Move-CsUser) and test against that pool.` } };
  }
  if (!input.userSipAddress) {
    return { failure: { link: 'user', error: `No test user is configured for pool ${pool.fqdn}.`, diagnosis: 'Give the sender with -UserSipAddress sip:user@domain.' } };
  }
  const sip = /^sip:/i.test(input.userSipAddress) ? input.userSipAddress : `sip:${input.userSipAddress}`;
  const user = getUserBySip(store, sip);
  if (!user) return { failure: { link: 'user', error: `Management object not found for identity "${input.userSipAddress}".`, diagnosis: 'Check the address with Get-CsUser, or enable the account with Enable-CsUser.' } };
  if (!user.enabled) return { failure: { link: 'user', error: `User ${user.sipAddress} is not enabled.`, diagnosis: `Enable the user with Set-CsUser -Identity "${user.sipAddress}" -Enabled $true.` } };
  if (user.registrarPool?.toLowerCase() !== pool.fqdn.toLowerCase()) {
    return { failure: { link: 'user', error: `User ${user.sipAddress} is not homed on ${pool.fqdn}.`, diagnosis: `The user is homed on ${user.registrarPool ?? 'no pool'}. Test against that pool, or move the user with Move-CsUser -Identity "${user.sipAddress}" -Target ${pool.fqdn}.` } };
  }
  return { user, pool };
}

function certificateProblem(c: AssignedCertificate | undefined, now: Date): string {
  if (!c) return 'no certificate is assigned to this use';
  if (!c.hasPrivateKey) return `certificate ${c.thumbprint} has no private key`;
  if (c.privateKeyProblem) return `certificate ${c.thumbprint} has a private key that cannot be read: ${c.privateKeyProblem}`;
  if (now < c.notBefore) return `certificate ${c.thumbprint} is not valid before ${c.notBefore.toISOString()}`;
  return `certificate ${c.thumbprint} expired on ${c.notAfter.toISOString()}`;
}

/** Checks 12-13 on every computer of the Edge pool. */
function checkCertificates(store: Store, edge: ServiceRecord, sipDomain: string, now: Date): string | undefined {
  const accessEdgeFqdn = String(edge.properties.AccessEdgeExternalFqdn ?? edge.pool);
  for (const computer of listComputers(store, { pool: edge.pool })) {
    for (const use of ['XmppServer', 'AccessEdgeExternal']) {
      const cert = getAssignedCertificate(store, computer.fqdn, use, now);
      if (!isUsableCertificate(cert, now)) {
        return `No valid ${use} certificate on ${computer.fqdn}: ${certificateProblem(cert, now)}. On ${computer.fqdn} (Enter-PSSession), request or import a certificate for ${accessEdgeFqdn} with the SIP domains as names, then assign it with Set-CsCertificate -Type ${use} -Thumbprint <thumbprint>.`;
      }
      const names = certificateNames(commonNameOf(cert!.subject), cert!.alternativeNames);
      for (const [host, apex] of [[sipDomain, true], [accessEdgeFqdn, false]] as const) {
        if (use === 'AccessEdgeExternal' && apex) continue;
        if (!namesCover(names, host, apex)) {
          return `Certificate ${cert!.thumbprint} does not contain ${host}. The ${use} certificate on ${computer.fqdn} must name ${host}${apex ? ` (or *.${host})` : ''}; request a new one with that name and assign it with Set-CsCertificate.`;
        }
      }
    }
  }
  return undefined;
}

/** Check 14: the external SRV record of the sender's domain points at the Access Edge, XMPP port. */
function checkSrv(store: Store, edge: ServiceRecord, domain: string): string | undefined {
  const name = `_xmpp-server._tcp.${domain}`;
  const edgeFqdn = String(edge.properties.AccessEdgeExternalFqdn ?? edge.pool).toLowerCase();
  const port = Number(edge.properties.XmppListeningPort ?? 5269);
  const edgeIps = new Set(resolveA(store, edgeFqdn));
  const good = resolveSrv(store, name).some((r) => {
    if (r.port !== port) return false;
    const target = r.target.toLowerCase();
    return target === edgeFqdn || resolveA(store, target).some((ip) => edgeIps.has(ip));
  });
  if (good) return undefined;
  return `SRV ${name} missing or not pointing to ${edgeFqdn} port ${port}. Publish it in the external zone: Add-DnsServerResourceRecord -ZoneName ${domain} -Srv -Name _xmpp-server._tcp -DomainName ${edgeFqdn} -Priority 0 -Weight 0 -Port ${port}.`;
}

/** The needed services: XMPP gateway on the pool's Front Ends, XMPP proxy and Access Edge on the Edge. */
function checkServices(store: Store, poolFqdn: string, edge: ServiceRecord): { link: XmppChainLink; text: string } | undefined {
  const needs: [string, string, XmppChainLink][] = [
    ...listComputers(store, { pool: poolFqdn }).flatMap((c): [string, string, XmppChainLink][] => [[c.fqdn, 'RTCSRV', 'pool'], [c.fqdn, XMPP_GATEWAY_SERVICE, 'pool']]),
    ...listComputers(store, { pool: edge.pool }).flatMap((c): [string, string, XmppChainLink][] => [[c.fqdn, 'RTCSRV', 'edge'], [c.fqdn, XMPP_PROXY_SERVICE, 'edge']]),
  ];
  for (const [computer, name, link] of needs) {
    const svc = listWindowsServices(store, computer).find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!svc || svc.status !== 'Running') {
      const what = svc ? `is ${svc.status.toLowerCase()}` : 'is not installed';
      return { link, text: `Service ${name}${svc ? ` (${svc.displayName})` : ''} ${what} on ${computer}. ${svc ? `Start it with Start-CsWindowsService -Name ${name} -ComputerName ${computer}.` : 'Run Setup on that computer.'}` };
    }
  }
  return undefined;
}

/**
 * Runs the whole chain; undefined means every link holds. [I] Check 15 of DOMAIN.md §4.7 (the partner's
 * own DNS) is not evaluated: the simulated zone holds only the deployment's SIP domains.
 */
export function evaluateXmppChain(store: Store, input: XmppChainInput): ChainFailure | undefined {
  const now = input.now ?? new Date();
  const s = checkSender(store, input);
  if ('failure' in s) return s.failure;
  const { user, pool } = s;
  const receiver = input.receiver.replace(/^(sip|xmpp):/i, '').trim();
  const at = receiver.lastIndexOf('@');
  const sender = user.sipAddress!;
  if (at <= 0 || at === receiver.length - 1) return { link: 'partner', error: `"${input.receiver}" is not a valid XMPP address.`, diagnosis: 'Give the receiver as user@domain, for example -Receiver someone@jabber.org.' };
  const receiverDomain = receiver.slice(at + 1).toLowerCase();
  const fail = (link: XmppChainLink, diagnosis: string): ChainFailure => ({ link, error: undelivered(sender, receiver), diagnosis });

  const policyId = effectiveExternalAccessPolicyIdentity(store, user);
  const policy = effectiveExternalAccessPolicy(store, { policyName: user.externalAccessPolicy, site: pool.site });
  if (!policy.EnableXmppAccess) return fail('policy', `Policy ${policyId} does not allow XMPP access (EnableXmppAccess=False). Set EnableXmppAccess $true on it, or grant the user a policy that allows XMPP (Grant-CsExternalAccessPolicy).`);
  if (!policy.EnableFederationAccess) return fail('policy', `Policy ${policyId} does not allow federation (EnableFederationAccess=False). Set EnableFederationAccess $true on it (Set-CsExternalAccessPolicy -Identity ${policyId}).`);
  if (!getAccessEdgeConfiguration(store).AllowFederatedUsers) return fail('edge', 'Federation is disabled on the Edge (AllowFederatedUsers=False). Run Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true.');

  const partner = findXmppPartnerForDomain(store, receiverDomain);
  if (!partner) return fail('partner', `Domain ${receiverDomain} is not an allowed XMPP partner. Add it with New-CsXmppAllowedPartner -Identity ${receiverDomain}, or add it to a partner's AdditionalDomains.`);
  const verdict = negotiationVerdict(partner.TlsNegotiation, partner.SaslNegotiation, partner.SupportDialbackNegotiation);
  if (verdict.verdict === 'invalid') {
    return fail('partner', `Partner ${partner.Domain} negotiation settings are not valid (TLS=${partner.TlsNegotiation}, SASL=${partner.SaslNegotiation}, Dialback=${partner.SupportDialbackNegotiation ? 'True' : 'False'}). ${verdict.problem ?? ''} Change them with Set-CsXmppAllowedPartner.`.trim());
  }
  if (verdict.verdict === 'warning' && verdict.problem) input.warnings?.push(`Partner ${partner.Domain}: ${verdict.problem}`);
  if (partner.PartnerType === 'PublicUnverified') {
    // [I] DOMAIN.md §4.7: not a failure, but presence may not flow until our user invites the contact.
    input.warnings?.push(`Partner ${partner.Domain} is PublicUnverified: its users can add ${sender} only after ${sender} has invited them, so presence may not be delivered until then.`);
  }

  const site = getSite(store, pool.site)!;
  const edge = resolveEdgeRoute(store, site.xmppFederationRoute);
  if (!edge) return fail('edge', `No XMPP federation route is configured for site ${site.name}. Run Set-CsSite -Identity ${site.name} -XmppFederationRoute EdgeServer:<edge pool fqdn>.`);
  if (edge.properties.XmppFederationEnabled === false) return fail('edge', `XMPP federation is not enabled on Edge pool ${edge.pool}. Enable it in the topology (Get-CsTopology -AsXml, set XmppFederationEnabled="true" on the EdgeServer service of ${edge.pool}) and run Publish-CsTopology.`);

  const senderDomain = sender.slice(sender.lastIndexOf('@') + 1);
  const certificate = checkCertificates(store, edge, senderDomain, now);
  if (certificate !== undefined) return fail('certificate', certificate);
  const srv = checkSrv(store, edge, senderDomain);
  if (srv !== undefined) return fail('dns', srv);
  const service = checkServices(store, pool.fqdn, edge);
  return service === undefined ? undefined : fail(service.link, service.text);
}
