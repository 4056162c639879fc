// Get-Variable, Set-Variable, New-Variable, Remove-Variable, Clear-Variable.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/convert.js';
import { PSRuntimeError } from '../../engine/errors.js';
import { AutomationNull, PSObject } from '../../engine/values.js';
import { registerView } from '../../format/views.js';
import { define, UTILITY } from './meta.js';
import { hasWildcard, listOf, wildcardMatch } from './util.js';

const PS_VARIABLE = 'System.Management.Automation.PSVariable';
registerView(PS_VARIABLE, { kind: 'table', columns: [{ property: 'Name', width: 30 }, { property: 'Value' }] });

function variableObject(name: string, value: unknown, description = ''): PSObject {
  return new PSObject(PS_VARIABLE, [
    ['Name', name],
    ['Description', description],
    ['Value', value],
    ['Visibility', 'Public'],
    ['Module', null],
    ['ModuleName', ''],
    ['Options', 'None'],
    ['Attributes', []],
  ]);
}

function notFound(ctx: CmdletContext, name: string): void {
  ctx.writeError({
    message: `Cannot find a variable with the name '${name}'.`,
    errorId: 'VariableNotFound',
    category: 'ObjectNotFound',
    targetObject: name,
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
  });
}

function scopeOf(ctx: CmdletContext): 'local' | 'script' | 'global' | undefined {
  const s = toStr(ctx.params.Scope ?? '').toLowerCase();
  return s === 'global' || s === 'script' || s === 'local' ? s : undefined;
}

function exists(ctx: CmdletContext, name: string): boolean {
  if (ctx.engine.listVariables) return ctx.engine.listVariables().some((v) => v.name.toLowerCase() === name.toLowerCase());
  return ctx.engine.getVariable(name) !== undefined;
}

/** Variables matching the -Name patterns (all when none), in name order as Get-Variable lists them. */
function matching(ctx: CmdletContext, patterns: string[]): { name: string; value: unknown; description?: string }[] {
  const all = ctx.engine.listVariables?.() ?? [];
  const exclude = listOf(ctx.params.Exclude).map(toStr);
  const out: { name: string; value: unknown; description?: string }[] = [];
  const wanted = patterns.length ? patterns : ['*'];
  for (const p of wanted) {
    if (!hasWildcard(p)) {
      if (exists(ctx, p)) out.push(all.find((v) => v.name.toLowerCase() === p.toLowerCase()) ?? { name: p, value: ctx.engine.getVariable(p) });
      else notFound(ctx, p);
      continue;
    }
    const hits = all.filter((v) => wildcardMatch(p, v.name)).sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    out.push(...hits);
  }
  return out.filter((v) => !exclude.some((x) => wildcardMatch(x, v.name)));
}

const scopeParam = { type: 'String' };

define(
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
      for (const v of matching(ctx, listOf(ctx.params.Name).map(toStr))) {
        const value = v.value === AutomationNull ? null : v.value;
        ctx.writeObject(ctx.params.ValueOnly ? value : variableObject(v.name, value, v.description), !!ctx.params.ValueOnly);
      }
    },
  }),
);

function setOne(ctx: CmdletContext, name: string, value: unknown): void {
  try {
    ctx.engine.setVariable(name, value, scopeOf(ctx));
  } catch (e) {
    if (e instanceof PSRuntimeError) ctx.writeError(e.record);
    else throw e;
  }
}

define(
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
      Visibility: { type: 'SessionStateEntryVisibility' },
      PassThru: { type: 'SwitchParameter' },
      Scope: scopeParam,
    },
  },
  () => ({
    async process(ctx) {
      const value = ctx.expectingInput && !ctx.bound.has('Value') ? ctx.inputObject : (ctx.params.Value ?? null);
      for (const name of listOf(ctx.params.Name).map(toStr)) {
        if (!(await ctx.shouldProcess(`Name: ${name} Value: ${toStr(value)}`, 'Set variable'))) continue;
        setOne(ctx, name, value);
        if (ctx.params.PassThru) ctx.writeObject(variableObject(name, value));
      }
    },
  }),
);

define(
  'New-Variable',
  {
    module: UTILITY,
    shouldProcess: true,
    params: {
      Name: { type: 'String', mandatory: true, position: 0, pipeline: 'True (ByPropertyName)' },
      Value: { type: 'Object', position: 1, pipeline: 'True (ByPropertyName, ByValue)' },
      Description: { type: 'String' },
      Option: { type: 'ScopedItemOptions' },
      Visibility: { type: 'SessionStateEntryVisibility' },
      Force: { type: 'SwitchParameter' },
      PassThru: { type: 'SwitchParameter' },
      Scope: scopeParam,
    },
  },
  () => ({
    async process(ctx) {
      const name = toStr(ctx.params.Name);
      if (exists(ctx, name) && !ctx.params.Force) {
        ctx.writeError({
          message: `A variable with name '${name}' already exists.`,
          errorId: 'VariableAlreadyExists',
          category: 'ResourceExists',
          targetObject: name,
          exceptionType: 'System.Management.Automation.SessionStateException',
        });
        return;
      }
      if (!(await ctx.shouldProcess(`Name: ${name} Value: ${toStr(ctx.params.Value)}`, 'New variable'))) return;
      setOne(ctx, name, ctx.params.Value ?? null);
      if (ctx.params.PassThru) ctx.writeObject(variableObject(name, ctx.params.Value ?? null));
    },
  }),
);

define(
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
      for (const pattern of listOf(ctx.params.Name).map(toStr)) {
        const names = hasWildcard(pattern) ? matching(ctx, [pattern]).map((v) => v.name) : [pattern];
        for (const name of names) {
          if (!(await ctx.shouldProcess(`Name: ${name}`, 'Remove variable'))) continue;
          let removed: boolean;
          try {
            removed = ctx.engine.removeVariable(name);
          } catch (e) {
            if (e instanceof PSRuntimeError) {
              ctx.writeError(e.record);
              continue;
            }
            throw e;
          }
          if (!removed) notFound(ctx, name);
        }
      }
    },
  }),
);

define(
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
      for (const pattern of listOf(ctx.params.Name).map(toStr)) {
        const names = hasWildcard(pattern) ? matching(ctx, [pattern]).map((v) => v.name) : [pattern];
        for (const name of names) {
          if (!exists(ctx, name)) {
            notFound(ctx, name);
            continue;
          }
          if (!(await ctx.shouldProcess(`Name: ${name}`, 'Clear variable'))) continue;
          setOne(ctx, name, null);
          if (ctx.params.PassThru) ctx.writeObject(variableObject(name, null));
        }
      }
    },
  }),
);
