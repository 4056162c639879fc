// The store path on disk, checked before SQLite opens it: what kind of thing is there, whether csshell
// may read and write it, and the first bytes of the file. Creates a new store file (and its folders)
// privately. A problem is a StoreRefusal whose reason the person who named the path can act on.

import { accessSync, closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, readlinkSync, readSync, realpathSync, rmdirSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { HEADER_BYTES, readSqliteHeader, type SqliteHeader } from './sqliteHeader.js';
import { StoreRefusal } from './storeErrors.js';

export type StoreFileState = { kind: 'absent' } | { kind: 'empty' } | { kind: 'sqlite'; header: SqliteHeader };

/** File systems of the kernel: files there are not files (reads may block, writes reach the kernel) [I]. */
const SYSTEM_FILE_SYSTEMS = ['/proc', '/sys'];

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** The path itself if it exists (even as a dangling link), else its nearest existing folder. */
function nearestExisting(path: string): string {
  let p = path;
  for (;;) {
    try {
      lstatSync(p);
      return p;
    } catch (e) {
      const parent = dirname(p);
      if (parent === p || !['ENOENT', 'ENOTDIR'].includes(errnoCode(e) ?? '')) throw e;
      p = parent;
    }
  }
}

function refuseSystemFileSystem(existing: string): void {
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    real = existing;
  }
  const root = SYSTEM_FILE_SYSTEMS.find((fs) => real === fs || real.startsWith(fs + sep));
  if (root) throw new StoreRefusal(`it is on the system's ${root} file system, where no store can live`);
}

function kindOfNonFile(st: Stats): string {
  if (st.isDirectory()) return 'it is a folder, not a file';
  if (st.isFIFO()) return 'it is not a regular file (it is a named pipe)';
  if (st.isSocket()) return 'it is not a regular file (it is a socket)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'it is not a regular file (it is a device)';
  return 'it is not a regular file';
}

function can(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/** Where a new store would go: the nearest existing folder must be a folder csshell may write to. */
function checkNewStoreFolder(existing: string): void {
  if (!statSync(existing).isDirectory()) throw new StoreRefusal(`'${existing}' is a file, not a folder`);
  if (!can(existing, constants.W_OK | constants.X_OK)) throw new StoreRefusal(`the folder '${existing}' is read-only, so the store cannot be created there`);
}

function readHeaderBytes(path: string): Buffer {
  // Non-blocking: should the file be swapped for a named pipe after the checks, the read still returns.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const bytes = Buffer.alloc(HEADER_BYTES);
    return bytes.subarray(0, readSync(fd, bytes, 0, HEADER_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

function headerOf(path: string, size: number): SqliteHeader {
  const reading = readSqliteHeader(readHeaderBytes(path), size);
  if (reading.kind === 'not-sqlite') throw new StoreRefusal('the file is not a csshell store (it is not a SQLite database)');
  if (reading.kind === 'bad-header') throw new StoreRefusal('the file is damaged (its SQLite header is not valid)');
  return reading.header;
}

/**
 * What is at `path` (absolute): nothing yet (its folder can take a new store), an empty file, or a
 * SQLite file with its header. Anything else is refused. Never creates, changes or blocks on anything.
 */
export function inspectStoreFile(path: string): StoreFileState {
  const existing = nearestExisting(path);
  refuseSystemFileSystem(existing);
  if (existing !== path) {
    checkNewStoreFolder(existing);
    return { kind: 'absent' };
  }
  if (lstatSync(path).isSymbolicLink() && !existsSync(path)) {
    throw new StoreRefusal(`it is a symbolic link to a missing file ('${resolve(dirname(path), readlinkSync(path))}')`);
  }
  const st = statSync(path);
  if (!st.isFile()) throw new StoreRefusal(kindOfNonFile(st));
  if (!can(path, constants.R_OK)) throw new StoreRefusal('the file cannot be read (permission denied)');
  return st.size === 0 ? { kind: 'empty' } : { kind: 'sqlite', header: headerOf(path, st.size) };
}

/**
 * An existing store is written in place and SQLite keeps its -wal and -shm files beside it. A store
 * csshell cannot write is refused rather than opened read-only for reads [I]: every session may write
 * (seeding, migrations, the first configuration change), and a clear refusal beats a late failure.
 */
export function checkStoreWritable(path: string): void {
  if (!can(path, constants.W_OK)) throw new StoreRefusal('the file is read-only');
  const folder = dirname(realpathSync(path));
  if (!can(folder, constants.W_OK | constants.X_OK)) {
    throw new StoreRefusal(`the folder '${folder}' is read-only (csshell keeps the store's -wal and -shm files beside it)`);
  }
}

export interface CreatedStoreFile {
  /** Removes what was created, unless another process has started to use the file meanwhile. */
  undo(): void;
}

/**
 * Creates an empty store file readable by its owner only (it holds private keys; SQLite gives the
 * -wal and -shm files the same mode), and the folders above it with mode 0700 [I]. A file another
 * process created meanwhile is left to it.
 */
export function createStoreFile(path: string): CreatedStoreFile {
  const firstFolder = mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  let createdFile = false;
  try {
    closeSync(openSync(path, 'wx', 0o600));
    createdFile = true;
  } catch (e) {
    if (errnoCode(e) !== 'EEXIST') throw e;
  }
  return {
    undo() {
      const untouched = createdFile && statSync(path).size === 0 && !['-journal', '-wal'].some((s) => existsSync(path + s));
      if (untouched) unlinkSync(path);
      if (!firstFolder || !untouched) return;
      for (let folder = dirname(path); folder.length >= firstFolder.length; folder = dirname(folder)) {
        try {
          rmdirSync(folder);
        } catch {
          return; // no longer empty: someone else uses it
        }
      }
    },
  };
}
