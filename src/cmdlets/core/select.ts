// Select-Object and Sort-Object.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { compareValues, toStr } from '../../engine/runtime/convert.js';
import { PSArrayList, PSHashtable, PSObject, ScriptBlockValue } from '../../engine/runtime/values.js';
import { getPropertyValue, hasProperty, isScalar, propertyNames, typeNamesOf } from '../../engine/runtime/members.js';
import { toDisplayString } from '../../engine/runtime/displayText.js';
import { define, UTILITY } from './meta.js';
import { collapse, hashEntry, invokeWith, listOf, selectorsFor, wildcardMatch } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const CUSTOM = 'System.Management.Automation.PSCustomObject';

/** The text Select-Object -Unique compares to tell output objects apart: every property and its value. */
function uniqueKey(v: unknown): string {
  if (v instanceof PSObject) return v.properties().map((p) => `${p.name}=${toDisplayString(p.getter ? p.getter() : p.value)}`).join('\u0001');
  return toDisplayString(v);
}

async function project(ctx: CmdletContext, o: unknown): Promise<unknown[]> {
  const props = ctx.params.Property as unknown[] | undefined;
  const exclude = listOf(ctx.params.ExcludeProperty).map(String);
  const expand = ctx.params.ExpandProperty as string | undefined;
  let result: PSObject | undefined;
  // Windows PowerShell 5.1 applies -ExcludeProperty only together with -Property.
  if (props) {
    const first = typeNamesOf(o)[0] ?? 'System.Object';
    result = new PSObject([`Selected.${first}`, CUSTOM]);
    for (const s of selectorsFor(ctx, props ? listOf(props) : ['*'], o)) {
      if (exclude.some((e) => wildcardMatch(e, s.name))) continue;
      result.add(s.name, await s.value(ctx, o));
    }
  }
  if (expand === undefined) return [result ?? o];
  if (!hasProperty(o, expand)) {
    ctx.writeError({
      message: `Property "${expand}" cannot be found.`,
      errorId: 'ExpandPropertyNotFound',
      category: 'InvalidArgument',
      targetObject: o,
      exceptionType: 'System.Management.Automation.PSArgumentException',
    });
    return [];
  }
  const expanded = getPropertyValue(o, expand);
  const items = Array.isArray(expanded) || expanded instanceof PSArrayList ? listOf(expanded) : [expanded];
  if (!result) return items;
  // -Property with -ExpandProperty: the selected properties are added to each expanded object.
  return items.map((item) => {
    if (!(item instanceof PSObject)) return item;
    const copy = item.clone();
    for (const p of result!.properties()) copy.add(p.name, p.value);
    return copy;
  });
}

cmdlets.push(define(
  'Select-Object',
  {
    module: UTILITY,
    defaultSet: 'DefaultParameter',
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      Property: { type: 'Object', array: true, sets: { DefaultParameter: [false, 0], SkipLastParameter: [false, 0] } },
      ExcludeProperty: { type: 'String', array: true, sets: { DefaultParameter: [false, null], SkipLastParameter: [false, null] } },
      ExpandProperty: { type: 'String', sets: { DefaultParameter: [false, null], SkipLastParameter: [false, null] } },
      Unique: { type: 'SwitchParameter' },
      Last: { type: 'Int32', sets: { DefaultParameter: [false, null] } },
      First: { type: 'Int32', sets: { DefaultParameter: [false, null] } },
      Skip: { type: 'Int32', sets: { DefaultParameter: [false, null] } },
      SkipLast: { type: 'Int32', sets: { SkipLastParameter: [false, null] } },
      Wait: { type: 'SwitchParameter', sets: { DefaultParameter: [false, null], IndexParameter: [false, null] } },
      Index: { type: 'Int32', array: true, sets: { IndexParameter: [false, null] } },
    },
  },
  () => {
    const selection = new SelectionState();
    return {
      begin: (ctx) => checkCalculatedProperties(ctx),
      async process(ctx) {
        if (ctx.expectingInput) await selection.take(ctx, ctx.inputObject);
        else if (ctx.bound.has('InputObject')) await selection.take(ctx, ctx.params.InputObject);
      },
      end: (ctx) => selection.finish(ctx),
    };
  },
));

/** Keys a Select-Object calculated property may use (any unambiguous prefix: n, l, e). */
const SELECT_KEYS = ['Name', 'Label', 'Expression'];

/** Refuses, before any input, a calculated property with an unknown key or an expression of the wrong type ([I] ids). */
function checkCalculatedProperties(ctx: CmdletContext): void {
  for (const spec of listOf(ctx.params.Property)) {
    if (!(spec instanceof PSHashtable)) continue;
    for (const key of spec.keys().map(toStr)) {
      if (!SELECT_KEYS.some((k) => k.toLowerCase().startsWith(key.toLowerCase()))) {
        ctx.throwTerminatingError({ message: `The ${key} key is not valid.`, errorId: 'DictionaryKeyIllegal', category: 'InvalidArgument', exceptionType: 'System.Management.Automation.ParameterBindingException' });
      }
    }
    const expression = spec.keys().map(toStr).find((k) => 'expression'.startsWith(k.toLowerCase()));
    if (expression === undefined) {
      ctx.throwTerminatingError({ message: 'The "Expression" key is missing from the calculated property hashtable.', errorId: 'DictionaryKeyMandatoryEntry', category: 'InvalidArgument', exceptionType: 'System.Management.Automation.ParameterBindingException' });
    }
    const value = spec.get(expression);
    if (typeof value !== 'string' && !(value instanceof ScriptBlockValue)) {
      ctx.throwTerminatingError({
        message: `The "${expression}" key has a type, ${typeNamesOf(value)[0] ?? 'System.Object'}, that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.`,
        errorId: 'DictionaryKeyIllegalValue',
        category: 'InvalidArgument',
        exceptionType: 'System.Management.Automation.ParameterBindingException',
      });
    }
  }
}

/**
 * Select-Object's paging. Objects stream through as they come (PowerShell's Select-Object is not a
 * collecting command): -First stops the commands upstream once it has its objects, -Index once the
 * highest index has gone by. -Last and -SkipLast must see the end, so they collect.
 */
class SelectionState {
  private readonly collected: unknown[] = [];
  private readonly indexed = new Map<number, unknown>();
  private readonly unique = new Set<string>();
  private received = 0;
  private passed = 0;

  async take(ctx: CmdletContext, o: unknown): Promise<void> {
    const p = ctx.params;
    const position = this.received++;
    if (p.Last !== undefined || p.SkipLast !== undefined) {
      this.collected.push(o);
      return;
    }
    if (p.Index !== undefined) return this.takeIndexed(ctx, o, position);
    if (p.Skip !== undefined && position < Number(p.Skip)) return;
    const first = p.First !== undefined ? Number(p.First) : undefined;
    if (first !== undefined && this.passed >= first) return ctx.stopUpstream();
    this.passed++;
    await this.write(ctx, o);
    if (first !== undefined && this.passed >= first) ctx.stopUpstream();
  }

  /** -Index writes the chosen objects in input order; it holds them until the end. */
  private takeIndexed(ctx: CmdletContext, o: unknown, position: number): void {
    const wanted = listOf(ctx.params.Index).map(Number);
    if (wanted.includes(position)) this.indexed.set(position, o);
    if (position >= Math.max(...wanted)) ctx.stopUpstream();
  }

  async finish(ctx: CmdletContext): Promise<void> {
    const p = ctx.params;
    if (p.Index !== undefined) {
      for (const i of [...this.indexed.keys()].sort((a, b) => a - b)) await this.write(ctx, this.indexed.get(i));
      return;
    }
    if (p.Last === undefined && p.SkipLast === undefined) return;
    let chosen = this.collected;
    if (p.Skip !== undefined) chosen = chosen.slice(Number(p.Skip));
    if (p.SkipLast !== undefined) chosen = chosen.slice(0, Math.max(0, chosen.length - Number(p.SkipLast)));
    const first = p.First !== undefined ? Number(p.First) : undefined;
    const last = p.Last !== undefined ? Number(p.Last) : undefined;
    if (first !== undefined && last !== undefined) {
      chosen = [...chosen.slice(0, first), ...chosen.slice(Math.max(first, chosen.length - last))];
    } else if (first !== undefined) chosen = chosen.slice(0, first);
    else if (last !== undefined) chosen = last === 0 ? [] : chosen.slice(-last);
    for (const o of chosen) await this.write(ctx, o);
  }

  private async write(ctx: CmdletContext, o: unknown): Promise<void> {
    for (const r of await project(ctx, o)) {
      if (ctx.params.Unique) {
        const key = uniqueKey(r);
        if (this.unique.has(key)) continue;
        this.unique.add(key);
      }
      ctx.writeObject(r, false);
    }
  }
}

interface SortKey {
  get(ctx: CmdletContext, o: unknown): Promise<unknown>;
  descending?: boolean;
}

function sortKeys(ctx: CmdletContext, first: unknown): SortKey[] {
  const specs = ctx.params.Property ? listOf(ctx.params.Property) : [];
  if (specs.length === 0) return [{ get: async (_c, o) => (isScalar(o) || o instanceof Date ? o : defaultSortValue(o)) }];
  const keys: SortKey[] = [];
  for (const spec of specs) {
    if (spec instanceof ScriptBlockValue) keys.push({ get: async (c, o) => collapse(await invokeWith(c, spec, o)) });
    else if (spec instanceof PSHashtable) {
      const expr = hashEntry(spec, 'Expression');
      const asc = hashEntry(spec, 'Ascending');
      const desc = hashEntry(spec, 'Descending');
      const descending = desc !== undefined ? !!desc : asc !== undefined ? !asc : undefined;
      keys.push({
        descending,
        get: async (c, o) => (expr instanceof ScriptBlockValue ? collapse(await invokeWith(c, expr, o)) : getPropertyValue(o, toStr(expr)) ?? null),
      });
    } else {
      const name = toStr(spec);
      const names = /[*?]/.test(name) ? propertyNames(first).filter((n) => wildcardMatch(name, n)) : [name];
      for (const n of names) keys.push({ get: async (_c, o) => getPropertyValue(o, n) ?? null });
    }
  }
  return keys;
}

/** Objects sorted without -Property: by their display text (PowerShell uses their default key/ToString). */
function defaultSortValue(o: unknown): unknown {
  return toDisplayString(o);
}

/** PowerShell-like ordering that never throws: $null first, numbers numerically, otherwise as text. */
export function safeCompare(a: unknown, b: unknown, caseSensitive = false): number {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  try {
    return compareValues(a, b, caseSensitive);
  } catch {
    return toDisplayString(a).localeCompare(toDisplayString(b), 'en', { sensitivity: caseSensitive ? 'case' : 'base' });
  }
}

cmdlets.push(define(
  'Sort-Object',
  {
    module: UTILITY,
    params: {
      Descending: { type: 'SwitchParameter' },
      Unique: { type: 'SwitchParameter' },
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      Property: { type: 'Object', array: true, position: 0 },
      Culture: { type: 'String' },
      CaseSensitive: { type: 'SwitchParameter' },
    },
  },
  () => {
    const inputs: unknown[] = [];
    return {
      process(ctx) {
        if (ctx.expectingInput) inputs.push(ctx.inputObject);
        else if (ctx.bound.has('InputObject')) inputs.push(...listOf(ctx.params.InputObject));
      },
      async end(ctx) {
        if (inputs.length === 0) return;
        const keys = sortKeys(ctx, inputs[0]);
        const cs = !!ctx.params.CaseSensitive;
        const rows: { o: unknown; k: unknown[]; i: number }[] = [];
        for (let i = 0; i < inputs.length; i++) {
          const o = inputs[i];
          const k: unknown[] = [];
          for (const key of keys) k.push(await key.get(ctx, o));
          rows.push({ o, k, i });
        }
        const globalDesc = !!ctx.params.Descending;
        rows.sort((x, y) => {
          for (let j = 0; j < keys.length; j++) {
            const c = safeCompare(x.k[j], y.k[j], cs);
            if (c !== 0) return (keys[j]!.descending ?? globalDesc) ? -c : c;
          }
          return x.i - y.i;
        });
        let prev: unknown[] | undefined;
        for (const r of rows) {
          if (ctx.params.Unique && prev && r.k.every((v, j) => safeCompare(v, prev![j], cs) === 0)) continue;
          prev = r.k;
          ctx.writeObject(r.o, false);
        }
      },
    };
  },
));
