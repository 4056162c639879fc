// What one session owns, built when it starts (as PowerShell builds an InitialSessionState per
// runspace): its cmdlets and their help, argument completers, default views, aliases and command
// history. The expensive parts (the built-in cmdlets, help and completers, the enum-typed properties,
// the shipped views) are made once per process and shared, never copied; what a session adds or changes stays in its own tables,
// so two sessions in one process never see each other's.

import { CmdletTable, type CmdletIndex } from '../../catalog/registry.js';
import { HelpTable, type HelpDeclaration } from '../../catalog/help.js';
import { createViewTable, type ViewTable } from '../../format/views.js';
import type { CmdletDefinition } from '../cmdlet.js';
import { ArgumentCompleterTable } from '../completion/argumentCompleters.js';
import type { EnumPropertyTable } from '../runtime/enumProperties.js';
import { AliasTable } from './aliases.js';
import { SessionHistory } from './history.js';
import { redactSecrets } from '../secrets/redact.js';

/** The commands every session starts with (src/cmdlets' builtins(); the engine never imports them). */
export interface BuiltinCommands {
  readonly cmdlets: CmdletIndex;
  readonly help: HelpTable;
  /** The modules' argument completers (the Skype identities, policy names, pools…). */
  readonly completers: ArgumentCompleterTable;
  /** Which properties of which object types hold enums, with their numbers (ConvertTo-Json writes them). */
  readonly enumProperties: EnumPropertyTable;
}

export interface SessionState {
  /** The built-in cmdlets and this session's own (a lab shell's commands). */
  readonly cmdlets: CmdletTable;
  /** The built-in help and this session's own (a lab's commands' help). */
  readonly help: HelpTable;
  /** The built-in argument completers and the ones registered in this session (what Tab offers for a value). */
  readonly completers: ArgumentCompleterTable;
  /** The enum-typed properties of the built-in objects (shared, never changed). */
  readonly enumProperties: EnumPropertyTable;
  /** The shipped default views and the ones this session registered. */
  readonly views: ViewTable;
  /** Built-in aliases and the ones Set-Alias / New-Alias made in this session. */
  readonly aliases: AliasTable;
  /** The commands run in this session (Get-History); only the interactive shell records into it. */
  readonly history: SessionHistory;
}

export interface SessionStateOptions {
  /** The built-in commands and help. */
  builtins: BuiltinCommands;
  /** Cmdlets only this session has, besides the built-in ones. */
  cmdlets?: readonly CmdletDefinition[];
  /** Help only this session has: its own cmdlets' (it wins over a built-in entry of the same name). */
  help?: readonly HelpDeclaration[];
  /** The command list to use (the interactive shell makes it first, to mask secrets in it). */
  history?: SessionHistory;
}

export function createSessionState(options: SessionStateOptions): SessionState {
  const { builtins } = options;
  const cmdlets = new CmdletTable(builtins.cmdlets, options.cmdlets);
  return {
    cmdlets,
    help: options.help?.length ? new HelpTable(options.help, builtins.help) : builtins.help,
    completers: new ArgumentCompleterTable([], builtins.completers),
    enumProperties: builtins.enumProperties,
    views: createViewTable(),
    aliases: new AliasTable(),
    history: options.history ?? new SessionHistory((line) => redactSecrets(line, cmdlets)),
  };
}
