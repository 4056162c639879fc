// Public IM providers and hosting providers (DOMAIN.md §2.6): Get-/New-/Set-/Remove-/Enable-/Disable-
// CsPublicProvider and -CsHostingProvider. Both are global-relative collections named by the provider.

import { csCmdlet } from '../../../catalog/registry.js';
import { getAccessEdgeConfiguration } from '../../../store/configRepository.js';
import { hostingProviderSchema, publicProviderSchema, type ConfigDocument } from '../../../store/configSchema.js';
import type { Store } from '../../../store/store.js';
import { configCmdlets, xdsEnumProperties, xdsSet, type XdsKind } from '../policies/configCmdlets.js';
import { param } from '../kit/commandContext.js';
import type { CmdletContext } from '../../../engine/cmdlet.js';
import { edgeRoutingMessages } from './accessEdge.js';
import { fail } from '../kit/commandError.js';
import { xdsErrors } from '../policies/configErrors.js';
import { refuseProviderIdentityInUse, refuseProxyFqdnInUse } from '../policies/uniqueness.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const EDGE_NS = 'Microsoft.Rtc.Management.WritableConfig.Settings.Edge';
export const PUBLIC_PROVIDER_TYPE = `${EDGE_NS}.DisplayPublicProvider`;
export const HOSTING_PROVIDER_TYPE = `${EDGE_NS}.DisplayHostingProvider`;

type ProviderType = 'PublicProvider' | 'HostingProvider';

/**
 * The rules every provider write checks: providers and a default route exclude each other; a new provider
 * may not take the identity of a provider of the other kind; no two providers share a proxy FQDN [D].
 */
function providerRules(label: string, type: ProviderType, other: ProviderType) {
  return (ctx: CmdletContext, store: Store, doc: ConfigDocument, previous: ConfigDocument | undefined): void => {
    if (getAccessEdgeConfiguration(store).RoutingMethod === 'UseDefaultRouting') {
      fail(xdsErrors.refused(edgeRoutingMessages.routeBlocksProviders(label), 'DefaultRoutePreventsProviders', doc.Identity));
    }
    // An -InMemory object is checked against the others when Set- -Instance commits it.
    if (param(ctx, 'InMemory')) return;
    if (!previous) refuseProviderIdentityInUse(store, doc, other);
    refuseProxyFqdnInUse(store, type, doc);
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
  beforeWrite: providerRules('Public', 'PublicProvider', 'HostingProvider'),
};

export const hostingProviderKind: XdsKind = {
  schema: hostingProviderSchema,
  typeNames: [HOSTING_PROVIDER_TYPE, `${EDGE_NS}.HostingProvider`, 'System.Object'],
  noun: 'CsHostingProvider',
  initNew: nameFromIdentity,
  beforeWrite: providerRules('Hosting', 'HostingProvider', 'PublicProvider'),
};

/**
 * Enable-/Disable- set Enabled; a provider already in that state is an error, as the reference states for
 * both cmdlets [D]. The stored state counts (an -Instance object may be stale). [I] wording
 */
function switchTo(enabled: boolean, label: string) {
  return (doc: ConfigDocument, previous: ConfigDocument | undefined): void => {
    const current = (previous ?? doc).Enabled === true;
    if (current === enabled) {
      const state = enabled ? 'enabled' : 'disabled';
      fail(xdsErrors.refused(`${label} provider "${doc.Identity}" is already ${state}.`, `ProviderAlready${enabled ? 'Enabled' : 'Disabled'}`, doc.Identity));
    }
    doc.Enabled = enabled;
  };
}

for (const [noun, kind, label] of [
  ['CsPublicProvider', publicProviderKind, 'Public'],
  ['CsHostingProvider', hostingProviderKind, 'Hosting'],
] as const) {
  cmdlets.push(...configCmdlets(kind, 'collection'));
  cmdlets.push(csCmdlet(`Enable-${noun}`, xdsSet(kind, switchTo(true, label))));
  cmdlets.push(csCmdlet(`Disable-${noun}`, xdsSet(kind, switchTo(false, label))));
}

/** The enum properties of this family's output objects, gathered by the family index. */
export const enumProperties = xdsEnumProperties(publicProviderKind, hostingProviderKind);
