// How argument values read in binding messages: their .NET type name ('System.String') and their
// ToString() text ("Foo", "System.Object[]").

import { isNumeric, numericTypeName } from '../runtime/numbers.js';
import { toStr } from '../runtime/convert.js';
import { CharValue } from '../runtime/charValue.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, ScriptBlockValue, SecureString, SwitchParameter, TimeSpan } from '../runtime/values.js';

/** The .NET type name of a runtime value, as `$x.GetType().FullName` would print it. */
export function valueTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'System.String';
  if (v instanceof CharValue) return v.typeName;
  if (isNumeric(v)) return numericTypeName(v);
  if (typeof v === 'boolean') return 'System.Boolean';
  if (Array.isArray(v)) return 'System.Object[]';
  if (v instanceof Date) return 'System.DateTime';
  if (v instanceof PSHashtable) return v.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  if (v instanceof PSArrayList) return v.typeName;
  if (v instanceof ScriptBlockValue) return 'System.Management.Automation.ScriptBlock';
  if (v instanceof PSCredential) return 'System.Management.Automation.PSCredential';
  if (v instanceof SecureString) return 'System.Security.SecureString';
  if (v instanceof SwitchParameter) return 'System.Management.Automation.SwitchParameter';
  if (v instanceof TimeSpan) return 'System.TimeSpan';
  if (v instanceof PSObject) return v.typeName.replace(/#.*$/, '');
  return 'System.Object';
}

/** `value.ToString()` as PowerShell shows it inside `Cannot convert value "…"`: a collection gives its type name. */
export function valueText(v: unknown): string {
  if (Array.isArray(v)) return 'System.Object[]';
  if (v instanceof PSArrayList) return v.typeName;
  return toStr(v);
}

/** String conversion for string-typed parameters: the engine's `[string]` conversion (arrays join with $OFS). */
export function toParameterString(v: unknown): string {
  return toStr(v);
}
