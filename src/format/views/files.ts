// The file system listing (Get-ChildItem, Get-Item): FileInfo and DirectoryInfo share one table grouped by folder.

import { formatTime } from '../../engine/runtime/displayText.js';
import { getPropertyValue } from '../../engine/runtime/members.js';
import type { View } from '../viewTypes.js';

/** `{0,10} {1,8}` of the short date and short time, as the directory listing shows LastWriteTime. */
function listingTime(d: Date): string {
  const date = `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
  return `${date.padStart(10)} ${formatTime(d, false).padStart(8)}`;
}

const listing: View = {
  kind: 'table',
  columns: [
    { property: 'Mode', width: 7 },
    { label: 'LastWriteTime', value: (o: unknown) => listingTime(getPropertyValue(o, 'LastWriteTime') as Date), width: 25, alignment: 'Right' },
    { property: 'Length', width: 14, alignment: 'Right' },
    { property: 'Name' },
  ],
  groupBy: { label: 'Directory', value: (o: unknown) => getPropertyValue(o, 'PSParentPath'), indent: 4, blankLinesAfter: 2 },
};

export const views: Record<string, View> = {
  'System.IO.FileInfo': listing,
  'System.IO.DirectoryInfo': listing,
};
