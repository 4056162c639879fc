// How argument values read in binding messages: their .NET type name ('System.String') and their
// ToString() text ("Foo", "System.Object[]").

import { PSArrayList, PSCredential, PSHashtable, PSObject, ScriptBlockValue, SecureString, SwitchParameter, TimeSpan } from '../values.js';

/** The .NET type name of a runtime value, as `$x.GetType().FullName` would print it. */
export function valueTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'System.String';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 2147483647 ? 'System.Int32' : Number.isInteger(v) ? 'System.Int64' : 'System.Double';
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

/** `value.ToString()` as PowerShell shows it inside `Cannot convert value "…"`. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return 'System.Object[]';
  if (v instanceof PSHashtable) return valueTypeName(v);
  if (v instanceof PSArrayList) return v.typeName;
  if (v instanceof Date) return formatUsDate(v);
  if (v instanceof PSObject) return psObjectText(v);
  return String(v);
}

/** A PSObject's ToString: custom objects print `@{A=1; B=2}`; typed objects print their identity if they have one. */
export function psObjectText(o: PSObject): string {
  if (o.typeName === 'System.Management.Automation.PSCustomObject') {
    return `@{${o.properties().map((p) => `${p.name}=${valueText(o.get(p.name))}`).join('; ')}}`;
  }
  const identity = o.get('Identity');
  if (identity !== undefined && identity !== null) return valueText(identity);
  return o.typeName.replace(/#.*$/, '');
}

/** PowerShell's culture-invariant DateTime text `MM/dd/yyyy HH:mm:ss` (used when a date is converted to a string). */
function formatUsDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getMonth() + 1)}/${p(d.getDate())}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** String conversion for string-typed parameters: arrays join with a space ($OFS), null stays null. */
export function toParameterString(v: unknown): string {
  if (Array.isArray(v)) return v.map((x) => toParameterString(x)).join(' ');
  if (v instanceof PSArrayList) return v.items.map((x) => toParameterString(x)).join(' ');
  return valueText(v);
}
