// Path completion through the engine's view of the file system: the sandbox, from the session's
// current location, links that lead out of it listing nothing.

import { resolveSandboxPath } from '../files/paths.js';
import { SandboxFiles } from '../files/sandbox.js';
import type { SessionInfo } from '../cmdlet.js';
import { candidate, nameMatcher, quoteIfNeeded } from './candidates.js';
import type { CompletionCandidate } from './types.js';

interface Entry {
  name: string;
  isDirectory: boolean;
}

/** Entries of a folder given as a PowerShell path ('' = the current location); [] when it cannot be read. */
function listFolder(session: SessionInfo, psFolder: string): Entry[] {
  try {
    const location = (session.location ?? '').replace(/\\/g, '/');
    const folder = resolveSandboxPath(session.workingDirectory, psFolder || '.', location);
    return new SandboxFiles(session.workingDirectory)
      .list(folder)
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => ({ name: e.name, isDirectory: e.directory }));
  } catch {
    return [];
  }
}

/** Folders first, then files, each as `.\name` (or under the folder typed), quoted when needed. */
export function pathCandidates(typed: string, session: SessionInfo): CompletionCandidate[] {
  const cut = Math.max(typed.lastIndexOf('\\'), typed.lastIndexOf('/'));
  const folder = cut >= 0 ? typed.slice(0, cut + 1) : '';
  const matches = nameMatcher(typed.slice(cut + 1));
  const shownFolder = folder === '' && !typed.startsWith('.') ? '.\\' : folder;
  return listFolder(session, folder)
    .filter((e) => matches(e.name))
    .sort((a, b) => Number(b.isDirectory) - Number(a.isDirectory) || a.name.localeCompare(b.name))
    .map((e) => candidate(quoteIfNeeded(shownFolder + e.name), 'path', e.isDirectory ? `${e.name}\\` : e.name));
}

export function looksLikePath(typed: string): boolean {
  return /^(\.{1,2}[\\/]|[a-z]:|[\\/~])/i.test(typed) || /[\\/]/.test(typed);
}
