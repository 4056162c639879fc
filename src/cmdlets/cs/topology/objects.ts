// Output objects of the topology cmdlets: type names and property order of DOMAIN.md §2.9.
// Type names `Microsoft.Rtc.Management.Xds.Display<Thing>` are what Get-Member shows for these objects [I];
// the catalog's output type follows as a base type name.

import { PSObject } from '../../../engine/runtime/values.js';
import { toStringOverride } from '../../../engine/runtime/convert.js';
import { nativeMethods } from '../../../engine/members/objects.js';
import { stringMethod } from '../../../engine/members/string.js';
import type { Store } from '../../../store/store.js';
import {
  getPool,
  getSite,
  listComputers,
  listPools,
  listServices,
  listSites,
  type ComputerRecord,
  type PoolRecord,
  type ServiceRecord,
  type SipDomainRecord,
  type SiteRecord,
} from '../../../store/topologyRepository.js';
import type { ReplicaRecord, WindowsServiceRecord } from '../../../store/topologyTypes.js';

export const TYPE = {
  site: ['Microsoft.Rtc.Management.Xds.DisplaySite', 'Microsoft.Rtc.Management.Deploy.Internal.Site+CentralSite'],
  pool: ['Microsoft.Rtc.Management.Xds.DisplayPool', 'Microsoft.Rtc.Management.Deploy.Internal.Cluster'],
  computer: ['Microsoft.Rtc.Management.Xds.DisplayComputer', 'Microsoft.Rtc.Management.Deploy.Internal.Machine'],
  service: (role: string) => [`Microsoft.Rtc.Management.Xds.Display${role}`, 'Microsoft.Rtc.Management.Xds.DisplayService'],
  sipDomain: ['Microsoft.Rtc.Management.Xds.SipDomain'],
  ntService: ['Microsoft.Rtc.Management.Deployment.Core.NTService'],
  replica: ['Microsoft.Rtc.Management.Xds.ReplicaState'],
  topology: ['Microsoft.Rtc.Management.Deploy.Internal.DefaultTopology'],
  sqlInstance: ['Microsoft.Rtc.Management.Deploy.Internal.SqlInstance'],
  internalDomain: ['Microsoft.Rtc.Management.Deploy.Internal.InternalDomain'],
} as const;

export const siteIdentity = (name: string) => `Site:${name}`;

export function siteObject(store: Store, s: SiteRecord): PSObject {
  const pools = listPools(store, { site: s.name });
  const services = pools.flatMap((p) => listServices(store, { pool: p.fqdn }).map((x) => x.identity));
  return new PSObject([...TYPE.site], [
    ['Identity', siteIdentity(s.name)],
    ['SiteId', s.siteId],
    ['Services', services],
    ['Pools', pools.map((p) => p.fqdn)],
    ['FederationRoute', s.federationRoute],
    ['XmppFederationRoute', s.xmppFederationRoute],
    ['DefaultPersistentChatPool', s.defaultPersistentChatPool],
    ['Description', s.description],
    ['DisplayName', s.displayName],
    ['SiteType', s.siteType],
    ['ParentSite', s.parentSite],
  ]);
}

export function poolObject(store: Store, p: PoolRecord): PSObject {
  return new PSObject([...TYPE.pool], [
    ['Identity', p.fqdn],
    ['Services', listServices(store, { pool: p.fqdn }).map((s) => s.identity)],
    ['Computers', listComputers(store, { pool: p.fqdn }).map(machineObject)],
    ['Fqdn', p.fqdn],
    ['Site', siteIdentity(p.site)],
  ]);
}

export function computerObject(c: ComputerRecord): PSObject {
  return new PSObject([...TYPE.computer], [
    ['Identity', c.fqdn],
    ['Pool', c.pool],
    ['Fqdn', c.fqdn],
  ]);
}

/** String methods a machine object answers with its FQDN, so scripts written for FQDN strings keep working. [I] */
const FQDN_STRING_METHODS = ['split', 'substring', 'startswith', 'endswith', 'contains', 'indexof', 'lastindexof', 'replace', 'tolower', 'toupper', 'tolowerinvariant', 'toupperinvariant', 'trim', 'padleft', 'padright'];

/**
 * A computer as an element of a pool's Computers: the Get-CsComputer object, whose string form is its FQDN
 * ("$($pool.Computers)", -ComputerName $c) and which also answers string methods such as Split with it.
 */
export function machineObject(c: ComputerRecord): PSObject {
  const o = computerObject(c);
  nativeMethods.set(o, Object.fromEntries(FQDN_STRING_METHODS.map((m) => [m, (args: unknown[]) => stringMethod(c.fqdn, m, args)])));
  return o;
}

/** An object whose string form is `text` ("$x", string parameters); the console shows the same text in lists. */
function withStringForm(o: PSObject, text: string): PSObject {
  toStringOverride.set(o, () => text);
  return o;
}

/** [I] The SQL Server instance name of the back-end stores. */
const SQL_INSTANCE_NAME = 'rtc';
const DATABASE_ROLES = new Set(['UserDatabase', 'CentralManagementDatabase', 'ArchivingDatabase', 'MonitoringDatabase', 'ApplicationDatabase', 'PersistentChatDatabase']);

/** The topology's SQL Server instances: one per pool that hosts database roles, with the stores it holds. */
export function sqlInstanceObjects(store: Store): PSObject[] {
  const byPool = new Map<string, ServiceRecord[]>();
  for (const svc of listServices(store)) {
    if (DATABASE_ROLES.has(svc.role)) byPool.set(svc.pool, [...(byPool.get(svc.pool) ?? []), svc]);
  }
  return [...byPool].map(([pool, services]) =>
    withStringForm(
      new PSObject([...TYPE.sqlInstance], [
        ['Fqdn', pool],
        ['InstanceName', SQL_INSTANCE_NAME],
        ['SiteId', siteIdentity(services[0]!.site)],
        ['Databases', services.map((x) => x.role)],
      ]),
      `${pool}\\${SQL_INSTANCE_NAME}`,
    ),
  );
}

/** The topology's internal (SIP) domains, string form = the name. */
export function internalDomainObject(d: SipDomainRecord): PSObject {
  return withStringForm(
    new PSObject([...TYPE.internalDomain], [
      ['Name', d.name],
      ['IsDefault', d.isDefault],
      ['Authoritative', false],
      ['AllowSubDomains', false],
    ]),
    d.name,
  );
}

/** Services another pool's services depend on, by role (the links a Registrar shows). */
function registrarLinks(store: Store, svc: ServiceRecord): [string, unknown][] {
  const own = (role: string) => (listServices(store, { pool: svc.pool, role }).length ? `${role}:${svc.pool}` : null);
  const site = getSite(store, svc.site);
  return [
    ['FileStore', own('FileStore')],
    ['UserServer', own('UserServer')],
    ['WebServer', own('WebServer')],
    ['MediationServer', own('MediationServer')],
    ['EdgeServer', site?.federationRoute ?? null],
    ['SipServerTcpPort', 5060],
    ['SipServerTlsPort', 5061],
  ];
}

/** Services that route through an Edge: the registrars and conferencing services of the sites using it. */
function edgeDependents(store: Store, svc: ServiceRecord): string[] {
  const sites = listSites(store).filter(
    (s) => s.federationRoute?.toLowerCase() === svc.identity.toLowerCase() || s.xmppFederationRoute?.toLowerCase() === svc.identity.toLowerCase(),
  );
  return sites.flatMap((s) =>
    listPools(store, { site: s.name })
      .flatMap((p) => listServices(store, { pool: p.fqdn }))
      .filter((x) => x.role === 'Registrar' || x.role === 'ConferencingServer')
      .map((x) => x.identity),
  );
}

export function serviceObject(store: Store, svc: ServiceRecord): PSObject {
  const props: [string, unknown][] = [['Identity', svc.identity]];
  let dependents: string[] = [];
  if (svc.role === 'EdgeServer') {
    props.push(['Registrar', svc.registrar]);
    dependents = edgeDependents(store, svc);
  } else if (svc.role === 'Registrar') {
    props.push(...registrarLinks(store, svc));
  }
  for (const [k, v] of Object.entries(svc.properties)) props.push([k, v]);
  props.push(
    ['DependentServiceList', dependents],
    ['ServiceId', svc.serviceId],
    ['SiteId', siteIdentity(svc.site)],
    ['PoolFqdn', svc.pool],
    ['Version', svc.version],
    ['Role', svc.role],
  );
  return new PSObject(TYPE.service(svc.role), props);
}

export function sipDomainObject(d: SipDomainRecord): PSObject {
  return new PSObject([...TYPE.sipDomain], [
    ['Identity', d.name],
    ['Name', d.name],
    ['IsDefault', d.isDefault],
  ]);
}

/** `roles`: the topology roles the service hosts (its RoleName), or null for a service that hosts none. */
export function ntServiceObject(w: WindowsServiceRecord, roles: string[] | null = null): PSObject {
  return new PSObject([...TYPE.ntService], [
    ['Status', w.status],
    ['Name', w.name],
    ['ActivityLevel', ''],
    ['DisplayName', w.displayName],
    ['RoleName', roles],
    ['ComputerName', w.computer],
  ]);
}

/** Build numbers shown as ProductVersion by the replica status. [I] */
const PRODUCT_BUILDS: Record<string, string> = {
  LyncServer2013: '5.0.8308.0',
  SkypeForBusinessServer2015: '6.0.9319.0',
  SkypeForBusinessServer2019: '7.0.2046.0',
};

export function replicaObject(store: Store, r: ReplicaRecord): PSObject {
  const computer = listComputers(store).find((c) => c.fqdn.toLowerCase() === r.fqdn.toLowerCase());
  const pool = computer ? getPool(store, computer.pool) : undefined;
  return new PSObject([...TYPE.replica], [
    ['UpToDate', r.upToDate],
    ['ReplicaFqdn', r.fqdn],
    ['LastStatusReport', r.lastStatusReport ? new Date(r.lastStatusReport) : null],
    ['LastUpdateCreation', r.lastUpdateCreation ? new Date(r.lastUpdateCreation) : null],
    ['ProductVersion', pool ? PRODUCT_BUILDS[pool.productVersion] ?? '' : ''],
  ]);
}

