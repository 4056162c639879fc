// PowerShell's value conversions, culture-invariant: to string, to Boolean, to number, comparison
// and equality. Casts to named types live in types.ts; date text in dateText.ts.

import { ErrorRecord, PSRuntimeError } from '../errors.js';
import {
  AutomationNull,
  PSArrayList,
  PSCredential,
  PSHashtable,
  PSObject,
  ScriptBlockValue,
  SecureString,
  SwitchParameter,
  TimeSpan,
} from './values.js';
import { formatDateInvariant, parseDateText } from './dateText.js';
import { type PsNumber, formatDouble, isNumeric, numberToString, numericTypeName, toDoubleValue } from './numbers.js';
import { parseNumberText } from './numberText.js';
import { compareNumbers } from './arithmetic.js';
import { CharValue } from './charValue.js';

export function isNull(v: unknown): v is null | undefined {
  return v === null || v === undefined || v === AutomationNull;
}

/** Values PowerShell enumerates in a pipeline and treats as collections. */
export function isEnumerable(v: unknown): v is unknown[] | PSArrayList {
  return Array.isArray(v) || v instanceof PSArrayList;
}

/** The items of an array or list; a scalar becomes a one-element list, $null an empty one. */
export function toList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v instanceof PSArrayList) return v.items;
  if (isNull(v)) return [];
  return [v];
}

/** Like toList but keeps $null as one element (as `foreach ($x in $null)` does not, but `@($null)` does). */
export function asArray(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v instanceof PSArrayList) return v.items;
  return [v === undefined || v === AutomationNull ? null : v];
}

// ---------------------------------------------------------------------------------------------
// To string

export const OFS = ' ';

/** PowerShell's string conversion (what `"$x"` and `[string]$x` produce). */
export function toStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isNull(v)) return '';
  if (typeof v === 'number') return formatDouble(v);
  if (v instanceof CharValue) return v.text;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (isNumeric(v)) return numberToString(v);
  if (Array.isArray(v)) return v.map(elementToStr).join(OFS);
  if (v instanceof PSArrayList) return v.items.map(elementToStr).join(OFS);
  return scalarToStr(v);
}

/** Inside a collection, nested collections show their type name, as .NET ToString does. */
export function elementToStr(v: unknown): string {
  if (Array.isArray(v)) return 'System.Object[]';
  if (v instanceof PSArrayList) return v.typeName;
  return toStr(v);
}

function scalarToStr(v: unknown): string {
  if (v instanceof Date) return formatDateInvariant(v);
  if (v instanceof PSObject) return psObjectToStr(v);
  if (v instanceof PSHashtable) return v.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  if (v instanceof ScriptBlockValue) return v.text;
  if (v instanceof TimeSpan || v instanceof SecureString || v instanceof PSCredential || v instanceof SwitchParameter) return v.toString();
  if (v instanceof ErrorRecord) return v.message;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof RegExp) return v.source;
  if (typeof v === 'object' && v !== null) {
    const s = String(v);
    return s === '[object Object]' ? 'System.Object' : s;
  }
  return String(v);
}

/** A custom object shows as `@{a=1; b=2}` (whatever its type names); typed objects show their Identity (as Cs objects do) or type name. */
export function psObjectToStr(o: PSObject): string {
  const custom = toStringOverride.get(o);
  if (custom) return custom(o);
  if (o.isCustom || o.typeName.toLowerCase() === 'system.management.automation.psobject') {
    return `@{${o.properties().map((p) => `${p.name}=${toStr(p.getter ? p.getter() : p.value)}`).join('; ')}}`;
  }
  if (o.has('Identity')) return toStr(o.get('Identity'));
  return o.typeName;
}

/** Objects whose ToString is computed (e.g. [version], [guid] wrappers made by the engine). */
export const toStringOverride = new WeakMap<PSObject, (o: PSObject) => string>();

// ---------------------------------------------------------------------------------------------
// To Boolean

export function toBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (isNull(v)) return false;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return v.length > 0;
  if (isNumeric(v)) return toDoubleValue(v) !== 0;
  if (Array.isArray(v) || v instanceof PSArrayList) {
    const items = toList(v);
    if (items.length === 0) return false;
    if (items.length === 1) return Array.isArray(items[0]) || items[0] instanceof PSArrayList ? toList(items[0]).length > 0 : toBool(items[0]);
    return true;
  }
  if (v instanceof SwitchParameter) return v.isPresent;
  return true;
}

// ---------------------------------------------------------------------------------------------
// To number

/** Parses PowerShell number text (`12`, `-1.5e3`, `0x1F`, `1kb`, `1.10d`) as a double; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  const n = parseNumberText(text);
  return n === undefined ? undefined : toDoubleValue(n);
}

export function conversionError(value: unknown, typeName: string, inner: string, errorId = 'InvalidCastFromStringToInteger'): PSRuntimeError {
  const message = `Cannot convert value "${toStr(value)}" to type "${typeName}". Error: "${inner}"`;
  return new PSRuntimeError(
    new ErrorRecord({ message, category: 'InvalidArgument', errorId, exceptionType: 'System.Management.Automation.RuntimeException', targetName: '', targetType: '', innerMessage: inner }),
  );
}

export const BAD_FORMAT = 'Input string was not in a correct format.';

/** Converts for arithmetic, keeping the number's type; `typeName` names the target in the error message. */
export function toPsNumber(v: unknown, typeName = 'System.Int32'): PsNumber {
  if (typeof v === 'number' || isNumeric(v)) return v;
  if (isNull(v)) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    if (v.trim() === '') return 0;
    const n = parseNumberText(v);
    if (n === undefined) throw conversionError(v, typeName, BAD_FORMAT);
    return n;
  }
  if (v instanceof SwitchParameter) return v.isPresent ? 1 : 0;
  if (v instanceof CharValue) return v.code;
  if (v instanceof TimeSpan) return v.ticks;
  if ((Array.isArray(v) || v instanceof PSArrayList) && toList(v).length === 1) return toPsNumber(toList(v)[0], typeName);
  throw castError(v, typeName);
}

/** PowerShell's error for a value that cannot become `typeName` (a cast, a numeric conversion). */
export function castError(v: unknown, typeName: string): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `Cannot convert the "${toStr(v)}" value of type "${dotNetTypeName(v)}" to type "${typeName}".`,
      category: 'InvalidArgument',
      errorId: 'ConvertToFinalInvalidCastException',
      targetName: '',
      targetType: '',
    }),
  );
}

/** Converts to a double for arithmetic the caller does in JavaScript; `typeName` names the target in errors. */
export function toNumber(v: unknown, typeName = 'System.Int32'): number {
  if (typeof v === 'number') return v;
  return toDoubleValue(toPsNumber(v, typeName));
}

/** Arrays made by a typed cast (`[string[]]`) remember their element type for GetType(). */
export const typedArrays = new WeakMap<unknown[], string>();

/** Full .NET type name of a value (GetType().FullName). */
export function dotNetTypeName(v: unknown): string {
  if (isNull(v)) return 'null';
  if (typeof v === 'string') return 'System.String';
  if (typeof v === 'boolean') return 'System.Boolean';
  if (isNumeric(v)) return numericTypeName(v);
  if (v instanceof CharValue) return v.typeName;
  if (Array.isArray(v)) return typedArrays.get(v) ?? 'System.Object[]';
  if (v instanceof PSArrayList) return v.typeName;
  if (v instanceof PSHashtable) return v.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  if (v instanceof Date) return 'System.DateTime';
  if (v instanceof TimeSpan) return 'System.TimeSpan';
  if (v instanceof ScriptBlockValue) return 'System.Management.Automation.ScriptBlock';
  if (v instanceof ErrorRecord) return 'System.Management.Automation.ErrorRecord';
  if (v instanceof SecureString) return 'System.Security.SecureString';
  if (v instanceof PSCredential) return 'System.Management.Automation.PSCredential';
  if (v instanceof SwitchParameter) return 'System.Management.Automation.SwitchParameter';
  if (v instanceof RegExp) return 'System.Text.RegularExpressions.Regex';
  if (v instanceof PSObject) return v.typeName;
  const tn = (v as { typeName?: unknown }).typeName;
  return typeof tn === 'string' ? tn : 'System.Object';
}

// ---------------------------------------------------------------------------------------------
// Comparison and equality

// Made at first use, not when the module loads: an Intl object holds a native ICU handle, which the
// start-up snapshot (src/host/snapshotMain.ts) cannot save.
let collatorCi: Intl.Collator | undefined;
let collatorCs: Intl.Collator | undefined;

export function compareStrings(a: string, b: string, caseSensitive = false): number {
  if (a === b) return 0;
  const collator = caseSensitive
    ? (collatorCs ??= new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' }))
    : (collatorCi ??= new Intl.Collator('en-US', { sensitivity: 'accent' }));
  const r = collator.compare(a, b);
  return r < 0 ? -1 : r > 0 ? 1 : 0;
}

export function stringsEqual(a: string, b: string, caseSensitive = false): boolean {
  if (a === b) return true;
  if (caseSensitive || a.length !== b.length) return false;
  return a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
}

/** Date from a string or number for comparisons and casts; undefined when not convertible. */
export function toDateOrUndefined(v: unknown): Date | undefined {
  if (v instanceof Date) return v;
  if (typeof v === 'string') return parseDateText(v);
  return undefined;
}

export function compareError(a: unknown, b: unknown, inner: string): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({ message: `Could not compare "${toStr(a)}" to "${toStr(b)}". Error: "${inner}"`, category: 'InvalidOperation', errorId: 'ComparisonFailure', targetName: '', targetType: '' }),
  );
}

/** PowerShell's ordering: the right operand is converted to the left operand's type. */
export function compareValues(a: unknown, b: unknown, caseSensitive = false): number {
  if (isNull(a)) return isNull(b) ? 0 : -1;
  if (isNull(b)) return 1;
  if (isNumeric(a)) {
    let n: PsNumber;
    try {
      n = toPsNumber(b, numericTypeName(a));
    } catch (e) {
      throw compareError(a, b, e instanceof PSRuntimeError ? e.message : String(e));
    }
    return compareNumbers(a, n) || 0;
  }
  if (typeof a === 'string') return compareStrings(a, toStr(b), caseSensitive);
  if (a instanceof CharValue) return compareChar(a, b, caseSensitive);
  if (typeof a === 'boolean') return Number(a) - Number(toBool(b));
  if (a instanceof Date) {
    const d = toDateOrUndefined(b);
    if (!d) throw compareError(a, b, `Cannot convert value "${toStr(b)}" to type "System.DateTime".`);
    return Math.sign(a.getTime() - d.getTime());
  }
  if (a instanceof TimeSpan && b instanceof TimeSpan) return Math.sign(a.ticks - b.ticks);
  if (isSelfComparing(a)) return a.compareTo(b);
  return compareStrings(toStr(a), toStr(b), caseSensitive);
}

/** A char against a number compares its code point; against anything else, its text. */
function compareChar(a: CharValue, b: unknown, caseSensitive: boolean): number {
  if (isNumeric(b)) return compareNumbers(a.code, b) || 0;
  return compareStrings(a.text, toStr(b), caseSensitive);
}

/**
 * A value type that compares itself with the right operand converted to its own type, as .NET's
 * IComparable types do (System.Version). Known by shape, so this file needs none of them.
 */
export interface SelfComparing {
  compareTo(other: unknown): number;
}

function isSelfComparing(v: unknown): v is SelfComparing {
  return typeof v === 'object' && v !== null && typeof (v as Partial<SelfComparing>).compareTo === 'function';
}

/** PowerShell's -eq between two scalars (right side converted to the left side's type; failures are unequal). */
export function valuesEqual(a: unknown, b: unknown, caseSensitive = false): boolean {
  if (isNull(a)) return isNull(b);
  if (isNull(b)) return false;
  if (typeof a === 'string') return typeof b === 'string' ? stringsEqual(a, b, caseSensitive) : stringsEqual(a, toStr(b), caseSensitive);
  if (a instanceof CharValue) return isNumeric(b) ? compareNumbers(a.code, b) === 0 : stringsEqual(a.text, toStr(b), caseSensitive);
  if (isNumeric(a)) {
    if (typeof a === 'number' && typeof b === 'number') return a === b;
    let n: PsNumber | undefined;
    if (isNumeric(b)) n = b;
    else if (typeof b === 'string') n = b.trim() === '' ? 0 : parseNumberText(b);
    else if (typeof b === 'boolean') n = b ? 1 : 0;
    else if (b instanceof CharValue) n = b.code;
    return n !== undefined && compareNumbers(a, n) === 0;
  }
  if (typeof a === 'boolean') return a === toBool(b);
  if (a instanceof Date) {
    const d = toDateOrUndefined(b);
    return !!d && d.getTime() === a.getTime();
  }
  if (a instanceof TimeSpan) return b instanceof TimeSpan && a.ticks === b.ticks;
  if (a instanceof SwitchParameter) return a.isPresent === toBool(b);
  return a === b;
}
