// Get-History: the console's default HistoryInfo view, a table of Id (right-aligned) and CommandLine.

import type { View } from '../viewTypes.js';

export const views: Record<string, View> = {
  'Microsoft.PowerShell.Commands.HistoryInfo': {
    kind: 'table',
    columns: [
      { property: 'Id', width: 4, alignment: 'Right' },
      { property: 'CommandLine', width: 0, alignment: 'Left' },
    ],
  },
};
