// String -> enum as PowerShell's binder does it: exact name, then case-insensitive, then a unique
// case-insensitive prefix (DOMAIN.md §6.7). Numbers select by underlying value.

import { msg } from './messages.js';

export type EnumMatch = { ok: true; value: string } | { ok: false; error: string };

/**
 * Underlying values of the catalog enums are not documented; they are taken as the declaration index [I].
 */
export function matchEnum(input: string | number, names: string[]): EnumMatch {
  if (typeof input === 'number') return byNumber(input, names, String(input));
  const text = input.trim();
  if (/^-?\d+$/.test(text)) return byNumber(Number(text), names, text);
  const exact = names.find((n) => n === text);
  if (exact) return { ok: true, value: exact };
  const lower = text.toLowerCase();
  const caseless = names.find((n) => n.toLowerCase() === lower);
  if (caseless) return { ok: true, value: caseless };
  const prefixed = text === '' ? [] : names.filter((n) => n.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return { ok: true, value: prefixed[0]! };
  if (prefixed.length > 1) return { ok: false, error: msg.enumAmbiguous(text, prefixed) };
  return { ok: false, error: msg.enumNoMatch(text, names) };
}

function byNumber(n: number, names: string[], text: string): EnumMatch {
  if (Number.isInteger(n) && n >= 0 && n < names.length) return { ok: true, value: names[n]! };
  return { ok: false, error: msg.enumNoMatch(text, names) };
}
