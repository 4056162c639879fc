// Where-Object (script block and the simplified `Where-Object Prop -eq value` form) and ForEach-Object.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { isNull, toBool, toStr } from '../../engine/runtime/convert.js';
import { PSRuntimeError } from '../../engine/errors.js';
import { comparisonOperator } from '../../engine/operators/apply.js';
import { AutomationNull, ScriptBlockValue } from '../../engine/runtime/values.js';
import { getPropertyValue, hasProperty, typeNameOf } from '../../engine/runtime/members.js';
import { CORE, define, type ParamSpec } from './meta.js';
import { invokeWith, listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** Switch parameter → [parameter set, operator, aliases]. Order follows Where-Object's own. */
const OPERATORS: [string, string, string, string[]][] = [
  ['EQ', 'EqualSet', 'eq', ['IEQ']],
  ['CEQ', 'CaseSensitiveEqualSet', 'ceq', []],
  ['NE', 'NotEqualSet', 'ne', ['INE']],
  ['CNE', 'CaseSensitiveNotEqualSet', 'cne', []],
  ['GT', 'GreaterThanSet', 'gt', ['IGT']],
  ['CGT', 'CaseSensitiveGreaterThanSet', 'cgt', []],
  ['LT', 'LessThanSet', 'lt', ['ILT']],
  ['CLT', 'CaseSensitiveLessThanSet', 'clt', []],
  ['GE', 'GreaterOrEqualSet', 'ge', ['IGE']],
  ['CGE', 'CaseSensitiveGreaterOrEqualSet', 'cge', []],
  ['LE', 'LessOrEqualSet', 'le', ['ILE']],
  ['CLE', 'CaseSensitiveLessOrEqualSet', 'cle', []],
  ['Like', 'LikeSet', 'like', ['ILike']],
  ['CLike', 'CaseSensitiveLikeSet', 'clike', []],
  ['NotLike', 'NotLikeSet', 'notlike', ['INotLike']],
  ['CNotLike', 'CaseSensitiveNotLikeSet', 'cnotlike', []],
  ['Match', 'MatchSet', 'match', ['IMatch']],
  ['CMatch', 'CaseSensitiveMatchSet', 'cmatch', []],
  ['NotMatch', 'NotMatchSet', 'notmatch', ['INotMatch']],
  ['CNotMatch', 'CaseSensitiveNotMatchSet', 'cnotmatch', []],
  ['Contains', 'ContainsSet', 'contains', ['IContains']],
  ['CContains', 'CaseSensitiveContainsSet', 'ccontains', []],
  ['NotContains', 'NotContainsSet', 'notcontains', ['INotContains']],
  ['CNotContains', 'CaseSensitiveNotContainsSet', 'cnotcontains', []],
  ['In', 'InSet', 'in', ['IIn']],
  ['CIn', 'CaseSensitiveInSet', 'cin', []],
  ['NotIn', 'NotInSet', 'notin', ['INotIn']],
  ['CNotIn', 'CaseSensitiveNotInSet', 'cnotin', []],
  ['Is', 'IsSet', 'is', []],
  ['IsNot', 'IsNotSet', 'isnot', []],
];

function whereParams(): Record<string, ParamSpec> {
  const opSets = OPERATORS.map(([, set]) => set);
  const inAll = (mandatory: boolean, position: number | null) => Object.fromEntries(opSets.map((s) => [s, [mandatory, position]])) as Record<string, [boolean, number | null]>;
  const params: Record<string, ParamSpec> = {
    InputObject: { type: 'PSObject', pipeline: 'True (ByValue)', sets: { ScriptBlockSet: [false, null], ...inAll(false, null) } },
    FilterScript: { type: 'ScriptBlock', sets: { ScriptBlockSet: [true, 0] } },
    Property: { type: 'String', sets: inAll(true, 0) },
    Value: { type: 'Object', sets: inAll(false, 1) },
  };
  for (const [name, set, , aliases] of OPERATORS) params[name] = { type: 'SwitchParameter', aliases, sets: { [set]: [set !== 'EqualSet', null] } };
  return params;
}

/** `-Is` / `-IsNot`: the value's type name against a type written as text (`string`, `System.String`). */
function isOfTypeName(v: unknown, type: unknown): boolean {
  const wanted = toStr(type).replace(/^\[|\]$/g, '').toLowerCase();
  const actual = typeNameOf(v).toLowerCase();
  return actual === wanted || actual.endsWith(`.${wanted}`) || (wanted === 'int' && actual === 'system.int32') || (wanted === 'bool' && actual === 'system.boolean');
}

function simplifiedMatch(ctx: CmdletContext, o: unknown): boolean {
  const prop = String(ctx.params.Property);
  const value = hasProperty(o, prop) ? getPropertyValue(o, prop) : null;
  const op = OPERATORS.find(([, set]) => set === ctx.parameterSetName);
  if (!op || (op[0] === 'EQ' && !ctx.bound.has('Value') && !ctx.params.EQ)) return toBool(value);
  const operand = ctx.params.Value ?? null;
  if (op[2] === 'is') return isOfTypeName(value, operand);
  if (op[2] === 'isnot') return !isOfTypeName(value, operand);
  return toBool(comparisonOperator(`-${op[2]}`, value, operand).value);
}

cmdlets.push(define('Where-Object', { module: CORE, defaultSet: 'EqualSet', params: whereParams() }, () => ({
  async process(ctx) {
    if (!ctx.expectingInput && !ctx.bound.has('InputObject')) return;
    // -InputObject given directly is tested as one object, as in PowerShell.
    const o = ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject;
    if (ctx.parameterSetName === 'ScriptBlockSet') {
      const results = await invokeWith(ctx, ctx.params.FilterScript as ScriptBlockValue, o);
      if (toBool(results)) ctx.writeObject(o, false);
    } else if (simplifiedMatch(ctx, o)) ctx.writeObject(o, false);
  },
})));

/**
 * `ForEach-Object Name` / `ForEach-Object ToUpper` / `% Substring 1`: a property read, or a method called with
 * -ArgumentList, as PowerShell's -MemberName does. Returns AutomationNull when nothing is to be written.
 */
async function memberOf(ctx: CmdletContext, o: unknown, member: string): Promise<unknown> {
  const args = listOf(ctx.params.ArgumentList);
  const isProperty = hasProperty(o, member);
  if (isProperty && args.length === 0) return getPropertyValue(o, member);
  try {
    if (!isNull(o)) return await ctx.engine.invokeMethod!(o, member, args);
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    // [I] A property given arguments is read as the property (the arguments are not used).
    if (e.record.fullyQualifiedErrorId !== 'MethodNotFound') {
      ctx.writeError(e.record);
      return AutomationNull;
    }
    if (isProperty) return getPropertyValue(o, member);
  }
  ctx.writeError({
    message: `Input name "${member}" cannot be resolved to a member.`,
    errorId: 'PropertyOrMethodNotFound',
    category: 'InvalidArgument',
    targetObject: o,
  });
  return AutomationNull;
}

/**
 * The begin/process/end blocks. Positional blocks beyond the first (`% {b} {p} {e}`) follow PowerShell's
 * rule when -Begin/-End are not named: two blocks are begin + process, three or more begin, process…, end.
 */
function scriptBlocks(ctx: CmdletContext): { begin?: ScriptBlockValue; process: ScriptBlockValue[]; end?: ScriptBlockValue } {
  const all = [...listOf(ctx.params.Process), ...listOf(ctx.params.RemainingScripts)].filter((b): b is ScriptBlockValue => b instanceof ScriptBlockValue);
  let begin = ctx.params.Begin as ScriptBlockValue | undefined;
  let end = ctx.params.End as ScriptBlockValue | undefined;
  let process = all;
  if (all.length >= 2 && !begin && !end) {
    begin = all[0];
    process = all.length === 2 ? [all[1]!] : all.slice(1, -1);
    if (all.length >= 3) end = all[all.length - 1];
  }
  return { begin, process, end };
}

cmdlets.push(define(
  'ForEach-Object',
  {
    module: CORE,
    defaultSet: 'ScriptBlockSet',
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)', sets: { ScriptBlockSet: [false, null], PropertyAndMethodSet: [false, null] } },
      Begin: { type: 'ScriptBlock', sets: { ScriptBlockSet: [false, null] } },
      Process: { type: 'ScriptBlock', array: true, sets: { ScriptBlockSet: [true, 0] } },
      End: { type: 'ScriptBlock', sets: { ScriptBlockSet: [false, null] } },
      RemainingScripts: { type: 'ScriptBlock', array: true, remaining: true, sets: { ScriptBlockSet: [false, null] } },
      MemberName: { type: 'String', sets: { PropertyAndMethodSet: [true, 0] } },
      ArgumentList: { type: 'Object', array: true, remaining: true, aliases: ['Args'], sets: { PropertyAndMethodSet: [false, null] } },
    },
  },
  () => {
    // What a block writes goes downstream at once, as in PowerShell (a block that lists 100k users streams them).
    const run = (ctx: CmdletContext, block: ScriptBlockValue, input: unknown) => invokeWith(ctx, block, input, (v) => ctx.writeEach([v]));
    let blocks: { begin?: ScriptBlockValue; process: ScriptBlockValue[]; end?: ScriptBlockValue } = { process: [] };
    return {
      async begin(ctx) {
        blocks = scriptBlocks(ctx);
        if (blocks.begin) await run(ctx, blocks.begin, null);
      },
      async process(ctx) {
        const o = ctx.expectingInput ? ctx.inputObject : ctx.bound.has('InputObject') ? ctx.params.InputObject : null;
        if (ctx.parameterSetName === 'PropertyAndMethodSet') {
          if (!ctx.expectingInput && !ctx.bound.has('InputObject')) return;
          const v = await memberOf(ctx, o, String(ctx.params.MemberName));
          if (v !== AutomationNull) ctx.writeObject(v, true);
          return;
        }
        for (const b of blocks.process) await run(ctx, b, o);
      },
      async end(ctx) {
        if (blocks.end) await run(ctx, blocks.end, null);
      },
    };
  },
));
