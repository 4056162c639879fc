// Topology cmdlets: sites, pools, computers, services, Edge settings, SIP domains. The topology is
// read-only from the shell except for the few settings the real cmdlets can change (site routes, Edge
// ports, SIP domains). Windows services, replication, topology documents and configuration export are
// in management.ts.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { csCmdlet } from '../../../catalog/registry.js';
import {
  getComputer,
  getPool,
  getService,
  getSite,
  listComputers,
  listPools,
  listServices,
  listSites,
  resolveEdgeRoute,
  updateServiceProperties,
  updateSite,
} from '../../../store/topologyRepository.js';
import { markReplicationPending } from '../../../store/topologyRuntime.js';
import type { SiteRecord } from '../../../store/topologyTypes.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import { computerObject, poolObject, serviceObject, siteIdentity, siteObject } from './objects.js';
import { fail, recordHandler } from '../kit/commandError.js';
import { hasWildcard, sessionComputer, storeOf, stringParam, wildcardMatch } from '../kit/commandContext.js';
import { topoErrors } from './errors.js';
import './sipDomains.js';
import './management.js';
import './dns.js';
import '../help/dns.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

// ---------------------------------------------------------------------------------------------
// Get-CsSite / Set-CsSite

cmdlets.push(csCmdlet('Get-CsSite', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    const identity = stringParam(ctx, 'Identity');
    const filter = stringParam(ctx, 'Filter');
    if (identity !== undefined && !hasWildcard(identity)) {
      const site = getSite(store, identity);
      if (!site) fail(topoErrors.notFound('Site', identity));
      ctx.writeObject(siteObject(store, site));
      return;
    }
    const pattern = filter ?? identity;
    for (const s of listSites(store)) {
      // [I] -Filter matches the displayed identity (Site:Redmond) or the bare name.
      if (pattern === undefined || wildcardMatch(pattern, siteIdentity(s.name)) || wildcardMatch(pattern, s.name)) ctx.writeObject(siteObject(store, s));
    }
  }),
));

/** A route value for Set-CsSite: empty clears; otherwise it must name an existing Edge service. */
function checkRoute(ctx: CmdletContext, param: string): string | null {
  const value = stringParam(ctx, param);
  if (value === undefined || value.trim() === '') return null;
  const edge = resolveEdgeRoute(storeOf(ctx), value.trim());
  if (!edge) {
    fail(
      topoErrors.invalid(
        `Cannot set ${param} to "${value}": it must be the identity of an Edge service in the topology, for example "EdgeServer:edge01.contoso.com".`,
        'InvalidFederationRoute',
        value,
      ),
    );
  }
  return edge.identity;
}

/** The site Set-CsSite changes and the change, checked against the topology as stored now. */
function sitePatch(ctx: CmdletContext): { site: SiteRecord; patch: Parameters<typeof updateSite>[2] } {
  const store = storeOf(ctx);
  const identity = stringParam(ctx, 'Identity') ?? localSiteName(ctx);
  const site = getSite(store, identity);
  if (!site) fail(topoErrors.notFound('Site', identity));
  const patch: Parameters<typeof updateSite>[2] = {};
  if (ctx.bound.has('FederationRoute')) patch.federationRoute = checkRoute(ctx, 'FederationRoute');
  if (ctx.bound.has('XmppFederationRoute')) patch.xmppFederationRoute = checkRoute(ctx, 'XmppFederationRoute');
  if (ctx.bound.has('Description')) patch.description = stringParam(ctx, 'Description') ?? null;
  if (ctx.bound.has('DisplayName')) patch.displayName = stringParam(ctx, 'DisplayName') ?? site.name;
  if (ctx.bound.has('DefaultPersistentChatPool')) {
    const pool = stringParam(ctx, 'DefaultPersistentChatPool');
    if (pool && !getPool(store, pool)) fail(topoErrors.invalid(`Pool "${pool}" was not found in the topology.`, 'PoolNotFound', pool));
    patch.defaultPersistentChatPool = pool || null;
  }
  return { site, patch };
}

cmdlets.push(csCmdlet('Set-CsSite', () =>
  recordHandler(async (ctx) => {
    const { site } = sitePatch(ctx);
    if (!(await ctx.shouldProcess(siteIdentity(site.name)))) return;
    // Checked again under the write lock; the patch is applied to the site as stored then.
    commandTransaction(ctx, (store) => {
      const { site: current, patch } = sitePatch(ctx);
      updateSite(store, current.name, patch);
      markReplicationPending(store);
    });
  }),
));

/** The site of the computer the shell runs on. */
export function localSiteName(ctx: CmdletContext): string {
  const store = storeOf(ctx);
  const computer = getComputer(store, sessionComputer(ctx));
  const pool = computer ? getPool(store, computer.pool) : undefined;
  return pool?.site ?? listSites(store)[0]?.name ?? '';
}

// ---------------------------------------------------------------------------------------------
// Get-CsPool / Get-CsComputer

cmdlets.push(csCmdlet('Get-CsPool', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    const identity = stringParam(ctx, 'Identity');
    const filter = stringParam(ctx, 'Filter') ?? (identity && hasWildcard(identity) ? identity : undefined);
    const site = stringParam(ctx, 'Site');
    if (site !== undefined && !getSite(store, site)) fail(topoErrors.notFound('Site', site));
    if (identity !== undefined && filter === undefined) {
      const pool = getPool(store, identity);
      if (!pool || (site !== undefined && getSite(store, site)?.name.toLowerCase() !== pool.site.toLowerCase())) fail(topoErrors.notFound('Pool', identity));
      ctx.writeObject(poolObject(store, pool));
      return;
    }
    const siteName = site === undefined ? undefined : getSite(store, site)!.name;
    for (const p of listPools(store, { site: siteName })) {
      if (filter === undefined || wildcardMatch(filter, p.fqdn)) ctx.writeObject(poolObject(store, p));
    }
  }),
));

cmdlets.push(csCmdlet('Get-CsComputer', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    let identity = stringParam(ctx, 'Identity');
    if (ctx.params.Local === true) identity = sessionComputer(ctx);
    const filter = stringParam(ctx, 'Filter') ?? (identity && hasWildcard(identity) ? identity : undefined);
    const poolName = stringParam(ctx, 'Pool');
    if (poolName !== undefined && !getPool(store, poolName)) fail(topoErrors.notFound('Pool', poolName));
    if (identity !== undefined && filter === undefined) {
      const c = getComputer(store, identity);
      if (!c || (poolName !== undefined && c.pool.toLowerCase() !== poolName.toLowerCase())) fail(topoErrors.notFound('Computer', identity));
      ctx.writeObject(computerObject(c));
      return;
    }
    for (const c of listComputers(store, { pool: poolName === undefined ? undefined : getPool(store, poolName)!.fqdn })) {
      if (filter === undefined || wildcardMatch(filter, c.fqdn)) ctx.writeObject(computerObject(c));
    }
  }),
));

// ---------------------------------------------------------------------------------------------
// Get-CsService

/** Role switch parameter -> service role. */
const ROLE_SWITCHES: Record<string, string> = {
  ApplicationDatabase: 'ApplicationDatabase',
  ApplicationServer: 'ApplicationServer',
  ArchivingDatabase: 'ArchivingDatabase',
  ArchivingServer: 'ArchivingServer',
  CentralManagement: 'CentralManagement',
  CentralManagementDatabase: 'CentralManagementDatabase',
  ConferencingServer: 'ConferencingServer',
  Director: 'Director',
  EdgeServer: 'EdgeServer',
  FileStore: 'FileStore',
  ManagementServer: 'ManagementServer',
  MediationServer: 'MediationServer',
  MonitoringServer: 'MonitoringServer',
  MonitoringDatabase: 'MonitoringDatabase',
  ProvisionServer: 'ProvisionServer',
  ProvisionDatabase: 'ProvisionDatabase',
  PstnGateway: 'PstnGateway',
  Registrar: 'Registrar',
  TrustedApplicationPool: 'TrustedApplicationPool',
  UserDatabase: 'UserDatabase',
  UserServer: 'UserServer',
  WebServer: 'WebServer',
  BackupServer: 'BackupServer',
  LegalInterceptServer: 'LegalInterceptServer',
  PersistentChatComplianceDatabase: 'PersistentChatComplianceDatabase',
  PersistentChatDatabase: 'PersistentChatDatabase',
  PersistentChatServer: 'PersistentChatServer',
  WacServer: 'WacServer',
  VideoGateway: 'VideoGateway',
  VideoInteropServer: 'VideoInteropServer',
};

cmdlets.push(csCmdlet('Get-CsService', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    const identity = stringParam(ctx, 'Identity');
    const filter = stringParam(ctx, 'Filter') ?? (identity && hasWildcard(identity) ? identity : undefined);
    const poolFqdn = stringParam(ctx, 'PoolFqdn');
    const role = Object.keys(ROLE_SWITCHES).find((k) => ctx.params[k] === true);
    if (identity !== undefined && filter === undefined) {
      const svc = getService(store, identity);
      if (!svc) fail(topoErrors.notFound('Service', identity));
      ctx.writeObject(serviceObject(store, svc));
      return;
    }
    const pool = poolFqdn === undefined ? undefined : getPool(store, poolFqdn);
    if (poolFqdn !== undefined && !pool) fail(topoErrors.notFound('Pool', poolFqdn));
    for (const svc of listServices(store, { role: role ? ROLE_SWITCHES[role] : undefined, pool: pool?.fqdn })) {
      if (filter === undefined || wildcardMatch(filter, svc.identity)) ctx.writeObject(serviceObject(store, svc));
    }
  }),
));

// ---------------------------------------------------------------------------------------------
// Set-CsEdgeServer

/** Set-CsEdgeServer parameter -> Edge service property (several are spelled differently). */
const EDGE_PARAMS: Record<string, string> = {
  AccessEdgeClientSipPort: 'AccessEdgeClientPort',
  AccessEdgeExternalSipPort: 'AccessEdgeExternalSipPort',
  AccessEdgeInternalSipPort: 'AccessEdgeInternalSipPort',
  DataPsomClientPort: 'DataPsomClientPort',
  DataPsomServerPort: 'DataPsomServerPort',
  MediaCommunicationPortCount: 'MediaComunicationPortCount',
  MediaCommunicationPortStart: 'MediaCommunicationPortStart',
  MediaRelayAuthEdgePort: 'MediaRelayAuthEdgePort',
  MediaRelayExternalTurnTcpPort: 'MediaRelayAuthExternalTurnTcpPort',
  MediaRelayExternalTurnUdpPort: 'MediaRelayAuthExternalTurnUdpPort',
  MediaRelayInternalTurnTcpPort: 'MediaRelayAuthInternalTurnTcpPort',
  MediaRelayInternalTurnUdpPort: 'MediaRelayAuthInternalTurnUdpPort',
  XmppInternalPort: 'XmppInternalPort',
  XmppListeningPort: 'XmppListeningPort',
  SkypeSearchProxyPort: 'SkypeSearchProxyPort',
};

function edgeServiceFor(ctx: CmdletContext) {
  const store = storeOf(ctx);
  const identity = stringParam(ctx, 'Identity');
  if (identity === undefined) {
    const edges = listServices(store, { role: 'EdgeServer' });
    if (edges.length === 1) return edges[0]!;
    fail(topoErrors.invalid('Specify the Edge service to change with -Identity, for example EdgeServer:edge01.contoso.com.', 'IdentityRequired'));
  }
  const svc = getService(store, /^edgeserver:/i.test(identity) ? identity : `EdgeServer:${identity}`);
  if (!svc || svc.role !== 'EdgeServer') fail(topoErrors.notFound('EdgeServer', identity));
  return svc;
}

/** The Edge service Set-CsEdgeServer changes, its new properties and registrar, checked against the store now. */
function edgeServerPatch(ctx: CmdletContext) {
  const store = storeOf(ctx);
  const svc = edgeServiceFor(ctx);
  const patch: Record<string, unknown> = {};
  for (const [param, prop] of Object.entries(EDGE_PARAMS)) {
    if (ctx.bound.has(param)) patch[prop] = Number(ctx.params[param]);
  }
  let registrar: string | undefined;
  if (ctx.bound.has('Registrar')) {
    const text = stringParam(ctx, 'Registrar') ?? '';
    const reg = getService(store, /^registrar:/i.test(text) ? text : `Registrar:${text}`);
    if (!reg || reg.role !== 'Registrar') fail(topoErrors.invalid(`Registrar "${text}" was not found in the topology.`, 'RegistrarNotFound', text));
    registrar = reg.identity;
  }
  return { svc, patch, registrar };
}

cmdlets.push(csCmdlet('Set-CsEdgeServer', () =>
  recordHandler(async (ctx) => {
    const { svc } = edgeServerPatch(ctx);
    if (!(await ctx.shouldProcess(svc.identity))) return;
    commandTransaction(ctx, (store) => {
      const { svc: current, patch, registrar } = edgeServerPatch(ctx);
      updateServiceProperties(store, current.identity, patch, registrar);
      markReplicationPending(store);
    });
  }),
));
