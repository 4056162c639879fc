// `csshell run <file> --dry-run` and `csshell -c "…" --dry-run`: the script runs as usual (its output
// and errors show as in a real run, the exit code is the real run's) against a throw-away copy of the
// store; afterwards the changes it made to the copy are printed. The real store is only read.

import { openStoreCopy, type StoreCopy } from '../store/storeCopy.js';
import { readStoreSnapshot, type Snapshot } from '../store/storeSnapshot.js';
import { diffSnapshots } from '../store/snapshotDiff.js';
import type { Store } from '../store/store.js';
import { diffJson, diffText } from './diffView.js';

export type DiffFormat = 'text' | 'json';

export interface DryRunFlags {
  format: DiffFormat;
}

/**
 * Takes `--dry-run` and `--format text|json` (in either order) off the front of `args` (for `run`,
 * right after the file: later arguments belong to the script) or, with `anywhere`, wherever they
 * stand (for `-c`). `--format` counts only with `--dry-run`.
 */
export function takeDryRunFlags(args: string[], anywhere: boolean): { rest: string[]; flags?: DryRunFlags } | string {
  const rest: string[] = [];
  let dry = false;
  let format: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dry-run') dry = true;
    else if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (anywhere) rest.push(a);
    else break;
  }
  rest.push(...args.slice(i));
  if (!dry) return { rest: args };
  if (format !== undefined && format !== 'text' && format !== 'json') return `csshell: unknown format '${format}' for --dry-run (text or json)`;
  return { rest, flags: { format: (format ?? 'text') as DiffFormat } };
}

export class DryRun {
  private readonly copy: StoreCopy;
  private readonly before: Snapshot;

  constructor(storePath: string, private readonly flags: DryRunFlags) {
    this.copy = openStoreCopy(storePath);
    this.before = readStoreSnapshot(this.copy.store);
  }

  get store(): Store {
    return this.copy.store;
  }

  /** Prints what the run changed in the copy. */
  report(out: NodeJS.WritableStream = process.stdout): void {
    const changes = diffSnapshots(this.before, readStoreSnapshot(this.copy.store));
    if (this.flags.format === 'json') {
      out.write(diffJson(changes));
      return;
    }
    out.write(`\nDry run: the changes the script would make (the store was not changed)\n\n${diffText(changes)}`);
  }

  dispose(): void {
    this.copy.dispose();
  }
}
