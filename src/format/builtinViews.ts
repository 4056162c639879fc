// Views of the built-in .NET types csshell produces (the ones PowerShell's own format files define).

import { formatLongDate } from './display.js';
import { registerView } from './views.js';

registerView('System.Collections.DictionaryEntry', {
  kind: 'table',
  columns: [
    { property: 'Name', width: 30 },
    { property: 'Value' },
  ],
});

registerView('System.DateTime', { kind: 'custom', render: (d) => [formatLongDate(d as Date)] });

registerView('System.TimeSpan', {
  kind: 'list',
  items: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks', 'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds'].map(
    (property) => ({ property }),
  ),
});

registerView('Microsoft.PowerShell.Commands.GroupInfo', {
  kind: 'table',
  columns: [
    { property: 'Count', width: 5, alignment: 'Right' },
    { property: 'Name', width: 25 },
    { property: 'Group' },
  ],
});
