// FileInfo / DirectoryInfo objects for Get-ChildItem and New-Item, with the 5.1 directory listing view.

import { statSync } from 'node:fs';
import { basename, dirname, extname, relative, sep } from 'node:path';
import { toStringOverride } from '../../engine/convert.js';
import { PSObject } from '../../engine/values.js';
import { formatTime } from '../../format/display.js';
import { getPropertyValue } from '../../format/members.js';
import { registerView } from '../../format/views.js';
import { HOME_LOCATION } from '../../engine/paths.js';

export const FILE_INFO = 'System.IO.FileInfo';
export const DIRECTORY_INFO = 'System.IO.DirectoryInfo';

/** `{0,10} {1,8}` of the short date and short time, as the directory listing shows LastWriteTime. */
function listingTime(d: Date): string {
  const date = `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
  return `${date.padStart(10)} ${formatTime(d, false).padStart(8)}`;
}

const listing = {
  kind: 'table' as const,
  columns: [
    { property: 'Mode', width: 7 },
    { label: 'LastWriteTime', value: (o: unknown) => listingTime(getPropertyValue(o, 'LastWriteTime') as Date), width: 25, alignment: 'Right' as const },
    { property: 'Length', width: 14, alignment: 'Right' as const },
    { property: 'Name' },
  ],
  groupBy: { label: 'Directory', value: (o: unknown) => getPropertyValue(o, 'PSParentPath'), indent: 4, blankLinesAfter: 2 },
};
registerView(FILE_INFO, listing);
registerView(DIRECTORY_INFO, listing);

/** The PowerShell path of a host path inside the sandbox root. */
export function psPathOf(root: string, hostPath: string): string {
  const r = relative(root, hostPath);
  return r ? `${HOME_LOCATION}\\${r.split(sep).join('\\')}` : HOME_LOCATION;
}

/**
 * A FileInfo/DirectoryInfo object. Its string form is the name for directory listings and the full
 * path for items asked for by path (New-Item, Get-Item), as in Windows PowerShell 5.1.
 */
export function fileItem(root: string, hostPath: string, fullPathString = false): PSObject {
  const st = statSync(hostPath);
  const dir = st.isDirectory();
  const full = psPathOf(root, hostPath);
  const parent = psPathOf(root, dirname(hostPath));
  const o = new PSObject([dir ? DIRECTORY_INFO : FILE_INFO, dir ? 'System.IO.FileSystemInfo' : 'System.IO.FileSystemInfo'], [
    ['PSPath', `Microsoft.PowerShell.Core\\FileSystem::${full}`],
    ['PSParentPath', parent],
    ['PSChildName', basename(hostPath)],
    ['PSIsContainer', dir],
    ['Mode', dir ? 'd-----' : '-a----'],
    ['Name', basename(hostPath)],
    ['FullName', full],
    ['Extension', dir ? '' : extname(hostPath)],
    ['Length', dir ? null : st.size],
    ['DirectoryName', dir ? null : parent],
    ['Exists', true],
    ['CreationTime', st.birthtime],
    ['LastWriteTime', st.mtime],
    ['LastAccessTime', st.atime],
  ]);
  toStringOverride.set(o, () => (fullPathString ? full : basename(hostPath)));
  return o;
}
