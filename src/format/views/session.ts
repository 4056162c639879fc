// The session's modules, remote sessions and variables (Get-Module, Get-PSSession, Get-Variable).

import type { View } from '../viewTypes.js';

export const views: Record<string, View> = {
  'System.Management.Automation.PSModuleInfo': {
    kind: 'table',
    columns: [
      { property: 'ModuleType', width: 10 },
      { property: 'Version', width: 10 },
      { property: 'Name', width: 35 },
      { property: 'ExportedCommands' },
    ],
  },
  'System.Management.Automation.Runspaces.PSSession': {
    kind: 'table',
    columns: [
      { property: 'Id', width: 3, alignment: 'Right' },
      { property: 'Name', width: 15 },
      { property: 'ComputerName', width: 15 },
      { property: 'ComputerType', width: 15 },
      { property: 'State', width: 13 },
      { property: 'ConfigurationName', width: 20 },
      { property: 'Availability', width: 15, alignment: 'Right' },
    ],
  },
  'System.Management.Automation.PSVariable': { kind: 'table', columns: [{ property: 'Name', width: 30 }, { property: 'Value' }] },
};
