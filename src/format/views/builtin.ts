// Views of the built-in .NET types csshell produces (the ones PowerShell's own format files define).

import { dateDisplayHints, formatDate } from '../../engine/runtime/dateText.js';
import { formatLongDate } from '../../engine/runtime/displayText.js';
import type { View } from '../viewTypes.js';

/** A date shows as long date and long time; Get-Date -DisplayHint keeps one half of it. */
function dateText(d: Date): string {
  const hint = dateDisplayHints.get(d);
  if (hint === 'Date') return formatDate(d, 'D');
  if (hint === 'Time') return formatDate(d, 'T');
  return formatLongDate(d);
}

/** A warning, verbose or debug record merged into the output shows as the host shows the stream. */
function streamRecordView(prefix: string): View {
  return { kind: 'custom', inline: true, render: (r) => [prefix + String((r as { get(n: string): unknown }).get('Message') ?? '')] };
}

export const views: Record<string, View> = {
  'System.Collections.DictionaryEntry': {
    kind: 'table',
    columns: [
      { property: 'Name', width: 30 },
      { property: 'Value' },
    ],
  },
  'System.DateTime': { kind: 'custom', render: (d) => [dateText(d as Date)] },
  'System.TimeSpan': {
    kind: 'list',
    items: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks', 'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds'].map(
      (property) => ({ property }),
    ),
  },
  // $PSVersionTable.PSVersion, (Get-Host).Version: the four parts in fixed, left-aligned columns.
  'System.Version': {
    kind: 'table',
    columns: [
      { property: 'Major', width: 6, alignment: 'Left' },
      { property: 'Minor', width: 6, alignment: 'Left' },
      { property: 'Build', width: 6, alignment: 'Left' },
      { property: 'Revision', width: 8, alignment: 'Left' },
    ],
  },
  'Microsoft.PowerShell.Commands.GroupInfo': {
    kind: 'table',
    columns: [
      { property: 'Count', width: 5, alignment: 'Right' },
      { property: 'Name', width: 25 },
      { property: 'Group' },
    ],
  },
  'Microsoft.PowerShell.Commands.GroupInfoNoElement': {
    kind: 'table',
    columns: [
      { property: 'Count', width: 5, alignment: 'Right' },
      { property: 'Name', width: 25 },
    ],
  },
  'System.Management.Automation.WarningRecord': streamRecordView('WARNING: '),
  'System.Management.Automation.VerboseRecord': streamRecordView('VERBOSE: '),
  'System.Management.Automation.DebugRecord': streamRecordView('DEBUG: '),
  'System.Management.Automation.InformationRecord': {
    kind: 'custom',
    inline: true,
    render: (r) => [String((r as { get(n: string): unknown }).get('MessageData') ?? '')],
  },
};
