// The shapes of the XDS configuration documents kept in `config_documents`: property names in the
// order the real shell lists them, their kinds and their fresh-object defaults (DOMAIN.md §2).
// A document is a plain JSON object whose keys follow this order, so it maps 1:1 onto an output object.

export type XdsType =
  | 'ExternalAccessPolicy'
  | 'XmppAllowedPartner'
  | 'XmppGatewayConfiguration'
  | 'AccessEdgeConfiguration'
  | 'AllowedDomain'
  | 'BlockedDomain'
  | 'PublicProvider'
  | 'HostingProvider';

/** How identities of a type are written: scoped (Global/Site/Tag), one global instance, or a plain name. */
export type ScopeModel = 'policy' | 'globalOnly' | 'relative';

/** Scope of one stored document (column `scope`); decides Get- order: global, site, tag, then the rest. */
export type DocumentScope = 'global' | 'site' | 'tag' | 'relative';

/** `fqdn`: a string setting the product keeps as an FQDN (checked before a write; `$null` clears it). */
export type PropertyKind = 'string' | 'fqdn' | 'bool' | 'uint' | 'enum' | 'list';

export interface PropertySpec {
  name: string;
  kind: PropertyKind;
  /** Enum type name in src/catalog (PartnerType, TlsNegotiation, VerificationLevelType, …). */
  enumName?: string;
  /** Value of a new object when the parameter is not given. */
  default: unknown;
  /** Inclusive range check for numbers (ValidateRange-like). */
  min?: number;
  max?: number;
  /** A secret: sealed at rest (see secretDocuments.ts). */
  secret?: boolean;
}

export interface XdsTypeSchema {
  type: XdsType;
  scopeModel: ScopeModel;
  /** Every property after Identity, in display order. */
  properties: PropertySpec[];
}

const str = (name: string, def: string | null = null): PropertySpec => ({ name, kind: 'string', default: def });
const fqdn = (name: string): PropertySpec => ({ name, kind: 'fqdn', default: null });
const bool = (name: string, def: boolean): PropertySpec => ({ name, kind: 'bool', default: def });
const uint = (name: string, def: number | null, min?: number, max?: number): PropertySpec => ({ name, kind: 'uint', default: def, min, max });
const enumOf = (name: string, enumName: string, def: string | null): PropertySpec => ({ name, kind: 'enum', enumName, default: def });

export const externalAccessPolicySchema: XdsTypeSchema = {
  type: 'ExternalAccessPolicy',
  scopeModel: 'policy',
  properties: [
    str('Description'),
    bool('EnableFederationAccess', false),
    bool('EnableXmppAccess', false),
    bool('EnablePublicCloudAccess', false),
    bool('EnablePublicCloudAudioVideoAccess', false),
    bool('EnableOutsideAccess', false),
  ],
};

/** [I] ConnectionLimit default: the gateway's PartnerConnectionLimit default (DOMAIN.md §2.2). */
export const XMPP_PARTNER_DEFAULT_CONNECTION_LIMIT = 20;

export const xmppAllowedPartnerSchema: XdsTypeSchema = {
  type: 'XmppAllowedPartner',
  scopeModel: 'relative',
  properties: [
    str('Domain'),
    { name: 'AdditionalDomains', kind: 'list', default: [] },
    str('Description'),
    fqdn('ProxyFqdn'),
    enumOf('PartnerType', 'PartnerType', 'PublicUnverified'),
    enumOf('TlsNegotiation', 'TlsNegotiation', 'Required'),
    enumOf('SaslNegotiation', 'SaslNegotiation', 'Required'),
    bool('SupportDialbackNegotiation', true),
    bool('EnableKeepAlive', true),
    uint('ConnectionLimit', XMPP_PARTNER_DEFAULT_CONNECTION_LIMIT),
  ],
};

export const xmppGatewayConfigurationSchema: XdsTypeSchema = {
  type: 'XmppGatewayConfiguration',
  scopeModel: 'globalOnly',
  properties: [
    uint('ConnectionLimit', 1000),
    // [I] the real default passphrase is not documented; a fresh store has none.
    { ...str('DialbackPassphrase'), secret: true },
    bool('EnableLoggingAllMessageBodies', false),
    uint('KeepAliveInterval', 300),
    uint('PartnerConnectionLimit', 20),
    uint('StreamEstablishmentTimeout', 60),
    uint('StreamInactivityTimeout', 600),
    uint('SubscriptionRefreshInterval', 28800),
  ],
};

/**
 * Access Edge settings. The stored document holds every setting; which of them an output object shows
 * depends on the routing method (see accessEdgeDisplayProperties in src/cmdlets/cs/edge/accessEdge.ts).
 */
export const accessEdgeConfigurationSchema: XdsTypeSchema = {
  type: 'AccessEdgeConfiguration',
  scopeModel: 'globalOnly',
  properties: [
    bool('AllowAnonymousUsers', false),
    bool('AllowFederatedUsers', false),
    bool('AllowOutsideUsers', true),
    bool('BeClearingHouse', false),
    bool('EnablePartnerDiscovery', false),
    bool('EnableArchivingDisclaimer', false),
    // The docs say False, a real fresh deployment shows True: the sample wins.
    bool('EnableUserReplicator', true),
    bool('KeepCrlsUpToDateForPeers', true),
    bool('MarkSourceVerifiableOnOutgoingMessages', true),
    uint('OutgoingTlsCountForFederatedPartners', 4, 1, 4),
    uint('DiscoveredPartnerStandardRate', 20),
    bool('EnableDiscoveredPartnerContactsLimit', true),
    uint('MaxContactsPerDiscoveredPartner', 1000),
    uint('DiscoveredPartnerReportPeriodMinutes', 60),
    uint('MaxAcceptedCertificatesStored', 1000),
    uint('MaxRejectedCertificatesStored', 500),
    uint('CertificatesDeletedPercentage', 20),
    enumOf('RoutingMethod', 'RoutingMethod', 'UseDnsSrvRouting'),
    fqdn('DefaultRouteFqdn'),
    { name: 'IsPublicProvider', kind: 'bool', default: null },
    enumOf('VerificationLevel', 'VerificationLevelType', null),
    enumOf('DiscoveredPartnerVerificationLevel', 'VerificationLevelType', null),
    uint('DnsSrvCacheRecordCount', null),
    str('SkypeSearchUrl'),
  ],
};

export const allowedDomainSchema: XdsTypeSchema = {
  type: 'AllowedDomain',
  scopeModel: 'relative',
  properties: [
    str('Domain'),
    fqdn('ProxyFqdn'),
    str('Comment'),
    bool('MarkForMonitoring', false),
    enumOf('VerificationLevel', 'VerificationLevelType', 'UseSourceVerification'),
  ],
};

export const blockedDomainSchema: XdsTypeSchema = {
  type: 'BlockedDomain',
  scopeModel: 'relative',
  properties: [str('Domain'), str('Comment')],
};

export const publicProviderSchema: XdsTypeSchema = {
  type: 'PublicProvider',
  scopeModel: 'relative',
  properties: [
    str('Name'),
    fqdn('ProxyFqdn'),
    bool('Enabled', false),
    enumOf('VerificationLevel', 'VerificationLevelType', 'AlwaysVerifiable'),
    str('IconUrl'),
    str('NameDecorationDomain'),
    str('NameDecorationRoutingDomain'),
    str('NameDecorationExcludedDomainList'),
    bool('EnableSkypeIdRouting', false),
    bool('EnableSkypeDirectorySearch', false),
  ],
};

export const hostingProviderSchema: XdsTypeSchema = {
  type: 'HostingProvider',
  scopeModel: 'relative',
  properties: [
    // Order of hybrid deployments' Get-CsHostingProvider output [V, remembered]: the verification level
    // follows the proxy; SipClientPort (Lync 2013+) comes last and is hidden by the default view [D].
    str('Name'),
    fqdn('ProxyFqdn'),
    enumOf('VerificationLevel', 'VerificationLevelType', 'AlwaysVerifiable'),
    bool('Enabled', false),
    bool('EnabledSharedAddressSpace', false),
    bool('HostsOCSUsers', false),
    bool('IsLocal', false),
    str('AutodiscoverUrl'),
    uint('SipClientPort', 443, 0, 65535),
  ],
};

export const xdsSchemas: Record<XdsType, XdsTypeSchema> = {
  ExternalAccessPolicy: externalAccessPolicySchema,
  XmppAllowedPartner: xmppAllowedPartnerSchema,
  XmppGatewayConfiguration: xmppGatewayConfigurationSchema,
  AccessEdgeConfiguration: accessEdgeConfigurationSchema,
  AllowedDomain: allowedDomainSchema,
  BlockedDomain: blockedDomainSchema,
  PublicProvider: publicProviderSchema,
  HostingProvider: hostingProviderSchema,
};

// ---------------------------------------------------------------------------------------------
// Typed views of the documents, for code outside the configuration cmdlets.

export type ConfigDocument = { Identity: string } & Record<string, unknown>;

export interface ExternalAccessPolicyDoc extends ConfigDocument {
  Description: string | null;
  EnableFederationAccess: boolean;
  EnableXmppAccess: boolean;
  EnablePublicCloudAccess: boolean;
  EnablePublicCloudAudioVideoAccess: boolean;
  EnableOutsideAccess: boolean;
}

export type PartnerType = 'Federated' | 'PublicVerified' | 'PublicUnverified';
export type Negotiation = 'Required' | 'Optional' | 'NotSupported';

export interface XmppAllowedPartnerDoc extends ConfigDocument {
  Domain: string;
  AdditionalDomains: string[];
  Description: string | null;
  ProxyFqdn: string | null;
  PartnerType: PartnerType;
  TlsNegotiation: Negotiation;
  SaslNegotiation: Negotiation;
  SupportDialbackNegotiation: boolean;
  EnableKeepAlive: boolean;
  ConnectionLimit: number;
}

export interface XmppGatewayConfigurationDoc extends ConfigDocument {
  ConnectionLimit: number;
  DialbackPassphrase: string | null;
  EnableLoggingAllMessageBodies: boolean;
  KeepAliveInterval: number;
  PartnerConnectionLimit: number;
  StreamEstablishmentTimeout: number;
  StreamInactivityTimeout: number;
  SubscriptionRefreshInterval: number;
}

export type RoutingMethod = 'UseDnsSrvRouting' | 'UseDefaultRouting';
export type VerificationLevel = 'AlwaysVerifiable' | 'AlwaysUnverifiable' | 'UseSourceVerification';

export interface AccessEdgeConfigurationDoc extends ConfigDocument {
  AllowAnonymousUsers: boolean;
  AllowFederatedUsers: boolean;
  AllowOutsideUsers: boolean;
  BeClearingHouse: boolean;
  EnablePartnerDiscovery: boolean;
  EnableArchivingDisclaimer: boolean;
  EnableUserReplicator: boolean;
  KeepCrlsUpToDateForPeers: boolean;
  MarkSourceVerifiableOnOutgoingMessages: boolean;
  OutgoingTlsCountForFederatedPartners: number;
  DiscoveredPartnerStandardRate: number;
  EnableDiscoveredPartnerContactsLimit: boolean;
  MaxContactsPerDiscoveredPartner: number;
  DiscoveredPartnerReportPeriodMinutes: number;
  MaxAcceptedCertificatesStored: number;
  MaxRejectedCertificatesStored: number;
  CertificatesDeletedPercentage: number;
  RoutingMethod: RoutingMethod;
  DefaultRouteFqdn: string | null;
  IsPublicProvider: boolean | null;
  VerificationLevel: VerificationLevel | null;
  DiscoveredPartnerVerificationLevel: VerificationLevel | null;
  DnsSrvCacheRecordCount: number | null;
  SkypeSearchUrl: string | null;
}

export interface AllowedDomainDoc extends ConfigDocument {
  Domain: string;
  ProxyFqdn: string | null;
  Comment: string | null;
  MarkForMonitoring: boolean;
  VerificationLevel: VerificationLevel;
}

export interface BlockedDomainDoc extends ConfigDocument {
  Domain: string;
  Comment: string | null;
}

export interface PublicProviderDoc extends ConfigDocument {
  Name: string;
  ProxyFqdn: string | null;
  Enabled: boolean;
  VerificationLevel: VerificationLevel;
}

export interface HostingProviderDoc extends ConfigDocument {
  Name: string;
  ProxyFqdn: string | null;
  Enabled: boolean;
  EnabledSharedAddressSpace: boolean;
  HostsOCSUsers: boolean;
  IsLocal: boolean;
  VerificationLevel: VerificationLevel;
  AutodiscoverUrl: string | null;
  SipClientPort: number;
}
