// Everything of a deployment that a script can change, read as plain objects for comparing two states
// (`csshell run --dry-run`, `csshell diff`): configuration documents (policies, partners, Access Edge
// and gateway settings, domains, providers), the topology, users and their policy assignments,
// certificates and their assignments, DNS records and Windows services. [I] Left out: replication
// status and timestamps the store keeps for itself (they change with every write and mean nothing
// to the admin), key material, and the lab certification authority.

import type { Store } from './store.js';
import { listConfigDocumentRows, type ConfigurationExport } from './topologyExport.js';
import { openDocumentSecrets, secretProperties } from './secretDocuments.js';
import type { ConfigDocument } from './configSchema.js';
import { parseCertificate } from '../pki/certificate.js';

export interface SnapshotObject {
  /** The object type as admins know it: `ExternalAccessPolicy`, `User`, `CertificateAssignment`, … */
  type: string;
  /** How the object is named in the diff. */
  identity: string;
  properties: Record<string, unknown>;
  /** Properties whose values are secret: compared, never shown. */
  secret?: string[];
}

/** The objects of one state, keyed by type and identity key. */
export type Snapshot = Map<string, SnapshotObject>;

function keyOf(type: string, key: string): string {
  return `${type}\u0000${key.toLowerCase()}`;
}

function add(snapshot: Snapshot, key: string, object: SnapshotObject): void {
  snapshot.set(keyOf(object.type, key), object);
}

/** `is_default` -> `IsDefault`. */
function propertyName(column: string): string {
  return column.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
}

/**
 * The columns as properties (minus the hidden ones; 0/1 flags as booleans, JSON lists parsed), then
 * what `derive` adds, then the JSON document in `doc`, if any, spread over them.
 */
function rowProperties(row: Record<string, unknown>, t: TableReading, hidden: string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'doc' || hidden.includes(column)) continue;
    const flag = t.flags?.includes(column) && typeof value === 'number';
    const list = t.lists?.includes(column) && typeof value === 'string';
    props[propertyName(column)] = flag ? value !== 0 : list ? (JSON.parse(value) as unknown) : value;
  }
  if (t.derive) Object.assign(props, t.derive(row));
  if (typeof row.doc === 'string') Object.assign(props, JSON.parse(row.doc) as Record<string, unknown>);
  return props;
}

/** What a certificate is, read from its DER bytes (the bytes themselves are not compared as such). */
function certificateProperties(row: Record<string, unknown>): Record<string, unknown> {
  const info = parseCertificate(row.der as Buffer);
  return {
    Subject: info.subject,
    Issuer: info.issuer,
    AlternativeNames: info.alternativeNames,
    NotAfter: info.notAfter.toISOString(),
    HasPrivateKey: row.private_key_pem !== null && row.private_key_pem !== undefined,
  };
}

/** A configuration document; its Identity is the object's name, not one of the properties compared. */
function documentObject(type: string, identity: string, doc: ConfigDocument): SnapshotObject {
  const { Identity: _identity, ...properties } = doc as Record<string, unknown>;
  const secret = secretProperties(type);
  return { type, identity, properties, ...(secret.length ? { secret } : {}) };
}

/** A table read whole: its object type, key columns, how an object is named, and columns not shown. */
interface TableReading {
  table: string;
  type: string;
  key: string[];
  name?: (row: Record<string, unknown>) => string;
  hidden?: string[];
  /** 0/1 columns shown as False/True. */
  flags?: string[];
  /** Columns holding a JSON list. */
  lists?: string[];
  derive?: (row: Record<string, unknown>) => Record<string, unknown>;
}

// [I] The table names are fixed here (never from input); `seq` orders rows and is not a property.
const TABLES: TableReading[] = [
  { table: 'sip_domains', type: 'SipDomain', key: ['name'], hidden: ['seq'], flags: ['is_default'] },
  { table: 'sites', type: 'Site', key: ['name'] },
  { table: 'pools', type: 'Pool', key: ['fqdn'], hidden: ['seq'] },
  { table: 'computers', type: 'Computer', key: ['fqdn'], hidden: ['seq'] },
  { table: 'services', type: 'Service', key: ['identity'], hidden: ['seq'] },
  { table: 'users', type: 'User', key: ['dn'], name: (r) => String(r.sip_address ?? r.upn), hidden: ['id'], flags: ['enabled'] },
  {
    table: 'cert_store', type: 'Certificate', key: ['computer', 'thumbprint'], name: (r) => `${String(r.thumbprint)} on ${String(r.computer)}`,
    hidden: ['der', 'private_key_pem', 'chain_pem', 'added'], flags: ['key_exportable'], derive: certificateProperties,
  },
  {
    table: 'cert_assignments', type: 'CertificateAssignment', key: ['scope', 'use'], name: (r) => `${String(r.use)} on ${String(r.scope)}`,
    hidden: ['update_time', 'seq', 'source_scope'],
  },
  {
    table: 'cert_requests', type: 'CertificateRequest', key: ['request_id'], name: (r) => `Request ${String(r.request_id)} on ${String(r.computer)}`,
    hidden: ['csr_pem', 'private_key_pem', 'modulus', 'created'], flags: ['key_exportable'], lists: ['types', 'alternative_names'],
  },
  { table: 'dns_records', type: 'DnsRecord', key: ['name', 'type', 'target'], name: (r) => `${String(r.name)} ${String(r.type)} ${String(r.target)}` },
  { table: 'windows_services', type: 'WindowsService', key: ['computer', 'name'], name: (r) => `${String(r.name)} on ${String(r.computer)}`, hidden: ['seq', 'display_name'] },
];

/** The whole deployment of a store, read in one consistent transaction. */
export function readStoreSnapshot(store: Store): Snapshot {
  return store.read(() => {
    const snapshot: Snapshot = new Map();
    for (const row of listConfigDocumentRows(store)) {
      const doc = openDocumentSecrets(store, row.type, JSON.parse(row.doc) as ConfigDocument);
      add(snapshot, row.identity_key, documentObject(row.type, row.identity, doc));
    }
    for (const t of TABLES) {
      const rows = store.db.prepare(`SELECT * FROM ${t.table}`).all() as Record<string, unknown>[];
      for (const row of rows) {
        const key = t.key.map((k) => String(row[k])).join('\u0000');
        const identity = t.name ? t.name(row) : String(row[t.key[0]!]);
        add(snapshot, key, { type: t.type, identity, properties: rowProperties(row, t, [...t.key.slice(t.name ? 0 : 1), ...(t.hidden ?? [])]) });
      }
    }
    return snapshot;
  });
}

/**
 * The objects of an Export-CsConfiguration file: configuration documents (secrets stay sealed and are
 * compared as sealed), SIP domains and the sites' federation routes.
 */
export function exportSnapshot(data: ConfigurationExport): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const row of data.configDocuments) {
    add(snapshot, row.identity_key, documentObject(row.type, row.identity, JSON.parse(row.doc) as ConfigDocument));
  }
  for (const d of data.sipDomains) {
    const { name, ...rest } = d as unknown as Record<string, unknown>;
    add(snapshot, String(name), { type: 'SipDomain', identity: String(name), properties: rest });
  }
  for (const r of data.siteRoutes) {
    const { site, ...rest } = r;
    add(snapshot, site, { type: 'Site', identity: site, properties: rest });
  }
  return snapshot;
}
