// The live CompletionContext of the shell: commands from the engine (cmdlets, functions, aliases) or the
// registry, metadata from the catalog, identities from the store's indexed prefix queries, files from
// the sandbox, and variable names.

import { allCmdlets, catalogCmdletNames, commonParameters, csMetadata, enums, getCmdlet } from '../../catalog/registry.js';
import type { CmdletMetadata, CommandLookup, SessionInfo } from '../../engine/cmdlet.js';
import { resolveSandboxPath } from '../../engine/files/paths.js';
import { SandboxFiles } from '../../engine/files/sandbox.js';
import type { Store } from '../../store/store.js';
import {
  computerFqdnsWithPrefix,
  configIdentitiesWithPrefix,
  displayNamesWithPrefix,
  poolFqdnsWithPrefix,
  registrarPoolsWithPrefix,
  serviceIdentitiesWithPrefix,
  sipAddressesWithPrefix,
  siteNamesWithPrefix,
  thumbprintsWithPrefix,
} from '../../store/completion.js';
import type { CommandEntry, CompletionContext, FileEntry, IdentityKind } from './completion.js';

/** Automatic variables always offered after `$`. */
const AUTOMATIC_VARIABLES = [
  '_', 'args', 'ConfirmPreference', 'DebugPreference', 'Error', 'ErrorActionPreference', 'false', 'HOME', 'Host',
  'input', 'LASTEXITCODE', 'Matches', 'MaximumHistoryCount', 'null', 'OFS', 'PSCmdlet', 'PSItem', 'PSScriptRoot',
  'PSVersionTable', 'PWD', 'true', 'VerbosePreference', 'WarningPreference', 'WhatIfPreference',
];

export interface LiveCompletionSources {
  store: Store;
  session: SessionInfo;
  /** The engine's command table, when the engine offers one. */
  commands?: CommandLookup;
  /** Variable names currently defined (without `$`). */
  variableNames?: () => string[];
  /** Value of a variable, for member completion. */
  variableValue?: (name: string) => unknown;
}

export function liveCompletionContext(src: LiveCompletionSources): CompletionContext {
  return {
    commands: () => listCommands(src.commands),
    metadata: (name) => commandMetadata(name, src.commands),
    enums,
    commonParameters,
    identities: (kind, prefix) => identities(src, kind, prefix),
    listDirectory: (dir) => listDirectory(src.session.workingDirectory, dir),
    variables: () => [...AUTOMATIC_VARIABLES, ...(src.variableNames?.() ?? [])],
    variableValue: (name) => {
      try {
        return src.variableValue?.(name);
      } catch {
        return undefined;
      }
    },
  };
}

function listCommands(lookup?: CommandLookup): CommandEntry[] {
  // The catalog's cmdlets are listed even before their handler module registers them.
  const names = [...allCmdlets().map((c) => c.metadata.name), ...catalogCmdletNames()];
  const fromRegistry: CommandEntry[] = names.map((name) => ({ name, commandType: 'Cmdlet' }));
  if (!lookup) return fromRegistry;
  try {
    return [...lookup.all().map((c) => ({ name: c.name, commandType: c.commandType, definition: c.definition })), ...fromRegistry];
  } catch {
    return fromRegistry;
  }
}

function commandMetadata(name: string, lookup?: CommandLookup): CmdletMetadata | undefined {
  let info;
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

function identities(src: LiveCompletionSources, kind: IdentityKind, prefix: string): string[] {
  const { store } = src;
  if (typeof kind === 'object') {
    return 'serviceRole' in kind ? serviceIdentitiesWithPrefix(store, kind.serviceRole, prefix) : configIdentitiesWithPrefix(store, kind.configType, prefix);
  }
  switch (kind) {
    case 'sipAddress':
      return sipAddressesWithPrefix(store, prefix);
    case 'displayName':
      return displayNamesWithPrefix(store, prefix);
    case 'accountName':
      return displayNamesWithPrefix(store, prefix, undefined, true);
    case 'site':
      return siteNamesWithPrefix(store, prefix);
    case 'pool':
      return poolFqdnsWithPrefix(store, prefix);
    case 'registrarPool':
      return registrarPoolsWithPrefix(store, prefix);
    case 'computer':
      return computerFqdnsWithPrefix(store, prefix);
    case 'thumbprint':
      return thumbprintsWithPrefix(store, src.session.remoteComputer ?? src.session.localComputer, prefix);
  }
}

function listDirectory(root: string, psDirectory: string): FileEntry[] {
  try {
    // Through the sandbox's files: a folder reached through a link leading out lists nothing.
    const dir = resolveSandboxPath(root, psDirectory || '.');
    return new SandboxFiles(root)
      .list(dir)
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => ({ name: e.name, isDirectory: e.directory }));
  } catch {
    return [];
  }
}
