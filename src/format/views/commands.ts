// What the shell says about its own commands: Get-Command, Get-Member and Get-Help.

import { renderedLines } from '../../engine/runtime/displayText.js';
import { getPropertyValue } from '../../engine/runtime/members.js';
import type { View } from '../viewTypes.js';

const commandView: View = {
  kind: 'table',
  columns: [
    { property: 'CommandType', width: 15 },
    { label: 'Name', value: (o: unknown) => getPropertyValue(o, 'DisplayName'), width: 50 },
    { property: 'Version', width: 10 },
    { property: 'Source' },
  ],
};

export const views: Record<string, View> = {
  'System.Management.Automation.CmdletInfo': commandView,
  'System.Management.Automation.AliasInfo': commandView,
  'System.Management.Automation.FunctionInfo': commandView,
  'System.Management.Automation.FilterInfo': commandView,
  'Microsoft.PowerShell.Commands.MemberDefinition': {
    kind: 'table',
    columns: [{ property: 'Name' }, { property: 'MemberType' }, { property: 'Definition' }],
    groupBy: { label: 'TypeName', value: (o) => getPropertyValue(o, 'TypeName'), indent: 3, blankLinesAfter: 1 },
  },
  // A help page is composed by Get-Help (wrapped to the console width) and printed as it is.
  MamlCommandHelpInfo: { kind: 'custom', render: (o) => renderedLines.get(o as object) ?? [] },
  HelpInfoShort: {
    kind: 'table',
    columns: [
      { property: 'Name', width: 33 },
      { property: 'Category', width: 9 },
      { property: 'Module', width: 25 },
      { property: 'Synopsis' },
    ],
  },
};
