// Files the Skype for Business cmdlets read and write (configuration exports, topology documents, user
// lists, certificate files, reports), always inside the sandbox: paths through `ctx.engine.resolvePath`,
// every access through the sandbox's files (which follow links again at the moment of access).
// Failures are reported as Windows PowerShell reports them, naming the path as the user typed it; the
// host's paths and Node's error texts never reach the user.

import { dirname } from 'node:path';
import type { CmdletContext, ErrorSpec } from '../../../engine/cmdlet.js';
import { sandboxFiles, SandboxIoError, type SandboxFiles } from '../../../engine/files/sandbox.js';

/** How the caller turns a file problem into its own (terminating) error. */
export type RaiseFileError = (spec: ErrorSpec) => never;

export const fileErrors = {
  /** [V] Windows PowerShell's provider text for a missing item. */
  pathNotFound: (psPath: string): ErrorSpec => ({
    message: `Cannot find path '${psPath}' because it does not exist.`,
    category: 'ObjectNotFound',
    errorId: 'PathNotFound',
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    targetObject: psPath,
  }),
  /** [V .NET text] A folder given where a file is expected, or a file the process may not touch. */
  accessDenied: (psPath: string): ErrorSpec => ({
    message: `Access to the path '${psPath}' is denied.`,
    category: 'PermissionDenied',
    errorId: 'UnauthorizedAccessException',
    exceptionType: 'System.UnauthorizedAccessException',
    targetObject: psPath,
  }),
  /** [V .NET text] The folder of a file to write does not exist. */
  folderNotFound: (psPath: string): ErrorSpec => ({
    message: `Could not find a part of the path '${psPath}'.`,
    category: 'ObjectNotFound',
    errorId: 'DirectoryNotFoundException',
    exceptionType: 'System.IO.DirectoryNotFoundException',
    targetObject: psPath,
  }),
  /** [I] Any other failure of the file system, without the host's wording. */
  ioFailure: (psPath: string, writing: boolean): ErrorSpec => ({
    message: `The file '${psPath}' could not be ${writing ? 'written' : 'read'}.`,
    category: writing ? 'WriteError' : 'ReadError',
    errorId: 'IOException',
    exceptionType: 'System.IO.IOException',
    targetObject: psPath,
  }),
  /** [V .NET Framework text] A path with a character Windows refuses (control characters, `"<>|`, wildcards). */
  illegalCharacters: (psPath: string): ErrorSpec => ({
    message: 'Illegal characters in path.',
    category: 'InvalidArgument',
    errorId: 'ArgumentException',
    exceptionType: 'System.ArgumentException',
    targetObject: psPath,
  }),
  /** [V .NET Framework text] A path past MAX_PATH. */
  pathTooLong: (psPath: string): ErrorSpec => ({
    message: 'The specified path, file name, or both are too long. The fully qualified file name must be less than 260 characters, and the directory name must be less than 248 characters.',
    category: 'InvalidArgument',
    errorId: 'PathTooLongException',
    exceptionType: 'System.IO.PathTooLongException',
    targetObject: psPath,
  }),
} as const;

/** .NET Framework's invalid path characters, plus the wildcards no file name may hold. */
const ILLEGAL_IN_PATH = /[\u0000-\u001f"<>|*?]/;
/** [I] MAX_PATH applied to the path as typed (the real limit counts the full path). */
const MAX_PATH = 260;

/** Checks what Windows would refuse before the host is asked: a clean error instead of the host's own. */
function checkPathText(psPath: string, raise: RaiseFileError): void {
  if (ILLEGAL_IN_PATH.test(psPath)) raise(fileErrors.illegalCharacters(psPath));
  if (psPath.length >= MAX_PATH) raise(fileErrors.pathTooLong(psPath));
}

/** The PowerShell error for a Node file-system error (by its code), naming the path the user typed. */
export function fileSystemErrorSpec(e: unknown, psPath: string, writing: boolean): ErrorSpec {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return writing ? fileErrors.folderNotFound(psPath) : fileErrors.pathNotFound(psPath);
    case 'ENOTDIR':
      return fileErrors.folderNotFound(psPath);
    case 'EISDIR':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return fileErrors.accessDenied(psPath);
    case 'ENOSPC':
      return { ...fileErrors.ioFailure(psPath, writing), message: 'There is not enough space on the disk.' };
    default:
      return fileErrors.ioFailure(psPath, writing);
  }
}

function filesOf(ctx: CmdletContext): SandboxFiles {
  return sandboxFiles(ctx.engine.session);
}

/** Runs a file access; its failure (never a path leading out of the sandbox) as the caller's error. */
function attempt<T>(act: () => T, psPath: string, writing: boolean, raise: RaiseFileError): T {
  try {
    return act();
  } catch (e) {
    if (e instanceof SandboxIoError) raise(fileSystemErrorSpec(e, psPath, writing));
    throw e;
  }
}

/** Reads a file named by a PowerShell path; a missing file or a folder is a PowerShell error. */
export function readSandboxFile(ctx: CmdletContext, psPath: string, raise: RaiseFileError): Buffer {
  checkPathText(psPath, raise);
  const hostPath = ctx.engine.resolvePath(psPath);
  const files = filesOf(ctx);
  if (!files.exists(hostPath)) raise(fileErrors.pathNotFound(psPath));
  if (files.isDirectory(hostPath)) raise(fileErrors.accessDenied(psPath));
  return attempt(() => files.readFile(hostPath), psPath, false, raise);
}

/** A text file: UTF-16 with a BOM (Out-File's and `>`'s default in Windows PowerShell) or UTF-8. */
export function readSandboxText(ctx: CmdletContext, psPath: string, raise: RaiseFileError): string {
  const bytes = readSandboxFile(ctx, psPath, raise);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}

export interface WriteOptions {
  /** Create missing folders on the way (Export-CsConfiguration does); otherwise a missing folder is an error. */
  createFolders?: boolean;
}

/**
 * Checks that a PowerShell path can take a new file and returns its host path: not a folder, and its
 * folder exists (or may be created). Call before changing anything, so a bad path changes nothing.
 */
export function prepareSandboxWrite(ctx: CmdletContext, psPath: string, raise: RaiseFileError, opts: WriteOptions = {}): string {
  checkPathText(psPath, raise);
  const hostPath = ctx.engine.resolvePath(psPath);
  const files = filesOf(ctx);
  if (files.isDirectory(hostPath) || /[\\/]$/.test(psPath.trim())) raise(fileErrors.accessDenied(psPath));
  const folder = dirname(hostPath);
  if (!files.exists(folder)) {
    if (!opts.createFolders) raise(fileErrors.folderNotFound(psPath));
    attempt(() => files.mkdir(folder), psPath, true, raise);
  } else if (!files.isDirectory(folder)) {
    raise(fileErrors.folderNotFound(psPath));
  }
  return hostPath;
}

/**
 * Writes a file at a host path from prepareSandboxWrite; failures name the PowerShell path. The path
 * is followed again here, so a link put in its place since the check does not lead out.
 */
export function writePreparedFile(ctx: CmdletContext, hostPath: string, psPath: string, data: string | Uint8Array, raise: RaiseFileError): void {
  attempt(() => filesOf(ctx).writeFile(hostPath, data), psPath, true, raise);
}

/** prepareSandboxWrite then writePreparedFile. */
export function writeSandboxFile(ctx: CmdletContext, psPath: string, data: string | Uint8Array, raise: RaiseFileError, opts: WriteOptions = {}): void {
  writePreparedFile(ctx, prepareSandboxWrite(ctx, psPath, raise, opts), psPath, data, raise);
}
