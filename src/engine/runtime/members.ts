// Properties of any runtime value as the evaluator's callers, the formatter and the utility cmdlets see them: PSObject note
// properties, plus the few .NET properties of built-in values that admins actually use.

import { dotNetTypeName } from '../convert.js';
import { isNumeric } from './numbers.js';
import { dateProperties, TIMESPAN_MEMBERS } from '../methodsDate.js';
import { CREDENTIAL_MEMBERS, ERROR_RECORD_MEMBERS, GUID_MEMBERS, SECURE_STRING_MEMBERS, SWITCH_MEMBERS, TYPE_MEMBERS, VERSION_MEMBERS } from '../methodsObjects.js';
import { GuidValue, TypeValue, VersionValue } from '../typesValues.js';
import { STRING_MEMBERS } from '../methodsString.js';
import { ARRAY_MEMBERS, HASHTABLE_MEMBERS, LIST_MEMBERS } from '../methodsCollections.js';
import type { MemberTable } from './memberTable.js';
import { ErrorRecord } from '../errors.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, SecureString, SwitchParameter, TimeSpan } from '../values.js';

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

type Getter = (v: never) => unknown;

// DateTime's properties have one home, shared with the evaluator and Get-Member (methodsDate.ts).
const DATE_PROPS = dateProperties() as Record<string, Getter>;
/** A type's member table read as a property table (the tables live beside their methods). */
function propertiesOf<T>(table: MemberTable<T>): Record<string, Getter> {
  return Object.fromEntries(table.propertyNames().map((n) => [n, (v: T) => table.read(v, n.toLowerCase())]));
}
const TIMESPAN_PROPS = propertiesOf(TIMESPAN_MEMBERS);
const STRING_PROPS = propertiesOf(STRING_MEMBERS);
const LIST_PROPS = propertiesOf(LIST_MEMBERS);
const ARRAY_PROPS = propertiesOf(ARRAY_MEMBERS);
const HASHTABLE_PROPS = propertiesOf(HASHTABLE_MEMBERS);
const CREDENTIAL_PROPS = propertiesOf(CREDENTIAL_MEMBERS);
const SECURE_PROPS = propertiesOf(SECURE_STRING_MEMBERS);
const ERROR_PROPS = propertiesOf(ERROR_RECORD_MEMBERS);
const VERSION_PROPS = propertiesOf(VERSION_MEMBERS);
const GUID_PROPS = propertiesOf(GUID_MEMBERS);
const SWITCH_PROPS = propertiesOf(SWITCH_MEMBERS);
const TYPE_PROPS = propertiesOf(TYPE_MEMBERS);

function builtinTable(value: unknown): Record<string, Getter> | undefined {
  if (typeof value === 'string') return STRING_PROPS;
  if (value instanceof Date) return DATE_PROPS;
  if (value instanceof TimeSpan) return TIMESPAN_PROPS;
  if (value instanceof PSArrayList) return LIST_PROPS;
  if (Array.isArray(value)) return ARRAY_PROPS;
  if (value instanceof PSHashtable) return HASHTABLE_PROPS;
  if (value instanceof PSCredential) return CREDENTIAL_PROPS;
  if (value instanceof SecureString) return SECURE_PROPS;
  if (value instanceof ErrorRecord) return ERROR_PROPS;
  if (value instanceof VersionValue) return VERSION_PROPS;
  if (value instanceof GuidValue) return GUID_PROPS;
  if (value instanceof SwitchParameter) return SWITCH_PROPS;
  if (value instanceof TypeValue) return TYPE_PROPS;
  return undefined;
}

/** Property names in display order (what `Select-Object *` / `Format-List *` show). */
export function propertyNames(value: unknown): string[] {
  if (value instanceof PSObject) return value.propertyNames();
  const table = builtinTable(value);
  return table ? Object.keys(table) : [];
}

export function hasProperty(value: unknown, name: string): boolean {
  if (value instanceof PSObject) return value.has(name);
  if (value instanceof PSHashtable && value.has(name)) return true;
  const table = builtinTable(value);
  return !!table && Object.keys(table).some((k) => k.toLowerCase() === name.toLowerCase());
}

/** A property's value; undefined when there is none (PowerShell then yields $null). Hashtables also expose keys. */
export function getPropertyValue(value: unknown, name: string): unknown {
  if (value instanceof PSObject) return value.get(name);
  if (value instanceof PSHashtable && value.has(name)) return value.get(name);
  const table = builtinTable(value);
  if (!table) return undefined;
  const key = Object.keys(table).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? (table[key] as (v: unknown) => unknown)(value) : undefined;
}

/** True for values the console prints as plain text rather than as an object with properties. */
export function isScalar(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint' || isNumeric(value)) return true;
  if (value instanceof SecureString) return true;
  const ctor = (value as object).constructor?.name;
  return ctor === 'ScriptBlockValue' || ctor === 'SwitchParameter';
}

/** Type names of a value, most derived first. */
export function typeNamesOf(value: unknown): string[] {
  if (value instanceof PSObject) return value.typeNames;
  const t = typeNameOf(value);
  return t ? [t] : [];
}
