// Going back to a lab's start from inside the lab shell (Reset-Lab): the starting state is saved
// beside the store when the lab is prepared (`lab-start.db`), and its rows are put back into the
// open store. The hint and progress records are kept: a trainer still sees the help a trainee had.

import { join } from 'node:path';
import { SandboxFiles } from '../engine/files/sandbox.js';
import { restoreStoreRows, storeBytes } from '../store/storeRestore.js';
import type { Store } from '../store/store.js';

export class LabResetError extends Error {}

/** [I] The file name of the saved starting state. */
export function labStartPath(folder: string): string {
  return join(folder, 'lab-start.db');
}

export function saveLabStart(store: Store, folder: string): void {
  new SandboxFiles(folder).writeFile(labStartPath(folder), storeBytes(store));
}

/** Puts the open lab store back to the saved starting state. */
export function resetLabStore(store: Store, folder: string, labName: string): void {
  const files = new SandboxFiles(folder);
  const path = labStartPath(folder);
  if (!files.exists(path)) {
    throw new LabResetError(`The lab ${labName} has no saved starting state (it was started by an older csshell). Leave the shell and run: csshell lab start ${labName} --reset`);
  }
  try {
    restoreStoreRows(store, files.real(path));
  } catch (e) {
    throw new LabResetError(`The lab ${labName} could not be reset: ${e instanceof Error ? e.message : String(e)}. Leave the shell and run: csshell lab start ${labName} --reset`);
  }
}
