// Shared pieces of the utility cmdlets: wildcards, property selectors (names, wildcards, calculated
// `@{Name=…;Expression={…}}` hashtables), script-block calls with `$_`, and PowerShell-style errors.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { ErrorRecord, PSRuntimeError } from '../../engine/errors.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSArrayList, PSHashtable, ScriptBlockValue } from '../../engine/runtime/values.js';
import { getPropertyValue, propertyNames } from '../../engine/runtime/members.js';

/** A calculated property's column alignment (Format-Table reads it). */
type Alignment = 'Left' | 'Right' | 'Center';

import { hasWildcardCharacters as hasWildcard, wildcardMatch } from '../../engine/runtime/wildcard.js';

export { hasWildcard, wildcardMatch };

/** Enumerates what a parameter received: arrays and lists item by item, a single value as itself. */
export function listOf(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (v instanceof PSArrayList) return v.items;
  return [v];
}

/** A pipeline's worth of script-block output as one value: nothing → $null, one → itself, more → array. */
export function collapse(results: unknown[]): unknown {
  if (results.length === 0) return null;
  return results.length === 1 ? results[0] : results;
}

export async function invokeWith(ctx: CmdletContext, block: ScriptBlockValue, dollarUnder: unknown, output?: (value: unknown) => Promise<void>): Promise<unknown[]> {
  return ctx.engine.invokeScriptBlock(block, { dollarUnder, dotSource: true, output });
}

/** A terminating error of this cmdlet. */
export function fail(ctx: CmdletContext, message: string, errorId: string, category: ErrorRecord['category'] = 'InvalidArgument', targetObject?: unknown): never {
  ctx.throwTerminatingError({ message, errorId, category, targetObject });
}

/** An error record for code paths without a context (thrown as a terminating error). */
export function runtimeError(message: string, errorId: string, category: ErrorRecord['category'] = 'InvalidOperation'): PSRuntimeError {
  return new PSRuntimeError(new ErrorRecord({ message, errorId, category }));
}

/** Looks a key up in a calculated-property hashtable by any unique prefix (`n`, `e`, `l`, `Expr`, …). */
export function hashEntry(h: PSHashtable, ...names: string[]): unknown {
  for (const key of h.keys()) {
    const k = toStr(key).toLowerCase();
    if (k && names.some((n) => n.toLowerCase().startsWith(k))) return h.get(key);
  }
  return undefined;
}

export interface PropertySelector {
  name: string;
  /** True for plain names (so a missing property can be told apart from a $null one). */
  plain: boolean;
  value(ctx: CmdletContext, o: unknown): Promise<unknown>;
  width?: number;
  alignment?: Alignment;
  formatString?: string;
}

/** How a selector runs a script-block expression (Select-Object dot-sources it; Format-* do not). */
export type ExpressionInvoker = (ctx: CmdletContext, block: ScriptBlockValue, dollarUnder: unknown) => Promise<unknown[]>;

const dotSourced: ExpressionInvoker = (c, block, o) => invokeWith(c, block, o);

function calculated(ctx: CmdletContext, h: PSHashtable, invoke: ExpressionInvoker): PropertySelector {
  const expr = hashEntry(h, 'Expression');
  const nameKey = hashEntry(h, 'Name', 'Label');
  if (expr === undefined) {
    fail(ctx, 'The "Expression" key is missing from the calculated property hashtable.', 'DictionaryKeyMissing', 'InvalidArgument');
  }
  const name = nameKey !== undefined ? toStr(nameKey) : toStr(expr);
  const width = hashEntry(h, 'Width');
  const alignment = hashEntry(h, 'Alignment');
  const formatString = hashEntry(h, 'FormatString');
  return {
    name,
    plain: false,
    width: width === undefined ? undefined : Number(width),
    alignment: alignment === undefined ? undefined : (capitalize(toStr(alignment)) as Alignment),
    formatString: formatString === undefined ? undefined : toStr(formatString),
    async value(c, o) {
      if (expr instanceof ScriptBlockValue) return collapse(await invoke(c, expr, o));
      return getPropertyValue(o, toStr(expr)) ?? null;
    },
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

function plainSelector(name: string): PropertySelector {
  return { name, plain: true, value: async (_c, o) => getPropertyValue(o, name) ?? null };
}

/**
 * Turns `-Property` arguments into selectors for one object: names, wildcards (matched against the
 * object's properties, in the object's order) and calculated-property hashtables.
 */
export function selectorsFor(ctx: CmdletContext, specs: unknown[], o: unknown, invoke: ExpressionInvoker = dotSourced): PropertySelector[] {
  const out: PropertySelector[] = [];
  const seen = new Set<string>();
  const add = (s: PropertySelector) => {
    if (seen.has(s.name.toLowerCase())) return;
    seen.add(s.name.toLowerCase());
    out.push(s);
  };
  for (const spec of specs) {
    if (spec instanceof PSHashtable) add(calculated(ctx, spec, invoke));
    else if (spec instanceof ScriptBlockValue) add({ name: spec.text.trim(), plain: false, value: async (c, x) => collapse(await invoke(c, spec, x)) });
    else {
      const text = toStr(spec);
      if (hasWildcard(text)) {
        for (const n of propertyNames(o)) if (wildcardMatch(text, n)) add(plainSelector(n));
      } else {
        // A name that matches a member keeps the member's own spelling (`select displayname` → DisplayName).
        const actual = propertyNames(o).find((n) => n.toLowerCase() === text.toLowerCase());
        add(plainSelector(actual ?? text));
      }
    }
  }
  return out;
}
