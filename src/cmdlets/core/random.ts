// Get-Random, Measure-Command and Get-Unique.

import { typeNameOf } from '../../engine/runtime/members.js';
import { isInt32Value, isIntegerType, isNumeric, makeDouble, makeInt64, numericType, toDoubleValue } from '../../engine/runtime/numbers.js';
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
        const bounds = [ctx.params.Minimum, ctx.params.Maximum].filter((v) => v !== undefined).map(boundOf);
        const kind = resultKind(bounds);
        const min = ctx.params.Minimum !== undefined ? bounds[0]!.value : 0;
        const max = ctx.params.Maximum !== undefined ? bounds[bounds.length - 1]!.value : kind === 'Int32' ? 2147483647 : kind === 'Int64' ? Number.MAX_SAFE_INTEGER : Number.MAX_VALUE;
        if (max <= min) {
          ctx.throwTerminatingError({
            message: `The Minimum value (${toStr(ctx.params.Minimum ?? 0)}) cannot be greater than or equal to the Maximum value (${toStr(ctx.params.Maximum ?? max)}).`,
            errorId: 'MinGreaterThanOrEqualMax',
            category: 'InvalidArgument',
            exceptionType: 'System.ArgumentException',
          });
        }
        const r = min + rnd() * (max - min);
        if (kind === 'Double') ctx.writeObject(makeDouble(r));
        else if (kind === 'Int64') ctx.writeObject(makeInt64(Math.floor(r)));
        else ctx.writeObject(Math.floor(r));
      },
    };
  },
));

/** A -Minimum/-Maximum value: its number and the type it counts as (a text counts as the number it reads as). */
function boundOf(v: unknown): { value: number; type: 'Int32' | 'Int64' | 'Double' } {
  const n = isNumeric(v) ? v : toNumber(v, 'System.Double');
  const value = toDoubleValue(n);
  if (isNumeric(v)) {
    const t = numericType(v);
    if (!isIntegerType(t)) return { value, type: 'Double' };
    return { value, type: t === 'Int64' || t === 'UInt32' || t === 'UInt64' ? 'Int64' : 'Int32' };
  }
  return { value, type: !Number.isInteger(value) ? 'Double' : isInt32Value(value) ? 'Int32' : 'Int64' };
}

/** [D] A Double when either bound is floating point, else an Int64 when either is an Int64, else an Int32. */
function resultKind(bounds: { type: 'Int32' | 'Int64' | 'Double' }[]): 'Int32' | 'Int64' | 'Double' {
  if (bounds.some((b) => b.type === 'Double')) return 'Double';
  return bounds.some((b) => b.type === 'Int64') ? 'Int64' : 'Int32';
}

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
