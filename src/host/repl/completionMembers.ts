// Member names of a live value, for `$var.<Tab>`: the properties of an object, the keys of a
// hashtable, and for a collection the members of its elements (PowerShell's member enumeration).

import { PSHashtable, PSObject } from '../../engine/runtime/values.js';

const COLLECTION_MEMBERS = ['Count', 'Length'];

function elementsOf(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function memberNames(value: unknown): string[] {
  const items = elementsOf(value);
  if (items) {
    const inner = items.length ? memberNames(items[0]) : [];
    return [...new Set([...COLLECTION_MEMBERS, ...inner])].sort(byName);
  }
  if (value instanceof PSObject) return value.propertyNames().sort(byName);
  if (value instanceof PSHashtable) return [...value.keys().map(String), 'Count', 'Keys', 'Values'].sort(byName);
  if (typeof value === 'string') return ['Length'];
  if (value instanceof Date) return ['Date', 'Day', 'DayOfWeek', 'Hour', 'Minute', 'Month', 'Second', 'Year'];
  return [];
}

export function memberValue(value: unknown, name: string): unknown {
  const items = elementsOf(value);
  if (items) return items.length ? memberValue(items[0], name) : undefined;
  if (value instanceof PSObject) return value.get(name);
  if (value instanceof PSHashtable) return value.get(name);
  return undefined;
}

function byName(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
