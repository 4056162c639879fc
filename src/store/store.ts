// The store: one better-sqlite3 connection, versioned migrations, WAL, and the rule that every
// command's writes happen in one transaction (a failed command leaves the database unchanged).
// This folder is the only place with SQL.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations/index.js';

export type Db = Database.Database;

export class Store {
  readonly db: Db;
  /** True when this open created the schema (a new store, to be seeded). */
  readonly isNew: boolean;

  private constructor(db: Db, isNew: boolean, readonly path: string) {
    this.db = db;
    this.isNew = isNew;
  }

  /** Opens (creating if needed) a store file, or `:memory:`. Does not seed; see openStore in ./open.ts. */
  static open(path: string): Store {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('busy_timeout = 5000');
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    const before = db.pragma('user_version', { simple: true }) as number;
    migrate(db);
    return new Store(db, before === 0, path);
  }

  /**
   * Runs `fn` in one transaction. Nested calls join the outer transaction. If `fn` throws, every write
   * it made is rolled back and the error is re-thrown.
   */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    return this.db.transaction(fn)();
  }

  getMeta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  close(): void {
    this.db.close();
  }
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      if (m.sql.trim()) db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
