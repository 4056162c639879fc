// What makes a SQLite file a csshell store. Stores are marked with csshell's application_id; stores
// written before the mark existed are recognised by their schema. Anything else belongs to another
// program and is never changed.

import Database from 'better-sqlite3';
import { migrations } from './migrations/index.js';
import { StoreRefusal } from './storeErrors.js';

/** `PRAGMA application_id` of every csshell store: 'CSSH' in ASCII [I]. */
export const CSSHELL_APPLICATION_ID = 0x43535348;

export const LAST_SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));

/**
 * The `meta` keys a store could hold before stores were marked. Frozen: only unmarked stores are
 * judged by it, and every store written since carries the application_id.
 */
const UNMARKED_META_KEYS = ['seeded', 'topologyEnabled', 'secret_key_check'];

export interface StoreMarks {
  applicationId: number;
  userVersion: number;
  /** Any table, index, view or trigger. */
  hasSchema: boolean;
}

/** empty: no schema yet, a new store; ours: marked; unmarked: perhaps a store written before the mark. */
export type StoreKind = 'empty' | 'ours' | 'unmarked';

const FOREIGN = "the file is not a csshell store (it is another program's SQLite database)";

/** Judges a file by its marks alone; a foreign or newer one is refused. */
export function classifyMarks(m: StoreMarks): StoreKind {
  if (m.applicationId === CSSHELL_APPLICATION_ID) {
    if (m.userVersion > LAST_SCHEMA_VERSION) {
      throw new StoreRefusal(`the store was written by a newer csshell (schema version ${m.userVersion}; this csshell knows versions up to ${LAST_SCHEMA_VERSION})`);
    }
    return 'ours';
  }
  if (m.applicationId !== 0) throw new StoreRefusal(FOREIGN);
  if (m.userVersion === 0 && !m.hasSchema) return 'empty';
  if (m.userVersion < 1 || m.userVersion > LAST_SCHEMA_VERSION) throw new StoreRefusal(FOREIGN);
  return 'unmarked';
}

/** The marks as the open connection sees them (the file header may lag behind a write-ahead log). */
export function readMarks(db: Database.Database): StoreMarks {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
    hasSchema: db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get() !== undefined,
  };
}

function tableNames(db: Database.Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** The tables the first `version` migrations create. */
function tablesOfVersion(version: number): string[] {
  const scratch = new Database(':memory:');
  try {
    for (const m of migrations) if (m.version <= version) scratch.exec(m.sql);
    return tableNames(scratch);
  } finally {
    scratch.close();
  }
}

/** An unmarked file is a csshell store written before the mark when its tables and meta keys are csshell's. */
export function verifyUnmarkedStore(db: Database.Database, version: number): void {
  const tables = tableNames(db);
  if (tables.join(',') !== tablesOfVersion(version).join(',')) throw new StoreRefusal(FOREIGN);
  const keys = (db.prepare('SELECT key FROM meta').all() as { key: string }[]).map((r) => r.key);
  if (!keys.every((k) => UNMARKED_META_KEYS.includes(k))) throw new StoreRefusal(FOREIGN);
}
