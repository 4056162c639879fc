// `csshell run <file> --dry-run` and `csshell -c "…" --dry-run`: the script runs as usual (its output
// and errors show as in a real run, the exit code is the real run's) against a throw-away copy of the
// store and a throw-away copy of the working folder (workingFolderCopy.ts); afterwards the changes it
// made to both are printed. The real store is only read; the real working folder is not written.
// [I] With --format json the diff alone goes to stdout and the script's own output to stderr, so a
// tool reading stdout gets one JSON document.

import { openStoreCopy, type StoreCopy } from '../store/storeCopy.js';
import { readStoreSnapshot, type Snapshot } from '../store/storeSnapshot.js';
import { diffSnapshots } from '../store/snapshotDiff.js';
import type { Store } from '../store/store.js';
import { diffJson, diffText } from './diffView.js';
import { WorkingFolderCopy, type FileChange } from './workingFolderCopy.js';

export type DiffFormat = 'text' | 'json';

export interface DryRunFlags {
  format: DiffFormat;
}

export class DryRun {
  private readonly copy: StoreCopy;
  private readonly before: Snapshot;
  private readonly folder: WorkingFolderCopy;

  constructor(storePath: string, workingDirectory: string, private readonly flags: DryRunFlags) {
    this.copy = openStoreCopy(storePath);
    try {
      this.folder = new WorkingFolderCopy(workingDirectory);
    } catch (e) {
      this.copy.dispose();
      throw e;
    }
    this.before = readStoreSnapshot(this.copy.store);
  }

  /** The folder the script runs in: the copy of the working folder. */
  get workingDirectory(): string {
    return this.folder.root;
  }

  /** A host path under the real working folder, as the same path in the copy. */
  inCopy(hostPath: string): string {
    return this.folder.inCopy(hostPath);
  }

  /** Moves a file of the copy (the run's transcript) to the same place in the real working folder. */
  keepFile(hostPathInCopy: string): void {
    this.folder.keepFile(hostPathInCopy);
  }

  /** Where the script's own output goes: stderr when stdout carries the JSON diff. */
  get scriptOutput(): NodeJS.WritableStream {
    return this.flags.format === 'json' ? process.stderr : process.stdout;
  }

  get store(): Store {
    return this.copy.store;
  }

  /** Prints what the run changed in the copy. */
  report(out: NodeJS.WritableStream = process.stdout): void {
    const changes = diffSnapshots(this.before, readStoreSnapshot(this.copy.store));
    const files = this.folder.changes();
    if (this.flags.format === 'json') {
      out.write(diffJson(changes, files));
      return;
    }
    out.write(`\nDry run: the changes the script would make (the store and the working folder were not changed)\n\n${diffText(changes)}${filesText(files)}`);
  }

  dispose(): void {
    this.copy.dispose();
    this.folder.dispose();
  }
}

const FILE_MARK = { added: '+', removed: '-', changed: '~' } as const;

/** [I] The files section of the readable report; nothing when no file changed. */
function filesText(files: FileChange[]): string {
  if (!files.length) return '';
  const count = (c: FileChange['change']) => files.filter((f) => f.change === c).length;
  const lines = files.map((f) => `  ${FILE_MARK[f.change]} ${f.path}`);
  return `\nFiles\n${lines.join('\n')}\n\n${files.length} file${files.length === 1 ? '' : 's'}: ${count('added')} written, ${count('changed')} rewritten, ${count('removed')} removed\n`;
}
