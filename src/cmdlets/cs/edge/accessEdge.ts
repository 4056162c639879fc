// Access Edge settings as output objects and their routing rules (DOMAIN.md §2.4). The stored document
// keeps every setting; what an object shows depends on its routing method, as in the real shell
// where DNS SRV routing and default routing are two different display types.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { PSObject } from '../../../engine/runtime/values.js';
import { listHostingProviders, listPublicProviders } from '../../../store/configRepository.js';
import type { ConfigDocument } from '../../../store/configSchema.js';
import type { Store } from '../../../store/store.js';
import { isBound, param } from '../kit/commandContext.js';
import { fail } from '../kit/commandError.js';
import { xdsErrors } from '../policies/configErrors.js';

const EDGE_NS = 'Microsoft.Rtc.Management.WritableConfig.Settings.Edge';
export const ACCESS_EDGE_DNS_SRV_TYPE = `${EDGE_NS}.DisplayAccessEdgeSettingsDnsSrvRouting`;
/** [I] name of the default-route display type (only the DNS SRV one appears in the docs). */
export const ACCESS_EDGE_DEFAULT_ROUTE_TYPE = `${EDGE_NS}.DisplayAccessEdgeSettingsDefaultRouting`;
/** [I] common base type, so -Instance accepts either display type. */
export const ACCESS_EDGE_BASE_TYPE = `${EDGE_NS}.AccessEdgeSettings`;

/** [V] the fresh-deployment order of the real sample (DNS SRV routing). */
const DNS_SRV_PROPERTIES = [
  'Identity',
  'AllowAnonymousUsers',
  'AllowFederatedUsers',
  'AllowOutsideUsers',
  'BeClearingHouse',
  'EnablePartnerDiscovery',
  'EnableArchivingDisclaimer',
  'EnableUserReplicator',
  'KeepCrlsUpToDateForPeers',
  'MarkSourceVerifiableOnOutgoingMessages',
  'OutgoingTlsCountForFederatedPartners',
  'DiscoveredPartnerStandardRate',
  'EnableDiscoveredPartnerContactsLimit',
  'MaxContactsPerDiscoveredPartner',
  'DiscoveredPartnerReportPeriodMinutes',
  'MaxAcceptedCertificatesStored',
  'MaxRejectedCertificatesStored',
  'CertificatesDeletedPercentage',
  'RoutingMethod',
];

/** [I] default routing shows the route in place of the two DNS-SRV-only switches. */
const DEFAULT_ROUTE_PROPERTIES = DNS_SRV_PROPERTIES.flatMap((p) =>
  p === 'BeClearingHouse' ? ['DefaultRouteFqdn', 'IsPublicProvider', 'VerificationLevel'] : p === 'EnablePartnerDiscovery' ? [] : [p],
);

/**
 * [I] settings a fresh deployment does not list (SfB 2015 additions, the discovered-partner verification
 * level): appended after RoutingMethod once they hold a value, so a fresh store prints the real sample.
 */
const OPTIONAL_PROPERTIES: Record<string, string[]> = {
  UseDnsSrvRouting: ['DiscoveredPartnerVerificationLevel', 'DnsSrvCacheRecordCount', 'SkypeSearchUrl'],
  UseDefaultRouting: ['DnsSrvCacheRecordCount', 'SkypeSearchUrl'],
};

export function accessEdgeObject(doc: ConfigDocument): PSObject {
  const defaultRoute = doc.RoutingMethod === 'UseDefaultRouting';
  const names = defaultRoute ? DEFAULT_ROUTE_PROPERTIES : DNS_SRV_PROPERTIES;
  const optional = (OPTIONAL_PROPERTIES[String(doc.RoutingMethod)] ?? []).filter((n) => doc[n] !== null && doc[n] !== undefined);
  const type = defaultRoute ? ACCESS_EDGE_DEFAULT_ROUTE_TYPE : ACCESS_EDGE_DNS_SRV_TYPE;
  return new PSObject(
    [type, ACCESS_EDGE_BASE_TYPE, 'System.Object'],
    [...names, ...optional].map((n) => [n, doc[n] ?? null] as [string, unknown]),
  );
}

/** Parameters that choose a routing method: the default-route switch or next hop, the DNS SRV set. */
const DEFAULT_ROUTE_PARAMETERS = ['UseDefaultRouting', 'DefaultRouteFqdn'];
const DNS_SRV_PARAMETERS = ['UseDnsSrvRouting', 'EnablePartnerDiscovery', 'BeClearingHouse', 'DiscoveredPartnerVerificationLevel'];

/** [I] what a default route shows for settings never given: not a public provider, messages verified. */
const DEFAULT_ROUTE_DEFAULTS: Record<string, unknown> = { IsPublicProvider: false, VerificationLevel: 'AlwaysVerifiable' };

/**
 * The routing method follows the parameters the command used. `-UseDefaultRouting` or `-DefaultRouteFqdn` select
 * default routing; any parameter of the DNS SRV set selects DNS SRV routing. `-IsPublicProvider` and
 * `-VerificationLevel` alone only describe the default route: under DNS SRV routing they are kept for the day a
 * default route is chosen, so the reference's `-AllowAnonymousUsers $True -VerificationLevel …` succeeds [I].
 */
export function applyRoutingParameters(ctx: CmdletContext, doc: ConfigDocument, previous?: ConfigDocument): void {
  // A switch given as -UseDefaultRouting:$false does not count; any other parameter of the set does.
  const bound = (names: string[]) => names.some((n) => isBound(ctx, n) && (!n.startsWith('Use') || param(ctx, n) === true));
  if (bound(DEFAULT_ROUTE_PARAMETERS)) {
    doc.RoutingMethod = 'UseDefaultRouting';
    for (const [name, value] of Object.entries(DEFAULT_ROUTE_DEFAULTS)) if (doc[name] == null) doc[name] = value;
  } else if (bound(DNS_SRV_PARAMETERS)) {
    doc.RoutingMethod = 'UseDnsSrvRouting';
    // A route that is given up is forgotten with its settings. [I]
    if (previous?.RoutingMethod === 'UseDefaultRouting') {
      doc.DefaultRouteFqdn = null;
      doc.IsPublicProvider = null;
      doc.VerificationLevel = null;
    }
  }
}

// [I] wording of the routing refusals.
export const edgeRoutingMessages = {
  routeNeedsFqdn: 'A default route needs the FQDN of the next hop: use -UseDefaultRouting together with -DefaultRouteFqdn <FQDN>.',
  providersBlockRoute: (names: string[]) =>
    `A default route cannot be used while public or hosting providers exist (${names.join(', ')}). Remove them with Remove-CsPublicProvider and Remove-CsHostingProvider, then set the default route.`,
  routeBlocksProviders: (kind: string) =>
    `${kind} providers cannot be used while the Access Edge uses a default route. Switch back with Set-CsAccessEdgeConfiguration -UseDnsSrvRouting first.`,
};

/** Default routing needs a next hop and no public or hosting providers [D]. */
export function checkRouting(store: Store, doc: ConfigDocument): void {
  if (doc.RoutingMethod !== 'UseDefaultRouting') return;
  if (!doc.DefaultRouteFqdn) {
    fail(xdsErrors.refused(edgeRoutingMessages.routeNeedsFqdn, 'DefaultRouteFqdnRequired', 'Global'));
  }
  const providers = [...listPublicProviders(store), ...listHostingProviders(store)].map((p) => p.Identity);
  if (providers.length) {
    fail(xdsErrors.refused(edgeRoutingMessages.providersBlockRoute(providers), 'ProvidersPreventDefaultRoute', 'Global'));
  }
}
