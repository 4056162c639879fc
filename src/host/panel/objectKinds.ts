// The objects of the Federation and External Access tabs as data: for each kind, its cmdlet noun,
// its stored type, how a new one is named, and the form's fields with the Control Panel's labels
// (DOMAIN.md §10). The generic tab (pages/objectTab.tsx) lists, edits, creates and deletes them.

import type { ConfigDocument, XdsType } from '../../store/configSchema.js';
import { SWITCH, type PsValue } from './psText.js';

export type FieldKind = 'text' | 'bool' | 'select' | 'list';

export interface FieldSpec {
  /** The cmdlet parameter (and stored property) the field sets. */
  param: string;
  label: string;
  kind: FieldKind;
  /** Values and their labels for a select. */
  options?: readonly (readonly [string, string])[];
  /** Given to New- even when left at its default (a mandatory parameter). */
  always?: boolean;
}

export interface ObjectKind {
  /** In URLs and form fields. */
  key: string;
  /** "User policy", "Allowed domain": the New menu's entry and the form's title. */
  title: string;
  noun: string;
  xdsType: XdsType;
  /** The label of the field that names a new object; undefined when the panel never creates one. */
  nameLabel?: string;
  /** The identity a new object gets from its name field (site policies: `site:<name>`). */
  identityOf?: (name: string) => string;
  fields: readonly FieldSpec[];
  canDelete: boolean;
  /** One global instance: its Set- command names no identity (some of its parameter sets have none). */
  globalOnly?: boolean;
  /** Parameters a command needs besides the fields (a parameter set's switch). */
  extraParams?: (params: Record<string, PsValue>) => Record<string, PsValue>;
}

export interface ObjectTab {
  path: string;
  label: string;
  kinds: readonly ObjectKind[];
  /** Which kind a stored object is. */
  kindOf: (type: XdsType, doc: ConfigDocument) => ObjectKind;
  columns: readonly (readonly [string, (doc: ConfigDocument) => string])[];
}

const NEGOTIATION = [
  ['Required', 'Required'],
  ['Optional', 'Optional'],
  ['NotSupported', 'Not supported'],
] as const;

const VERIFICATION = [
  ['AlwaysVerifiable', 'AlwaysVerifiable: treat its users as verified'],
  ['AlwaysUnverifiable', 'AlwaysUnverifiable: treat its users as not verified'],
  ['UseSourceVerification', "UseSourceVerification: as the provider marks each user"],
] as const;

const POLICY_FIELDS: FieldSpec[] = [
  { param: 'Description', label: 'Description', kind: 'text' },
  { param: 'EnableFederationAccess', label: 'Enable communications with federated users', kind: 'bool' },
  { param: 'EnableXmppAccess', label: 'Enable communications with XMPP federated users', kind: 'bool' },
  { param: 'EnableOutsideAccess', label: 'Enable communications with remote users', kind: 'bool' },
  { param: 'EnablePublicCloudAccess', label: 'Enable communications with public users', kind: 'bool' },
];

const policy = (key: string, title: string, extra: Partial<ObjectKind>): ObjectKind => ({
  key,
  title,
  noun: 'CsExternalAccessPolicy',
  xdsType: 'ExternalAccessPolicy',
  fields: POLICY_FIELDS,
  canDelete: true,
  ...extra,
});

export const GLOBAL_POLICY = policy('global', 'Global policy', {});
export const SITE_POLICY = policy('site', 'Site policy', { nameLabel: 'Site', identityOf: (site) => `site:${site}` });
export const USER_POLICY = policy('user', 'User policy', { nameLabel: 'Name' });

const yesNo = (v: unknown) => (v ? 'Yes' : 'No');
const text = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));

export const POLICY_TAB: ObjectTab = {
  path: '/federation/policies',
  label: 'External Access Policy',
  kinds: [GLOBAL_POLICY, SITE_POLICY, USER_POLICY],
  kindOf: (_t, doc) => (/^site:/i.test(doc.Identity) ? SITE_POLICY : /^tag:/i.test(doc.Identity) ? USER_POLICY : GLOBAL_POLICY),
  columns: [
    ['Name', (d) => d.Identity.replace(/^(tag|site):/i, '')],
    ['Scope', (d) => (/^site:/i.test(d.Identity) ? 'Site' : /^tag:/i.test(d.Identity) ? 'User' : 'Global')],
    ['Federated users', (d) => yesNo(d.EnableFederationAccess)],
    ['XMPP federated users', (d) => yesNo(d.EnableXmppAccess)],
    ['Remote users', (d) => yesNo(d.EnableOutsideAccess)],
    ['Public users', (d) => yesNo(d.EnablePublicCloudAccess)],
    ['Description', (d) => text(d.Description)],
  ],
};

const ACCESS_EDGE: ObjectKind = {
  key: 'edge',
  title: 'Access Edge Configuration',
  noun: 'CsAccessEdgeConfiguration',
  xdsType: 'AccessEdgeConfiguration',
  canDelete: false,
  globalOnly: true,
  fields: [
    { param: 'AllowFederatedUsers', label: 'Enable federation and public IM connectivity', kind: 'bool' },
    { param: 'EnablePartnerDiscovery', label: 'Enable partner domain discovery', kind: 'bool' },
    { param: 'EnableArchivingDisclaimer', label: 'Send archiving disclaimer to federated partners', kind: 'bool' },
    { param: 'AllowOutsideUsers', label: 'Enable remote user access', kind: 'bool' },
    { param: 'AllowAnonymousUsers', label: 'Enable anonymous user access to conferences', kind: 'bool' },
  ],
  // Partner discovery belongs to the DNS SRV routing parameter set of Set-CsAccessEdgeConfiguration.
  extraParams: (params): Record<string, PsValue> => ('EnablePartnerDiscovery' in params ? { UseDnsSrvRouting: SWITCH } : {}),
};

export const EDGE_TAB: ObjectTab = {
  path: '/federation/edge',
  label: 'Access Edge Configuration',
  kinds: [ACCESS_EDGE],
  kindOf: () => ACCESS_EDGE,
  columns: [
    ['Name', (d) => d.Identity],
    ['Federation and public IM', (d) => yesNo(d.AllowFederatedUsers)],
    ['Partner domain discovery', (d) => yesNo(d.EnablePartnerDiscovery)],
    ['Archiving disclaimer', (d) => yesNo(d.EnableArchivingDisclaimer)],
    ['Remote user access', (d) => yesNo(d.AllowOutsideUsers)],
    ['Anonymous user access', (d) => yesNo(d.AllowAnonymousUsers)],
  ],
};

const ALLOWED_DOMAIN: ObjectKind = {
  key: 'allowed',
  title: 'Allowed domain',
  noun: 'CsAllowedDomain',
  xdsType: 'AllowedDomain',
  nameLabel: 'Domain name (or FQDN)',
  canDelete: true,
  fields: [
    { param: 'ProxyFqdn', label: 'Access Edge service (FQDN)', kind: 'text' },
    { param: 'Comment', label: 'Comment', kind: 'text' },
  ],
};

const BLOCKED_DOMAIN: ObjectKind = {
  key: 'blocked',
  title: 'Blocked domain',
  noun: 'CsBlockedDomain',
  xdsType: 'BlockedDomain',
  nameLabel: 'Domain name (or FQDN)',
  canDelete: true,
  fields: [{ param: 'Comment', label: 'Comment', kind: 'text' }],
};

export const DOMAINS_TAB: ObjectTab = {
  path: '/federation/domains',
  label: 'SIP Federated Domains',
  kinds: [ALLOWED_DOMAIN, BLOCKED_DOMAIN],
  kindOf: (type) => (type === 'BlockedDomain' ? BLOCKED_DOMAIN : ALLOWED_DOMAIN),
  columns: [
    ['Domain', (d) => d.Identity],
    ['Status', (d) => ('ProxyFqdn' in d || 'MarkForMonitoring' in d ? 'Allowed' : 'Blocked')],
    ['Access Edge service (FQDN)', (d) => text(d.ProxyFqdn)],
    ['Comment', (d) => text(d.Comment)],
  ],
};

const providerFields = (extra: FieldSpec[]): FieldSpec[] => [
  { param: 'Enabled', label: 'Enable communications with this provider', kind: 'bool', always: true },
  { param: 'ProxyFqdn', label: 'Access Edge service (FQDN)', kind: 'text' },
  { param: 'VerificationLevel', label: 'Default verification level for users of this provider', kind: 'select', options: VERIFICATION },
  ...extra,
];

const PUBLIC_PROVIDER: ObjectKind = {
  key: 'public',
  title: 'Public provider',
  noun: 'CsPublicProvider',
  xdsType: 'PublicProvider',
  nameLabel: 'Provider name',
  canDelete: true,
  fields: providerFields([]),
};

const HOSTED_PROVIDER: ObjectKind = {
  key: 'hosted',
  title: 'Hosted provider',
  noun: 'CsHostingProvider',
  xdsType: 'HostingProvider',
  nameLabel: 'Provider name',
  canDelete: true,
  fields: providerFields([
    { param: 'EnabledSharedAddressSpace', label: 'Enable shared SIP address space', kind: 'bool', always: true },
    { param: 'HostsOCSUsers', label: 'Hosts users of Skype for Business Server', kind: 'bool', always: true },
  ]),
};

export const PROVIDERS_TAB: ObjectTab = {
  path: '/federation/providers',
  label: 'SIP Federated Providers',
  kinds: [PUBLIC_PROVIDER, HOSTED_PROVIDER],
  kindOf: (type) => (type === 'HostingProvider' ? HOSTED_PROVIDER : PUBLIC_PROVIDER),
  columns: [
    ['Provider', (d) => d.Identity],
    ['Type', (d) => ('HostsOCSUsers' in d ? 'Hosted' : 'Public')],
    ['Enabled', (d) => yesNo(d.Enabled)],
    ['Access Edge service (FQDN)', (d) => text(d.ProxyFqdn)],
    ['Verification level', (d) => text(d.VerificationLevel)],
  ],
};

const XMPP_PARTNER: ObjectKind = {
  key: 'partner',
  title: 'XMPP federated partner',
  noun: 'CsXmppAllowedPartner',
  xdsType: 'XmppAllowedPartner',
  nameLabel: 'Primary domain',
  canDelete: true,
  fields: [
    { param: 'Description', label: 'Description', kind: 'text' },
    { param: 'AdditionalDomains', label: 'Additional domains (one a line)', kind: 'list' },
    {
      param: 'PartnerType',
      label: 'Partner type',
      kind: 'select',
      options: [
        ['Federated', 'Federated'],
        ['PublicVerified', 'Public verified'],
        ['PublicUnverified', 'Public unverified'],
      ],
    },
    { param: 'TlsNegotiation', label: 'TLS negotiation', kind: 'select', options: NEGOTIATION },
    { param: 'SaslNegotiation', label: 'SASL negotiation', kind: 'select', options: NEGOTIATION },
    { param: 'SupportDialbackNegotiation', label: 'Support server dialback negotiation', kind: 'bool' },
  ],
};

export const XMPP_TAB: ObjectTab = {
  path: '/federation/xmpp',
  label: 'XMPP Federated Partners',
  kinds: [XMPP_PARTNER],
  kindOf: () => XMPP_PARTNER,
  columns: [
    ['Primary domain', (d) => d.Identity],
    ['Partner type', (d) => text(d.PartnerType)],
    ['TLS', (d) => text(d.TlsNegotiation)],
    ['SASL', (d) => text(d.SaslNegotiation)],
    ['Dialback', (d) => yesNo(d.SupportDialbackNegotiation)],
    ['Additional domains', (d) => text(d.AdditionalDomains)],
    ['Description', (d) => text(d.Description)],
  ],
};

export const OBJECT_TABS: readonly ObjectTab[] = [POLICY_TAB, EDGE_TAB, DOMAINS_TAB, PROVIDERS_TAB, XMPP_TAB];

