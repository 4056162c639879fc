// Records of the topology and user tables as the rest of the program sees them, and the shape of a
// topology fixture file (fixtures/topologies/*.json).

/** Product generations of a pool. The numbers are the service `Version` values shown by Get-CsService. [I] */
export const PRODUCT_VERSIONS = {
  LyncServer2013: { number: 6, display: 'Lync Server 2013', xmppGateway: true },
  SkypeForBusinessServer2015: { number: 7, display: 'Skype for Business Server 2015', xmppGateway: true },
  SkypeForBusinessServer2019: { number: 8, display: 'Skype for Business Server 2019', xmppGateway: false },
} as const;
export type ProductVersion = keyof typeof PRODUCT_VERSIONS;

export type PoolKind = 'FrontEnd' | 'Edge' | 'Director' | 'Other';

export interface SipDomainRecord {
  name: string;
  isDefault: boolean;
}

export interface SiteRecord {
  name: string;
  siteId: number;
  siteType: string;
  description: string | null;
  displayName: string;
  federationRoute: string | null;
  xmppFederationRoute: string | null;
  defaultPersistentChatPool: string | null;
  parentSite: string | null;
}

export interface PoolRecord {
  fqdn: string;
  site: string;
  kind: PoolKind;
  productVersion: ProductVersion;
  /** `<siteId>:<n>`, used in the users' HomeServer DN. */
  clusterId: string;
}

export interface ComputerRecord {
  fqdn: string;
  pool: string;
  ipAddress: string | null;
}

export interface ServiceRecord {
  /** `<Role>:<pool fqdn>` */
  identity: string;
  role: string;
  pool: string;
  site: string;
  siteId: number;
  /** `<siteId>-<Role>-<n>` */
  serviceId: string;
  /** Product version number of the pool (6, 7, 8). */
  version: number;
  /** Next-hop registrar of an Edge service (`Registrar:<fqdn>`), else null. */
  registrar: string | null;
  /** Role-specific properties in display order (ports, external FQDNs, …). */
  properties: Record<string, unknown>;
}

export interface WindowsServiceRecord {
  computer: string;
  name: string;
  displayName: string;
  status: 'Running' | 'Stopped';
}

export interface DnsRecord {
  name: string;
  type: string;
  target: string;
  port: number | null;
  priority: number | null;
  weight: number | null;
}

export interface ReplicaRecord {
  fqdn: string;
  upToDate: boolean;
  lastStatusReport: string | null;
  lastUpdateCreation: string | null;
}

/**
 * An Active Directory account. It is a Skype for Business user (Get-CsUser returns it) when it has a
 * SIP address; `enabled` is the user's Enabled flag (Set-CsUser -Enabled $false keeps the SIP address).
 */
export interface UserRecord {
  id: number;
  dn: string;
  samAccountName: string;
  userPrincipalName: string;
  displayName: string;
  firstName: string;
  lastName: string;
  email: string | null;
  department: string | null;
  title: string | null;
  city: string | null;
  ou: string;
  sipAddress: string | null;
  registrarPool: string | null;
  enabled: boolean;
  externalAccessPolicy: string | null;
  lineUri: string | null;
  enterpriseVoiceEnabled: boolean;
  hostedVoiceMail: boolean;
  audioVideoDisabled: boolean;
  /** Other per-user policy assignments by policy type (`ClientPolicy` → name). */
  policies: Record<string, string | null>;
  /** Further Skype for Business attributes set with Set-CsUser (PrivateLine, ExchangeArchivingPolicy, …). */
  extra: Record<string, unknown>;
}

/** The fields a new AD account needs; the rest default. */
export type NewUser = Pick<UserRecord, 'displayName' | 'firstName' | 'lastName' | 'samAccountName' | 'userPrincipalName'> &
  Partial<Omit<UserRecord, 'id' | 'dn'>> & { dn?: string };

export interface TopologyFixture {
  description?: string;
  sipDomains: SipDomainRecord[];
  sites: (Omit<SiteRecord, 'description' | 'displayName' | 'federationRoute' | 'xmppFederationRoute' | 'defaultPersistentChatPool' | 'parentSite'> &
    Partial<SiteRecord>)[];
  pools: (PoolRecord & { computers: { fqdn: string; ipAddress?: string }[] })[];
  services: { role: string; pool: string; registrar?: string; properties?: Record<string, unknown> }[];
  windowsServices: Record<string, { name: string; displayName: string; status: 'Running' | 'Stopped' }[]>;
  dns: (Omit<DnsRecord, 'port' | 'priority' | 'weight'> & Partial<DnsRecord>)[];
  users: NewUser[];
}
