// Deleting a store (a lab reset): only a csshell store goes, never a file of another program that
// happens to sit where a store is expected.

import { rmSync } from 'node:fs';
import { inspectStoreFile } from './storeFile.js';
import { storeOpenFailure } from './storeErrors.js';
import { classifyMarks } from './storeIdentity.js';

/**
 * Deletes the store at `path` with its -wal, -shm and -journal files and its key file (.key). Refuses (StoreOpenError) what
 * is not a csshell store; a damaged csshell store may go, that is what a reset is for.
 */
export function removeStore(path: string): void {
  try {
    const file = inspectStoreFile(path);
    if (file.kind === 'sqlite') classifyMarks(file.header);
  } catch (e) {
    throw storeOpenFailure(path, e);
  }
  for (const suffix of ['', '-wal', '-shm', '-journal', '.key']) rmSync(path + suffix, { force: true });
}
