// What completion offers by name: the commands (the engine's table, else the registry and the
// catalog, whose cmdlets are listed even before their module registers them), their metadata, and
// the variables of the session.

import { allCmdlets, catalogCmdletNames, csMetadata, getCmdlet } from '../../catalog/registry.js';
import type { CmdletMetadata, CommandInfo, CommandLookup } from '../cmdlet.js';
import type { CompletionSession } from './types.js';

/** [I] Automatic variables always offered after `$`, defined or not yet. */
const AUTOMATIC_VARIABLES = [
  '_', 'args', 'ConfirmPreference', 'DebugPreference', 'Error', 'ErrorActionPreference', 'false', 'HOME', 'Host',
  'input', 'LASTEXITCODE', 'Matches', 'MaximumHistoryCount', 'null', 'OFS', 'PSCmdlet', 'PSItem', 'PSScriptRoot',
  'PSVersionTable', 'PWD', 'true', 'VerbosePreference', 'WarningPreference', 'WhatIfPreference',
];

export type CommandEntry = Pick<CommandInfo, 'name' | 'commandType' | 'definition'>;

export function listCommands(lookup?: CommandLookup): CommandEntry[] {
  const names = [...allCmdlets().map((c) => c.metadata.name), ...catalogCmdletNames()];
  const fromRegistry: CommandEntry[] = names.map((name) => ({ name, commandType: 'Cmdlet' }));
  if (!lookup) return fromRegistry;
  try {
    return [...lookup.all().map((c) => ({ name: c.name, commandType: c.commandType, definition: c.definition })), ...fromRegistry];
  } catch {
    return fromRegistry;
  }
}

/** Metadata of a command by name, an alias resolved to what it stands for. */
export function commandMetadata(name: string, lookup?: CommandLookup): CmdletMetadata | undefined {
  let info: CommandInfo | undefined;
  try {
    info = lookup?.get(name);
  } catch {
    info = undefined;
  }
  if (info?.metadata) return info.metadata;
  const target = info?.commandType === 'Alias' && info.definition ? info.definition : name;
  return getCmdlet(target)?.metadata ?? catalogMetadata(target);
}

function catalogMetadata(name: string): CmdletMetadata | undefined {
  try {
    return csMetadata(name);
  } catch {
    return undefined;
  }
}

export function variableNames(s: CompletionSession): string[] {
  let defined: string[] = [];
  try {
    defined = s.variableNames?.() ?? [];
  } catch {
    defined = [];
  }
  return [...new Set([...AUTOMATIC_VARIABLES, ...defined])];
}

export function variableValue(s: CompletionSession, name: string): unknown {
  try {
    return s.variableValue?.(name);
  } catch {
    return undefined;
  }
}
