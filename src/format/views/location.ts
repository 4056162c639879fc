// Get-Location, Push-/Pop-Location, Resolve-Path: a PathInfo shows as its Path.

import type { View } from '../viewTypes.js';

export const views: Record<string, View> = {
  'System.Management.Automation.PathInfo': { kind: 'table', columns: [{ property: 'Path' }] },
};
