// The default views, one file per family of types, as PowerShell ships one *.format.ps1xml per module.
// Adding a family: a file exporting `views` (and `displays` when a type reads as other text), listed here.

import type { PSObject } from '../../engine/runtime/values.js';
import type { View } from '../viewTypes.js';
import * as adminTools from './adminTools.js';
import * as builtin from './builtin.js';
import * as certificates from './certificates.js';
import * as commands from './commands.js';
import * as csProviders from './csProviders.js';
import * as csTopology from './csTopology.js';
import * as csUsers from './csUsers.js';
import * as files from './files.js';
import * as history from './history.js';
import * as location from './location.js';
import * as session from './session.js';
import * as utility from './utility.js';

export interface ViewFamily {
  /** Default views by type name (`Type#Decoration` names a decorated variant). */
  views: Record<string, View>;
  /** How an object of the type reads as text inside another object or a string, by type name. */
  displays?: Record<string, (o: PSObject) => string>;
}

export const VIEW_FAMILIES: Record<string, ViewFamily> = {
  builtin,
  adminTools,
  certificates,
  commands,
  files,
  history,
  location,
  session,
  utility,
  csProviders,
  csTopology,
  csUsers,
};
