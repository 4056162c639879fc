// The Central Management Store's configuration documents (XDS): one row per object in
// `config_documents`, keyed by (type, lower-cased identity). Documents are JSON objects whose keys are
// the object's properties in display order (see configSchema.ts).
//
// Writes here do not open transactions of their own beyond what `store.transaction` nests into: a
// cmdlet wraps all writes of one command (or one pipeline record) in a single `store.transaction`.

import type { Store } from './store.js';
import type {
  AccessEdgeConfigurationDoc,
  AllowedDomainDoc,
  BlockedDomainDoc,
  ConfigDocument,
  DocumentScope,
  ExternalAccessPolicyDoc,
  HostingProviderDoc,
  PublicProviderDoc,
  XdsType,
  XmppAllowedPartnerDoc,
  XmppGatewayConfigurationDoc,
} from './configSchema.js';
import { openDocumentSecrets, sealDocumentSecrets, secretProperties } from './secretDocuments.js';

export interface StoredDocument<T extends ConfigDocument = ConfigDocument> {
  type: XdsType;
  identity: string;
  scope: DocumentScope;
  seq: number;
  doc: T;
}

interface Row {
  type: string;
  identity: string;
  scope: string;
  seq: number;
  doc: string;
}

const SCOPE_ORDER = `CASE scope WHEN 'global' THEN 0 WHEN 'site' THEN 1 WHEN 'tag' THEN 2 ELSE 3 END`;

function fromRow<T extends ConfigDocument>(store: Store, row: Row): StoredDocument<T> {
  return {
    type: row.type as XdsType,
    identity: row.identity,
    scope: row.scope as DocumentScope,
    seq: row.seq,
    doc: openDocumentSecrets(store, row.type, JSON.parse(row.doc) as T),
  };
}

export function identityKey(identity: string): string {
  return identity.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Generic document access

/** All documents of a type: Global first, then sites, then tags, then global-relative ones; each group in creation order. */
export function listDocuments<T extends ConfigDocument = ConfigDocument>(store: Store, type: XdsType): StoredDocument<T>[] {
  const rows = store.db
    .prepare(`SELECT type, identity, scope, seq, doc FROM config_documents WHERE type = ? ORDER BY ${SCOPE_ORDER}, seq`)
    .all(type) as Row[];
  return rows.map((r) => fromRow<T>(store, r));
}

export function findDocument<T extends ConfigDocument = ConfigDocument>(store: Store, type: XdsType, identity: string): StoredDocument<T> | undefined {
  const row = store
    .statement('SELECT type, identity, scope, seq, doc FROM config_documents WHERE type = ? AND identity_key = ?')
    .get(type, identityKey(identity)) as Row | undefined;
  return row ? fromRow<T>(store, row) : undefined;
}

/**
 * The identity of a stored document as it is spelled, without reading the document: an existence
 * check cheap enough to run inside every command of a large script.
 */
export function findDocumentIdentity(store: Store, type: XdsType, identity: string): string | undefined {
  const row = store.statement('SELECT identity FROM config_documents WHERE type = ? AND identity_key = ?').get(type, identityKey(identity)) as
    | { identity: string }
    | undefined;
  return row?.identity;
}

/** Inserts a new document; fails (SQLite constraint) when the identity exists. */
export function insertDocument(store: Store, type: XdsType, scope: DocumentScope, doc: ConfigDocument): void {
  const next = store.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM config_documents').get() as { seq: number };
  store.db
    .prepare('INSERT INTO config_documents (type, identity_key, identity, scope, seq, doc) VALUES (?, ?, ?, ?, ?, ?)')
    .run(type, identityKey(doc.Identity), doc.Identity, scope, next.seq, JSON.stringify(sealDocumentSecrets(store, type, doc)));
}

/** Replaces the document with the same identity, keeping its creation order. Returns false when none exists. */
export function updateDocument(store: Store, type: XdsType, doc: ConfigDocument): boolean {
  // A type with secret settings needs the stored document: a secret that cannot be opened is kept as it was.
  const stored = secretProperties(type).length
    ? (store.db.prepare('SELECT doc FROM config_documents WHERE type = ? AND identity_key = ?').get(type, identityKey(doc.Identity)) as { doc: string } | undefined)
    : undefined;
  const info = store.db
    .prepare('UPDATE config_documents SET doc = ?, identity = ? WHERE type = ? AND identity_key = ?')
    .run(JSON.stringify(sealDocumentSecrets(store, type, doc, stored?.doc)), doc.Identity, type, identityKey(doc.Identity));
  return info.changes > 0;
}

export function deleteDocument(store: Store, type: XdsType, identity: string): boolean {
  const info = store.db.prepare('DELETE FROM config_documents WHERE type = ? AND identity_key = ?').run(type, identityKey(identity));
  return info.changes > 0;
}

export function countDocuments(store: Store, type: XdsType): number {
  const row = store.db.prepare('SELECT COUNT(*) AS n FROM config_documents WHERE type = ?').get(type) as { n: number };
  return row.n;
}

// ---------------------------------------------------------------------------------------------
// Facts from other parts of the store that the configuration cmdlets check

/** The site's name as the topology spells it, or undefined when there is no such site. */
export function findSiteName(store: Store, name: string): string | undefined {
  const row = store.db.prepare('SELECT name FROM sites WHERE name = ? COLLATE NOCASE').get(name) as { name: string } | undefined;
  return row?.name;
}

/** Users whose ExternalAccessPolicy attribute names this per-user policy (name without `Tag:`). */
export function countUsersWithExternalAccessPolicy(store: Store, policyName: string): number {
  const row = store.db
    .prepare('SELECT COUNT(*) AS n FROM users WHERE external_access_policy = ? COLLATE NOCASE')
    .get(policyName) as { n: number };
  return row.n;
}

// ---------------------------------------------------------------------------------------------
// Typed reads for other cmdlet families (users, verification, tab completion)

/**
 * An external access policy by identity as an admin writes it: `Global`, `site:Redmond`, `Site:Redmond`,
 * `tag:XmppUsers`, `Tag:XmppUsers` or the bare per-user name `XmppUsers`.
 */
export function getExternalAccessPolicy(store: Store, identity: string): ExternalAccessPolicyDoc | undefined {
  return findDocument<ExternalAccessPolicyDoc>(store, 'ExternalAccessPolicy', canonicalPolicyKey(identity))?.doc;
}

/** The stored spelling of an external access policy's identity (`Tag:XmppUsers`), or undefined. */
export function externalAccessPolicyIdentity(store: Store, identity: string): string | undefined {
  return findDocumentIdentity(store, 'ExternalAccessPolicy', canonicalPolicyKey(identity));
}

/** `global` → `Global`; `site:x`/`tag:x` kept; a bare name → `Tag:name`. Used only for lookups (case-insensitive). */
function canonicalPolicyKey(identity: string): string {
  const text = identity.trim();
  if (text.toLowerCase() === 'global') return 'Global';
  if (/^(site|tag|service):/i.test(text)) return text;
  return `Tag:${text}`;
}

export function listExternalAccessPolicies(store: Store): ExternalAccessPolicyDoc[] {
  return listDocuments<ExternalAccessPolicyDoc>(store, 'ExternalAccessPolicy').map((d) => d.doc);
}

/** Names of the per-user policies (without `Tag:`), in creation order: what Grant -PolicyName accepts. */
export function externalAccessPolicyTagNames(store: Store): string[] {
  return listDocuments(store, 'ExternalAccessPolicy')
    .filter((d) => d.scope === 'tag')
    .map((d) => d.identity.replace(/^tag:/i, ''));
}

export interface EffectivePolicyInput {
  /** The user's ExternalAccessPolicy attribute (name without `Tag:`), or null/empty. */
  policyName?: string | null;
  /** The site of the user's registrar pool, or null. */
  site?: string | null;
}

/**
 * Effective external access policy (DOMAIN.md §1.3): the assigned per-user policy if it still exists,
 * else the policy of the user's site if one exists, else Global.
 */
export function effectiveExternalAccessPolicy(store: Store, input: EffectivePolicyInput): ExternalAccessPolicyDoc {
  const name = input.policyName?.replace(/^tag:/i, '').trim();
  if (name) {
    const tagged = findDocument<ExternalAccessPolicyDoc>(store, 'ExternalAccessPolicy', `Tag:${name}`);
    if (tagged) return tagged.doc;
  }
  if (input.site) {
    const site = findDocument<ExternalAccessPolicyDoc>(store, 'ExternalAccessPolicy', `Site:${input.site}`);
    if (site) return site.doc;
  }
  const global = findDocument<ExternalAccessPolicyDoc>(store, 'ExternalAccessPolicy', 'Global');
  if (!global) throw new Error('The store has no global ExternalAccessPolicy');
  return global.doc;
}

export function listXmppAllowedPartners(store: Store): XmppAllowedPartnerDoc[] {
  return listDocuments<XmppAllowedPartnerDoc>(store, 'XmppAllowedPartner').map((d) => d.doc);
}

/**
 * The allowed partner covering an XMPP domain: its Domain or one of its AdditionalDomains, compared
 * case-insensitively; subdomains are not implied (DOMAIN.md §2.2).
 */
export function findXmppPartnerForDomain(store: Store, domain: string): XmppAllowedPartnerDoc | undefined {
  const d = domain.trim().toLowerCase();
  return listXmppAllowedPartners(store).find(
    (p) => p.Domain.toLowerCase() === d || p.AdditionalDomains.some((a) => a.toLowerCase() === d),
  );
}

/** Every domain named by an allowed partner (primary and additional), for completion. */
export function xmppPartnerDomains(store: Store): string[] {
  return listXmppAllowedPartners(store).flatMap((p) => [p.Domain, ...p.AdditionalDomains]);
}

export function getAccessEdgeConfiguration(store: Store): AccessEdgeConfigurationDoc {
  const d = findDocument<AccessEdgeConfigurationDoc>(store, 'AccessEdgeConfiguration', 'Global');
  if (!d) throw new Error('The store has no global AccessEdgeConfiguration');
  return d.doc;
}

export function getXmppGatewayConfiguration(store: Store): XmppGatewayConfigurationDoc {
  const d = findDocument<XmppGatewayConfigurationDoc>(store, 'XmppGatewayConfiguration', 'Global');
  if (!d) throw new Error('The store has no global XmppGatewayConfiguration');
  return d.doc;
}

export function listAllowedDomains(store: Store): AllowedDomainDoc[] {
  return listDocuments<AllowedDomainDoc>(store, 'AllowedDomain').map((d) => d.doc);
}

export function listBlockedDomains(store: Store): BlockedDomainDoc[] {
  return listDocuments<BlockedDomainDoc>(store, 'BlockedDomain').map((d) => d.doc);
}

export function listPublicProviders(store: Store): PublicProviderDoc[] {
  return listDocuments<PublicProviderDoc>(store, 'PublicProvider').map((d) => d.doc);
}

export function listHostingProviders(store: Store): HostingProviderDoc[] {
  return listDocuments<HostingProviderDoc>(store, 'HostingProvider').map((d) => d.doc);
}
