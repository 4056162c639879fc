// Get-Variable, Set-Variable, New-Variable, Remove-Variable, Clear-Variable: scopes (-Scope Global,
// Script, Local or a number), options (ReadOnly, Constant, Private, AllScope), -Force, -Include/-Exclude.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import type { Scope, Variable } from '../../engine/session/scope.js';
import { AutomationNull, PSObject } from '../../engine/runtime/values.js';
import { define, UTILITY } from './meta.js';
import { hasWildcard, listOf, wildcardMatch } from './util.js';
import { alreadyExists, applyOptions, cannotBeMadeConstant, notFound, notRemovable, optionsText, parseOptions, targetScope, writable } from './variableRules.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const PS_VARIABLE = 'System.Management.Automation.PSVariable';

function valueOf(v: Variable): unknown {
  const value = v.getter ? v.getter() : v.value;
  return value === AutomationNull ? null : value;
}

function variableObject(v: Variable): PSObject {
  return new PSObject(PS_VARIABLE, [
    ['Name', v.name],
    ['Description', v.description ?? ''],
    ['Value', valueOf(v)],
    ['Visibility', v.visibility ?? 'Public'],
    ['Module', null],
    ['ModuleName', ''],
    ['Options', optionsText(v)],
    ['Attributes', []],
  ]);
}

/** A variable and the scope that holds it. */
interface Found {
  variable: Variable;
  owner: Scope;
}

/** Variables as seen from `scope`: with -Scope only that scope's own, otherwise every visible one (nearest first). */
function visible(ctx: CmdletContext, scope: Scope): Found[] {
  if (ctx.bound.has('Scope')) return [...scope.vars.values()].map((variable) => ({ variable, owner: scope }));
  const seen = new Map<string, Found>();
  for (let s: Scope | null = scope; s; s = s.parent) {
    for (const [key, variable] of s.vars) if (!seen.has(key) && !(variable.private && s !== scope)) seen.set(key, { variable, owner: s });
  }
  return [...seen.values()];
}

/** Variables matching the -Name patterns (all when none) and -Include/-Exclude; a missing plain name is an error. */
function matching(ctx: CmdletContext, scope: Scope, patterns: string[]): Found[] {
  const all = visible(ctx, scope);
  const include = listOf(ctx.params.Include).map(toStr);
  const exclude = listOf(ctx.params.Exclude).map(toStr);
  const out: Found[] = [];
  for (const p of patterns.length ? patterns : ['*']) {
    if (hasWildcard(p)) {
      out.push(...all.filter((f) => wildcardMatch(p, f.variable.name)).sort((a, b) => a.variable.name.toLowerCase().localeCompare(b.variable.name.toLowerCase())));
      continue;
    }
    const hit = all.find((f) => f.variable.name.toLowerCase() === p.toLowerCase());
    if (hit) out.push(hit);
    else notFound(ctx, p);
  }
  return out.filter((f) => (!include.length || include.some((x) => wildcardMatch(x, f.variable.name))) && !exclude.some((x) => wildcardMatch(x, f.variable.name)));
}

function names(ctx: CmdletContext): string[] {
  return listOf(ctx.params.Name).map(toStr);
}

const scopeParam = { type: 'String' };

cmdlets.push(define(
  'Get-Variable',
  {
    module: UTILITY,
    params: {
      Name: { type: 'String', array: true, position: 0, pipeline: 'True (ByPropertyName, ByValue)' },
      ValueOnly: { type: 'SwitchParameter' },
      Include: { type: 'String', array: true },
      Exclude: { type: 'String', array: true },
      Scope: scopeParam,
    },
  },
  () => ({
    process(ctx) {
      const scope = targetScope(ctx);
      if (!scope) return;
      for (const { variable } of matching(ctx, scope, names(ctx))) {
        ctx.writeObject(ctx.params.ValueOnly ? valueOf(variable) : variableObject(variable), !!ctx.params.ValueOnly);
      }
    },
  }),
));

/** -Description and -Visibility as given (absent ones left out, so an existing variable keeps its own). */
function descriptionAndVisibility(ctx: CmdletContext): Partial<Variable> {
  const out: Partial<Variable> = {};
  if (ctx.params.Description !== undefined) out.description = toStr(ctx.params.Description);
  if (ctx.params.Visibility !== undefined) out.visibility = toStr(ctx.params.Visibility) === 'Private' ? 'Private' : 'Public';
  return out;
}

/** Set-Variable on one name: changes the variable of the target scope, or creates it there. */
function setOne(ctx: CmdletContext, scope: Scope, name: string, value: unknown, hasValue: boolean): Variable | undefined {
  const options = parseOptions(ctx);
  const existing = scope.own(name.toLowerCase());
  if (!existing) return scope.set(name, value, { ...options, ...descriptionAndVisibility(ctx) });
  if (options?.constant && !existing.constant) {
    cannotBeMadeConstant(ctx, existing.name);
    return undefined;
  }
  if (!writable(ctx, existing)) return undefined;
  if (hasValue) existing.value = value;
  Object.assign(existing, descriptionAndVisibility(ctx));
  if (options) applyOptions(existing, options);
  return existing;
}

cmdlets.push(define(
  'Set-Variable',
  {
    module: UTILITY,
    shouldProcess: true,
    params: {
      Name: { type: 'String', array: true, mandatory: true, position: 0, pipeline: 'True (ByPropertyName)' },
      Value: { type: 'Object', position: 1, pipeline: 'True (ByPropertyName, ByValue)' },
      Include: { type: 'String', array: true },
      Exclude: { type: 'String', array: true },
      Description: { type: 'String' },
      Option: { type: 'ScopedItemOptions' },
      Force: { type: 'SwitchParameter' },
      Visibility: { type: 'SessionStateEntryVisibility', validateSet: ['Public', 'Private'] },
      PassThru: { type: 'SwitchParameter' },
      Scope: scopeParam,
    },
  },
  () => ({
    async process(ctx) {
      const scope = targetScope(ctx);
      if (!scope) return;
      const fromPipeline = ctx.expectingInput && !ctx.bound.has('Value');
      const hasValue = fromPipeline || ctx.bound.has('Value');
      const value = fromPipeline ? ctx.inputObject : (ctx.params.Value ?? null);
      for (const pattern of names(ctx)) {
        const targets = hasWildcard(pattern) ? matching(ctx, scope, [pattern]).map((f) => f.variable.name) : [pattern];
        for (const name of targets) {
          if (!(await ctx.shouldProcess(`Name: ${name} Value: ${toStr(value)}`, 'Set variable'))) continue;
          const v = setOne(ctx, scope, name, value, hasValue);
          if (v && ctx.params.PassThru) ctx.writeObject(variableObject(v));
        }
      }
    },
  }),
));

cmdlets.push(define(
  'New-Variable',
  {
    module: UTILITY,
    shouldProcess: true,
    params: {
      Name: { type: 'String', mandatory: true, position: 0, pipeline: 'True (ByPropertyName)' },
      Value: { type: 'Object', position: 1, pipeline: 'True (ByPropertyName, ByValue)' },
      Description: { type: 'String' },
      Option: { type: 'ScopedItemOptions' },
      Visibility: { type: 'SessionStateEntryVisibility', validateSet: ['Public', 'Private'] },
      Force: { type: 'SwitchParameter' },
      PassThru: { type: 'SwitchParameter' },
      Scope: scopeParam,
    },
  },
  () => ({
    async process(ctx) {
      const scope = targetScope(ctx);
      if (!scope) return;
      const name = toStr(ctx.params.Name);
      const value = ctx.params.Value ?? null;
      const existing = scope.own(name.toLowerCase());
      if (existing && !ctx.params.Force) return alreadyExists(ctx, existing.name);
      if (!(await ctx.shouldProcess(`Name: ${name} Value: ${toStr(value)}`, 'New variable'))) return;
      // [I] -Force over an existing variable replaces its value, options and description; a constant stays.
      if (existing && !writable(ctx, existing)) return;
      if (existing) scope.vars.delete(existing.name.toLowerCase());
      const options = parseOptions(ctx) ?? {};
      const v = scope.set(name, value, { ...options, ...descriptionAndVisibility(ctx) });
      if (ctx.params.PassThru) ctx.writeObject(variableObject(v));
    },
  }),
));

cmdlets.push(define(
  'Remove-Variable',
  {
    module: UTILITY,
    shouldProcess: true,
    params: {
      Name: { type: 'String', array: true, mandatory: true, position: 0, pipeline: 'True (ByPropertyName)' },
      Include: { type: 'String', array: true },
      Exclude: { type: 'String', array: true },
      Force: { type: 'SwitchParameter' },
      Scope: scopeParam,
    },
  },
  () => ({
    async process(ctx) {
      const scope = targetScope(ctx);
      if (!scope) return;
      for (const { variable, owner } of matching(ctx, scope, names(ctx))) {
        if (!(await ctx.shouldProcess(`Name: ${variable.name}`, 'Remove variable'))) continue;
        if (variable.constant || (variable.readOnly && !ctx.params.Force)) notRemovable(ctx, variable.name);
        else owner.vars.delete(variable.name.toLowerCase());
      }
    },
  }),
));

cmdlets.push(define(
  'Clear-Variable',
  {
    module: UTILITY,
    shouldProcess: true,
    params: {
      Name: { type: 'String', array: true, mandatory: true, position: 0, pipeline: 'True (ByPropertyName)' },
      Include: { type: 'String', array: true },
      Exclude: { type: 'String', array: true },
      Force: { type: 'SwitchParameter' },
      PassThru: { type: 'SwitchParameter' },
      Scope: scopeParam,
    },
  },
  () => ({
    async process(ctx) {
      const scope = targetScope(ctx);
      if (!scope) return;
      for (const { variable } of matching(ctx, scope, names(ctx))) {
        if (!(await ctx.shouldProcess(`Name: ${variable.name}`, 'Clear variable'))) continue;
        if (!writable(ctx, variable)) continue;
        variable.value = null;
        if (ctx.params.PassThru) ctx.writeObject(variableObject(variable));
      }
    },
  }),
));
