// Mapping PowerShell paths onto the sandbox. The emulator reads and writes files only under its
// working directory (or a lab's folder). [I] Model: the sandbox root is both the home folder
// `C:\Users\Administrator` (the prompt's location) and the root of every drive, so
//   .\users.csv, users.csv, C:\Users\Administrator\users.csv  -> <root>/users.csv
//   C:\certs\edge.pfx, D:\certs\edge.pfx, \certs\edge.pfx     -> <root>/certs/edge.pfx
// Host-absolute paths are accepted when they already lie inside the root. Anything that would
// leave the root (.., other absolute paths, symbolic links leading out) is refused.

import { basename, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { isInside, realPathInside, realRoot } from './links.js';

export const HOME_LOCATION = 'C:\\Users\\Administrator';

/** The session's current location as PowerShell shows it (Get-Location, $PWD, the prompt). */
export function sessionLocation(session: { location?: string; locationShown?: string }): string {
  if (session.locationShown !== undefined) return session.locationShown;
  const rel = session.location ?? '';
  return rel ? `${HOME_LOCATION}\\${rel}` : HOME_LOCATION;
}

/**
 * A path that leads out of the sandbox, refused as Windows refuses a path the user may not touch.
 * It is a runtime error in its own right; file cmdlets give it their own error id (accessDenied.ts).
 */
export class PathOutsideSandboxError extends PSRuntimeError {
  /**
   * `psPath` is the path as given; `shownPath` the full PowerShell path when the path only leaves
   * the sandbox through a link (`C:\Users\Administrator\link\a.txt`), else the path as given.
   */
  constructor(
    readonly psPath: string,
    readonly shownPath = psPath,
  ) {
    super(
      new ErrorRecord({
        message: `Access to the path '${psPath}' is denied.`,
        errorId: 'UnauthorizedAccessException',
        category: 'PermissionDenied',
        exceptionType: 'System.UnauthorizedAccessException',
        targetObject: psPath,
      }),
    );
  }
}

/** The host path a PowerShell path names under `root`, by its text alone (links not followed yet). */
function mapPsPath(absRoot: string, psPath: string, cwdRelative: string): string {
  let p = psPath.trim().replace(/^['"]|['"]$/g, '');
  if (p.startsWith('Microsoft.PowerShell.Core\\FileSystem::')) p = p.slice('Microsoft.PowerShell.Core\\FileSystem::'.length);
  if (isAbsolute(p) && p.startsWith('/') && (isInside(absRoot, resolve(p)) || isInside(realRoot(absRoot), resolve(p)))) return resolve(p);
  let rel: string;
  const home = HOME_LOCATION.toLowerCase();
  const lower = p.toLowerCase().replace(/\//g, '\\');
  if (lower === home || lower.startsWith(home + '\\')) rel = p.slice(HOME_LOCATION.length);
  else if (/^[a-z]:/i.test(p)) rel = p.slice(2);
  else if (p === '~' || p.startsWith('~\\') || p.startsWith('~/')) rel = p.slice(1);
  else if (p.startsWith('\\') || p.startsWith('/')) rel = p;
  else rel = join(cwdRelative, p.replace(/\\/g, '/'));
  const parts = rel.replace(/\\/g, '/').split('/').filter((s) => s.length > 0);
  return normalize(join(absRoot, ...parts));
}

/**
 * Resolves a PowerShell path to a host path under `root` (as written: a link in it stays a link, so
 * the path still shows as the user reaches it); throws PathOutsideSandboxError when the path, its
 * links followed, leads out of the root. File access itself goes through SandboxFiles, which follows
 * the links again at the moment of access.
 */
export function resolveSandboxPath(root: string, psPath: string, cwdRelative = ''): string {
  const absRoot = resolve(root);
  const hostPath = mapPsPath(absRoot, psPath, cwdRelative);
  const inside = isInside(absRoot, hostPath) || isInside(realRoot(absRoot), hostPath);
  if (!inside) throw new PathOutsideSandboxError(psPath);
  if (realPathInside(absRoot, hostPath) === undefined) throw new PathOutsideSandboxError(psPath, displayPath(absRoot, hostPath));
  return hostPath;
}

/**
 * A script file's path as PowerShell shows it (in `At C:\…\x.ps1:3 char:5`, $PSCommandPath,
 * $MyInvocation): a host path inside the sandbox reads as `C:\Users\Administrator\…`; a path that is
 * not a host path is kept. [I] A script outside the sandbox (`csshell run /elsewhere/x.ps1`) reads as
 * if it lay in C:\Scripts, so paths built from $PSScriptRoot still land inside the sandbox.
 */
export function scriptDisplayPath(root: string, file: string): string {
  if (!file.startsWith('/')) return file;
  const rel = relative(resolve(root), file);
  if (rel.startsWith('..') || isAbsolute(rel)) return `C:\\Scripts\\${basename(file)}`;
  return displayPath(root, file);
}

/** Collapses `.` and `..` segments of a Windows path. */
export function normalizePsPath(p: string): string {
  const parts = p.replace(/\//g, '\\').split('\\');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..') {
      if (out.length > 1) out.pop();
      continue;
    }
    out.push(part);
  }
  return out.join('\\');
}

/**
 * The full path .NET names in its exceptions for a path a script handed to a .NET type (`Could not
 * find a part of the path 'C:\logs\x.log'.`): a drive path as given, a relative one below the
 * current location ([I] the location stands for the process's current directory), `.`/`..` collapsed.
 * Other paths (`~`, a host path inside the root) show as the sandbox shows `hostPath`.
 */
export function dotNetFullPath(session: { workingDirectory: string; location?: string; locationShown?: string }, psPath: string, hostPath: string): string {
  const p = psPath.trim().replace(/\//g, '\\');
  if (/^[a-z]:\\/i.test(p)) return normalizePsPath(p);
  if (p.startsWith('\\') && !psPath.trim().startsWith('/')) return normalizePsPath(`${sessionLocation(session).slice(0, 2)}${p}`);
  if (p.startsWith('~') || psPath.trim().startsWith('/') || /^[a-z]:/i.test(p)) return displayPath(session.workingDirectory, hostPath);
  return normalizePsPath(`${sessionLocation(session)}\\${p}`);
}

/** How a host path under the root is shown to the user (`C:\Users\Administrator\certs\edge.pfx`). */
export function displayPath(root: string, hostPath: string): string {
  const textRoot = resolve(root);
  const base = isInside(textRoot, hostPath) ? textRoot : isInside(realRoot(root), hostPath) ? realRoot(root) : undefined;
  // A path outside the root is never shown: only its last name is.
  const r = base === undefined ? basename(hostPath) : relative(base, hostPath);
  return r ? `${HOME_LOCATION}\\${r.split(sep).join('\\')}` : HOME_LOCATION;
}
