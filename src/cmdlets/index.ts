// The built-in commands every session starts with, as PowerShell's default InitialSessionState lists
// them: the core and Skype for Business cmdlets, their help, argument completers and enum-typed
// properties, gathered from the families' own declarations. Importing this module registers nothing; a host passes builtins() to createSession.

import { CmdletIndex } from '../catalog/registry.js';
import { ArgumentCompleterTable } from '../engine/completion/argumentCompleters.js';
import { EnumPropertyTable } from '../engine/runtime/enumProperties.js';
import { HelpTable, type HelpDeclaration } from '../catalog/help.js';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import type { BuiltinCommands } from '../engine/session/sessionState.js';
import { coreCmdlets, coreEnumProperties, coreHelp } from './core/index.js';
import { csCmdlets, csCompleters, csEnumProperties, csHelp } from './cs/index.js';

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
    enumProperties: new EnumPropertyTable([...coreEnumProperties, ...csEnumProperties]),
  };
  return indexed;
}
