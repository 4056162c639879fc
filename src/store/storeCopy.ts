// A throw-away copy of a store, for `csshell run --dry-run`, `csshell diff` and `csshell check --store`:
// the real file is read (with its write-ahead log, when one is there) and never written; the
// copy lives in a private temporary folder with the store's key file beside it (sealed secrets and
// private keys keep working) and is deleted when disposed. [I] A file copy rather than a `:memory:`
// database: it is opened by the same Store.open as any store (checks, migrations) without a second
// way in.

import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from './open.js';
import { keyPathFor } from './secretBox.js';
import { StoreOpenError, storeOpenFailure } from './storeErrors.js';
import { inspectStoreFile } from './storeFile.js';
import type { Store } from './store.js';

export interface StoreCopy {
  store: Store;
  /** Closes the copy and deletes it. */
  dispose(): void;
}

/**
 * A private copy of the store at `path` (`:memory:` or a path where no store exists yet: a new store
 * with the demo deployment, as a real run would create).
 */
export function openStoreCopy(path: string): StoreCopy {
  const folder = mkdtempSync(join(tmpdir(), 'csshell-copy-'));
  const copyPath = join(folder, 'store.db');
  try {
    if (path !== ':memory:') copyStoreFile(resolve(path), copyPath);
    const store = openStore(copyPath);
    return {
      store,
      dispose: () => {
        store.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(folder, { recursive: true, force: true });
    // A complaint about the copy is one about the store it was made from.
    throw e instanceof StoreOpenError && path !== ':memory:' ? new StoreOpenError(path, e.reason) : e;
  }
}

function copyStoreFile(source: string, target: string): void {
  let bytes: Buffer;
  try {
    if (inspectStoreFile(source).kind !== 'sqlite') return;
    bytes = existsSync(`${source}-wal`) ? serializedStore(source) : readFileSync(source);
  } catch (e) {
    throw storeOpenFailure(source, e);
  }
  writeFileSync(target, bytes, { mode: 0o600 });
  const key = keyPathFor(source);
  if (existsSync(key)) copyFileSync(key, keyPathFor(target));
}

/**
 * The store with what its write-ahead log holds, read through SQLite. Only when there is a log: a
 * read-only connection cannot remove the -wal and -shm files it creates, and without a log the file
 * alone is the whole store.
 */
function serializedStore(source: string): Buffer {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    return db.serialize();
  } finally {
    db.close();
  }
}
