// Core PowerShell cmdlets (Where-Object, Select-Object, Format-*, Import-Csv, Get-Help, …), as the
// modules declare them. Importing a module changes no table: the session reads these lists.
import type { CmdletDefinition } from '../../engine/cmdlet.js';
import type { HelpDeclaration } from '../../catalog/help.js';
import type { EnumPropertyDeclaration } from '../../engine/runtime/enumProperties.js';
import * as format from './format.js';
import * as out from './out.js';
import * as where from './where.js';
import * as select from './select.js';
import * as measure from './measure.js';
import * as member from './member.js';
import * as write from './write.js';
import * as session from './session.js';
import * as csv from './csv.js';
import * as json from './json.js';
import * as files from './files.js';
import * as childItems from './childItems.js';
import * as pathCmdlets from './pathCmdlets.js';
import * as variables from './variables.js';
import * as dates from './dates.js';
import * as hostCmdlets from './hostCmdlets.js';
import * as objects from './objects.js';
import * as modules from './modules.js';
import * as commands from './commands.js';
import * as helpCmdlet from './help.js';
import * as misc from './misc.js';
import * as helpPipeline from './helpPipeline.js';
import * as helpOutput from './helpOutput.js';
import * as helpSession from './helpSession.js';
import * as itemCmdlets from './itemCmdlets.js';
import * as addMember from './addMember.js';
import * as stringData from './stringData.js';
import * as random from './random.js';
import * as html from './html.js';
import * as clixml from './clixml.js';
import * as invokeExpression from './invokeExpression.js';
import * as testNetConnection from './testNetConnection.js';
import * as services from './services.js';
import * as serviceControllers from './serviceControllers.js';
import * as pfxCertificates from './pfxCertificates.js';
import * as eventLogs from './eventLogs.js';
import * as startProcess from './startProcess.js';
import * as helpAdminTools from './helpAdminTools.js';
import * as history from './history.js';

/** Every core cmdlet, in the order the modules are listed above. */
export const coreCmdlets: readonly CmdletDefinition[] = Object.freeze([
  ...format.cmdlets,
  ...out.cmdlets,
  ...where.cmdlets,
  ...select.cmdlets,
  ...measure.cmdlets,
  ...member.cmdlets,
  ...write.cmdlets,
  ...session.cmdlets,
  ...csv.cmdlets,
  ...json.cmdlets,
  ...files.cmdlets,
  ...childItems.cmdlets,
  ...pathCmdlets.cmdlets,
  ...variables.cmdlets,
  ...dates.cmdlets,
  ...hostCmdlets.cmdlets,
  ...objects.cmdlets,
  ...modules.cmdlets,
  ...commands.cmdlets,
  ...helpCmdlet.cmdlets,
  ...misc.cmdlets,
  ...itemCmdlets.cmdlets,
  ...addMember.cmdlets,
  ...stringData.cmdlets,
  ...random.cmdlets,
  ...html.cmdlets,
  ...clixml.cmdlets,
  ...invokeExpression.cmdlets,
  ...testNetConnection.cmdlets,
  ...services.cmdlets,
  ...pfxCertificates.cmdlets,
  ...eventLogs.cmdlets,
  ...startProcess.cmdlets,
  ...history.cmdlets,
]);

/** The enum-typed properties of the objects core cmdlets write. */
export const coreEnumProperties: readonly EnumPropertyDeclaration[] = Object.freeze([...serviceControllers.enumProperties]);

/** The help text of the core cmdlets. */
export const coreHelp: readonly HelpDeclaration[] = Object.freeze([
  ...session.help,
  ...commands.help,
  ...helpPipeline.help,
  ...helpOutput.help,
  ...helpSession.help,
  ...invokeExpression.help,
  ...helpAdminTools.help,
]);
