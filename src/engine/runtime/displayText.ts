// How single values read on the console: the text of a scalar, of a Format-List value or a table cell.

import { formatDouble, isNumeric, numberToString } from './numbers.js';
import { CharValue } from './charValue.js';
import { ErrorRecord } from '../errors.js';
import {
  PSArrayList,
  PSCredential,
  PSHashtable,
  PSObject,
  ScriptBlockValue,
  SecureString,
  SwitchParameter,
  TimeSpan,
} from './values.js';

/** $FormatEnumerationLimit: collections show this many items, then `...`. */
export const FORMAT_ENUMERATION_LIMIT = 4;

/** The limit in force while formatted output is rendered (a negative limit shows every item). */
let enumerationLimit = FORMAT_ENUMERATION_LIMIT;

/** Renders with the $FormatEnumerationLimit a Format-* command saw (undefined keeps the default). */
export function withEnumerationLimit<T>(limit: number | undefined, render: () => T): T {
  if (limit === undefined || !Number.isFinite(limit)) return render();
  const saved = enumerationLimit;
  enumerationLimit = Math.trunc(limit);
  try {
    return render();
  } finally {
    enumerationLimit = saved;
  }
}

/** Custom display text per type name (most derived first), e.g. a topology object shown by its Identity. */
const displayHooks = new Map<string, (o: PSObject) => string>();

export function registerDisplay(typeName: string, toText: (o: PSObject) => string): void {
  displayHooks.set(typeName.toLowerCase(), toText);
}

/** [I] Objects whose console lines their command composed (a help page wrapped to the console width). */
export const renderedLines = new WeakMap<object, string[]>();

const pad2 = (n: number) => String(n).padStart(2, '0');

/** en-US short date + long time: `M/d/yyyy h:mm:ss AM`. */
export function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()} ${formatTime(d, true)}`;
}

export function formatTime(d: Date, seconds: boolean): string {
  const h = d.getHours() % 12 === 0 ? 12 : d.getHours() % 12;
  const ampm = d.getHours() < 12 ? 'AM' : 'PM';
  return `${h}:${pad2(d.getMinutes())}${seconds ? `:${pad2(d.getSeconds())}` : ''} ${ampm}`;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dayName(d: Date): string {
  return DAY_NAMES[d.getDay()]!;
}
export function monthName(d: Date): string {
  return MONTH_NAMES[d.getMonth()]!;
}

/** en-US long date + long time, the way a DateTime prints on its own (`Get-Date`). */
export function formatLongDate(d: Date): string {
  return `${dayName(d)}, ${monthName(d)} ${d.getDate()}, ${d.getFullYear()} ${formatTime(d, true)}`;
}

/** Number text as .NET prints a double (the engine runtime's, named for the formatter's callers). */
export { formatDouble as formatNumber };

export function isCollection(v: unknown): v is unknown[] | PSArrayList {
  return Array.isArray(v) || v instanceof PSArrayList;
}

export function collectionItems(v: unknown[] | PSArrayList): unknown[] {
  return Array.isArray(v) ? v : v.items;
}

/** `@{a=1; b=text}`: how a PSCustomObject turns into a string. */
function customObjectText(o: PSObject): string {
  const parts = o.properties().map((p) => {
    const v = p.getter ? p.getter() : p.value;
    return `${p.name}=${isCollection(v) ? typeNameOfCollection(v) : toDisplayString(v)}`;
  });
  return `@{${parts.join('; ')}}`;
}

function typeNameOfCollection(v: unknown[] | PSArrayList): string {
  return Array.isArray(v) ? 'System.Object[]' : v.typeName;
}

function psObjectText(o: PSObject): string {
  for (const t of o.typeNames) {
    const hook = displayHooks.get(t.toLowerCase());
    if (hook) return hook(o);
  }
  if (o.isCustom || o.typeName.toLowerCase() === 'system.management.automation.psobject') {
    return customObjectText(o);
  }
  // [I] Cs objects and the like read as their Identity when they have one (as their .NET ToString does).
  const id = o.get('Identity');
  if (id !== undefined && id !== null) return toDisplayString(id);
  return o.typeName.replace(/#.*$/, '');
}

/**
 * The text of one value as the console shows it: `True`/`False`, numbers, en-US dates, `hh:mm:ss` time
 * spans, `@{a=1}` for custom objects. Collections read `{a, b, c}`.
 */
export function toDisplayString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof CharValue) return value.text;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return formatDouble(value);
  if (isNumeric(value)) return numberToString(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'symbol') return '';
  if (value instanceof Date) return formatDate(value);
  if (value instanceof PSObject) return psObjectText(value);
  if (isCollection(value)) return collectionText(value);
  if (value instanceof PSHashtable) return 'System.Collections.Hashtable';
  if (value instanceof ScriptBlockValue) return value.text;
  if (value instanceof TimeSpan || value instanceof SecureString || value instanceof PSCredential) return value.toString();
  if (value instanceof SwitchParameter) return value.isPresent ? 'True' : 'False';
  if (value instanceof ErrorRecord) return value.message;
  return String(value);
}

/** `{a, b, c}`; more than $FormatEnumerationLimit items end in `...`; empty is `{}`. */
export function collectionText(value: unknown[] | PSArrayList | PSHashtable): string {
  const items = value instanceof PSHashtable ? value.keys() : collectionItems(value);
  const limit = enumerationLimit < 0 ? items.length : enumerationLimit;
  const shown = items.slice(0, limit).map((i) => (isCollection(i) ? typeNameOfCollection(i) : toDisplayString(i)));
  return `{${shown.join(', ')}${items.length > limit ? '...' : ''}}`;
}

/** The text of a property value inside a list or table: collections and hashtables in braces. */
export function formatPropertyValue(value: unknown): string {
  if (value instanceof PSHashtable) return collectionText(value);
  return toDisplayString(value);
}
