// The working folder of a dry run: the script runs in a throw-away copy of it, so every file it writes,
// appends, moves or removes (Out-File, `>`, Set-Content, New-Item, Remove-Item, exports, certificate
// requests…) lands in the copy, its later reads see those writes, and the real folder is never
// written. [I] A copy of the folder rather than an in-memory overlay inside SandboxFiles: every file
// access of the engine and of the commands (including the ones that place files next to a store
// transaction) already goes through the session's working folder, so pointing the session at the
// copy covers them all with no second code path. Afterwards the copy is compared with what was copied
// to list the files the script would have written or removed.

import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { displayPath } from '../engine/files/paths.js';
import { isInside } from '../engine/files/links.js';
import { SandboxFiles } from '../engine/files/sandbox.js';

/**
 * [I] A working folder larger than this is not copied: a dry run there is refused with a usage error.
 * A folder of scripts, exports and certificates is far smaller; copying is what a dry run costs
 * (some 45 ms per MB measured on the development machine).
 */
export const DRY_RUN_FOLDER_LIMITS = { entries: 5_000, bytes: 32 * 1024 * 1024 };

export interface FileChange {
  /** The path as the script sees it: `C:\Users\Administrator\out\a.txt` (a folder ends with `\`). */
  path: string;
  change: 'added' | 'changed' | 'removed';
  directory: boolean;
}

/** What one entry held: a folder, a link (its target) or a file (a hash of its bytes). */
type EntryState = { kind: 'dir' } | { kind: 'link'; target: string } | { kind: 'file'; hash: string };

export class WorkingFolderTooLargeError extends Error {}

export class WorkingFolderCopy {
  readonly root: string;
  private readonly temp: string;
  private readonly copied: Map<string, EntryState>;

  /** Copies `original` (links stay links; one pointing into the folder points into the copy). */
  constructor(
    private readonly original: string,
    limits = DRY_RUN_FOLDER_LIMITS,
  ) {
    this.temp = mkdtempSync(join(tmpdir(), 'csshell-dry-folder-'));
    this.root = join(this.temp, 'work');
    try {
      // Measured first, so that a folder too large is refused before anything is copied.
      measureTree(resolve(original), limits, { ...limits });
      copyTree(resolve(original), this.root, { originalRoot: resolve(original), copyRoot: this.root });
      this.copied = readTree(this.root);
    } catch (e) {
      this.dispose();
      throw e;
    }
  }

  /** A host path under the real folder, as the same path under the copy (others are left as they are). */
  inCopy(hostPath: string): string {
    const base = resolve(this.original);
    return isInside(base, resolve(hostPath)) ? join(this.root, relative(base, resolve(hostPath))) : hostPath;
  }

  /**
   * Moves a file written in the copy to the same place in the real folder (through the real folder's
   * sandbox, folders created as needed) and out of the list of changes. Nothing happens when the file
   * is not there.
   */
  keepFile(hostPathInCopy: string): void {
    const rel = relative(this.root, resolve(hostPathInCopy));
    if (rel.startsWith('..') || isAbsolute(rel) || !existsSync(hostPathInCopy)) return;
    const real = new SandboxFiles(this.original);
    const target = join(resolve(this.original), rel);
    real.mkdir(dirname(target));
    real.writeFile(target, readFileSync(hostPathInCopy));
    rmSync(hostPathInCopy);
    // Folders made for it are not the script's either.
    for (let folder = dirname(rel); folder !== '.' && !this.copied.has(folder); folder = dirname(folder)) this.copied.set(folder, { kind: 'dir' });
  }

  /** The files and folders the run added, changed or removed in the copy, by path. */
  changes(): FileChange[] {
    const now = readTree(this.root);
    const out: FileChange[] = [];
    const shown = (rel: string, state: EntryState) => displayPath(this.root, join(this.root, rel)) + (state.kind === 'dir' ? '\\' : '');
    for (const [rel, state] of now) {
      const was = this.copied.get(rel);
      if (!was) out.push({ path: shown(rel, state), change: 'added', directory: state.kind === 'dir' });
      else if (JSON.stringify(was) !== JSON.stringify(state)) out.push({ path: shown(rel, state), change: 'changed', directory: state.kind === 'dir' });
    }
    for (const [rel, state] of this.copied) {
      if (!now.has(rel)) out.push({ path: shown(rel, state), change: 'removed', directory: state.kind === 'dir' });
    }
    return out.sort((a, b) => a.path.localeCompare(b.path, 'en', { sensitivity: 'base' }));
  }

  dispose(): void {
    rmSync(this.temp, { recursive: true, force: true });
  }
}

/** Walks the folder (links not followed) and throws as soon as it is over the limits; `left` counts down. */
function measureTree(folder: string, limits: typeof DRY_RUN_FOLDER_LIMITS, left: { entries: number; bytes: number }): void {
  for (const name of readdirSync(folder)) {
    if (--left.entries < 0) throw new WorkingFolderTooLargeError(`more than ${limits.entries} entries`);
    const st = lstatSync(join(folder, name));
    if (st.isDirectory()) measureTree(join(folder, name), limits, left);
    else if (st.isFile()) left.bytes -= st.size;
    if (left.bytes < 0) throw new WorkingFolderTooLargeError(`more than ${Math.round(limits.bytes / 1024 / 1024)} MB`);
  }
}

function copyTree(from: string, to: string, job: { originalRoot: string; copyRoot: string }): void {
  const { originalRoot, copyRoot } = job;
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    const st = lstatSync(source);
    if (st.isSymbolicLink()) {
      const link = readlinkSync(source);
      // An absolute link into the real folder would lead out of the copy: it leads to the same place in the copy.
      const retarget = isAbsolute(link) && isInside(originalRoot, link) ? join(copyRoot, relative(originalRoot, link)) : link;
      symlinkSync(retarget, target);
    } else if (st.isDirectory()) copyTree(source, target, job);
    else if (st.isFile()) {
      copyFileSync(source, target);
      // The copy keeps the times a listing shows (Get-ChildItem's LastWriteTime).
      utimesSync(target, st.atime, st.mtime);
    }
    // [I] Sockets, pipes and devices are not copied: a script cannot use them as files anyway.
  }
  // A read-only folder stays read-only (set last, once its entries are in).
  chmodSync(to, lstatSync(from).mode & 0o7777);
}

/** Every entry under `root` by its relative path. */
function readTree(root: string): Map<string, EntryState> {
  const out = new Map<string, EntryState>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const rel = relative(root, path);
      const st = lstatSync(path);
      if (st.isSymbolicLink()) out.set(rel, { kind: 'link', target: readlinkSync(path) });
      else if (st.isDirectory()) {
        out.set(rel, { kind: 'dir' });
        walk(path);
      } else if (st.isFile()) out.set(rel, { kind: 'file', hash: createHash('sha256').update(readFileSync(path)).digest('hex') });
    }
  };
  walk(root);
  return out;
}
