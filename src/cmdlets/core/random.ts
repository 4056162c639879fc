// Get-Random, Measure-Command and Get-Unique.

import { typeNameOf } from '../../engine/runtime/members.js';
import { isNumeric } from '../../engine/runtime/numbers.js';
import { compareNumbers } from '../../engine/runtime/arithmetic.js';
import { toNumber, toStr } from '../../engine/runtime/convert.js';
import { PSObject, ScriptBlockValue, TimeSpan } from '../../engine/runtime/values.js';
import { CORE, define, UTILITY } from './meta.js';
import { listOf } from './util.js';
import { seededRandom } from '../../store/seededRandom.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

cmdlets.push(define(
  'Get-Random',
  {
    module: UTILITY,
    defaultSet: 'RandomNumberParameterSet',
    params: {
      SetSeed: { type: 'Int32' },
      Maximum: { type: 'Object', sets: { RandomNumberParameterSet: [false, 0] } },
      Minimum: { type: 'Object', sets: { RandomNumberParameterSet: [false, null] } },
      InputObject: { type: 'Object', array: true, pipeline: 'True (ByValue)', sets: { RandomListItemParameterSet: [true, 0] } },
      Count: { type: 'Int32', sets: { RandomListItemParameterSet: [false, null] } },
    },
  },
  () => {
    const items: unknown[] = [];
    return {
      process(ctx) {
        if (ctx.parameterSetName === 'RandomListItemParameterSet') items.push(...listOf(ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject));
      },
      end(ctx) {
        const rnd = ctx.params.SetSeed !== undefined ? seededRandom(Number(ctx.params.SetSeed)) : Math.random;
        if (ctx.parameterSetName === 'RandomListItemParameterSet') {
          const pool = [...items];
          const count = Math.min(pool.length, ctx.params.Count !== undefined ? Number(ctx.params.Count) : 1);
          for (let i = 0; i < count; i++) ctx.writeObject(pool.splice(Math.floor(rnd() * pool.length), 1)[0], false);
          return;
        }
        const min = ctx.params.Minimum !== undefined ? toNumber(ctx.params.Minimum, 'System.Double') : 0;
        const max = ctx.params.Maximum !== undefined ? toNumber(ctx.params.Maximum, 'System.Double') : 2147483647;
        if (max <= min) {
          ctx.throwTerminatingError({
            message: `The Minimum value (${min}) cannot be greater than or equal to the Maximum value (${max}).`,
            errorId: 'MinGreaterThanOrEqualMax',
            category: 'InvalidArgument',
            exceptionType: 'System.ArgumentException',
          });
        }
        const integral = Number.isInteger(min) && Number.isInteger(max);
        const r = min + rnd() * (max - min);
        ctx.writeObject(integral ? Math.floor(r) : r);
      },
    };
  },
));

cmdlets.push(define(
  'Measure-Command',
  {
    module: UTILITY,
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      Expression: { type: 'ScriptBlock', mandatory: true, position: 0 },
    },
  },
  () => ({
    async process(ctx) {
      const start = performance.now();
      await ctx.engine.invokeScriptBlock(ctx.params.Expression as ScriptBlockValue, { dollarUnder: ctx.expectingInput ? ctx.inputObject : undefined });
      ctx.writeObject(TimeSpan.fromMilliseconds(performance.now() - start));
    },
  }),
));

/** [I] Strict mode is accepted and remembered per session, but its extra checks are not applied. */
export const strictModeVersion = new WeakMap<object, string | null>();

cmdlets.push(define(
  'Set-StrictMode',
  {
    module: CORE,
    defaultSet: 'Version',
    params: {
      Version: { type: 'Version', aliases: ['v'], sets: { Version: [true, null] } },
      Off: { type: 'SwitchParameter', sets: { Off: [true, null] } },
    },
  },
  () => ({
    process(ctx) {
      strictModeVersion.set(ctx.engine.session, ctx.params.Off ? null : String(ctx.params.Version));
    },
  }),
));


/** Get-Unique compares each item with the one before it (sorted input): case-sensitively, numbers by value. */
function sameAsPrevious(a: unknown, b: unknown, asString: boolean): boolean {
  if (!asString && isNumeric(a) && isNumeric(b)) return compareNumbers(a, b) === 0;
  return toStr(a) === toStr(b);
}

cmdlets.push(define(
  'Get-Unique',
  {
    module: UTILITY,
    defaultSet: 'AsString',
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      AsString: { type: 'SwitchParameter', sets: { AsString: [false, null] } },
      OnType: { type: 'SwitchParameter', sets: { UniqueByType: [false, null] } },
    },
  },
  () => {
    let seen = false;
    let last: unknown;
    return {
      process(ctx) {
        const item = ctx.expectingInput ? ctx.inputObject : ctx.params.InputObject;
        if (item === undefined) return;
        const same = seen && (ctx.params.OnType ? typeNameOf(item) === typeNameOf(last) : sameAsPrevious(item, last, !!ctx.params.AsString));
        seen = true;
        last = item;
        if (!same) ctx.writeObject(item, false);
      },
    };
  },
));
