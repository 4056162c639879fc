// Small pieces every kind of completion shares: how a typed word matches a name (PowerShell's
// wildcards), how a value is quoted for command mode, and the result for a replaced word.

import { wildcardMatcher } from '../runtime/wildcard.js';
import type { Word } from './commandLine.js';
import type { CompletionCandidate, CompletionKind, CompletionResult } from './types.js';

/** A prefix match, or PowerShell's wildcard rules when the word holds `*` or `?` (sets, ranges, backtick escapes, a lone `[` literal). */
export function nameMatcher(typed: string): (name: string) => boolean {
  if (/[*?]/.test(typed)) return wildcardMatcher(typed.endsWith('*') ? typed : typed + '*');
  const lower = typed.toLowerCase();
  return (name) => name.toLowerCase().startsWith(lower);
}

/** Single-quotes a value PowerShell would otherwise split or misread in command mode. */
export function quoteIfNeeded(value: string): string {
  if (/^[^\s'"`$(){};,|&<>]+$/.test(value) && !/^[@#]/.test(value)) return value;
  return `'${value.replace(/'/g, "''")}'`;
}

export function candidate(text: string, kind: CompletionKind, listText = text): CompletionCandidate {
  return { text, listText, kind };
}

/** A store value offered as typed on a command line (quoted when it holds blanks). */
export function identityCandidate(value: string): CompletionCandidate {
  return candidate(quoteIfNeeded(value), 'identity', value);
}

/**
 * One collator for every sort (localeCompare with options builds a new one per comparison), made at
 * first use: a collator holds a native handle, which the start-up snapshot cannot keep.
 */
let nameOrder: Intl.Collator | undefined;

export function byName(a: string, b: string): number {
  return (nameOrder ??= new Intl.Collator('en', { sensitivity: 'base' })).compare(a, b);
}

/** The whole word under the cursor is replaced. */
export function replacingWord(word: Word, candidates: CompletionCandidate[]): CompletionResult {
  return { replacementStart: word.start, replacementLength: word.end - word.start, candidates };
}
