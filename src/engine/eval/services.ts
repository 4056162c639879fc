// EngineServices as handlers see them: variables in the caller's scope, script-block invocation,
// sandboxed paths, and the command table (cmdlets, script functions, aliases).

import { defineScriptProperty } from '../members/scriptProperties.js';
import { callMethod } from '../members/access.js';
import type { CommandInfo, CommandLookup, EngineServices, SessionInfo } from '../cmdlet.js';
import { resolveSandboxPath } from '../files/paths.js';
import { invokeScriptBlock } from '../functions/processor.js';
import { functionShape } from '../functions/define.js';
import type { EvaluatorApi } from './evaluatorApi.js';
import type { Host } from '../host.js';
import { AutomationNull } from '../runtime/values.js';
import type { Scope } from '../session/scope.js';
import type { SessionState } from '../session/sessionState.js';
import { SessionSecrets } from '../secrets/sessionSecrets.js';

function scopeFor(ev: EvaluatorApi, name: string): { scope: Scope; bare: string } {
  const m = /^(global|script|local|private):(.*)$/i.exec(name);
  if (!m) return { scope: ev.scope, bare: name };
  const kind = m[1]!.toLowerCase();
  return { scope: kind === 'global' ? ev.global : kind === 'script' ? ev.scope.script : ev.scope, bare: m[2]! };
}

function commandTable(ev: EvaluatorApi): CommandLookup {
  const cmdletInfo = (name: string): CommandInfo | undefined => {
    const def = ev.services.state.cmdlets.get(name);
    return def ? { name: def.metadata.name, commandType: 'Cmdlet', metadata: def.metadata, module: def.metadata.module } : undefined;
  };
  const functionInfo = (name: string): CommandInfo | undefined => {
    const fn = ev.scope.lookupFunction(name.toLowerCase());
    if (!fn) return undefined;
    const shape = functionShape(ev, fn.name, fn.ast.body, fn.ast.parameters);
    return { name: fn.name, commandType: fn.isFilter ? 'Filter' : 'Function', metadata: shape.metadata };
  };
  // Aliases whose command csshell does not provide are left out, as if they were not defined.
  const provided = (name: string) => !!(functionInfo(name) ?? cmdletInfo(name));
  // A user alias is listed even when its command does not exist, as in PowerShell.
  const userAlias = (name: string): CommandInfo | undefined => {
    const a = ev.aliases.userAlias(name);
    return a ? { name: a.name, commandType: 'Alias', definition: a.definition, description: a.description } : undefined;
  };
  return {
    get(name) {
      const user = userAlias(name);
      if (user) return user;
      const target = ev.aliases.resolve(name);
      if (target && provided(target)) return { name: name, commandType: 'Alias', definition: target };
      return functionInfo(name) ?? cmdletInfo(name);
    },
    all() {
      const out: CommandInfo[] = [];
      for (const a of ev.aliases.all()) {
        const user = userAlias(a.name);
        if (user) out.push(user);
        else if (provided(a.definition)) out.push({ name: a.name, commandType: 'Alias', definition: a.definition });
      }
      for (const fn of ev.scope.allFunctions()) out.push(functionInfo(fn.name)!);
      for (const def of ev.services.state.cmdlets.all()) out.push({ name: def.metadata.name, commandType: 'Cmdlet', metadata: def.metadata, module: def.metadata.module });
      return out;
    },
    setAlias(name, definition, description) {
      ev.aliases.set(name, definition, description);
    },
  };
}

export function createServices(getEv: () => EvaluatorApi, host: Host, store: unknown, session: SessionInfo, state: SessionState): EngineServices {
  let commands: CommandLookup | undefined;
  const commandLookup = (): CommandLookup => (commands ??= commandTable(getEv()));
  return {
    host,
    session,
    store,
    state,
    secrets: new SessionSecrets(commandLookup, state.cmdlets),
    invokeScriptBlock: (block, options) => invokeScriptBlock(getEv(), block, options),
    getVariable(name) {
      const ev = getEv();
      if (/^env:/i.test(name)) return ev.env.get(name.slice(4)) ?? null;
      const { scope, bare } = scopeFor(ev, name);
      const lower = bare.toLowerCase();
      if (lower === '?') return ev.lastSuccess;
      const v = scope.lookup(lower);
      if (!v) return undefined;
      const value = v.getter ? v.getter() : v.value;
      return value === AutomationNull ? null : value;
    },
    setVariable(name, value, scopeName) {
      const ev = getEv();
      if (/^env:/i.test(name)) {
        ev.env.set(name.slice(4), String(value));
        return;
      }
      const { scope, bare } = scopeFor(ev, scopeName ? `${scopeName}:${name}` : name);
      scope.set(bare, value);
    },
    removeVariable(name) {
      const { scope, bare } = scopeFor(getEv(), name);
      return scope.remove(bare);
    },
    invokeMethod: async (target, name, args) => callMethod(getEv(), target, name, args),
    defineScriptProperty: (o, name, getter, setter) => defineScriptProperty(getEv(), o, name, getter, setter),
    variableScope(spec) {
      const ev = getEv();
      return spec === undefined ? ev.scope : ev.scope.at(spec);
    },
    listVariables() {
      const ev = getEv();
      const seen = new Map<string, { name: string; value: unknown; description?: string; readOnly?: boolean; constant?: boolean }>();
      for (let s: Scope | null = ev.scope; s; s = s.parent) {
        for (const [k, v] of s.vars) {
          if (seen.has(k) || (v.private && s !== ev.scope)) continue;
          seen.set(k, { name: v.name, value: v.getter ? v.getter() : v.value, description: v.description, readOnly: v.readOnly, constant: v.constant });
        }
      }
      return [...seen.values()];
    },
    // A path leading out of the sandbox throws PathOutsideSandboxError, itself a runtime error.
    resolvePath: (path) => resolveSandboxPath(session.workingDirectory, path, (session.location ?? '').replace(/\\/g, '/')),
    formatOutput: (values) => getEv().formatOutput(values),
    get commands() {
      return commandLookup();
    },
  };
}
