// The current location of a session (Set-Location / Get-Location) and PowerShell path resolution for
// the file cmdlets. The location always lies inside the sandbox: it is kept as a path relative to the
// sandbox home `C:\Users\Administrator`, and relative paths are joined to it before resolvePath.

import type { CmdletContext, EngineServices, ErrorSpec } from '../../engine/cmdlet.js';
import { normalizePsPath, PathOutsideSandboxError, sessionLocation } from '../../engine/files/paths.js';

export { normalizePsPath };
import { toStringOverride } from '../../engine/runtime/convert.js';
import { PSObject } from '../../engine/runtime/values.js';
import { accessDeniedSpec, deniedThenNotFound } from '../../engine/files/accessDenied.js';
import { sandboxFiles, type SandboxFiles } from '../../engine/files/sandbox.js';

/** Location relative to the home folder, `''` for the home itself, with `\` separators. */
export function currentRelative(engine: EngineServices): string {
  return engine.session.location ?? '';
}

/**
 * Moves the session (ctx.engine.resolvePath follows it) and updates $PWD in place: the variable is
 * read-only, the PathInfo object it holds is not.
 */
export function setCurrentRelative(engine: EngineServices, rel: string, shown?: string): void {
  engine.session.location = rel;
  engine.session.locationShown = shown;
  const pwd = engine.getVariable('PWD');
  if (pwd instanceof PSObject) {
    const path = currentLocation(engine);
    pwd.set('Path', path);
    if (pwd.has('ProviderPath')) pwd.set('ProviderPath', path);
    toStringOverride.set(pwd, () => path);
  }
}

/** The location as shown to the user: `C:\Users\Administrator\certs`. */
export function currentLocation(engine: EngineServices): string {
  return sessionLocation(engine.session);
}

export function isRelativePsPath(p: string): boolean {
  return !/^[a-z]:/i.test(p) && !p.startsWith('\\') && !p.startsWith('/') && !p.startsWith('~') && !p.includes('::');
}

/** The PowerShell path made absolute against the current location (still a PowerShell path). */
export function absolutePsPath(engine: EngineServices, p: string): string {
  const trimmed = p.trim();
  if (!isRelativePsPath(trimmed)) return trimmed;
  const base = currentLocation(engine);
  return normalizePsPath(`${base}\\${trimmed}`);
}

/**
 * The full PowerShell path the user named, as PowerShell shows it: `C:\certs`, `C:\` (drive letter
 * upper-cased, `.`/`..` collapsed, a drive root keeps its backslash). Undefined for a path that is not
 * drive-rooted (a host path, `~`): such paths are shown below the home folder.
 */
export function shownPsPath(engine: EngineServices, p: string): string | undefined {
  let full = absolutePsPath(engine, p).replace(/\//g, '\\');
  if (full.startsWith('\\') && !full.startsWith('\\\\')) full = `${currentLocation(engine).slice(0, 2)}${full}`;
  if (!/^[a-z]:(\\|$)/i.test(full)) return undefined;
  const n = normalizePsPath(full);
  const shown = n.charAt(0).toUpperCase() + n.slice(1);
  return /^[A-Z]:$/.test(shown) ? `${shown}\\` : shown;
}

/** The parent of a shown PowerShell path (`C:\certs` → `C:\`); undefined for a drive root. */
export function shownParent(shown: string): string | undefined {
  const cut = shown.replace(/\\$/, '').lastIndexOf('\\');
  if (cut < 0 || /^[A-Za-z]:\\?$/.test(shown)) return undefined;
  const parent = shown.slice(0, cut);
  return /^[A-Za-z]:$/.test(parent) ? `${parent}\\` : parent;
}

/** A child's shown path below a shown folder. */
export function shownChild(folder: string, name: string): string {
  return folder.endsWith('\\') ? `${folder}${name}` : `${folder}\\${name}`;
}

/** PowerShell's ItemNotFoundException for a path (`Cannot find path '…' because it does not exist.`). */
export function pathNotFound(engine: EngineServices, p: string): ErrorSpec {
  const full = absolutePsPath(engine, p);
  return {
    message: `Cannot find path '${full}' because it does not exist.`,
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    targetObject: full,
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
  };
}

/**
 * The cmdlet's refusal of a path that leads out of the sandbox (`psPath` as PowerShell shows it). Like
 * the 5.1 provider, Get-ChildItem and Set-Location follow it with the path's not-found error.
 */
export function refuseAccess(ctx: CmdletContext, psPath: string): never {
  const denied = accessDeniedSpec(ctx.metadata.name, psPath);
  if (!deniedThenNotFound(ctx.metadata.name)) ctx.throwTerminatingError(denied);
  ctx.writeError(denied);
  ctx.throwTerminatingError(pathNotFound(ctx.engine, psPath));
}

/** Host path of a PowerShell path, inside the sandbox; outside (links followed) → the cmdlet's refusal. */
export function resolveFile(ctx: CmdletContext, p: string): string {
  const full = absolutePsPath(ctx.engine, p);
  try {
    return ctx.engine.resolvePath(full);
  } catch (e) {
    if (e instanceof PathOutsideSandboxError) refuseAccess(ctx, full);
    throw e;
  }
}

/** The session's sandbox file system: every file access of a cmdlet goes through it. */
export function filesOf(ctx: CmdletContext): SandboxFiles {
  return sandboxFiles(ctx.engine.session);
}
