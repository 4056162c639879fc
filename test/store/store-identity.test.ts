// Which files are csshell stores: new stores are marked with csshell's application_id, stores written
// before the mark (or by older schema versions) are recognised, migrated and keep their data, a newer
// or foreign database is refused without a byte changed. New files and folders are private.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { Store } from '../../src/store/store.js';
import { migrations } from '../../src/store/migrations/index.js';
import { CSSHELL_APPLICATION_ID } from '../../src/store/storeIdentity.js';
import { StoreOpenError } from '../../src/store/storeErrors.js';

const LAST = Math.max(...migrations.map((m) => m.version));
const tmp = () => mkdtempSync(join(tmpdir(), 'csshell-identity-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** A store as an older csshell left it: the first `version` migrations, no application_id. */
function olderStore(path: string, version: number, fill: (db: Database.Database) => void): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  for (const m of migrations.filter((x) => x.version <= version)) db.exec(m.sql);
  db.pragma(`user_version = ${version}`);
  fill(db);
  db.close();
}

const policyDoc = (s: Store, identity: string) => {
  const row = s.db.prepare("SELECT doc FROM config_documents WHERE type = 'ExternalAccessPolicy' AND identity_key = ?").get(identity.toLowerCase()) as { doc: string } | undefined;
  return row ? (JSON.parse(row.doc) as Record<string, unknown>) : undefined;
};

const policy = (db: Database.Database, identity: string) =>
  db
    .prepare("INSERT INTO config_documents (type, identity_key, identity, scope, seq, doc) VALUES ('ExternalAccessPolicy', ?, ?, 'Tag', 99, ?)")
    .run(identity.toLowerCase(), identity, JSON.stringify({ Identity: identity, EnableXmppAccess: true }));

describe('csshell stores carry an application_id', () => {
  it('a new store is marked and at the last schema version', () => {
    const s = openStore(join(tmp(), 'new.db'));
    expect(s.db.pragma('application_id', { simple: true })).toBe(CSSHELL_APPLICATION_ID);
    expect(s.db.pragma('user_version', { simple: true })).toBe(LAST);
    expect(s.isNew).toBe(true);
    s.close();
  });

  it('a store written before the mark opens, gets marked and keeps its data', () => {
    const path = join(tmp(), 'unmarked.db');
    const first = openStore(path);
    policy(first.db, 'Tag:Kept');
    first.db.pragma('application_id = 0');
    first.close();
    const s = openStore(path);
    expect(s.isNew).toBe(false);
    expect(s.db.pragma('application_id', { simple: true })).toBe(CSSHELL_APPLICATION_ID);
    expect(policyDoc(s, 'Tag:Kept')).toMatchObject({ EnableXmppAccess: true });
    s.close();
  });

  it.each([1, 2])('a store at schema version %i is migrated to the last one with its data kept', (version) => {
    const path = join(tmp(), `v${version}.db`);
    olderStore(path, version, (db) => {
      db.prepare("INSERT INTO meta (key, value) VALUES ('seeded', '1')").run();
      policy(db, 'Tag:Old');
      if (version >= 2) db.prepare("INSERT INTO users (id, dn, sam_account_name, upn, display_name, doc) VALUES (1, 'CN=Old User', 'old', 'old@contoso.com', 'Old User', '{}')").run();
    });
    const s = openStore(path);
    expect(s.db.pragma('user_version', { simple: true })).toBe(LAST);
    expect(s.db.pragma('application_id', { simple: true })).toBe(CSSHELL_APPLICATION_ID);
    expect(policyDoc(s, 'Tag:Old')).toMatchObject({ Identity: 'Tag:Old' });
    expect(s.db.prepare("SELECT name FROM sqlite_master WHERE name = 'cert_store'").get()).toBeTruthy();
    if (version >= 2) expect(s.db.prepare('SELECT display_name FROM users').all()).toEqual([{ display_name: 'Old User' }]);
    s.close();
  });

  it('a store of a newer schema version is refused, unchanged', () => {
    const path = join(tmp(), 'newer.db');
    openStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${LAST + 1}`);
    db.close();
    const before = sha(path);
    expect(() => openStore(path)).toThrow(StoreOpenError);
    expect(() => openStore(path)).toThrow(`cannot open the store '${path}': the store was written by a newer csshell (schema version ${LAST + 1}; this csshell knows versions up to ${LAST}).`);
    expect(sha(path)).toBe(before);
    expect(readdirSync(join(path, '..')).sort()).toEqual(['newer.db', 'newer.db.key']);
  });

  it('Store.open refuses a foreign database, unchanged', () => {
    const path = join(tmp(), 'foreign.db');
    const db = new Database(path);
    db.exec('CREATE TABLE users (name TEXT)');
    db.close();
    const before = sha(path);
    expect(() => Store.open(path)).toThrow("the file is not a csshell store (it is another program's SQLite database).");
    expect(sha(path)).toBe(before);
    expect(readdirSync(join(path, '..'))).toEqual(['foreign.db']);
  });
});

describe('new stores are private', () => {
  it('the store file and its -wal and -shm are 0600, a folder csshell creates is 0700', () => {
    const home = tmp();
    const path = join(home, '.csshell', 'default.db');
    const s = openStore(path);
    s.db.prepare("INSERT INTO meta (key, value) VALUES ('probe', '1')").run();
    for (const p of [path, `${path}-wal`, `${path}-shm`]) expect(statSync(p).mode & 0o777, p).toBe(0o600);
    expect(statSync(join(home, '.csshell')).mode & 0o777).toBe(0o700);
    s.close();
  });

  it("an existing folder of the user's keeps its mode; the store file in it is made owner-only", () => {
    const dir = join(tmp(), 'mine');
    mkdirSync(dir, { mode: 0o755 });
    const path = join(dir, 'store.db');
    writeFileSync(path, '', { mode: 0o644 });
    openStore(path).close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o755);
    expect(existsSync(path)).toBe(true);
  });
});
