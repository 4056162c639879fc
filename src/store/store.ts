// The store: one better-sqlite3 connection, versioned migrations, WAL, and the rule that every
// command's writes happen in one transaction (a failed command leaves the database unchanged).
// Several processes may share a store file: writers take turns (BEGIN IMMEDIATE, busy timeout).
// This folder is the only place with SQL.

import Database from 'better-sqlite3';
import { migrations } from './migrations/index.js';
import { checkStoreWritable, createStoreFile, inspectStoreFile, type CreatedStoreFile } from './storeFile.js';
import { StoreRefusal, storeOpenFailure } from './storeErrors.js';
import { classifyMarks, CSSHELL_APPLICATION_ID, LAST_SCHEMA_VERSION, readMarks, verifyUnmarkedStore } from './storeIdentity.js';

export type Db = Database.Database;
export type Statement = Database.Statement;

/**
 * [I] Most prepared statements one connection keeps. The hot paths use a handful of fixed SQL texts;
 * the bound only matters if a caller passes SQL built from values, which then cannot grow memory.
 */
const STATEMENT_CACHE_LIMIT = 256;

/**
 * [I] NORMAL, not FULL: in WAL mode a commit is then written to the WAL without waiting for the disk
 * (fsync happens at checkpoints). A commit survives the csshell process being killed at any moment;
 * only a power loss or OS crash may drop the last commits (never corrupt the store). FULL fsyncs every
 * commit, which made a 90k-line grant script spend most of its time waiting for the disk. This is what
 * SQLite advises for WAL and what better-sqlite3 builds default to; it is set here so it does not
 * depend on the build.
 */
const SYNCHRONOUS = 'NORMAL';

export interface StoreOpenOptions {
  /** Fills a store that has never been seeded; runs in the same transaction as the migrations. */
  seed?: (store: Store) => void;
}

export class Store {
  readonly db: Db;
  private created = false;
  /** Run before a write transaction begins: a listing reads the rows it still owes while they are as listed. */
  private readonly beforeWrite: (() => void)[] = [];
  /** Prepared statements of this connection by SQL text (see statement()). */
  private readonly statements = new Map<string, Statement>();
  /**
   * One transaction wrapper per connection that runs the function it is given: better-sqlite3 builds
   * four wrappers each time db.transaction() is called, which cost as much as a one-row update.
   */
  private readonly runInTransaction: Database.Transaction<(fn: () => unknown) => unknown>;

  private constructor(db: Db, readonly path: string) {
    this.db = db;
    this.runInTransaction = db.transaction((fn: () => unknown) => fn());
  }

  /** True when this open created the schema (a new store). */
  get isNew(): boolean {
    return this.created;
  }

  /**
   * Opens (creating if needed) a store file, or `:memory:`. The file is checked before SQLite touches
   * it: anything that is not a csshell store (another program's database, a damaged file, a folder…)
   * is refused with a StoreOpenError and left exactly as it was. See openStore in ./open.ts for seeding.
   */
  static open(path: string, options: StoreOpenOptions = {}): Store {
    const memory = path === ':memory:';
    let created: CreatedStoreFile | undefined;
    let db: Db | undefined;
    try {
      if (!memory) created = prepareStoreFile(path);
      db = new Database(path, { fileMustExist: !memory });
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      const store = new Store(db, path);
      store.created = initialise(store, options.seed);
      // After the first transaction: switching a foreign file to WAL would already change it.
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${SYNCHRONOUS}`);
      return store;
    } catch (e) {
      db?.close();
      created?.undo();
      throw storeOpenFailure(path, e);
    }
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
    if (!this.db.inTransaction) for (const settle of this.beforeWrite) settle();
    try {
      return this.runInTransaction.immediate(fn) as T;
    } catch (e) {
      throw this.busyOr(e);
    }
  }

  /** Adds work to run before every (outermost) write transaction. */
  onBeforeWrite(settle: () => void): void {
    this.beforeWrite.push(settle);
  }

  /**
   * The statement for `sql`, prepared once per connection and reused: preparing costs more than
   * running a one-row statement, and hot paths (a grant script of 90k lines) run the same few texts.
   * For fixed SQL texts only (values go in parameters). Callers must not switch a shared statement's
   * modes (raw, pluck, expand) nor iterate() it: an iterating statement cannot run again until the
   * iteration ends, so streaming reads prepare their own. A closed connection's statements are dropped
   * and never handed out again.
   */
  statement(sql: string): Statement {
    if (!this.db.open) {
      this.statements.clear();
      throw new TypeError('The database connection is not open');
    }
    let st = this.statements.get(sql);
    if (st) return st;
    if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.delete(this.statements.keys().next().value!);
    st = this.db.prepare(sql);
    this.statements.set(sql, st);
    return st;
  }

  /** Runs `fn` in a read transaction: every query in it sees the same committed state (a consistent export). */
  read<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    try {
      return this.runInTransaction.deferred(fn) as T;
    } catch (e) {
      throw this.busyOr(e);
    }
  }

  /** SQLite's busy error as a StoreBusyError that tells how long it waited; any other error as it is. */
  private busyOr(e: unknown): unknown {
    return isBusy(e) ? new StoreBusyError(this.db.pragma('busy_timeout', { simple: true }) as number) : e;
  }

  getMeta(key: string): string | undefined {
    const row = this.statement('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  close(): void {
    this.statements.clear();
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

/** Refuses what is not (or cannot be) a csshell store, before SQLite opens it; creates a new file. */
function prepareStoreFile(path: string): CreatedStoreFile | undefined {
  const file = inspectStoreFile(path);
  if (file.kind === 'absent') return createStoreFile(path);
  if (file.kind === 'sqlite') {
    classifyMarks(file.header);
    if (file.header.truncated) throw new StoreRefusal('the file is damaged (it is shorter than its SQLite header says: it was probably truncated)');
  }
  checkStoreWritable(path);
  return undefined;
}

/** Nothing to do: a marked store at the last schema version, seeded if seeding was asked for. */
function isReady(store: Store, seed: StoreOpenOptions['seed']): boolean {
  const marks = readMarks(store.db);
  return classifyMarks(marks) === 'ours' && marks.userVersion === LAST_SCHEMA_VERSION && (!seed || store.getMeta('seeded') === '1');
}

/**
 * Marks, migrates and seeds the store in one IMMEDIATE transaction that judges the file again inside
 * it: of two processes opening a new store together, one does the work and the other finds it done.
 * Returns whether this call created the schema.
 */
function initialise(store: Store, seed: StoreOpenOptions['seed']): boolean {
  if (isReady(store, seed)) return false;
  const db = store.db;
  return db
    .transaction(() => {
      const marks = readMarks(db);
      if (classifyMarks(marks) === 'unmarked') verifyUnmarkedStore(db, marks.userVersion);
      migrate(db, marks.userVersion);
      db.pragma(`application_id = ${CSSHELL_APPLICATION_ID}`);
      if (seed && store.getMeta('seeded') !== '1') {
        seed(store);
        store.setMeta('seeded', '1');
      }
      return marks.userVersion === 0;
    })
    .immediate();
}

/** Applies the migrations after `current`; the caller's transaction makes them all or nothing. */
function migrate(db: Db, current: number): void {
  for (const m of migrations) {
    if (m.version <= current) continue;
    if (m.sql.trim()) db.exec(m.sql);
    db.pragma(`user_version = ${m.version}`);
  }
}
