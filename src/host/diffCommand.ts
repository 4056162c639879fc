// `csshell diff [--format text|json] <before> <after>`: what changed between two states of a deployment,
// each a store file or an Export-CsConfiguration file, with the engine of `run --dry-run`. Stores are
// read through throw-away copies (never opened for writing). [I] When one side is an export, both
// sides are compared as exports: configuration documents, SIP domains and site routes only.
// Exit codes, as diff(1): 0 no change, 1 changes, 2 bad usage or unreadable input.

import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { openStoreCopy } from '../store/storeCopy.js';
import { exportSnapshot, readStoreSnapshot, type Snapshot } from '../store/storeSnapshot.js';
import { diffSnapshots } from '../store/snapshotDiff.js';
import { StoreOpenError } from '../store/storeErrors.js';
import { exportConfiguration, validateExport, type ConfigurationExport } from '../store/topologyExport.js';
import { diffJson, diffText } from './diffView.js';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

type Side = { kind: 'store'; path: string } | { kind: 'export'; path: string; data: ConfigurationExport };

class DiffInputError extends Error {}

function readSide(path: string): Side {
  let head = '';
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(16);
      head = buffer.subarray(0, readSync(fd, buffer, 0, 16, 0)).toString('latin1');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new DiffInputError(`cannot read '${path}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (head === SQLITE_MAGIC) return { kind: 'store', path };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new DiffInputError(`'${path}' is neither a csshell store nor a configuration export`);
  }
  const problem = validateExport(data);
  if (problem) throw new DiffInputError(`'${path}': ${problem}`);
  return { kind: 'export', path, data: data as ConfigurationExport };
}

function snapshotOf(side: Side, asExport: boolean): Snapshot {
  if (side.kind === 'export') return exportSnapshot(side.data);
  const copy = openStoreCopy(side.path);
  try {
    return asExport ? exportSnapshot(exportConfiguration(copy.store)) : readStoreSnapshot(copy.store);
  } finally {
    copy.dispose();
  }
}

export async function diffCommand(args: string[]): Promise<number> {
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else files.push(a);
  }
  if (format !== 'text' && format !== 'json') return usageError(`unknown format '${format}' (text or json)`);
  if (files.length !== 2) return usageError('usage: csshell diff [--format text|json] <before> <after>');
  try {
    const [before, after] = files.map(readSide) as [Side, Side];
    const asExport = before.kind === 'export' || after.kind === 'export';
    const changes = diffSnapshots(snapshotOf(before, asExport), snapshotOf(after, asExport));
    process.stdout.write(format === 'json' ? diffJson(changes) : diffText(changes));
    return changes.length ? 1 : 0;
  } catch (e) {
    if (e instanceof DiffInputError || e instanceof StoreOpenError) return usageError(e.message);
    throw e;
  }
}

function usageError(message: string): number {
  process.stderr.write(`${message.startsWith('usage:') ? '' : 'csshell diff: '}${message}\n`);
  return 2;
}
