// Mapping PowerShell paths onto the sandbox. The emulator reads and writes files only under its
// working directory (or a lab's folder). [I] Model: the sandbox root is both the home folder
// `C:\Users\Administrator` (the prompt's location) and the root of every drive, so
//   .\users.csv, users.csv, C:\Users\Administrator\users.csv  -> <root>/users.csv
//   C:\certs\edge.pfx, D:\certs\edge.pfx, \certs\edge.pfx     -> <root>/certs/edge.pfx
// Host-absolute paths are accepted when they already lie inside the root. Anything that would
// leave the root (.., other absolute paths) is refused.

import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';

export const HOME_LOCATION = 'C:\\Users\\Administrator';

export class PathOutsideSandboxError extends Error {
  constructor(readonly psPath: string) {
    super(`Access to the path '${psPath}' is denied.`);
  }
}

/** Resolves a PowerShell path to a host path under `root`; throws PathOutsideSandboxError otherwise. */
export function resolveSandboxPath(root: string, psPath: string, cwdRelative = ''): string {
  const absRoot = resolve(root);
  let p = psPath.trim().replace(/^['"]|['"]$/g, '');
  if (p.startsWith('Microsoft.PowerShell.Core\\FileSystem::')) p = p.slice('Microsoft.PowerShell.Core\\FileSystem::'.length);

  let hostPath: string;
  if (isAbsolute(p) && p.startsWith('/') && isInside(absRoot, resolve(p))) {
    hostPath = resolve(p);
  } else {
    let rel: string;
    const home = HOME_LOCATION.toLowerCase();
    const lower = p.toLowerCase().replace(/\//g, '\\');
    if (lower === home || lower.startsWith(home + '\\')) rel = p.slice(HOME_LOCATION.length);
    else if (/^[a-z]:/i.test(p)) rel = p.slice(2);
    else if (p === '~' || p.startsWith('~\\') || p.startsWith('~/')) rel = p.slice(1);
    else if (p.startsWith('\\') || p.startsWith('/')) rel = p;
    else rel = join(cwdRelative, p.replace(/\\/g, '/'));
    const parts = rel.replace(/\\/g, '/').split('/').filter((s) => s.length > 0);
    hostPath = normalize(join(absRoot, ...parts));
  }
  if (!isInside(absRoot, hostPath)) throw new PathOutsideSandboxError(psPath);
  return hostPath;
}

function isInside(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r) && !r.startsWith(`..${sep}`));
}

/** How a host path under the root is shown to the user (`C:\Users\Administrator\certs\edge.pfx`). */
export function displayPath(root: string, hostPath: string): string {
  const r = relative(resolve(root), hostPath);
  return r ? `${HOME_LOCATION}\\${r.split(sep).join('\\')}` : HOME_LOCATION;
}
