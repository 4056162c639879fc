// Export and import of the whole configuration (Export-/Import-CsConfiguration): configuration
// documents, SIP domains and the sites' federation routes, as one JSON file that restores them exactly.
// Secret settings travel sealed with the exporting store's key (never in clear): they come back into
// the same store; another store cannot open them and drops them (see resealImportedDocument).

import type { Store } from './store.js';
import { listSipDomains, listSites, updateSite, type SipDomainRecord } from './topologyRepository.js';
import { resealImportedDocument } from './secretDocuments.js';

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
  return documentProblem(d.configDocuments) ?? sipDomainProblem(d.sipDomains) ?? siteRouteProblem(d.siteRoutes);
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** Every configuration document row complete, its document JSON, each (type, identity) once. */
function documentProblem(rows: unknown[]): string | undefined {
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const r = row as Partial<ConfigDocumentRow> | null;
    const complete = !!r && isText(r.type) && isText(r.identity_key) && isText(r.identity) && isText(r.scope) && Number.isInteger(r.seq) && isText(r.doc);
    if (!complete) return `The configuration export is damaged: configuration document ${i + 1} is incomplete.`;
    try {
      JSON.parse(r.doc!);
    } catch {
      return `The configuration export is damaged: the settings of "${r.identity}" (${r.type}) cannot be read.`;
    }
    const key = `${r.type}\u0000${r.identity_key}`;
    if (seen.has(key)) return `The configuration export is damaged: "${r.identity}" (${r.type}) appears more than once.`;
    seen.add(key);
  }
  return undefined;
}

/** SIP domains named once each (names compare without case), at most one default. */
function sipDomainProblem(domains: unknown[]): string | undefined {
  const seen = new Set<string>();
  let defaults = 0;
  for (const entry of domains) {
    const d = entry as Partial<SipDomainRecord> | null;
    if (!d || !isText(d.name) || !d.name.trim()) return 'The configuration export is damaged: a SIP domain has no name.';
    if (seen.has(d.name.toLowerCase())) return `The configuration export is damaged: SIP domain "${d.name}" appears more than once.`;
    seen.add(d.name.toLowerCase());
    if (d.isDefault === true) defaults++;
  }
  if (defaults > 1) return 'The configuration export is damaged: more than one SIP domain is the default.';
  return undefined;
}

function siteRouteProblem(routes: unknown[]): string | undefined {
  const ok = routes.every((entry) => {
    const r = entry as Partial<ConfigurationExport['siteRoutes'][number]> | null;
    return !!r && isText(r.site) && isText(r.displayName);
  });
  return ok ? undefined : 'The configuration export is damaged: a site entry is incomplete.';
}

/** A secret setting an import could not bring (sealed with another store's key). */
export interface DroppedSecret {
  type: string;
  identity: string;
  property: string;
}

/**
 * Replaces the configuration with an export, in one transaction. Sites not in the topology are skipped.
 * Returns the secret settings that were dropped.
 */
export function importConfiguration(store: Store, data: ConfigurationExport): DroppedSecret[] {
  const dropped: DroppedSecret[] = [];
  store.transaction(() => {
    store.db.prepare('DELETE FROM config_documents').run();
    const ins = store.db.prepare('INSERT INTO config_documents (type, identity_key, identity, scope, seq, doc) VALUES (?, ?, ?, ?, ?, ?)');
    for (const r of data.configDocuments) {
      const doc = resealImportedDocument(store, r.type, r.doc);
      dropped.push(...doc.dropped.map((property) => ({ type: r.type, identity: r.identity, property })));
      ins.run(r.type, r.identity_key, r.identity, r.scope, r.seq, doc.json);
    }
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
  return dropped;
}
