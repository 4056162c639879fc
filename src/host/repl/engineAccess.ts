// What the shell reads from the engine for completion and highlighting: its command table and the
// names of defined variables. Both are optional services; the registry and catalog stand in when absent.

import { catalogCmdletNames } from '../../catalog/registry.js';
import type { CommandLookup, EngineServices } from '../../engine/cmdlet.js';
import { builtins } from '../../cmdlets/index.js';

interface EngineLike {
  services?: EngineServices;
}

interface VariableLister {
  variableNames?: () => string[];
  listVariables?: () => string[] | { name: string }[];
}

export function engineCommandLookup(engine: EngineLike): CommandLookup | undefined {
  try {
    return engine.services?.commands;
  } catch {
    return undefined;
  }
}

/** Names of the variables in scope, when the engine can list them. */
export function engineVariableNames(engine: EngineLike): string[] {
  const candidates = [engine as VariableLister, engine.services as unknown as VariableLister | undefined];
  for (const c of candidates) {
    if (!c) continue;
    if (typeof c.variableNames === 'function') return c.variableNames();
    if (typeof c.listVariables === 'function') return c.listVariables().map((v) => (typeof v === 'string' ? v : v.name));
  }
  return [];
}

const catalogNames = new Set(catalogCmdletNames().map((n) => n.toLowerCase()));

export function isKnownCommand(name: string, lookup?: CommandLookup): boolean {
  if (builtins().cmdlets.get(name) || catalogNames.has(name.toLowerCase())) return true;
  try {
    return !!lookup?.get(name);
  } catch {
    return false;
  }
}
