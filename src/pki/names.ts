// Which names a certificate for a given use must carry (DOMAIN §3.2/§3.3), and whether a certificate's
// names cover a host name. Pure functions over facts read from the topology by the caller.

/** Uses that only exist on an Edge Server (assigning them elsewhere is refused). */
export const EDGE_ONLY_USES = ['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication', 'XMPPServer', 'Internal', 'External'];
/** Uses of the servers that run web services and the SIP registrar (Front End, Director, Standard Edition); an Edge has none of them. [I] */
export const FRONT_END_ONLY_USES = ['Default', 'WebServicesInternal', 'WebServicesExternal'];
/** Uses served on the Edge's external interface: one certificate named after the Access Edge FQDN. */
const EDGE_EXTERNAL_USES = ['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication', 'XMPPServer', 'External'];
/** Uses kept in the CMS and assigned with `-Identity Global`. */
export const GLOBAL_USES = ['OAuthTokenIssuer'];
/** Uses of Skype for Business Online only; on-premises cmdlets refuse them. [I] */
export const ONLINE_ONLY_USES = ['PICWebService', 'ProvisionService', 'TenantAdmin', 'UpgradeEngineService', 'SMPDNSWebService', 'WsFedTokenTransfer', 'LogRetentionService'];

export function isUse(list: string[], use: string): boolean {
  return list.some((u) => u.toLowerCase() === use.toLowerCase());
}

export interface NameFacts {
  computerFqdn: string;
  poolFqdn: string;
  isEdge: boolean;
  /** SIP domains, the default one first. */
  sipDomains: string[];
  accessEdgeExternalFqdn?: string;
  dataEdgeExternalFqdn?: string;
  internalInterfaceFqdn?: string;
}

export interface NameOptions {
  allSipDomain?: boolean;
  /** `-DomainName "a,b"`, already split. */
  extraNames?: string[];
}

export interface RequestNames {
  commonName: string;
  alternativeNames: string[];
}

function pushUnique(list: string[], name: string | undefined): void {
  if (name && !list.some((n) => n.toLowerCase() === name.toLowerCase())) list.push(name);
}

/**
 * Subject CN and SANs for a request of `types` on a computer. Edge external uses: the Access Edge
 * FQDN (subject, repeated as first SAN), the Web Conferencing Edge FQDN, sip.<domain>, and for
 * XMPPServer the SIP domain itself. Internal: the Edge internal FQDN. Front End uses: the pool FQDN
 * (subject), the server FQDN and sip.<domain>; external web services add the simple URL hosts. [I]
 */
export function namesForRequest(types: string[], facts: NameFacts, opts: NameOptions = {}): RequestNames {
  const domains = opts.allSipDomain ? facts.sipDomains : facts.sipDomains.slice(0, 1);
  const sans: string[] = [];
  let commonName: string;
  const edgeExternal = types.some((t) => isUse(EDGE_EXTERNAL_USES, t));
  if (edgeExternal) {
    commonName = facts.accessEdgeExternalFqdn ?? facts.computerFqdn;
    pushUnique(sans, commonName);
    pushUnique(sans, facts.dataEdgeExternalFqdn);
    for (const d of domains) pushUnique(sans, `sip.${d}`);
    if (types.some((t) => isUse(['XMPPServer'], t))) for (const d of domains) pushUnique(sans, d);
  } else if (types.some((t) => isUse(['Internal'], t))) {
    commonName = facts.internalInterfaceFqdn ?? facts.computerFqdn;
    pushUnique(sans, commonName);
  } else if (types.every((t) => isUse(GLOBAL_USES, t))) {
    commonName = facts.sipDomains[0] ?? facts.poolFqdn;
    pushUnique(sans, commonName);
  } else {
    commonName = facts.poolFqdn;
    pushUnique(sans, facts.poolFqdn);
    pushUnique(sans, facts.computerFqdn);
    for (const d of domains) pushUnique(sans, `sip.${d}`);
    if (types.some((t) => isUse(['WebServicesExternal'], t))) {
      for (const d of domains) for (const host of ['meet', 'dialin', 'lyncdiscover']) pushUnique(sans, `${host}.${d}`);
    }
  }
  for (const n of opts.extraNames ?? []) pushUnique(sans, n);
  return { commonName, alternativeNames: sans };
}

/**
 * True when one of `names` covers `host`: an exact match, or a `*.parent` wildcard for a host one
 * label below `parent`. With `wildcardCoversApex`, `*.contoso.com` also counts for `contoso.com`
 * itself (how the XMPP domain check reads a wildcard SAN, DOMAIN §4.7 row 13). [I]
 */
export function namesCover(names: string[], host: string, wildcardCoversApex = false): boolean {
  const h = host.toLowerCase();
  return names.some((raw) => {
    const n = raw.toLowerCase();
    if (n === h) return true;
    if (!n.startsWith('*.')) return false;
    const parent = n.slice(2);
    if (wildcardCoversApex && h === parent) return true;
    const dot = h.indexOf('.');
    return dot > 0 && h.slice(dot + 1) === parent;
  });
}

/** The names a certificate answers to: its SANs, or its subject CN when it has no SAN. */
export function certificateNames(subjectCn: string | undefined, alternativeNames: string[]): string[] {
  if (alternativeNames.length > 0) return alternativeNames;
  return subjectCn ? [subjectCn] : [];
}

/** Host names a certificate for `use` should cover (empty when the use has no name rule). */
export function requiredNamesFor(use: string, facts: NameFacts): { name: string; apex: boolean }[] {
  const out: { name: string; apex: boolean }[] = [];
  if (isUse(['AccessEdgeExternal', 'XMPPServer'], use) && facts.accessEdgeExternalFqdn) out.push({ name: facts.accessEdgeExternalFqdn, apex: false });
  if (isUse(['XMPPServer'], use)) for (const d of facts.sipDomains) out.push({ name: d, apex: true });
  return out;
}
