// The one door to the file system below the host layer. Every read, write, listing, removal, move
// and copy a cmdlet, an operator or a script makes goes through here: each call follows the path's
// links right before the access (realPathInside), refuses a path that leads out of the sandbox, and
// then acts on the real path it found, opening the last part without following a link, so a link
// swapped in after the check is not followed either. Node's error texts (which name host paths)
// never leave this file: failures become SandboxIoError, which names the PowerShell path.

import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { displayPath, PathOutsideSandboxError } from './paths.js';
import { realPathInside, realRoot } from './links.js';

const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** A file or folder as a listing shows it. */
export interface FileEntry {
  name: string;
  /** The path as the user reaches it (under the root, a link left as a link). */
  hostPath: string;
  directory: boolean;
  /** A symbolic link: listed with the `l` mode flag, never descended into by -Recurse. */
  link: boolean;
  size: number;
  mtime: Date;
  atime: Date;
  birthtime: Date;
}

/** [I] .NET's texts for the failures a file access can meet, naming the PowerShell path. */
export function ioFailure(code: string | undefined, psPath: string): { message: string; exceptionType: string } {
  switch (code) {
    case 'ENOENT':
      return { message: `Could not find file '${psPath}'.`, exceptionType: 'System.IO.FileNotFoundException' };
    case 'ENOTDIR':
      return { message: `Could not find a part of the path '${psPath}'.`, exceptionType: 'System.IO.DirectoryNotFoundException' };
    case 'EISDIR':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'ELOOP':
      return { message: `Access to the path '${psPath}' is denied.`, exceptionType: 'System.UnauthorizedAccessException' };
    case 'ENOSPC':
      return { message: 'There is not enough space on the disk.', exceptionType: 'System.IO.IOException' };
    default:
      return { message: `The process cannot access the file '${psPath}'.`, exceptionType: 'System.IO.IOException' };
  }
}

/** A failed file access, with Node's error code kept for callers that map codes to their own errors. */
export class SandboxIoError extends PSRuntimeError {
  constructor(
    readonly code: string | undefined,
    readonly psPath: string,
  ) {
    const { message, exceptionType } = ioFailure(code, psPath);
    super(new ErrorRecord({ message, errorId: exceptionType.split('.').pop()!, category: 'NotSpecified', exceptionType, targetObject: psPath }));
  }
}

export class SandboxFiles {
  constructor(readonly root: string) {}

  /** How a path under the root is shown: `C:\Users\Administrator\…`. */
  shown(hostPath: string): string {
    return displayPath(this.root, hostPath);
  }

  /** The real path an access to `hostPath` reaches; refuses a path whose links lead out of the root. */
  real(hostPath: string): string {
    const real = realPathInside(this.root, hostPath);
    if (real === undefined) throw new PathOutsideSandboxError(this.shown(hostPath));
    return real;
  }

  /** The entry itself (a link stays a link): its folder's real path and its own name. */
  private entryPath(hostPath: string): string {
    // The root itself has no folder inside the sandbox.
    if (this.isRoot(hostPath)) return this.real(hostPath);
    return join(this.real(dirname(hostPath)), basename(hostPath));
  }

  /** entryPath of an entry about to change: refused when the entry leads out of the sandbox. */
  private changedEntryPath(hostPath: string): string {
    this.real(hostPath);
    return this.entryPath(hostPath);
  }

  private isRoot(hostPath: string): boolean {
    const p = resolve(hostPath);
    return p === resolve(this.root) || p === realRoot(this.root);
  }

  private io<T>(hostPath: string, act: (real: string) => T, real = this.real(hostPath)): T {
    try {
      return act(real);
    } catch (e) {
      if (e instanceof PSRuntimeError) throw e;
      throw new SandboxIoError((e as NodeJS.ErrnoException).code, this.shown(hostPath));
    }
  }

  exists(hostPath: string): boolean {
    return fs.existsSync(this.real(hostPath));
  }

  /** What the path leads to (links followed inside the sandbox); undefined when nothing is there. */
  stat(hostPath: string): { directory: boolean; size: number; mtimeMs: number } | undefined {
    const real = this.real(hostPath);
    try {
      const st = fs.statSync(real);
      return { directory: st.isDirectory(), size: st.size, mtimeMs: st.mtimeMs };
    } catch {
      return undefined;
    }
  }

  isDirectory(hostPath: string): boolean {
    return this.stat(hostPath)?.directory ?? false;
  }

  /** Size in bytes; 0 for a missing file. */
  size(hostPath: string): number {
    return this.stat(hostPath)?.size ?? 0;
  }

  readFile(hostPath: string): Buffer {
    return this.io(hostPath, (real) => {
      const fd = fs.openSync(real, fs.constants.O_RDONLY | NOFOLLOW);
      try {
        return fs.readFileSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    });
  }

  /** Writes (or appends to) a file; the file is created, its folder must exist. */
  writeFile(hostPath: string, data: string | Uint8Array, append = false): void {
    const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | NOFOLLOW | (append ? fs.constants.O_APPEND : fs.constants.O_TRUNC);
    this.io(hostPath, (real) => {
      const fd = fs.openSync(real, flags, 0o666);
      try {
        fs.writeFileSync(fd, data);
      } finally {
        fs.closeSync(fd);
      }
    });
  }

  appendFile(hostPath: string, data: string | Uint8Array): void {
    this.writeFile(hostPath, data, true);
  }

  /** Creates a folder and any missing parents. */
  mkdir(hostPath: string): void {
    this.io(hostPath, (real) => void fs.mkdirSync(real, { recursive: true }));
  }

  /**
   * One entry by path, a link described as a link (even one leading out: only the link itself is
   * looked at); undefined when nothing is there.
   */
  entry(hostPath: string): FileEntry | undefined {
    const path = this.entryPath(hostPath);
    return this.describe(hostPath, path);
  }

  /** The entries of a folder, by name. */
  list(hostPath: string): FileEntry[] {
    const real = this.real(hostPath);
    const names = this.io(hostPath, () => fs.readdirSync(real), real);
    return names.flatMap((name) => this.describe(join(hostPath, name), join(real, name)) ?? []);
  }

  /**
   * lstat of an entry. [I] A link is listed as the file or folder it points to when that lies inside
   * the sandbox, and as a file otherwise (a link out of the sandbox, or a dangling one), never
   * followed outside; its size is the link's own (0), as Windows shows a symbolic link's Length.
   */
  private describe(hostPath: string, path: string): FileEntry | undefined {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(path);
    } catch {
      return undefined;
    }
    const link = st.isSymbolicLink();
    let directory = st.isDirectory();
    if (link) {
      const target = realPathInside(this.root, path);
      try {
        directory = target !== undefined && fs.statSync(target).isDirectory();
      } catch {
        directory = false;
      }
    }
    return { name: basename(hostPath), hostPath, directory, link, size: link || directory ? 0 : st.size, mtime: st.mtime, atime: st.atime, birthtime: st.birthtime };
  }

  /** Removes a file, a link (not what it points to) or a folder with everything in it. */
  remove(hostPath: string): void {
    if (this.isRoot(hostPath)) throw new SandboxIoError('EPERM', this.shown(hostPath));
    const path = this.changedEntryPath(hostPath);
    this.io(hostPath, () => fs.rmSync(path, { recursive: true, force: true }), path);
  }

  /** Moves or renames an entry (a link moves as a link); an existing destination file is replaced. */
  rename(fromHostPath: string, toHostPath: string): void {
    if (this.isRoot(fromHostPath)) throw new SandboxIoError('EPERM', this.shown(fromHostPath));
    const from = this.changedEntryPath(fromHostPath);
    const to = this.changedEntryPath(toHostPath);
    this.io(fromHostPath, () => fs.renameSync(from, to), from);
  }

  /**
   * Copies a file, or a folder with everything in it. The whole source is examined first, so a link
   * out of the sandbox anywhere in it refuses the copy before anything is written.
   */
  copy(fromHostPath: string, toHostPath: string): void {
    const steps: { from: string; to: string; directory: boolean }[] = [];
    const copying = new Set<string>();
    const plan = (from: string, to: string) => {
      const directory = this.isDirectory(from);
      const real = this.real(from);
      // A link back to a folder being copied would copy forever: it is copied once.
      if (directory && copying.has(real)) return;
      steps.push({ from, to, directory });
      if (!directory) return;
      copying.add(real);
      for (const e of this.list(from)) plan(e.hostPath, join(to, e.name));
      copying.delete(real);
    };
    plan(fromHostPath, toHostPath);
    this.real(toHostPath);
    for (const s of steps) {
      if (s.directory) this.mkdir(s.to);
      else this.writeFile(s.to, this.readFile(s.from));
    }
  }
}

/** A stray error text with any quoted host path cut down to its last name (a safety net: file access reports its own errors). */
export function withoutHostPaths(message: string): string {
  return message.replace(/'\/[^']*'/g, (quoted) => `'${basename(quoted.slice(1, -1))}'`);
}

/** The file system of a session's sandbox. */
export function sandboxFiles(session: { workingDirectory: string }): SandboxFiles {
  return new SandboxFiles(session.workingDirectory);
}
