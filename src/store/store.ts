// The store: one better-sqlite3 connection, versioned migrations, WAL, and the rule that every
// command's writes happen in one transaction (a failed command leaves the database unchanged).
// Several processes may share a store file: writers take turns (BEGIN IMMEDIATE, busy timeout).
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
   * Runs `fn` in one write transaction begun IMMEDIATE: the write lock is taken (waiting up to the busy
   * timeout for another process to finish) before `fn` reads anything, so a read-modify-write in `fn`
   * sees the latest committed data and nobody can write in between. A DEFERRED transaction would take
   * the lock only at its first write and fail at once with SQLITE_BUSY when another process wrote
   * since its read. Nested calls become savepoints of the outer transaction. If `fn` throws, every
   * write it made is rolled back and the error is re-thrown; a lock not obtained in time is a
   * StoreBusyError. `fn` must be synchronous: ask the user (-Confirm) before, never inside.
   */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (e) {
      throw this.busyOr(e);
    }
  }

  /** Runs `fn` in a read transaction: every query in it sees the same committed state (a consistent export). */
  read<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    try {
      return this.db.transaction(fn).deferred();
    } catch (e) {
      throw this.busyOr(e);
    }
  }

  /** SQLite's busy error as a StoreBusyError that tells how long it waited; any other error as it is. */
  private busyOr(e: unknown): unknown {
    return isBusy(e) ? new StoreBusyError(this.db.pragma('busy_timeout', { simple: true }) as number) : e;
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

/** Another connection kept the store locked for longer than the busy timeout. */
export class StoreBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`The store stayed locked by another process for more than ${waitedMs} ms.`);
    this.name = 'StoreBusyError';
  }
}

/** SQLITE_BUSY and its extended codes (…_SNAPSHOT, …_RECOVERY, …_TIMEOUT), and SQLITE_LOCKED. */
function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
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
