// Files a command writes as part of its change (-Report, Request-CsCertificate -Output, Publish-CsTopology
// -BackupFileName): the command either succeeds with its files written or changes nothing, neither in
// the store nor on disk.
//
// How: while the store transaction is still open, each file is written under a temporary name in its
// own folder (short, so that a long target name cannot make the temporary one fail), a file already
// there is moved aside under another temporary name, and the new file is renamed into place. Every
// way a target can be refused (missing or read-only folder, a name too long, a folder in the way, a
// full disk) thus shows before COMMIT. If anything fails up to and including COMMIT, the renames are
// undone: the old file is back, the new one gone. After COMMIT only the old file moved aside is deleted.
// Every target is followed through its links first (SandboxFiles.real), so a file is only ever put
// inside the sandbox, at the place the link leads to.

import { existsSync, lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileSystemErrorSpec, type RaiseFileError } from './files.js';
import type { SandboxFiles } from '../../../engine/files/sandbox.js';

interface PlacedFile {
  target: string;
  /** Where the file that was at `target` before waits until the commit, if there was one. */
  movedAside?: string;
}

let counter = 0;

function temporaryName(target: string): string {
  counter += 1;
  return join(dirname(target), `.csshell-${process.pid}-${counter}.tmp`);
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function moveBackQuietly(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // The old file stays under its temporary name; nothing better can be done when the file system refuses.
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // A temporary file that cannot be removed is left behind; the command's outcome does not depend on it.
  }
}

/** The files one transaction of a command puts in place. */
export class FileChanges {
  private readonly placed: PlacedFile[] = [];

  /** `sandbox` gives the session's files when the first file is placed. */
  constructor(private readonly sandbox: () => SandboxFiles) {}

  /**
   * Puts `data` at `hostPath` now (see the header); `psPath` names the file in errors. A failure raises
   * the PowerShell error and leaves the target as it was; a target outside the sandbox is refused.
   */
  place(linkedPath: string, psPath: string, data: string | Uint8Array, raise: RaiseFileError): void {
    // A path leading out of the sandbox is refused here (PathOutsideSandboxError), before anything is written.
    const hostPath = this.sandbox().real(linkedPath);
    const fresh = temporaryName(hostPath);
    const entry: PlacedFile = { target: hostPath };
    try {
      if (isFolder(hostPath)) throw Object.assign(new Error('a folder is in the way'), { code: 'EISDIR' });
      writeFileSync(fresh, data);
      if (existsSync(hostPath)) {
        entry.movedAside = temporaryName(hostPath);
        renameSync(hostPath, entry.movedAside);
      }
      renameSync(fresh, hostPath);
    } catch (e) {
      removeQuietly(fresh);
      if (entry.movedAside && existsSync(entry.movedAside)) moveBackQuietly(entry.movedAside, hostPath);
      raise(fileSystemErrorSpec(e, psPath, true));
    }
    this.placed.push(entry);
  }

  /** The transaction did not commit: every target gets back what it had, newest first. */
  undo(): void {
    for (const f of this.placed.reverse()) {
      removeQuietly(f.target);
      if (f.movedAside) moveBackQuietly(f.movedAside, f.target);
    }
    this.placed.length = 0;
  }

  /** The transaction committed: the old files moved aside are no longer needed. */
  keep(): void {
    for (const f of this.placed) if (f.movedAside) removeQuietly(f.movedAside);
    this.placed.length = 0;
  }
}
