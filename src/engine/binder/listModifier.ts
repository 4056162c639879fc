// PSListModifier (DOMAIN.md §6.9): `-AdditionalDomains @{Add='a'; Remove='b'}` or a plain value (= Replace).

import { PSArrayList, PSHashtable } from '../runtime/values.js';
import { msg } from './messages.js';
import { valueText } from './valueText.js';

/** A bound PSListModifier argument. `replace` is null unless the whole list is to be replaced. */
export interface ListModifier {
  add: unknown[];
  remove: unknown[];
  replace: unknown[] | null;
  /** True when the argument was a plain value or array (not a hashtable). */
  isPlain: boolean;
}

export type ListModifierParse = { ok: true; value: ListModifier } | { ok: false; error: string };

function items(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.flatMap((x) => (x === null || x === undefined ? [] : [x]));
  if (v instanceof PSArrayList) return [...v.items];
  return [v];
}

/** Builds a ListModifier from an argument. `$null` is a Replace with nothing: it clears the list. */
export function toListModifier(value: unknown): ListModifierParse {
  if (value instanceof PSHashtable) {
    const mod: ListModifier = { add: [], remove: [], replace: null, isPlain: false };
    for (const [key, v] of value.entries()) {
      const k = valueText(key).toLowerCase();
      if (k === 'add') mod.add = items(v);
      else if (k === 'remove') mod.remove = items(v);
      else if (k === 'replace') mod.replace = items(v);
      else return { ok: false, error: msg.unknownListModifier(valueText(key)) };
    }
    return { ok: true, value: mod };
  }
  return { ok: true, value: { add: [], remove: [], replace: items(value), isPlain: true } };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Applies a modifier to a list of strings: Replace (when given) sets the list; otherwise the Remove items go,
 * then the Add items are appended. Entries are compared and de-duplicated case-insensitively [I].
 */
export function applyListModifier(current: string[], modifier: ListModifier | null | undefined): string[] {
  if (!modifier) return [];
  const text = (xs: unknown[]) => xs.map((x) => valueText(x));
  let result: string[];
  if (modifier.replace !== null) {
    result = text(modifier.replace);
  } else {
    const removes = text(modifier.remove);
    result = current.filter((c) => !removes.some((r) => same(r, c)));
    result.push(...text(modifier.add));
  }
  const unique: string[] = [];
  for (const r of result) if (!unique.some((u) => same(u, r))) unique.push(r);
  return unique;
}
