// Reads and writes of the published topology: SIP domains, sites, pools, computers, services.
// Windows service state, replicas and DNS live in topologyRuntime.ts and dnsRepository.ts.

import type { Store } from './store.js';
import {
  PRODUCT_VERSIONS,
  type ComputerRecord,
  type PoolRecord,
  type ServiceRecord,
  type SipDomainRecord,
  type SiteRecord,
} from './topologyTypes.js';

export * from './topologyTypes.js';

// ---------------------------------------------------------------------------------------------
// SIP domains

export function listSipDomains(store: Store): SipDomainRecord[] {
  const rows = store.db.prepare('SELECT name, is_default FROM sip_domains ORDER BY seq').all() as { name: string; is_default: number }[];
  return rows.map((r) => ({ name: r.name, isDefault: r.is_default === 1 }));
}

export function getSipDomain(store: Store, name: string): SipDomainRecord | undefined {
  const r = store.db.prepare('SELECT name, is_default FROM sip_domains WHERE name = ?').get(name) as { name: string; is_default: number } | undefined;
  return r ? { name: r.name, isDefault: r.is_default === 1 } : undefined;
}

export function defaultSipDomain(store: Store): string | undefined {
  return listSipDomains(store).find((d) => d.isDefault)?.name ?? listSipDomains(store)[0]?.name;
}

/** Adds a SIP domain; making it the default clears the flag on the others. */
export function addSipDomain(store: Store, name: string, isDefault: boolean): void {
  store.transaction(() => {
    if (isDefault) store.db.prepare('UPDATE sip_domains SET is_default = 0').run();
    const seq = (store.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM sip_domains').get() as { n: number }).n;
    store.db.prepare('INSERT INTO sip_domains (name, is_default, seq) VALUES (?, ?, ?)').run(name, isDefault ? 1 : 0, seq);
  });
}

export function setDefaultSipDomain(store: Store, name: string): void {
  store.transaction(() => {
    store.db.prepare('UPDATE sip_domains SET is_default = 0').run();
    store.db.prepare('UPDATE sip_domains SET is_default = 1 WHERE name = ?').run(name);
  });
}

/** Replaces the SIP domain list (a published topology), keeping the given order. */
export function replaceSipDomains(store: Store, domains: SipDomainRecord[]): void {
  store.transaction(() => {
    store.db.prepare('DELETE FROM sip_domains').run();
    const ins = store.db.prepare('INSERT INTO sip_domains (name, is_default, seq) VALUES (?, ?, ?)');
    domains.forEach((d, i) => ins.run(d.name, d.isDefault ? 1 : 0, i + 1));
  });
}

export function removeSipDomain(store: Store, name: string): boolean {
  return store.db.prepare('DELETE FROM sip_domains WHERE name = ?').run(name).changes > 0;
}

// ---------------------------------------------------------------------------------------------
// Sites

type SiteDoc = Omit<SiteRecord, 'name' | 'siteId'>;

function siteFromRow(r: { name: string; site_id: number; doc: string }): SiteRecord {
  const d = JSON.parse(r.doc) as SiteDoc;
  return { name: r.name, siteId: r.site_id, ...d };
}

export function listSites(store: Store): SiteRecord[] {
  const rows = store.db.prepare('SELECT name, site_id, doc FROM sites ORDER BY site_id').all() as { name: string; site_id: number; doc: string }[];
  return rows.map(siteFromRow);
}

/** A site by bare name (`Redmond`), scoped name (`site:Redmond`) or SiteId (`1`). */
export function getSite(store: Store, identity: string): SiteRecord | undefined {
  const name = identity.replace(/^site:/i, '').trim();
  const r = (/^\d+$/.test(name)
    ? store.db.prepare('SELECT name, site_id, doc FROM sites WHERE site_id = ?').get(Number(name))
    : store.db.prepare('SELECT name, site_id, doc FROM sites WHERE name = ?').get(name)) as { name: string; site_id: number; doc: string } | undefined;
  return r ? siteFromRow(r) : undefined;
}

export function insertSite(store: Store, site: SiteRecord): void {
  const { name, siteId, ...doc } = site;
  store.db.prepare('INSERT INTO sites (name, site_id, doc) VALUES (?, ?, ?)').run(name, siteId, JSON.stringify(doc));
}

export function updateSite(store: Store, name: string, patch: Partial<SiteDoc>): SiteRecord {
  const site = getSite(store, name);
  if (!site) throw new Error(`Site ${name} not found`);
  const next = { ...site, ...patch };
  const { name: n, siteId: _id, ...doc } = next;
  store.db.prepare('UPDATE sites SET doc = ? WHERE name = ?').run(JSON.stringify(doc), n);
  return next;
}

// ---------------------------------------------------------------------------------------------
// Pools and computers

type PoolDoc = Omit<PoolRecord, 'fqdn' | 'site'>;

function poolFromRow(r: { fqdn: string; site: string; doc: string }): PoolRecord {
  return { fqdn: r.fqdn, site: r.site, ...(JSON.parse(r.doc) as PoolDoc) };
}

export function listPools(store: Store, filter: { site?: string } = {}): PoolRecord[] {
  const site = filter.site?.replace(/^site:/i, '');
  const rows = (site === undefined
    ? store.db.prepare('SELECT fqdn, site, doc FROM pools ORDER BY seq, fqdn').all()
    : store.db.prepare('SELECT fqdn, site, doc FROM pools WHERE site = ? ORDER BY seq, fqdn').all(site)) as { fqdn: string; site: string; doc: string }[];
  return rows.map(poolFromRow);
}

export function getPool(store: Store, fqdn: string): PoolRecord | undefined {
  const r = store.db.prepare('SELECT fqdn, site, doc FROM pools WHERE fqdn = ?').get(fqdn.trim()) as { fqdn: string; site: string; doc: string } | undefined;
  return r ? poolFromRow(r) : undefined;
}

export function insertPool(store: Store, pool: PoolRecord, seq: number): void {
  const { fqdn, site, ...doc } = pool;
  store.db.prepare('INSERT INTO pools (fqdn, site, seq, doc) VALUES (?, ?, ?, ?)').run(fqdn, site, seq, JSON.stringify(doc));
}

/** True when the pool's product still ships the XMPP gateway (LS13 / SfB15, not SfB19). */
export function poolSupportsXmpp(pool: PoolRecord): boolean {
  return PRODUCT_VERSIONS[pool.productVersion]?.xmppGateway ?? false;
}

function computerFromRow(r: { fqdn: string; pool: string; doc: string }): ComputerRecord {
  const d = JSON.parse(r.doc) as { ipAddress?: string | null };
  return { fqdn: r.fqdn, pool: r.pool, ipAddress: d.ipAddress ?? null };
}

export function listComputers(store: Store, filter: { pool?: string } = {}): ComputerRecord[] {
  const rows = (filter.pool === undefined
    ? store.db.prepare('SELECT c.fqdn, c.pool, c.doc FROM computers c JOIN pools p ON p.fqdn = c.pool ORDER BY p.seq, c.seq, c.fqdn').all()
    : store.db.prepare('SELECT fqdn, pool, doc FROM computers WHERE pool = ? ORDER BY seq, fqdn').all(filter.pool)) as { fqdn: string; pool: string; doc: string }[];
  return rows.map(computerFromRow);
}

export function getComputer(store: Store, fqdn: string): ComputerRecord | undefined {
  const r = store.db.prepare('SELECT fqdn, pool, doc FROM computers WHERE fqdn = ?').get(fqdn.trim()) as { fqdn: string; pool: string; doc: string } | undefined;
  return r ? computerFromRow(r) : undefined;
}

/**
 * A computer by FQDN, or by its host name alone when exactly one computer of the topology has that name
 * (`edge01` → edge01.contoso.com). [I] An ambiguous or unknown short name finds nothing.
 */
export function findComputerByName(store: Store, name: string): ComputerRecord | undefined {
  const exact = getComputer(store, name);
  const host = name.trim();
  if (exact || host.includes('.') || host === '') return exact;
  const rows = store.db.prepare("SELECT fqdn, pool, doc FROM computers WHERE fqdn LIKE ? ESCAPE '\\'").all(`${host.replace(/[\\%_]/g, '\\$&')}.%`) as {
    fqdn: string;
    pool: string;
    doc: string;
  }[];
  return rows.length === 1 ? computerFromRow(rows[0]!) : undefined;
}

export function insertComputer(store: Store, computer: ComputerRecord, seq: number): void {
  store.db.prepare('INSERT INTO computers (fqdn, pool, seq, doc) VALUES (?, ?, ?, ?)').run(computer.fqdn, computer.pool, seq, JSON.stringify({ ipAddress: computer.ipAddress }));
}

/** Roles of the services of the computer's pool (`EdgeServer`, `Registrar`, …); empty when the computer is unknown. */
export function computerRoles(store: Store, fqdn: string): string[] {
  const c = getComputer(store, fqdn);
  if (!c) return [];
  return listServices(store, { pool: c.pool }).map((s) => s.role);
}

export function isEdgeComputer(store: Store, fqdn: string): boolean {
  return computerRoles(store, fqdn).includes('EdgeServer');
}

// ---------------------------------------------------------------------------------------------
// Services

interface ServiceDoc {
  serviceId: string;
  registrar: string | null;
  properties: Record<string, unknown>;
}

interface ServiceRow {
  identity: string;
  role: string;
  pool: string;
  doc: string;
  site: string;
  site_id: number;
  pool_doc: string;
}

const SERVICE_SELECT = `SELECT s.identity, s.role, s.pool, s.doc, p.site, st.site_id, p.doc AS pool_doc
  FROM services s JOIN pools p ON p.fqdn = s.pool JOIN sites st ON st.name = p.site`;

function serviceFromRow(r: ServiceRow): ServiceRecord {
  const d = JSON.parse(r.doc) as ServiceDoc;
  const pool = JSON.parse(r.pool_doc) as PoolDoc;
  return {
    identity: r.identity,
    role: r.role,
    pool: r.pool,
    site: r.site,
    siteId: r.site_id,
    serviceId: d.serviceId,
    version: PRODUCT_VERSIONS[pool.productVersion]?.number ?? 0,
    registrar: d.registrar,
    properties: d.properties,
  };
}

export function listServices(store: Store, filter: { role?: string; pool?: string } = {}): ServiceRecord[] {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.role !== undefined) (where.push('s.role = ?'), args.push(filter.role));
  if (filter.pool !== undefined) (where.push('s.pool = ?'), args.push(filter.pool));
  const sql = `${SERVICE_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY st.site_id, p.seq, s.seq`;
  return (store.db.prepare(sql).all(...args) as ServiceRow[]).map(serviceFromRow);
}

/** A service by identity `Role:fqdn` (a `service:` prefix is tolerated). */
export function getService(store: Store, identity: string): ServiceRecord | undefined {
  const id = identity.trim().replace(/^service:/i, '');
  const r = store.db.prepare(`${SERVICE_SELECT} WHERE s.identity = ?`).get(id) as ServiceRow | undefined;
  return r ? serviceFromRow(r) : undefined;
}

export function insertService(store: Store, svc: { role: string; pool: string; serviceId: string; registrar?: string | null; properties?: Record<string, unknown> }, seq: number): void {
  const doc: ServiceDoc = { serviceId: svc.serviceId, registrar: svc.registrar ?? null, properties: svc.properties ?? {} };
  store.db.prepare('INSERT INTO services (identity, role, pool, seq, doc) VALUES (?, ?, ?, ?, ?)').run(`${svc.role}:${svc.pool}`, svc.role, svc.pool, seq, JSON.stringify(doc));
}

/** Changes role properties of a service (keeps their order; new names are appended). */
export function updateServiceProperties(store: Store, identity: string, patch: Record<string, unknown>, registrar?: string | null): ServiceRecord {
  const svc = getService(store, identity);
  if (!svc) throw new Error(`Service ${identity} not found`);
  const properties = { ...svc.properties, ...patch };
  const doc: ServiceDoc = { serviceId: svc.serviceId, registrar: registrar === undefined ? svc.registrar : registrar, properties };
  store.db.prepare('UPDATE services SET doc = ? WHERE identity = ?').run(JSON.stringify(doc), svc.identity);
  return { ...svc, properties, registrar: doc.registrar };
}

/** `EdgeServer:<fqdn>` → the Edge service, when the route names an existing Edge service. */
export function resolveEdgeRoute(store: Store, route: string | null | undefined): ServiceRecord | undefined {
  if (!route) return undefined;
  const svc = getService(store, route);
  return svc && svc.role.toLowerCase() === 'edgeserver' ? svc : undefined;
}

/**
 * The Edge service a site federates through: its XmppFederationRoute (kind 'xmpp') or FederationRoute
 * (kind 'sip'). Undefined when the site has no such route or the route names no Edge service.
 */
export function getEdgeForSite(store: Store, site: string, kind: 'xmpp' | 'sip' = 'xmpp'): ServiceRecord | undefined {
  const s = getSite(store, site);
  if (!s) return undefined;
  return resolveEdgeRoute(store, kind === 'xmpp' ? s.xmppFederationRoute : s.federationRoute);
}
