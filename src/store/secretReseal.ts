// Opening a store: its key is loaded (or created with a new store), its files are made owner-only,
// and secrets written in clear by releases before sealing existed are sealed now ([I] on open rather
// than on the next write, so a store never keeps a plain key once this release has opened it).

import type { Store } from './store.js';
import { CERT_KEY_LABEL } from './certificateRepository.js';
import { LAB_CA_KEY_LABEL, REQUEST_KEY_LABEL } from './certificateRequests.js';
import { SEALED_PREFIX, restrictStoreFiles, secretBoxOf, type SecretBox } from './secretBox.js';
import { sealDocumentSecrets, secretProperties } from './secretDocuments.js';
import { xdsSchemas, type ConfigDocument } from './configSchema.js';

/** The hook openStore calls once the store is open. */
export function protectStoreSecrets(store: Store): void {
  restrictStoreFiles(store.path);
  const box = secretBoxOf(store);
  if (!box.available) return;
  // A store first opened by this release may hold plain keys, live or left in free pages by deletions.
  const upgraded = box.firstKeyed && !store.isNew;
  if (!upgraded && !hasPlainSecrets(store)) return;
  store.db.pragma('secure_delete = ON');
  store.transaction(() => sealPlainSecrets(store, box));
  if (store.path === ':memory:') return;
  // Rebuild the file without its free pages, then fold the WAL back so no old page survives on disk.
  store.db.exec('VACUUM');
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  restrictStoreFiles(store.path);
}

interface KeyColumn {
  table: string;
  id: string;
  column: string;
  label: string;
}

/** Every column that holds a private key. */
const KEY_COLUMNS: KeyColumn[] = [
  { table: 'cert_store', id: 'rowid', column: 'private_key_pem', label: CERT_KEY_LABEL },
  { table: 'cert_requests', id: 'request_id', column: 'private_key_pem', label: REQUEST_KEY_LABEL },
  { table: 'cert_lab_ca', id: 'id', column: 'key_pem', label: LAB_CA_KEY_LABEL },
];

const PLAIN = `IS NOT NULL AND substr(%c, 1, ${SEALED_PREFIX.length}) <> '${SEALED_PREFIX}'`;

function plainCondition(column: string): string {
  return `${column} ${PLAIN.replace('%c', column)}`;
}

function secretDocumentTypes(): string[] {
  return Object.keys(xdsSchemas).filter((t) => secretProperties(t).length > 0);
}

function hasPlainSecrets(store: Store): boolean {
  for (const c of KEY_COLUMNS) {
    if (store.db.prepare(`SELECT 1 FROM ${c.table} WHERE ${plainCondition(c.column)} LIMIT 1`).get()) return true;
  }
  return plainDocuments(store).length > 0;
}

interface DocumentRow {
  rowid: number;
  type: string;
  doc: string;
}

function plainDocuments(store: Store): DocumentRow[] {
  const out: DocumentRow[] = [];
  for (const type of secretDocumentTypes()) {
    const rows = store.db.prepare('SELECT rowid, type, doc FROM config_documents WHERE type = ?').all(type) as DocumentRow[];
    for (const row of rows) {
      const doc = JSON.parse(row.doc) as Record<string, unknown>;
      if (secretProperties(type).some((n) => typeof doc[n] === 'string' && doc[n] !== '' && !String(doc[n]).startsWith(SEALED_PREFIX))) out.push(row);
    }
  }
  return out;
}

function sealPlainSecrets(store: Store, box: SecretBox): void {
  for (const c of KEY_COLUMNS) {
    const rows = store.db.prepare(`SELECT ${c.id} AS id, ${c.column} AS value FROM ${c.table} WHERE ${plainCondition(c.column)}`).all() as { id: number; value: string }[];
    const update = store.db.prepare(`UPDATE ${c.table} SET ${c.column} = ? WHERE ${c.id} = ?`);
    for (const r of rows) update.run(box.seal(r.value, c.label, 'a private key'), r.id);
  }
  const update = store.db.prepare('UPDATE config_documents SET doc = ? WHERE rowid = ?');
  for (const row of plainDocuments(store)) {
    update.run(JSON.stringify(sealDocumentSecrets(store, row.type, JSON.parse(row.doc) as ConfigDocument)), row.rowid);
  }
}
