// FileInfo / DirectoryInfo objects for Get-ChildItem and New-Item, with the 5.1 directory listing view.

import { dirname, extname } from 'node:path';
import { toStringOverride } from '../../engine/runtime/convert.js';
import { PSObject } from '../../engine/runtime/values.js';
import { displayPath } from '../../engine/files/paths.js';
import { shownParent } from './location.js';
import { SandboxFiles, SandboxIoError, type FileEntry } from '../../engine/files/sandbox.js';

export const FILE_INFO = 'System.IO.FileInfo';
export const DIRECTORY_INFO = 'System.IO.DirectoryInfo';

/** The PowerShell path of a host path inside the sandbox root. */
export function psPathOf(root: string, hostPath: string): string {
  return displayPath(root, hostPath);
}

/** 5.1's Mode column: `d` folder, `a` archive (files), `l` a reparse point (here a symbolic link). */
function modeOf(entry: FileEntry): string {
  return `${entry.directory ? 'd-' : '-a'}---${entry.link ? 'l' : '-'}`;
}

/**
 * A FileInfo/DirectoryInfo object. Its string form is the name for directory listings and the full
 * path for items asked for by path (New-Item, Get-Item), as in Windows PowerShell 5.1.
 */
export function fileItemOf(root: string, entry: FileEntry, fullPathString = false, shown?: string): PSObject {
  const dir = entry.directory;
  // An item reached through a drive-rooted path (`C:\certs`) shows that path; others show below the home.
  const full = shown ?? psPathOf(root, entry.hostPath);
  const parent = (shown !== undefined ? shownParent(shown) : undefined) ?? psPathOf(root, dirname(entry.hostPath));
  // The working folder itself is named as the shell shows it (Administrator of C:\Users\Administrator),
  // not by the host folder behind it.
  const name = entry.hostPath === root ? full.slice(full.lastIndexOf('\\') + 1) || entry.name : entry.name;
  const o = new PSObject([dir ? DIRECTORY_INFO : FILE_INFO, 'System.IO.FileSystemInfo'], [
    ['PSPath', `Microsoft.PowerShell.Core\\FileSystem::${full}`],
    ['PSParentPath', parent],
    ['PSChildName', name],
    ['PSIsContainer', dir],
    ['Mode', modeOf(entry)],
    ['Name', name],
    ['FullName', full],
    ['Extension', dir ? '' : extname(entry.name)],
    ['Length', dir ? null : entry.size],
    ['DirectoryName', dir ? null : parent],
    ['Exists', true],
    ['CreationTime', entry.birthtime],
    ['LastWriteTime', entry.mtime],
    ['LastAccessTime', entry.atime],
  ]);
  toStringOverride.set(o, () => (fullPathString ? full : name));
  return o;
}

/** The item at a host path inside the sandbox root (see fileItemOf). */
export function fileItem(root: string, hostPath: string, fullPathString = false, shown?: string): PSObject {
  const files = new SandboxFiles(root);
  const entry = files.entry(hostPath);
  if (!entry) throw new SandboxIoError('ENOENT', files.shown(hostPath));
  return fileItemOf(root, entry, fullPathString, shown);
}
