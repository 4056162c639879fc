// Output objects of the user cmdlets (DOMAIN.md §2.8): Get-CsUser's ADUser, Get-CsAdUser's CSADUser,
// Grant -PassThru's OCSUserOrAppContact, and Get-CsEffectivePolicy's EffectivePolicies.

import { LazyPSObject, PropertySchema, PSObject } from '../../../engine/runtime/values.js';
import { ordinalValues, type EnumPropertyDeclaration } from '../../../engine/runtime/enumProperties.js';
import { enums } from '../../../catalog/registry.js';
import type { Store } from '../../../store/store.js';
import { listPools, type PoolRecord } from '../../../store/topologyRepository.js';
import type { UserRecord } from '../../../store/topologyTypes.js';
import { PRINTED_USER_PROPERTIES, USER_POLICY_PROPERTIES, type PrintedUserProperty } from '../../../catalog/csUserProperties.js';

export const USER_TYPES = {
  adUser: 'Microsoft.Rtc.Management.ADConnect.Schema.ADUser',
  csAdUser: 'Microsoft.Rtc.Management.ADConnect.Schema.CSADUser',
  contact: 'Microsoft.Rtc.Management.ADConnect.Schema.OCSUserOrAppContact',
  effective: 'Microsoft.Rtc.Management.AD.Cmdlets.EffectivePolicies',
} as const;

/**
 * Enum-typed properties of the user objects, for what writes an enum as its number (ConvertTo-Json):
 * ExchangeArchivingPolicy's numbers are not documented, so they follow the catalog's order [I].
 */
export const enumProperties: readonly EnumPropertyDeclaration[] = [USER_TYPES.adUser, USER_TYPES.csAdUser, USER_TYPES.contact].map((typeName) => ({
  typeName,
  property: 'ExchangeArchivingPolicy',
  values: ordinalValues(enums.ExchangeArchivingPolicyOptionsEnum ?? []),
}));

/** Pools by lower-case FQDN, for the HomeServer DN of many users at once. */
export type PoolIndex = Map<string, PoolRecord>;

export function poolIndex(store: Store): PoolIndex {
  return new Map(listPools(store).map((p) => [p.fqdn.toLowerCase(), p]));
}

function domainDn(dn: string): string {
  return dn.split(/,(?=DC=)/i).slice(1).join(',') || 'DC=contoso,DC=com';
}

/** The pool's CMS object DN that user objects point at. */
export function homeServerDn(u: UserRecord, pools: PoolIndex): string | null {
  const pool = u.registrarPool ? pools.get(u.registrarPool.toLowerCase()) : undefined;
  if (!pool) return null;
  return `CN=Lc Services,CN=Microsoft,CN=${pool.clusterId},CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,${domainDn(u.dn)}`;
}

type UserReader = (u: UserRecord, pools: PoolIndex) => unknown;

const policy = (name: string): UserReader => (u) => u.policies[name] ?? null;

/** How to read each printed property of a Skype for Business user. */
const PRINTED_USER_READERS: Record<PrintedUserProperty, UserReader> = {
  Identity: (u) => u.dn,
  ...(Object.fromEntries(USER_POLICY_PROPERTIES.map((p) => [p, policy(p)])) as Record<(typeof USER_POLICY_PROPERTIES)[number], UserReader>),
  ExchangeArchivingPolicy: (u) => (u.extra.ExchangeArchivingPolicy as string | undefined) ?? 'Uninitialized',
  PinPolicy: policy('PinPolicy'),
  ExternalAccessPolicy: (u) => u.externalAccessPolicy,
  MobilityPolicy: policy('MobilityPolicy'),
  PersistentChatPolicy: policy('PersistentChatPolicy'),
  UserServicesPolicy: policy('UserServicesPolicy'),
  HostedVoiceMail: (u) => u.hostedVoiceMail,
  HostedVoicemailPolicy: policy('HostedVoicemailPolicy'),
  HostingProvider: () => 'SRV:',
  RegistrarPool: (u) => u.registrarPool,
  Enabled: (u) => u.enabled,
  SipAddress: (u) => u.sipAddress,
  LineURI: (u) => u.lineUri,
  EnterpriseVoiceEnabled: (u) => u.enterpriseVoiceEnabled,
  ExUmEnabled: () => false,
  HomeServer: (u, pools) => homeServerDn(u, pools),
  DisplayName: (u) => u.displayName,
  SamAccountName: (u) => u.samAccountName,
};

/** Properties of a Skype for Business user in Get-CsUser's order, each with how to read it. */
const USER_PROPERTIES: [string, UserReader][] = PRINTED_USER_PROPERTIES.map((name) => [name, PRINTED_USER_READERS[name]]);

const extra = (name: string, fallback: unknown = null): UserReader => (u) => (u.extra[name] as unknown) ?? fallback;

/**
 * Further ADUser properties that the default view does not print but scripts read (`$u.UserPrincipalName`,
 * `Select-Object DisplayName, UserPrincipalName`, `-Filter {PrivateLine -ne $null}`); `Select-Object *`
 * and Export-Csv show them. [I] order (after the printed ones).
 */
const USER_HIDDEN_PROPERTIES: [string, UserReader][] = [
  ['UserPrincipalName', (u) => u.userPrincipalName],
  ['FirstName', (u) => u.firstName],
  ['LastName', (u) => u.lastName],
  ['WindowsEmailAddress', (u) => u.email],
  ['AudioVideoDisabled', (u) => u.audioVideoDisabled],
  ['RemoteCallControlTelephonyEnabled', extra('RemoteCallControlTelephonyEnabled', false)],
  ['PrivateLine', extra('PrivateLine')],
  ['LineServerURI', extra('LineServerURI')],
  ['Name', (u) => cnOf(u.dn)],
  ['DistinguishedName', (u) => u.dn],
  ['WhenChanged', (u) => dateOf(u.extra.WhenChanged ?? u.extra.WhenCreated)],
  ['WhenCreated', (u) => dateOf(u.extra.WhenCreated)],
];

/** A stored ISO time as a DateTime; null when the account predates the stamp. */
function dateOf(v: unknown): Date | null {
  return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null;
}

/** The RDN value of a DN (`CN=Ken Myer,OU=…` → `Ken Myer`), escapes removed. */
function cnOf(dn: string): string {
  const m = /^CN=((?:\\.|[^,])*)/i.exec(dn);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : dn;
}

const ALL_USER_PROPERTIES = [...USER_PROPERTIES, ...USER_HIDDEN_PROPERTIES];

const USER_READERS = new Map(ALL_USER_PROPERTIES.map(([name, read]) => [name.toLowerCase(), read]));

export function userProperties(u: UserRecord, pools: PoolIndex): [string, unknown][] {
  return ALL_USER_PROPERTIES.map(([name, read]) => [name, read(u, pools)]);
}

/** True when the user object has this property (any case). */
export function isUserProperty(name: string): boolean {
  return USER_READERS.has(name.toLowerCase());
}

/** One property of the user object by name (any case), without building the object; undefined if it has none. */
export function userProperty(u: UserRecord, pools: PoolIndex, name: string): { value: unknown } | undefined {
  const read = USER_READERS.get(name.toLowerCase());
  return read ? { value: read(u, pools) } : undefined;
}

export function userObject(u: UserRecord, pools: PoolIndex): PSObject {
  return new PSObject([USER_TYPES.adUser], userProperties(u, pools));
}

const listingSchemas = new WeakMap<PoolIndex, PropertySchema<UserRecord>>();

/**
 * Get-CsUser's object for an account read by a listing: its properties are read from the (immutable)
 * listed record when asked, so 100k users stay small until a property is shown or changed.
 */
export function listedUserObject(u: UserRecord, pools: PoolIndex): PSObject {
  let schema = listingSchemas.get(pools);
  if (!schema) {
    schema = new PropertySchema<UserRecord>(ALL_USER_PROPERTIES.map(([name, read]) => [name, (record: UserRecord) => read(record, pools)] as const));
    listingSchemas.set(pools, schema);
  }
  return new LazyPSObject([USER_TYPES.adUser], u, schema);
}

export function contactObject(u: UserRecord, pools: PoolIndex): PSObject {
  return new PSObject([USER_TYPES.contact], userProperties(u, pools));
}

/** Get-CsAdUser: every AD account, with directory attributes. [I] property choice and order. */
export function adAccountObject(u: UserRecord): PSObject {
  return new PSObject([USER_TYPES.csAdUser], [
    ['Identity', u.dn],
    ['DisplayName', u.displayName],
    ['FirstName', u.firstName],
    ['LastName', u.lastName],
    ['Title', u.title],
    ['Department', u.department],
    ['City', u.city],
    ['SamAccountName', u.samAccountName],
    ['UserPrincipalName', u.userPrincipalName],
    ['WindowsEmailAddress', u.email],
    ['SipAddress', u.sipAddress],
    ['Enabled', u.sipAddress ? u.enabled : false],
    ['RegistrarPool', u.registrarPool],
    ['DistinguishedName', u.dn],
  ]);
}

export function effectivePolicyObject(u: UserRecord, externalAccessPolicyIdentity: string): PSObject {
  return new PSObject([USER_TYPES.effective], [
    ['Identity', u.dn],
    ['ExternalAccessPolicy', externalAccessPolicyIdentity],
  ]);
}
