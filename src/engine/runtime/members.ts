// Properties of any runtime value as the evaluator's callers, the formatter and the utility cmdlets see them: PSObject note
// properties, else the properties of the value's member table (typeTables.ts).

import { dotNetTypeName } from './convert.js';
import { isNumeric } from './numbers.js';
import { PSHashtable, PSObject, SecureString } from './values.js';
import { memberTableOf } from './typeTables.js';
import { dotNetTypeNames } from './typeNameChain.js';
import { CharValue } from './charValue.js';

/**
 * A value the engine's callers define that is named by its own type name (the formatter's
 * FormatStartData and the like): the member model reads the name without knowing the class.
 */
export abstract class TypeNamedRecord {
  abstract readonly typeName: string;
  toString(): string {
    return this.typeName;
  }
}

/** .NET type name of a value (most derived), as `Get-Member` and `-is` report it. */
export function typeNameOf(value: unknown): string {
  // One naming of values for the whole engine (convert.ts); the member model shows no name for $null.
  return value === null || value === undefined ? '' : dotNetTypeName(value);
}

/** Property names in display order (what `Select-Object *` / `Format-List *` show). */
export function propertyNames(value: unknown): string[] {
  if (value instanceof PSObject) return value.propertyNames();
  return memberTableOf(value)?.propertyNames() ?? [];
}

export function hasProperty(value: unknown, name: string): boolean {
  if (value instanceof PSObject) return value.has(name);
  if (value instanceof PSHashtable && value.has(name)) return true;
  return memberTableOf(value)?.hasProperty(name.toLowerCase()) ?? false;
}

/** A property's value; undefined when there is none (PowerShell then yields $null). Hashtables also expose keys. */
export function getPropertyValue(value: unknown, name: string): unknown {
  if (value instanceof PSObject) return value.get(name);
  if (value instanceof PSHashtable && value.has(name)) return value.get(name);
  return memberTableOf(value)?.read(value, name.toLowerCase());
}

/** True for values the console prints as plain text rather than as an object with properties. */
export function isScalar(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint' || isNumeric(value)) return true;
  if (value instanceof SecureString || value instanceof CharValue) return true;
  const ctor = (value as object).constructor?.name;
  return ctor === 'ScriptBlockValue' || ctor === 'SwitchParameter';
}

/** Type names of a value, most derived first: a PSObject's (live) chain, else its .NET type's. */
export function typeNamesOf(value: unknown): readonly string[] {
  if (value instanceof PSObject) return value.typeNames;
  const t = typeNameOf(value);
  return t ? dotNetTypeNames(t) : [];
}
