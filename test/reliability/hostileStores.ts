// Hostile and foreign store files, made from one list: each case makes a store path inside a fresh
// folder and says which reason the refusal must give. Used by the CLI matrix tests.

import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSSHELL_APPLICATION_ID } from '../../src/store/storeIdentity.js';

export interface HostileStore {
  name: string;
  /** Makes the store path, using `dir` (an empty folder) and a copy of `template` (a csshell store) if needed. */
  make(dir: string, template: string): string;
  /** The reason the refusal must give (after `cannot open the store '<path>': `). */
  reason: RegExp;
  /** Permission checks do not bite root: such a case runs the CLI as an unprivileged user. */
  unprivileged?: boolean;
  /** No file is at the store path (a command that creates a new store meets the case too). */
  absent?: boolean;
}

const FOREIGN = /^the file is not a csshell store \(it is another program's SQLite database\)\.$/;
const NOT_SQLITE = /^the file is not a csshell store \(it is not a SQLite database\)\.$/;

function sqliteFile(path: string, setup: string, pragmas: string[] = []): string {
  const db = new Database(path);
  for (const p of pragmas) db.pragma(p);
  if (setup) db.exec(setup);
  db.close();
  return path;
}

function copyOf(template: string, path: string): string {
  copyFileSync(template, path);
  return path;
}

function patched(template: string, path: string, offset: number, bytes: number[]): string {
  const b = readFileSync(template);
  b.set(bytes, offset);
  writeFileSync(path, b);
  return path;
}

export const hostileStores: HostileStore[] = [
  { name: "another program's database", make: (d) => sqliteFile(join(d, 'notes.db'), 'CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)'), reason: FOREIGN },
  { name: "another program's database with a users table", make: (d) => sqliteFile(join(d, 'crm.db'), "CREATE TABLE users (name TEXT); INSERT INTO users VALUES ('x')"), reason: FOREIGN },
  { name: "another program's database in WAL mode", make: (d) => sqliteFile(join(d, 'wal.db'), 'CREATE TABLE t (x)', ['journal_mode = WAL']), reason: FOREIGN },
  { name: 'a database with only a user_version of its own', make: (d) => sqliteFile(join(d, 'v.db'), '', ['user_version = 77']), reason: FOREIGN },
  { name: 'a database with another application_id', make: (d) => sqliteFile(join(d, 'app.db'), '', ['application_id = 305419896']), reason: FOREIGN },
  {
    name: 'a database whose user_version looks like ours, with another schema',
    make: (d) => sqliteFile(join(d, 'look.db'), 'CREATE TABLE users (name TEXT); CREATE TABLE meta (key TEXT, value TEXT)', ['user_version = 2']),
    reason: FOREIGN,
  },
  { name: 'random bytes', make: (d) => { writeFileSync(join(d, 'rand.db'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 251))); return join(d, 'rand.db'); }, reason: NOT_SQLITE },
  { name: 'a short text file', make: (d) => { writeFileSync(join(d, 'notes.txt'), 'shopping list\n'); return join(d, 'notes.txt'); }, reason: NOT_SQLITE },
  { name: 'a bad SQLite magic string', make: (d, t) => patched(t, join(d, 'magic.db'), 0, [...Buffer.from('SQLite format 2')]), reason: NOT_SQLITE },
  { name: 'a bad page size in the SQLite header', make: (d, t) => patched(t, join(d, 'header.db'), 16, [0, 3]), reason: /^the file is damaged \(its SQLite header is not valid\)\.$/ },
  {
    name: 'a store truncated to half its size',
    make: (d, t) => {
      const p = copyOf(t, join(d, 'half.db'));
      truncateSync(p, Math.floor(readFileSync(t).length / 2 / 4096) * 4096);
      return p;
    },
    reason: /^the file is damaged \(it is shorter than its SQLite header says: it was probably truncated\)\.$/,
  },
  {
    name: 'a store written by a newer csshell',
    make: (d, t) => sqliteFile(copyOf(t, join(d, 'newer.db')), '', ['user_version = 99', `application_id = ${CSSHELL_APPLICATION_ID}`]),
    reason: /^the store was written by a newer csshell \(schema version 99; this csshell knows versions up to \d+\)\.$/,
  },
  { name: 'a folder', make: (d) => { mkdirSync(join(d, 'folder.db')); return join(d, 'folder.db'); }, reason: /^it is a folder, not a file\.$/ },
  {
    name: 'a file as the parent folder',
    make: (d) => { writeFileSync(join(d, 'plain'), 'x'); return join(d, 'plain', 'store.db'); },
    reason: /^'.*plain' is a file, not a folder\.$/,
    absent: true,
  },
  { name: 'a named pipe', make: (d) => { execFileSync('mkfifo', [join(d, 'pipe.db')]); return join(d, 'pipe.db'); }, reason: /^it is not a regular file \(it is a named pipe\)\.$/ },
  { name: 'a symbolic link to a missing file', make: (d) => { symlinkSync(join(d, 'gone.db'), join(d, 'link.db')); return join(d, 'link.db'); }, reason: /^it is a symbolic link to a missing file \('.*gone\.db'\)\.$/, absent: true },
  { name: 'a missing store in a read-only folder', make: (d) => { chmodSync(d, 0o555); return join(d, 'new.db'); }, reason: /^the folder '.*' is read-only, so the store cannot be created there\.$/, unprivileged: true, absent: true },
  {
    name: 'a store in a read-only folder',
    make: (d, t) => { const p = copyOf(t, join(d, 'ro-folder.db')); chmodSync(p, 0o666); chmodSync(d, 0o555); return p; },
    reason: /^the folder '.*' is read-only \(csshell keeps the store's -wal and -shm files beside it\)\.$/,
    unprivileged: true,
  },
  { name: 'a read-only store file', make: (d, t) => { const p = copyOf(t, join(d, 'ro.db')); chmodSync(p, 0o444); chmodSync(d, 0o777); return p; }, reason: /^the file is read-only\.$/, unprivileged: true },
  { name: 'an unreadable file', make: (d, t) => { const p = copyOf(t, join(d, 'secret.db')); chmodSync(p, 0o000); chmodSync(d, 0o777); return p; }, reason: /^the file cannot be read \(permission denied\)\.$/, unprivileged: true },
];

/** Store paths on the system's own file systems: nothing may be created there, nothing may hang. */
export const systemPaths: { path: string; reason: RegExp }[] = [
  { path: '/proc/self/x.db', reason: /^it is on the system's \/proc file system, where no store can live\.$/ },
  { path: '/sys/x.db', reason: /^it is on the system's \/sys file system, where no store can live\.$/ },
  { path: '/dev/null', reason: /^it is not a regular file \(it is a device\)\.$/ },
];

/** Every entry of a folder with a fingerprint of its content: equal snapshots mean nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isFile()) {
      let hash = 'unreadable';
      try {
        hash = createHash('sha256').update(readFileSync(p)).digest('hex');
      } catch {
        // a file the owner may not read keeps its mode: compared below
      }
      out[name] = `file ${st.mode.toString(8)} ${st.size} ${hash}`;
    } else out[name] = `${st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'link' : 'other'} ${st.mode.toString(8)}`;
  }
  return out;
}

/** Run-as options for the unprivileged cases: nobody when the tests run as root. */
export function unprivilegedUser(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
}
