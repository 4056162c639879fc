// A store's content saved as one file and put back into the same open store: a training lab keeps
// its starting state beside its store so the trainee can go back to it from inside the lab shell,
// where the store stays open. The rows are copied, not the file, so the open connection (and the
// key that seals the store's secrets) stays the same.

import type { Store } from './store.js';

/**
 * The whole database as bytes (a consistent copy, whatever the write-ahead log holds), marked as a
 * rollback-journal database (header bytes 18 and 19): read later on its own, it then needs no
 * write-ahead log files beside it.
 */
export function storeBytes(store: Store): Buffer {
  const bytes = store.db.serialize();
  bytes[18] = 1;
  bytes[19] = 1;
  return bytes;
}

export class StoreRestoreError extends Error {}

function tableNames(store: Store, schema: 'main' | 'saved'): string[] {
  return (store.db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]);
}

/**
 * Replaces every row of `store` with the rows of the store saved at `savedPath` (by storeBytes from
 * the same store), in one transaction. A saved file whose tables differ (another schema version) is
 * refused with a StoreRestoreError and nothing changes.
 */
export function restoreStoreRows(store: Store, savedPath: string): void {
  store.db.prepare('ATTACH DATABASE ? AS saved').run(savedPath);
  try {
    const tables = tableNames(store, 'main');
    if (tables.join('\n') !== tableNames(store, 'saved').join('\n')) {
      throw new StoreRestoreError('the saved state was made by another version of csshell (its tables differ)');
    }
    // The rows come from one consistent state; while they are replaced, references (some of them
    // ON DELETE RESTRICT, which no deferral relaxes) would stop the emptying. The switch cannot
    // change inside a transaction, hence around it.
    store.db.pragma('foreign_keys = OFF');
    store.transaction(() => {
      for (const t of tables) store.db.prepare(`DELETE FROM main."${t}"`).run();
      for (const t of tables) store.db.prepare(`INSERT INTO main."${t}" SELECT * FROM saved."${t}"`).run();
    });
  } finally {
    store.db.pragma('foreign_keys = ON');
    store.db.prepare('DETACH DATABASE saved').run();
  }
}
