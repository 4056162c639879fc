// Public IM providers and hosting providers (DOMAIN.md §2.6): Get-/New-/Set-/Remove-/Enable-/Disable-
// CsPublicProvider and -CsHostingProvider. Both are global-relative collections named by the provider.

import { registerCsCmdlet } from '../../catalog/registry.js';
import { getAccessEdgeConfiguration } from '../../store/configRepository.js';
import { hostingProviderSchema, publicProviderSchema, type ConfigDocument } from '../../store/configSchema.js';
import type { Store } from '../../store/store.js';
import { xdsGet, xdsNew, xdsRemove, xdsSet, type XdsKind } from './xdsCmdlets.js';
import { edgeRoutingMessages } from './xdsEdge.js';
import { XdsCommandError, xdsErrors } from './xdsErrors.js';

const EDGE_NS = 'Microsoft.Rtc.Management.WritableConfig.Settings.Edge';
export const PUBLIC_PROVIDER_TYPE = `${EDGE_NS}.DisplayPublicProvider`;
export const HOSTING_PROVIDER_TYPE = `${EDGE_NS}.DisplayHostingProvider`;

/** Providers and a default route exclude each other [D]. */
function refuseUnderDefaultRoute(label: string) {
  return (_ctx: unknown, store: Store, doc: ConfigDocument): void => {
    if (getAccessEdgeConfiguration(store).RoutingMethod !== 'UseDefaultRouting') return;
    throw new XdsCommandError(xdsErrors.refused(edgeRoutingMessages.routeBlocksProviders(label), 'DefaultRoutePreventsProviders', doc.Identity));
  };
}

function nameFromIdentity(doc: ConfigDocument, id: { display: string }): void {
  doc.Name = id.display;
}

export const publicProviderKind: XdsKind = {
  schema: publicProviderSchema,
  typeNames: [PUBLIC_PROVIDER_TYPE, `${EDGE_NS}.PublicProvider`, 'System.Object'],
  noun: 'CsPublicProvider',
  initNew: nameFromIdentity,
  beforeWrite: refuseUnderDefaultRoute('Public'),
};

export const hostingProviderKind: XdsKind = {
  schema: hostingProviderSchema,
  typeNames: [HOSTING_PROVIDER_TYPE, `${EDGE_NS}.HostingProvider`, 'System.Object'],
  noun: 'CsHostingProvider',
  initNew: nameFromIdentity,
  beforeWrite: refuseUnderDefaultRoute('Hosting'),
};

const enable = (doc: ConfigDocument) => {
  doc.Enabled = true;
};
const disable = (doc: ConfigDocument) => {
  doc.Enabled = false;
};

for (const [noun, kind] of [
  ['CsPublicProvider', publicProviderKind],
  ['CsHostingProvider', hostingProviderKind],
] as const) {
  registerCsCmdlet(`Get-${noun}`, xdsGet(kind));
  registerCsCmdlet(`New-${noun}`, xdsNew(kind));
  registerCsCmdlet(`Set-${noun}`, xdsSet(kind));
  registerCsCmdlet(`Remove-${noun}`, xdsRemove(kind));
  registerCsCmdlet(`Enable-${noun}`, xdsSet(kind, enable));
  registerCsCmdlet(`Disable-${noun}`, xdsSet(kind, disable));
}
