// `$p.Part<Tab>`: the members of a variable's current value, read from the one member model (what
// Get-Member lists and the evaluator runs): properties first, then methods with their `(`. A
// collection offers its own members and those of its elements (PowerShell's member enumeration).

import { PSHashtable } from '../runtime/values.js';
import { getPropertyValue } from '../runtime/members.js';
import { membersOf } from '../runtime/memberModel.js';
import { byName, candidate } from './candidates.js';
import type { CompletionCandidate } from './types.js';

interface MemberName {
  name: string;
  method: boolean;
}

function memberNames(value: unknown): MemberName[] {
  if (value === null || value === undefined) return [];
  const own = membersOf(value).map((m) => ({ name: m.name, method: m.memberType === 'Method' || m.memberType.endsWith('Method') || m.memberType === 'ParameterizedProperty' }));
  const keys = value instanceof PSHashtable ? value.keys().map((k) => ({ name: String(k), method: false })) : [];
  const elements = Array.isArray(value) && value.length ? memberNames(value[0]) : [];
  const seen = new Set<string>();
  const out: MemberName[] = [];
  for (const m of [...keys, ...own, ...elements]) {
    const key = `${m.method}:${m.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out.sort((a, b) => Number(a.method) - Number(b.method) || byName(a.name, b.name));
}

/** A property of a value along a `.A.B` chain; a collection without it reads it from its first element. */
export function memberValue(value: unknown, name: string): unknown {
  const own = getPropertyValue(value, name);
  if (own !== undefined) return own;
  return Array.isArray(value) && value.length ? memberValue(value[0], name) : undefined;
}

/** Candidates for `<head>.<typed>`: `head` is kept as typed (`$p`, `$p.Site`). */
export function memberCandidates(value: unknown, head: string, matches: (name: string) => boolean): CompletionCandidate[] {
  return memberNames(value)
    .filter((m) => matches(m.name))
    .map((m) => candidate(`${head}.${m.name}${m.method ? '(' : ''}`, m.method ? 'method' : 'property', m.name));
}
