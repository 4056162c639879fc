// Properties of any runtime value as the evaluator's callers, the formatter and the utility cmdlets see them: PSObject note
// properties, plus the few .NET properties of built-in values that admins actually use.

import { dotNetTypeName } from '../convert.js';
import { isNumeric } from './numbers.js';
import { dateProperties } from '../methodsDate.js';
import { STRING_MEMBERS } from '../methodsString.js';
import { ARRAY_MEMBERS, HASHTABLE_MEMBERS, LIST_MEMBERS } from '../methodsCollections.js';
import type { MemberTable } from './memberTable.js';
import { ErrorRecord } from '../errors.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, SecureString, TimeSpan } from '../values.js';

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

function timeSpanProps(): Record<string, Getter> {
  const part = (t: TimeSpan, unit: number, mod: number) => Math.trunc(t.ticks / unit) % mod;
  return {
    Days: (t: TimeSpan) => Math.trunc(t.ticks / 864_000_000_000),
    Hours: (t: TimeSpan) => part(t, 36_000_000_000, 24),
    Minutes: (t: TimeSpan) => part(t, 600_000_000, 60),
    Seconds: (t: TimeSpan) => part(t, 10_000_000, 60),
    Milliseconds: (t: TimeSpan) => part(t, 10_000, 1000),
    Ticks: (t: TimeSpan) => t.ticks,
    TotalDays: (t: TimeSpan) => t.ticks / 864_000_000_000,
    TotalHours: (t: TimeSpan) => t.ticks / 36_000_000_000,
    TotalMinutes: (t: TimeSpan) => t.ticks / 600_000_000,
    TotalSeconds: (t: TimeSpan) => t.ticks / 10_000_000,
    TotalMilliseconds: (t: TimeSpan) => t.ticks / 10_000,
  };
}

// DateTime's properties have one home, shared with the evaluator and Get-Member (methodsDate.ts).
const DATE_PROPS = dateProperties() as Record<string, Getter>;
const TIMESPAN_PROPS = timeSpanProps();
/** A type's member table read as a property table (the tables live beside their methods). */
function propertiesOf<T>(table: MemberTable<T>): Record<string, Getter> {
  return Object.fromEntries(table.propertyNames().map((n) => [n, (v: T) => table.read(v, n.toLowerCase())]));
}
const STRING_PROPS = propertiesOf(STRING_MEMBERS);
const LIST_PROPS = propertiesOf(LIST_MEMBERS);
const ARRAY_PROPS = propertiesOf(ARRAY_MEMBERS);
const HASHTABLE_PROPS = propertiesOf(HASHTABLE_MEMBERS);
const CREDENTIAL_PROPS: Record<string, Getter> = { UserName: (c: PSCredential) => c.userName, Password: (c: PSCredential) => c.password };
const SECURE_PROPS: Record<string, Getter> = { Length: (s: SecureString) => s.length };
const ERROR_PROPS: Record<string, Getter> = {
  Exception: (e: ErrorRecord) => new PSObject(e.exceptionType, { Message: e.message }),
  TargetObject: (e: ErrorRecord) => e.targetObject,
  CategoryInfo: (e: ErrorRecord) =>
    new PSObject('System.Management.Automation.ErrorCategoryInfo', {
      Category: e.category,
      Activity: e.activity ?? e.invocation.commandName ?? '',
      Reason: e.exceptionType.split('.').pop(),
      TargetName: e.targetName,
      TargetType: e.targetType,
    }),
  FullyQualifiedErrorId: (e: ErrorRecord) => e.fullyQualifiedErrorId,
  ErrorDetails: () => null,
  InvocationInfo: (e: ErrorRecord) => new PSObject('System.Management.Automation.InvocationInfo', { MyCommand: e.invocation.commandName ?? '' }),
  ScriptStackTrace: (e: ErrorRecord) => e.scriptStackTrace ?? '',
};

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
