// What SIP federation with a partner domain needs on our side, evaluated without any network
// (Test-CsFederatedPartner). [I] The checks and their wording are ours; first failure wins.

import type { Store } from '../../../store/store.js';
import { getAccessEdgeConfiguration, listAllowedDomains, listBlockedDomains, listHostingProviders, listPublicProviders } from '../../../store/configRepository.js';
import { getAssignedCertificate, isUsableCertificate } from '../../../store/certificateRepository.js';
import { resolveSrv } from '../../../store/dnsRepository.js';
import { defaultSipDomain, getComputer, getPool, listComputers, listServices, type ServiceRecord } from '../../../store/topologyRepository.js';
import { listWindowsServices } from '../../../store/topologyRuntime.js';
import { commonNameOf } from '../../../pki/certificate.js';
import { certificateNames, namesCover } from '../../../pki/names.js';
import { unknownTargetFailure, type ChainFailure } from './xmppChecks.js';

export interface FederationInput {
  /** The Edge pool or Edge server to test from. */
  targetFqdn: string;
  domain: string;
  proxyFqdn?: string;
  now?: Date;
}

/** The Edge service behind an Edge pool FQDN or an Edge computer FQDN. */
function edgeFor(store: Store, fqdn: string): ServiceRecord | undefined {
  const pool = getPool(store, fqdn) ?? (getComputer(store, fqdn) ? getPool(store, getComputer(store, fqdn)!.pool) : undefined);
  return pool ? listServices(store, { pool: pool.fqdn, role: 'EdgeServer' })[0] : undefined;
}

function domainAllowed(store: Store, domain: string, proxyFqdn: string | undefined): boolean {
  const edge = getAccessEdgeConfiguration(store);
  if (edge.EnablePartnerDiscovery || edge.RoutingMethod === 'UseDefaultRouting' || proxyFqdn) return true;
  const d = domain.toLowerCase();
  if (listAllowedDomains(store).some((a) => a.Domain.toLowerCase() === d)) return true;
  return [...listPublicProviders(store), ...listHostingProviders(store)].some((p) => p.Enabled && p.ProxyFqdn?.toLowerCase().endsWith(d));
}

export function evaluateFederationChain(store: Store, input: FederationInput): ChainFailure | undefined {
  const now = input.now ?? new Date();
  const edge = edgeFor(store, input.targetFqdn);
  if (!edge) return unknownTargetFailure(store, input.targetFqdn);
  const domain = input.domain.trim().toLowerCase();
  const fail = (diagnosis: string): ChainFailure => ({ error: `Federation with ${domain} is not possible from ${input.targetFqdn}.`, diagnosis });
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain)) return { error: `"${input.domain}" is not a valid domain name.`, diagnosis: null };
  if (!getAccessEdgeConfiguration(store).AllowFederatedUsers) return fail('Federation is disabled on the Edge (AllowFederatedUsers=False). Run Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true.');
  if (listBlockedDomains(store).some((b) => b.Domain.toLowerCase() === domain)) return fail(`Domain ${domain} is blocked. Remove it with Remove-CsBlockedDomain -Identity ${domain}.`);
  if (!domainAllowed(store, domain, input.proxyFqdn)) {
    return fail(`Domain ${domain} is not an allowed federated domain and partner discovery is off. Add it with New-CsAllowedDomain -Identity ${domain}, or enable partner discovery (Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -EnablePartnerDiscovery $true).`);
  }
  const accessEdgeFqdn = String(edge.properties.AccessEdgeExternalFqdn ?? edge.pool);
  for (const c of listComputers(store, { pool: edge.pool })) {
    const cert = getAssignedCertificate(store, c.fqdn, 'AccessEdgeExternal', now);
    if (!isUsableCertificate(cert, now)) return fail(`No valid AccessEdgeExternal certificate on ${c.fqdn}. Assign one with Set-CsCertificate -Type AccessEdgeExternal -Thumbprint <thumbprint> on that server.`);
    if (!namesCover(certificateNames(commonNameOf(cert!.subject), cert!.alternativeNames), accessEdgeFqdn)) return fail(`Certificate ${cert!.thumbprint} does not contain ${accessEdgeFqdn}.`);
    const sip = listWindowsServices(store, c.fqdn).find((w) => w.name.toUpperCase() === 'RTCSRV');
    if (sip?.status !== 'Running') return fail(`Service RTCSRV (Access Edge) is not running on ${c.fqdn}. Start it with Start-CsWindowsService -Name RTCSRV -ComputerName ${c.fqdn}.`);
  }
  const own = defaultSipDomain(store);
  const srvName = `_sipfederationtls._tcp.${own}`;
  if (own && !resolveSrv(store, srvName).some((r) => r.target.toLowerCase() === accessEdgeFqdn.toLowerCase() && r.port === 5061)) {
    return fail(`SRV ${srvName} missing or not pointing to ${accessEdgeFqdn} port 5061. Publish that external DNS record so partners can find the Access Edge.`);
  }
  return undefined;
}
