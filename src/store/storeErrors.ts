// Why a store cannot be opened, in plain words for the person who named the file.

/** A store path that cannot be used; the message names the path and the reason. */
export class StoreOpenError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot open the store '${path}': ${reason}.`);
    this.name = 'StoreOpenError';
  }
}

/** Thrown by the checks that do not know the path as the user gave it; Store.open adds it. */
export class StoreRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'StoreRefusal';
  }
}

/** SQLite result codes (the primary code, before any extended suffix) in plain words. */
const SQLITE_REASONS: Record<string, string> = {
  SQLITE_NOTADB: 'the file is not a csshell store (it is not a SQLite database)',
  SQLITE_CORRUPT: 'the file is damaged (SQLite reports: {message})',
  SQLITE_BUSY: 'another process is writing to the store; try again when it has finished',
  SQLITE_LOCKED: 'another process is writing to the store; try again when it has finished',
  SQLITE_READONLY: 'the file is read-only',
  SQLITE_CANTOPEN: 'the file cannot be opened',
  SQLITE_PERM: 'permission denied',
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'the file cannot be read or written (SQLite reports: {message})',
};

/** Operating-system error codes met while looking at or creating the store path. */
const ERRNO_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has too many symbolic links',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'a part of the path does not exist',
  EISDIR: 'it is a folder, not a file',
  EIO: 'the disk reports a read or write error',
};

function reasonFor(e: unknown): string | undefined {
  if (e instanceof StoreRefusal) return e.reason;
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  const message = e instanceof Error ? e.message.split('\n')[0]! : '';
  if (code.startsWith('SQLITE_')) {
    const primary = code.match(/^SQLITE_[A-Z]+/)![0];
    return SQLITE_REASONS[primary]?.replace('{message}', message);
  }
  return ERRNO_REASONS[code];
}

/** The error to report for a failure while opening the store at `path`: a StoreOpenError when the
 * cause is the file or its place, else the error itself (a defect, reported as an internal error). */
export function storeOpenFailure(path: string, e: unknown): unknown {
  if (e instanceof StoreOpenError) return e;
  const reason = reasonFor(e);
  return reason === undefined ? e : new StoreOpenError(path, reason);
}
