// Loads a topology fixture (by default the demo deployment, fixtures/topologies/contoso.json): SIP
// domains, sites, pools, computers, services, users, AD accounts, DNS records, Windows services, replicas.
// The JSON is imported (not read from disk) so it is part of the bundle.

import contoso from '../../fixtures/topologies/contoso.json' with { type: 'json' };
import type { Store } from './store.js';
import type { TopologyFixture } from './topologyTypes.js';
import { addSipDomain, insertComputer, insertPool, insertService, insertSite } from './topologyRepository.js';
import { insertUsers } from './usersRepository.js';
import { addDnsRecord } from './dnsRepository.js';
import { insertWindowsService, upsertReplica } from './topologyRuntime.js';

export const demoTopology = contoso as unknown as TopologyFixture;

export function seedDemoTopology(store: Store): void {
  loadTopologyFixture(store, demoTopology);
}

/** Writes a whole fixture into an empty store, in one transaction. */
export function loadTopologyFixture(store: Store, fx: TopologyFixture, now = new Date()): void {
  store.transaction(() => {
    for (const d of fx.sipDomains) addSipDomain(store, d.name, d.isDefault);
    for (const s of fx.sites) {
      insertSite(store, {
        name: s.name,
        siteId: s.siteId,
        siteType: s.siteType ?? 'CentralSite',
        description: s.description ?? null,
        displayName: s.displayName ?? s.name,
        federationRoute: s.federationRoute ?? null,
        xmppFederationRoute: s.xmppFederationRoute ?? null,
        defaultPersistentChatPool: s.defaultPersistentChatPool ?? null,
        parentSite: s.parentSite ?? null,
      });
    }
    loadPoolsAndServices(store, fx, now);
    for (const [computer, list] of Object.entries(fx.windowsServices)) {
      list.forEach((ws, i) => insertWindowsService(store, { computer, ...ws }, i + 1));
    }
    for (const r of fx.dns) addDnsRecord(store, r);
    insertUsers(store, fx.users);
  });
}

function loadPoolsAndServices(store: Store, fx: TopologyFixture, now: Date): void {
  const siteIds = new Map(fx.sites.map((s) => [s.name.toLowerCase(), s.siteId]));
  let computerSeq = 0;
  fx.pools.forEach((p, i) => {
    const { computers, ...pool } = p;
    insertPool(store, pool, i + 1);
    for (const c of computers) {
      insertComputer(store, { fqdn: c.fqdn, pool: p.fqdn, ipAddress: c.ipAddress ?? null }, ++computerSeq);
      upsertReplica(store, { fqdn: c.fqdn, upToDate: true, lastStatusReport: now.toISOString(), lastUpdateCreation: now.toISOString() });
    }
  });
  const perRoleCount = new Map<string, number>();
  fx.services.forEach((svc, i) => {
    const pool = fx.pools.find((p) => p.fqdn.toLowerCase() === svc.pool.toLowerCase());
    const siteId = siteIds.get(pool?.site.toLowerCase() ?? '') ?? 0;
    const key = `${siteId}-${svc.role}`;
    const n = (perRoleCount.get(key) ?? 0) + 1;
    perRoleCount.set(key, n);
    insertService(store, { role: svc.role, pool: svc.pool, serviceId: `${siteId}-${svc.role}-${n}`, registrar: svc.registrar ?? null, properties: svc.properties }, i + 1);
  });
}
