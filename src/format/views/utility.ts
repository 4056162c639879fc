// Objects of the utility cmdlets: Get-Culture's CultureInfo and Select-String's MatchInfo.

import { toStr } from '../../engine/runtime/convert.js';
import type { View } from '../viewTypes.js';

export const views: Record<string, View> = {
  'System.Globalization.CultureInfo': {
    kind: 'table',
    columns: [{ property: 'LCID', width: 16, alignment: 'Left' }, { property: 'Name', width: 16 }, { property: 'DisplayName' }],
  },
  // A match prints as its own text (`file:line:text`).
  'Microsoft.PowerShell.Commands.MatchInfo': { kind: 'custom', render: (o) => [toStr(o)] },
};
