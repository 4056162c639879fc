// The first bytes of a SQLite database file, read without SQLite. They tell a foreign, damaged or
// non-SQLite file from a csshell store before any SQLite connection touches it: a connection may take
// locks, create -wal and -shm files, or checkpoint another program's write-ahead log into its file.

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** The database header (100 bytes) plus the b-tree page header of page 1, the schema table. */
export const HEADER_BYTES = 108;

export interface SqliteHeader {
  pageSize: number;
  userVersion: number;
  applicationId: number;
  /** The schema table (page 1) holds at least one table, index, view or trigger. */
  hasSchema: boolean;
  /** The file is shorter than the page count the header records. */
  truncated: boolean;
}

export type HeaderReading = { kind: 'sqlite'; header: SqliteHeader } | { kind: 'not-sqlite' } | { kind: 'bad-header' };

function pageSizeOf(raw: number): number | undefined {
  const size = raw === 1 ? 65536 : raw;
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0 ? size : undefined;
}

/** Whether page 1 holds schema entries: a leaf with cells, or an interior page; undefined when it is neither. */
function schemaPresence(bytes: Buffer): boolean | undefined {
  const pageType = bytes[100];
  if (pageType === 0x05) return true;
  if (pageType === 0x0d) return bytes.readUInt16BE(103) > 0;
  return undefined;
}

/** Reads the header from the file's first bytes (`bytes`, up to HEADER_BYTES) and its size. */
export function readSqliteHeader(bytes: Buffer, fileSize: number): HeaderReading {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { kind: 'not-sqlite' };
  if (bytes.length < HEADER_BYTES) return { kind: 'bad-header' };
  const pageSize = pageSizeOf(bytes.readUInt16BE(16));
  const versionsValid = [1, 2].includes(bytes[18]!) && [1, 2].includes(bytes[19]!);
  const fractionsValid = bytes[21] === 64 && bytes[22] === 32 && bytes[23] === 32;
  const hasSchema = schemaPresence(bytes);
  if (pageSize === undefined || !versionsValid || !fractionsValid || hasSchema === undefined) return { kind: 'bad-header' };
  // The page count is only meaningful when SQLite wrote it with the current change counter.
  const countValid = bytes.readUInt32BE(92) === bytes.readUInt32BE(24);
  const pageCount = countValid ? bytes.readUInt32BE(28) : 0;
  const truncated = fileSize % pageSize !== 0 || fileSize < pageCount * pageSize;
  return {
    kind: 'sqlite',
    header: { pageSize, userVersion: bytes.readInt32BE(60), applicationId: bytes.readInt32BE(68), hasSchema, truncated },
  };
}
