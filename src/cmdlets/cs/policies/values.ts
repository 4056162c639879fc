// Turning bound parameter values (and properties of -Instance objects) into document values:
// booleans, UInt32 ranges, enum names in their declared spelling, and PSListModifier (DOMAIN.md §6.9).

import { enums } from '../../../catalog/registry.js';
import { fqdnErrorMessage, fqdnProblem } from '../../../engine/runtime/fqdn.js';
import { ordinalValues, type EnumPropertyDeclaration } from '../../../engine/runtime/enumProperties.js';
import { PSArrayList, PSHashtable } from '../../../engine/runtime/values.js';
import type { PropertySpec, XdsTypeSchema } from '../../../store/configSchema.js';
import { fail } from '../kit/commandError.js';

/** Extra enums of document properties that are not parameters. */
const documentEnums: Record<string, string[]> = {
  RoutingMethod: ['UseDnsSrvRouting', 'UseDefaultRouting'],
};

function enumNames(name: string): string[] {
  return enums[name] ?? documentEnums[name] ?? [];
}

/**
 * The enum properties of a kind's output objects (for ConvertTo-Json). [I] The Cs enums' numbers are not
 * documented: they are taken in declaration order.
 */
export function documentEnumProperties(typeNames: readonly string[], schema: XdsTypeSchema): EnumPropertyDeclaration[] {
  return schema.properties
    .filter((spec) => spec.kind === 'enum' && spec.enumName)
    .flatMap((spec) => typeNames.map((typeName) => ({ typeName, property: spec.name, values: ordinalValues(enumNames(spec.enumName!)) })));
}

/** A value for a document property: normalised to the property's kind. Fails (the kit's `fail`) on out-of-range input. */
export function documentValue(spec: PropertySpec, value: unknown): unknown {
  if (value === undefined || value === null) return spec.kind === 'list' ? [] : null;
  switch (spec.kind) {
    case 'bool':
      return typeof value === 'boolean' ? value : Boolean(typeof value === 'number' ? value !== 0 : value);
    case 'uint': {
      const n = typeof value === 'number' ? value : Number(String(value));
      if (spec.min !== undefined && n < spec.min) rangeError(spec, n, 'less than the minimum', spec.min);
      if (spec.max !== undefined && n > spec.max) rangeError(spec, n, 'greater than the maximum', spec.max);
      return n;
    }
    case 'enum': {
      const text = String(value);
      return enumNames(spec.enumName ?? '').find((e) => e.toLowerCase() === text.toLowerCase()) ?? text;
    }
    case 'list':
      return dedupe(listItems(value));
    case 'fqdn':
      return fqdnValue(spec, String(value));
    default:
      return String(value);
  }
}

/**
 * [I] The catalog types these parameters String, yet the product keeps them as FQDNs: a value that is not
 * one is refused before anything is written, in the wording of a parameter validation. An empty string
 * clears the setting, as $null does.
 */
function fqdnValue(spec: PropertySpec, text: string): string | null {
  if (text === '') return null;
  if (!fqdnProblem(text)) return text;
  return validationError(spec, fqdnErrorMessage(text));
}

function validationError(spec: PropertySpec, inner: string): never {
  fail({
    message: `Cannot validate argument on parameter '${spec.name}'. ${inner}`,
    category: 'InvalidData',
    errorId: 'ParameterArgumentValidationError',
    exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
  });
}

/** PowerShell's ValidateRange wording (the Cs cmdlets reject out-of-range settings before writing). */
function rangeError(spec: PropertySpec, n: number, what: string, bound: number): never {
  const relation = what.startsWith('less') ? 'greater than or equal to' : 'less than or equal to';
  return validationError(spec, `The ${n} argument is ${what} allowed range of ${bound}. Supply an argument that is ${relation} ${bound} and then try the command again.`);
}

function listItems(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (value instanceof PSArrayList) return value.items.flatMap(listItems);
  if (Array.isArray(value)) return value.flatMap(listItems);
  return [String(value)];
}

/** Case-insensitive de-duplication keeping the first spelling. [I] */
export function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

export interface ListModification {
  add: string[];
  remove: string[];
  replace: string[];
  /** True when the parameter was $null: the list is cleared. */
  clear: boolean;
}

const MODIFIER_KEYS = ['add', 'remove', 'replace'] as const;

/**
 * Reads a -AdditionalDomains argument: `$null` (clear), a plain value or array (replace), a hashtable
 * `@{Add=…; Remove=…; Replace=…}` or an already-parsed modifier object with add/remove/replace members.
 */
export function readListModifier(value: unknown): ListModification {
  const mod: ListModification = { add: [], remove: [], replace: [], clear: false };
  if (value === null || value === undefined) return { ...mod, clear: true };
  const parsed = binderModifier(value);
  if (parsed) return parsed;
  if (!(value instanceof PSHashtable)) {
    const items = listItems(value);
    return { ...mod, replace: items, clear: items.length === 0 };
  }
  for (const [key, v] of value.entries()) {
    const k = String(key).toLowerCase();
    if (!(MODIFIER_KEYS as readonly string[]).includes(k)) {
      fail({
        message: `Cannot bind parameter 'AdditionalDomains'. The following unknown list modifier was detected: '${String(key)}'. Valid list modifiers are Add, Remove, and Replace.`,
        category: 'InvalidArgument',
        errorId: 'CannotConvertArgumentNoMessage',
        exceptionType: 'System.Management.Automation.ParameterBindingException',
      });
    }
    mod[k as (typeof MODIFIER_KEYS)[number]].push(...listItems(v));
  }
  return mod;
}

/**
 * The binder's parsed modifier `{ add, remove, replace: [...] | null, isPlain }`: a Replace that is given
 * but empty (`$null`, `@()`) clears the list.
 */
function binderModifier(value: unknown): ListModification | undefined {
  if (typeof value !== 'object' || value === null || !('isPlain' in value)) return undefined;
  const v = value as { add?: unknown; remove?: unknown; replace?: unknown };
  const replace = v.replace === null || v.replace === undefined ? null : listItems(v.replace);
  return { add: listItems(v.add), remove: listItems(v.remove), replace: replace ?? [], clear: replace !== null && replace.length === 0 };
}

/** PSListModifier.ApplyTo: Replace (when it has items) clears and sets; else Remove then Add. Case-insensitive. */
export function applyListModifier(current: string[], mod: ListModification): string[] {
  if (mod.clear) return [];
  if (mod.replace.length) return dedupe(mod.replace);
  const removed = new Set(mod.remove.map((r) => r.toLowerCase()));
  const kept = current.filter((c) => !removed.has(c.toLowerCase()));
  return dedupe([...kept, ...mod.add]);
}
