// The built-in commands every session starts with, as PowerShell's default InitialSessionState lists
// them: the core and Skype for Business cmdlets, their help and argument completers, gathered from the
// families' own declarations. Importing this module registers nothing; a host passes builtins() to createSession.

import { CmdletIndex } from '../catalog/registry.js';
import { ArgumentCompleterTable } from '../engine/completion/argumentCompleters.js';
import { HelpTable, type HelpDeclaration } from '../catalog/help.js';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import type { BuiltinCommands } from '../engine/session/sessionState.js';
import { coreCmdlets, coreHelp } from './core/index.js';
import { csCmdlets, csCompleters, csHelp } from './cs/index.js';

/** Every built-in cmdlet (the families' lists, read-only). */
export function builtinCmdlets(): readonly CmdletDefinition[] {
  return [...coreCmdlets, ...csCmdlets];
}

/** The help of every built-in cmdlet. */
export function builtinHelp(): readonly HelpDeclaration[] {
  return [...coreHelp, ...csHelp];
}

let indexed: BuiltinCommands | undefined;

/** The built-ins indexed by name, made once per process and shared (never changed) by every session. */
export function builtins(): BuiltinCommands {
  indexed ??= {
    cmdlets: new CmdletIndex(builtinCmdlets()),
    help: new HelpTable(builtinHelp()),
    completers: new ArgumentCompleterTable(csCompleters()),
  };
  return indexed;
}
