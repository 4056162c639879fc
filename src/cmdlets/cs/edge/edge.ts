// Edge federation settings (DOMAIN.md §2.4, §2.5): Get-/Set-CsAccessEdgeConfiguration (global only) and
// the allowed / blocked federated domain lists.

import { accessEdgeConfigurationSchema, allowedDomainSchema, blockedDomainSchema } from '../../../store/configSchema.js';
import { configCmdlets, xdsEnumProperties, type XdsKind } from '../policies/configCmdlets.js';
import { param } from '../kit/commandContext.js';
import {
  ACCESS_EDGE_BASE_TYPE,
  ACCESS_EDGE_DEFAULT_ROUTE_TYPE,
  ACCESS_EDGE_DNS_SRV_TYPE,
  accessEdgeObject,
  applyRoutingParameters,
  checkRouting,
} from './accessEdge.js';
import { refuseDomainOnOtherList } from '../policies/uniqueness.js';
import { domainFromIdentity } from '../policies/identity.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const EDGE_NS = 'Microsoft.Rtc.Management.WritableConfig.Settings.Edge';
export const ALLOWED_DOMAIN_TYPE = `${EDGE_NS}.AllowedDomain`;
export const BLOCKED_DOMAIN_TYPE = `${EDGE_NS}.BlockedDomain`;

export const accessEdgeConfigurationKind: XdsKind = {
  schema: accessEdgeConfigurationSchema,
  typeNames: [ACCESS_EDGE_DNS_SRV_TYPE, ACCESS_EDGE_DEFAULT_ROUTE_TYPE, ACCESS_EDGE_BASE_TYPE],
  noun: 'CsAccessEdgeConfiguration',
  toObject: accessEdgeObject,
  applyExtra: (ctx, doc, previous) => applyRoutingParameters(ctx, doc, previous),
  beforeWrite: (_ctx, store, doc) => checkRouting(store, doc),
};

export const allowedDomainKind: XdsKind = {
  schema: allowedDomainSchema,
  typeNames: [ALLOWED_DOMAIN_TYPE, 'System.Object'],
  noun: 'CsAllowedDomain',
  initNew: domainFromIdentity('AllowedDomain'),
  // An -InMemory object is checked when Set-CsAllowedDomain -Instance commits it.
  beforeWrite: (ctx, store, doc, previous) => {
    if (!previous && !param(ctx, 'InMemory')) refuseDomainOnOtherList(store, doc, 'BlockedDomain');
  },
};

export const blockedDomainKind: XdsKind = {
  schema: blockedDomainSchema,
  typeNames: [BLOCKED_DOMAIN_TYPE, 'System.Object'],
  noun: 'CsBlockedDomain',
  initNew: domainFromIdentity('BlockedDomain'),
  beforeWrite: (ctx, store, doc, previous) => {
    if (!previous && !param(ctx, 'InMemory')) refuseDomainOnOtherList(store, doc, 'AllowedDomain');
  },
};

cmdlets.push(...configCmdlets(accessEdgeConfigurationKind, 'global instance'));
cmdlets.push(...configCmdlets(allowedDomainKind, 'collection'));
cmdlets.push(...configCmdlets(blockedDomainKind, 'collection'));

/** The enum properties of this family's output objects, gathered by the family index. */
export const enumProperties = xdsEnumProperties(accessEdgeConfigurationKind, allowedDomainKind, blockedDomainKind);
