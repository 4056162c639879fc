// The completion service (PowerShell's CommandCompletion.CompleteInput): from a line, a cursor and
// the session it decides what the word at the cursor is (a command, a parameter, a parameter's
// value, a variable, a member, a path) and offers candidates from the catalog's metadata, the
// argument completers, the member model and the sandbox. Hosts only ask, render and cycle.

import { commandAtCursor, type Word } from './commandLine.js';
import { byName, candidate, nameMatcher, replacingWord } from './candidates.js';
import { memberCandidates, memberValue } from './members.js';
import { isParameterWord, parameterCandidates, parameterForArgument, resolveParameter } from './parameters.js';
import { looksLikePath, pathCandidates } from './paths.js';
import { commandMetadata, listCommands, variableNames, variableValue, type CommandEntry } from './sources.js';
import { valueCandidates } from './values.js';
import type { CompletionResult, CompletionSession } from './types.js';

const NONE = (word: Word): CompletionResult => replacingWord(word, []);

export function completeInput(line: string, cursor: number, session: CompletionSession): CompletionResult {
  const at = commandAtCursor(line, cursor);
  if (!at) return { replacementStart: cursor, replacementLength: 0, candidates: [] };
  const { current } = at;
  const typed = line.slice(current.start, cursor);
  const commandIndex = findCommandIndex(at.words);
  if (typed.startsWith('$') && !current.quoted) return memberCompletion(current, typed, session) ?? variableCompletion(current, typed, session);
  if (at.index === commandIndex) return looksLikePath(typed) ? pathCompletion(current, typed, session) : commandCompletion(current, typed, session);
  if (at.index < commandIndex) return NONE(current);
  const metadata = commandMetadata(at.words[commandIndex]!.value, session.commands);
  if (!metadata) return looksLikePath(typed) ? pathCompletion(current, typed, session) : NONE(current);
  const args = at.words.slice(commandIndex + 1, at.index);
  if (isParameterWord({ text: typed, quoted: current.quoted })) {
    const colon = typed.indexOf(':');
    if (colon < 0) return replacingWord(current, parameterCandidates(metadata, args, typed));
    // `-PartnerType:Fed`: the value after the colon is completed, the `-Name:` kept.
    const parameter = resolveParameter(metadata, typed.slice(1, colon));
    if (!parameter) return NONE(current);
    const valueWord: Word = { ...current, start: current.start + colon + 1, text: current.text.slice(colon + 1) };
    return replacingWord(valueWord, valueCandidates(metadata, parameter, typed.slice(colon + 1), session));
  }
  const parameter = parameterForArgument(metadata, args);
  if (!parameter) return looksLikePath(typed) ? pathCompletion(current, typed, session) : NONE(current);
  const value = current.quoted ? current.value.slice(0, cursor - current.start - 1) : typed;
  return replacingWord(current, valueCandidates(metadata, parameter, value, session));
}

/** Skips `$x =` and the call operators `&` / `.` in front of a command. */
function findCommandIndex(words: Word[]): number {
  let i = 0;
  if (words.length > 1 && words[0]!.text.startsWith('$') && /^[-+*/%]?=$/.test(words[1]!.text)) i = 2;
  if (words[i] && (words[i]!.text === '&' || words[i]!.text === '.')) i++;
  return i;
}

function commandCompletion(current: Word, typed: string, session: CompletionSession): CompletionResult {
  const matches = nameMatcher(typed);
  const seen = new Set<string>();
  const names: CommandEntry[] = [];
  for (const c of listCommands(session.commands)) {
    const key = c.name.toLowerCase();
    if (seen.has(key) || !matches(c.name)) continue;
    seen.add(key);
    names.push(c);
  }
  // Cmdlets and functions before aliases, then by name (what PowerShell's completer offers first).
  names.sort((a, b) => Number(a.commandType === 'Alias') - Number(b.commandType === 'Alias') || byName(a.name, b.name));
  return replacingWord(current, names.map((c) => candidate(c.name, 'command')));
}

function variableCompletion(current: Word, typed: string, session: CompletionSession): CompletionResult {
  const matches = nameMatcher(typed.slice(1).replace(/^\{/, ''));
  const names = variableNames(session).filter(matches).sort(byName);
  return replacingWord(current, names.map((n) => candidate(`$${n}`, 'variable')));
}

/** `$p.Part<Tab>`, through `.A.B` chains; null when the word is not a member access. */
function memberCompletion(current: Word, typed: string, session: CompletionSession): CompletionResult | null {
  const m = /^\$([\w:?]+)((?:\.\w+)*)\.(\w*)$/.exec(typed);
  if (!m || !session.variableValue) return null;
  let value = variableValue(session, m[1]!);
  for (const part of m[2]!.split('.').filter(Boolean)) value = memberValue(value, part);
  return replacingWord(current, memberCandidates(value, `$${m[1]}${m[2]}`, nameMatcher(m[3]!)));
}

function pathCompletion(current: Word, typed: string, session: CompletionSession): CompletionResult {
  return replacingWord(current, pathCandidates(current.quoted ? current.value : typed, session.session));
}
