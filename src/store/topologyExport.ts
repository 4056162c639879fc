// Export and import of the whole configuration (Export-/Import-CsConfiguration): configuration
// documents, SIP domains and the sites' federation routes, as one JSON file that restores them exactly.

import type { Store } from './store.js';
import { listSipDomains, listSites, updateSite, type SipDomainRecord } from './topologyRepository.js';

export interface ConfigDocumentRow {
  type: string;
  identity_key: string;
  identity: string;
  scope: string;
  seq: number;
  doc: string;
}


export function listConfigDocumentRows(store: Store): ConfigDocumentRow[] {
  return store.db.prepare('SELECT type, identity_key, identity, scope, seq, doc FROM config_documents ORDER BY type, seq').all() as ConfigDocumentRow[];
}

export const EXPORT_FORMAT = 'csshell-configuration';
export const EXPORT_VERSION = 1;

export interface ConfigurationExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  configDocuments: ConfigDocumentRow[];
  sipDomains: SipDomainRecord[];
  siteRoutes: { site: string; federationRoute: string | null; xmppFederationRoute: string | null; defaultPersistentChatPool: string | null; description: string | null; displayName: string }[];
}

export function exportConfiguration(store: Store, now = new Date()): ConfigurationExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    configDocuments: listConfigDocumentRows(store),
    sipDomains: listSipDomains(store),
    siteRoutes: listSites(store).map((s) => ({
      site: s.name,
      federationRoute: s.federationRoute,
      xmppFederationRoute: s.xmppFederationRoute,
      defaultPersistentChatPool: s.defaultPersistentChatPool,
      description: s.description,
      displayName: s.displayName,
    })),
  };
}

/** Checks the shape of an export; returns an error text or undefined. */
export function validateExport(data: unknown): string | undefined {
  const d = data as Partial<ConfigurationExport> | null;
  if (!d || typeof d !== 'object' || d.format !== EXPORT_FORMAT) return 'The file is not a configuration export.';
  if (typeof d.version !== 'number' || d.version > EXPORT_VERSION) return `Unsupported configuration export version ${String(d.version)}.`;
  if (!Array.isArray(d.configDocuments) || !Array.isArray(d.sipDomains) || !Array.isArray(d.siteRoutes)) return 'The configuration export is incomplete.';
  return undefined;
}

/** Replaces the configuration with an export, in one transaction. Sites not in the topology are skipped. */
export function importConfiguration(store: Store, data: ConfigurationExport): void {
  store.transaction(() => {
    store.db.prepare('DELETE FROM config_documents').run();
    const ins = store.db.prepare('INSERT INTO config_documents (type, identity_key, identity, scope, seq, doc) VALUES (?, ?, ?, ?, ?, ?)');
    for (const r of data.configDocuments) ins.run(r.type, r.identity_key, r.identity, r.scope, r.seq, r.doc);
    store.db.prepare('DELETE FROM sip_domains').run();
    const insD = store.db.prepare('INSERT INTO sip_domains (name, is_default, seq) VALUES (?, ?, ?)');
    data.sipDomains.forEach((d, i) => insD.run(d.name, d.isDefault ? 1 : 0, i + 1));
    const known = new Set(listSites(store).map((s) => s.name.toLowerCase()));
    for (const r of data.siteRoutes) {
      if (!known.has(r.site.toLowerCase())) continue;
      const { site, ...patch } = r;
      updateSite(store, site, patch);
    }
  });
}
