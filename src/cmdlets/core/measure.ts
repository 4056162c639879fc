// Group-Object, Measure-Object (its statistics are in measureStats.ts), Compare-Object.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toNumber, toStr, valuesEqual } from '../../engine/runtime/convert.js';
import { PSHashtable, PSObject, ScriptBlockValue } from '../../engine/runtime/values.js';
import { toDisplayString } from '../../engine/runtime/displayText.js';
import { getPropertyValue, hasProperty } from '../../engine/runtime/members.js';
import { define, UTILITY } from './meta.js';
import { GenericStats, TextStats, type MeasureStats, type PropertyAccess } from './measureStats.js';
import { safeCompare } from './select.js';
import { collapse, hashEntry, invokeWith, listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const MEMBERS: PropertyAccess = { has: hasProperty, get: getPropertyValue };

const GROUP_INFO = 'Microsoft.PowerShell.Commands.GroupInfo';
/** What -NoElement writes: a GroupInfo without its Group, shown with Count and Name only. */
const GROUP_INFO_NO_ELEMENT = 'Microsoft.PowerShell.Commands.GroupInfoNoElement';

function collect(ctx: CmdletContext, into: unknown[]): void {
  if (ctx.expectingInput) into.push(ctx.inputObject);
  else if (ctx.bound.has('InputObject')) into.push(...listOf(ctx.params.InputObject));
}

async function keyValues(ctx: CmdletContext, o: unknown): Promise<unknown[]> {
  const specs = listOf(ctx.params.Property);
  if (specs.length === 0) return [o];
  const out: unknown[] = [];
  for (const s of specs) {
    if (s instanceof ScriptBlockValue) out.push(collapse(await invokeWith(ctx, s, o)));
    else if (s instanceof PSHashtable) {
      const e = hashEntry(s, 'Expression');
      out.push(e instanceof ScriptBlockValue ? collapse(await invokeWith(ctx, e, o)) : getPropertyValue(o, toStr(e)));
    } else out.push(getPropertyValue(o, toStr(s)) ?? null);
  }
  return out;
}

cmdlets.push(define(
  'Group-Object',
  {
    module: UTILITY,
    params: {
      NoElement: { type: 'SwitchParameter' },
      AsHashTable: { type: 'SwitchParameter', aliases: ['AHT'] },
      AsString: { type: 'SwitchParameter' },
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      Property: { type: 'Object', array: true, position: 0 },
      Culture: { type: 'String' },
      CaseSensitive: { type: 'SwitchParameter' },
    },
  },
  () => {
    const inputs: unknown[] = [];
    return {
      process: (ctx) => collect(ctx, inputs),
      async end(ctx) {
        const groups: { name: string; values: unknown[]; items: unknown[] }[] = [];
        const index = new Map<string, number>();
        for (const o of inputs) {
          const values = await keyValues(ctx, o);
          const name = values.map((v) => toDisplayString(v)).join(', ');
          const key = ctx.params.CaseSensitive ? name : name.toLowerCase();
          let i = index.get(key);
          if (i === undefined) {
            i = groups.length;
            index.set(key, i);
            groups.push({ name, values, items: [] });
          }
          groups[i]!.items.push(o);
        }
        if (ctx.params.AsHashTable) {
          const h = new PSHashtable();
          for (const g of groups) h.set(ctx.params.AsString || g.values.length !== 1 ? g.name : g.values[0], g.items);
          ctx.writeObject(h, false);
          return;
        }
        for (const g of groups) {
          const info = new PSObject(ctx.params.NoElement ? [GROUP_INFO_NO_ELEMENT, GROUP_INFO] : GROUP_INFO, [
            ['Count', g.items.length],
            ['Name', g.name],
          ]);
          if (!ctx.params.NoElement) info.add('Group', g.items);
          info.add('Values', g.values);
          ctx.writeObject(info, false);
        }
      },
    };
  },
));

cmdlets.push(define(
  'Measure-Object',
  {
    module: UTILITY,
    defaultSet: 'GenericMeasure',
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      Property: { type: 'String', array: true, position: 0 },
      Sum: { type: 'SwitchParameter', sets: { GenericMeasure: [false, null] } },
      Average: { type: 'SwitchParameter', sets: { GenericMeasure: [false, null] } },
      Maximum: { type: 'SwitchParameter', sets: { GenericMeasure: [false, null] } },
      Minimum: { type: 'SwitchParameter', sets: { GenericMeasure: [false, null] } },
      Line: { type: 'SwitchParameter', sets: { TextMeasure: [false, null] } },
      Word: { type: 'SwitchParameter', sets: { TextMeasure: [false, null] } },
      Character: { type: 'SwitchParameter', sets: { TextMeasure: [false, null] } },
      IgnoreWhiteSpace: { type: 'SwitchParameter', sets: { TextMeasure: [false, null] } },
    },
  },
  () => {
    let stats: MeasureStats[] = [];
    return {
      begin(ctx) {
        const props = ctx.params.Property ? listOf(ctx.params.Property).map(String) : [undefined];
        const text = ctx.parameterSetName === 'TextMeasure';
        stats = props.map((prop) => (text ? new TextStats(ctx.params, prop, MEMBERS) : new GenericStats(ctx.params, prop, MEMBERS)));
      },
      process(ctx) {
        const inputs: unknown[] = [];
        collect(ctx, inputs);
        for (const o of inputs) for (const s of stats) s.add(o);
      },
      end(ctx) {
        for (const s of stats) {
          const r = s.result(ctx);
          if (r) ctx.writeObject(r, false);
        }
      },
    };
  },
));

cmdlets.push(define(
  'Compare-Object',
  {
    module: UTILITY,
    params: {
      ReferenceObject: { type: 'PSObject', array: true, mandatory: true, position: 0 },
      DifferenceObject: { type: 'PSObject', array: true, mandatory: true, position: 1, pipeline: 'True (ByValue)' },
      SyncWindow: { type: 'Int32' },
      Property: { type: 'Object', array: true },
      ExcludeDifferent: { type: 'SwitchParameter' },
      IncludeEqual: { type: 'SwitchParameter' },
      PassThru: { type: 'SwitchParameter' },
      Culture: { type: 'String' },
      CaseSensitive: { type: 'SwitchParameter' },
    },
  },
  () => {
    const diff: unknown[] = [];
    return {
      process(ctx) {
        diff.push(...listOf(ctx.expectingInput ? ctx.inputObject : ctx.params.DifferenceObject));
      },
      async end(ctx) {
        const ref = listOf(ctx.params.ReferenceObject);
        const cs = !!ctx.params.CaseSensitive;
        const keyOf = async (o: unknown) => (ctx.params.Property ? (await keyValues(ctx, o)).map(toDisplayString).join('\u0001') : toDisplayString(o));
        const same = (a: string, b: string) => (cs ? a === b : valuesEqual(a, b));
        const refKeys = await Promise.all(ref.map(keyOf));
        const diffKeys = await Promise.all(diff.map(keyOf));
        const usedDiff = new Set<number>();
        const equal: unknown[] = [];
        const refOnly: unknown[] = [];
        ref.forEach((r, i) => {
          const j = diffKeys.findIndex((k, n) => !usedDiff.has(n) && same(k, refKeys[i]!));
          if (j >= 0) {
            usedDiff.add(j);
            equal.push(r);
          } else refOnly.push(r);
        });
        const emit = (o: unknown, indicator: string) => {
          if (ctx.params.PassThru) ctx.writeObject(o, false);
          else ctx.writeObject(new PSObject('System.Management.Automation.PSCustomObject', [['InputObject', o], ['SideIndicator', indicator]]), false);
        };
        // As PowerShell lists them: equal ones (with -IncludeEqual), then the difference side, then the reference side.
        if (ctx.params.IncludeEqual) equal.forEach((o) => emit(o, '=='));
        if (!ctx.params.ExcludeDifferent) {
          diff.forEach((d, n) => !usedDiff.has(n) && emit(d, '=>'));
          refOnly.forEach((o) => emit(o, '<='));
        }
      },
    };
  },
));
