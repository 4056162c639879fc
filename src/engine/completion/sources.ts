// What completion offers by name: the commands (the session's table, plus the catalog, whose cmdlets
// are listed even where no handler implements them), their metadata, and the variables of the session.

import { catalogCmdletNames, findCsMetadata } from '../../catalog/registry.js';
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
  const fromRegistry: CommandEntry[] = catalogCmdletNames().map((name) => ({ name, commandType: 'Cmdlet' }));
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
  if (target !== name) {
    try {
      const aliased = lookup?.get(target)?.metadata;
      if (aliased) return aliased;
    } catch {
      // an alias to a command that cannot be resolved completes as an unknown command
    }
  }
  return findCsMetadata(target);
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
