// The store's logical content as one digest, and a cheap counter of the writes made so far: tests
// use them to prove that a refused command left every table exactly as it was.

import { createHash } from 'node:crypto';
import type { Store } from './store.js';

/** A SHA-256 over every table's rows (in rowid order), table by table in name order. */
export function storeContentDigest(store: Store): string {
  const hash = createHash('sha256');
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`\u0000table ${name}\u0000`);
    const rows = store.db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`).raw().all();
    for (const row of rows) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
  }
  return hash.digest('hex');
}

/** Rows inserted, updated or deleted through this connection since it opened (rolled-back ones included). */
export function storeWriteCount(store: Store): number {
  return (store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
