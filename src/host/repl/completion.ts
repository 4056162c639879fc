// Tab completion as a pure function: complete(line, cursor, context) -> what to replace and with what.
// Knows PowerShell's completion kinds: command names (with wildcards), parameter names of the command's
// compatible parameter sets, enum values, live identities from the store, file paths and variables.
// The context supplies everything that lives elsewhere (commands, store look-ups, files, variables).

import { wildcardMatcher } from '../../engine/runtime/wildcard.js';
import type { CmdletMetadata, ParameterMetadata } from '../../engine/cmdlet.js';
import { commandAtCursor, type Word } from './commandLine.js';
import { valueCandidates } from './completionValues.js';
import { memberNames, memberValue } from './completionMembers.js';

export type CandidateKind = 'command' | 'parameter' | 'value' | 'identity' | 'path' | 'variable';

export interface CompletionCandidate {
  /** What is inserted (quoted when needed). */
  text: string;
  /** What the menu shows. */
  display: string;
  kind: CandidateKind;
}

export interface CompletionResult {
  replacementStart: number;
  replacementLength: number;
  candidates: CompletionCandidate[];
}

export interface CommandEntry {
  name: string;
  commandType: 'Cmdlet' | 'Function' | 'Alias' | 'Filter';
  /** For aliases: the command it stands for. */
  definition?: string;
}

export type IdentityKind =
  | 'sipAddress'
  | 'displayName'
  | 'accountName'
  | 'site'
  | 'pool'
  | 'registrarPool'
  | 'computer'
  | 'thumbprint'
  | { configType: string }
  | { serviceRole: string };

export interface FileEntry {
  name: string;
  isDirectory: boolean;
}

export interface CompletionContext {
  commands(): CommandEntry[];
  /** Metadata of a command by name (aliases resolved), for parameter and value completion. */
  metadata(name: string): CmdletMetadata | undefined;
  /** Values of enum types by name (PartnerType, TlsNegotiation, …). */
  enums: Record<string, string[]>;
  /** Common parameters every cmdlet accepts. */
  commonParameters: ParameterMetadata[];
  /** Store prefix look-up (indexed). */
  identities(kind: IdentityKind, prefix: string): string[];
  /** Entries of a sandbox directory given as a PowerShell path ('' = the current location); [] when not readable. */
  listDirectory(psDirectory: string): FileEntry[];
  variables(): string[];
  /** Current value of a variable (for `$p.<Tab>` member completion); undefined when unknown. */
  variableValue?(name: string): unknown;
}

const NONE = (start: number, length: number): CompletionResult => ({ replacementStart: start, replacementLength: length, candidates: [] });

export function complete(line: string, cursor: number, ctx: CompletionContext): CompletionResult {
  const at = commandAtCursor(line, cursor);
  if (!at) return NONE(cursor, 0);
  const { current } = at;
  const typed = line.slice(current.start, cursor);
  const commandIndex = findCommandIndex(at.words);
  if (typed.startsWith('$') && !current.quoted) return memberCompletion(current, typed, ctx) ?? variableCompletion(current, typed, ctx);
  if (at.index === commandIndex) {
    if (looksLikePath(typed)) return pathCompletion(current, typed, ctx);
    return commandCompletion(current, typed, ctx);
  }
  if (at.index < commandIndex) return NONE(current.start, current.end - current.start);
  const commandName = at.words[commandIndex]!.value;
  const metadata = ctx.metadata(commandName);
  if (!metadata) return looksLikePath(typed) ? pathCompletion(current, typed, ctx) : NONE(current.start, current.end - current.start);
  const args = at.words.slice(commandIndex + 1, at.index);
  if (typed.startsWith('-') && !current.quoted && !/^-\d/.test(typed)) {
    const colon = typed.indexOf(':');
    if (colon > 0) {
      const parameter = resolveParameter(metadata, typed.slice(1, colon), ctx);
      if (!parameter) return NONE(current.start, current.end - current.start);
      const valueWord: Word = { ...current, start: current.start + colon + 1, text: current.text.slice(colon + 1) };
      return argumentCompletion(metadata, parameter, valueWord, typed.slice(colon + 1), ctx);
    }
    return parameterCompletion(metadata, args, current, typed, ctx);
  }
  const parameter = parameterForArgument(metadata, args, ctx);
  if (!parameter) return looksLikePath(typed) ? pathCompletion(current, typed, ctx) : NONE(current.start, current.end - current.start);
  return argumentCompletion(metadata, parameter, current, current.quoted ? current.value.slice(0, cursor - current.start - 1) : typed, ctx);
}

/** Skips `$x =` and the call operators `&` / `.` in front of a command. */
function findCommandIndex(words: Word[]): number {
  let i = 0;
  if (words.length > 1 && words[0]!.text.startsWith('$') && /^[-+*/%]?=$/.test(words[1]!.text)) i = 2;
  if (words[i] && (words[i]!.text === '&' || words[i]!.text === '.')) i++;
  return i;
}

function looksLikePath(typed: string): boolean {
  return /^(\.{1,2}[\\/]|[a-z]:|[\\/~])/i.test(typed) || /[\\/]/.test(typed);
}

function matcher(typed: string): (name: string) => boolean {
  // PowerShell's own wildcard rules (sets, ranges, backtick escapes, an unclosed `[` literal).
  if (/[*?]/.test(typed)) return wildcardMatcher(typed.endsWith('*') ? typed : typed + '*');
  const lower = typed.toLowerCase();
  return (name) => name.toLowerCase().startsWith(lower);
}

function commandCompletion(current: Word, typed: string, ctx: CompletionContext): CompletionResult {
  const matches = matcher(typed);
  const seen = new Set<string>();
  const names: CommandEntry[] = [];
  for (const c of ctx.commands()) {
    const key = c.name.toLowerCase();
    if (seen.has(key) || !matches(c.name)) continue;
    seen.add(key);
    names.push(c);
  }
  // Cmdlets and functions before aliases, then by name (what PowerShell's completer offers first).
  names.sort((a, b) => Number(a.commandType === 'Alias') - Number(b.commandType === 'Alias') || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return {
    replacementStart: current.start,
    replacementLength: current.end - current.start,
    candidates: names.map((c) => ({ text: c.name, display: c.name, kind: 'command' as const })),
  };
}

function variableCompletion(current: Word, typed: string, ctx: CompletionContext): CompletionResult {
  const prefix = typed.slice(1).replace(/^\{/, '');
  const matches = matcher(prefix);
  const names = [...new Set(ctx.variables())].filter(matches).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return {
    replacementStart: current.start,
    replacementLength: current.end - current.start,
    candidates: names.map((n) => ({ text: `$${n}`, display: `$${n}`, kind: 'variable' as const })),
  };
}

/** `$p.Part<Tab>`: the members of the variable's current value (through `.A.B` chains). */
function memberCompletion(current: Word, typed: string, ctx: CompletionContext): CompletionResult | null {
  const m = /^\$([\w:?]+)((?:\.\w+)*)\.(\w*)$/.exec(typed);
  if (!m || !ctx.variableValue) return null;
  let value = ctx.variableValue(m[1]!);
  for (const part of m[2]!.split('.').filter(Boolean)) value = memberValue(value, part);
  const matches = matcher(m[3]!);
  const names = memberNames(value).filter(matches);
  return {
    replacementStart: current.start,
    replacementLength: current.end - current.start,
    candidates: names.map((n) => ({ text: `$${m[1]}${m[2]}.${n}`, display: n, kind: 'variable' as const })),
  };
}

/** The parameter sets still possible given the parameters already named on the line. */
function compatibleSets(metadata: CmdletMetadata, bound: ParameterMetadata[]): string[] {
  const all = metadata.parameterSets.length ? metadata.parameterSets : ['__AllParameterSets'];
  return all.filter((set) => bound.every((p) => p.sets[set] !== undefined || p.sets.__AllParameterSets !== undefined));
}

function allParameters(metadata: CmdletMetadata, ctx: CompletionContext): ParameterMetadata[] {
  const own = metadata.parameters;
  const names = new Set(own.map((p) => p.name.toLowerCase()));
  return [...own, ...ctx.commonParameters.filter((p) => !names.has(p.name.toLowerCase()))];
}

/** Resolves `-Name` as the binder does: exact name or alias first, then a unique prefix. */
export function resolveParameter(metadata: CmdletMetadata, name: string, ctx: CompletionContext): ParameterMetadata | undefined {
  const lower = name.toLowerCase();
  const params = allParameters(metadata, ctx);
  const exact = params.find((p) => p.name.toLowerCase() === lower || p.aliases.some((a) => a.toLowerCase() === lower));
  if (exact) return exact;
  const prefixed = params.filter((p) => p.name.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

interface ArgumentReading {
  bound: ParameterMetadata[];
  positionalCount: number;
  /** The named parameter waiting for its value at the end of the argument list, if any. */
  pending?: ParameterMetadata;
}

function readArguments(metadata: CmdletMetadata, args: Word[], ctx: CompletionContext): ArgumentReading {
  const bound: ParameterMetadata[] = [];
  let positionalCount = 0;
  let pending: ParameterMetadata | undefined;
  for (const w of args) {
    if (pending) {
      pending = undefined;
      continue;
    }
    if (w.text.startsWith('-') && !w.quoted && !/^-\d/.test(w.text)) {
      const colon = w.text.indexOf(':');
      const p = resolveParameter(metadata, w.text.slice(1, colon > 0 ? colon : undefined), ctx);
      if (!p) continue;
      bound.push(p);
      if (!p.isSwitch && colon < 0) pending = p;
      continue;
    }
    positionalCount++;
  }
  return { bound, positionalCount, pending };
}

function parameterCompletion(metadata: CmdletMetadata, args: Word[], current: Word, typed: string, ctx: CompletionContext): CompletionResult {
  const { bound } = readArguments(metadata, args, ctx);
  const sets = compatibleSets(metadata, bound);
  const boundNames = new Set(bound.map((p) => p.name.toLowerCase()));
  const prefix = typed.slice(1).toLowerCase();
  const candidates = allParameters(metadata, ctx)
    .filter((p) => !boundNames.has(p.name.toLowerCase()))
    .filter((p) => p.sets.__AllParameterSets !== undefined || sets.some((s) => p.sets[s] !== undefined))
    .filter((p) => p.name.toLowerCase().startsWith(prefix))
    .map((p) => ({ text: `-${p.name}`, display: `-${p.name}`, kind: 'parameter' as const }));
  return { replacementStart: current.start, replacementLength: current.end - current.start, candidates };
}

/** Which parameter an argument at the end of `args` binds to: the pending named one, else the next positional one. */
function parameterForArgument(metadata: CmdletMetadata, args: Word[], ctx: CompletionContext): ParameterMetadata | undefined {
  const reading = readArguments(metadata, args, ctx);
  if (reading.pending) return reading.pending;
  const sets = compatibleSets(metadata, reading.bound);
  const boundNames = new Set(reading.bound.map((p) => p.name.toLowerCase()));
  const positional = metadata.parameters
    .filter((p) => !boundNames.has(p.name.toLowerCase()))
    .map((p) => ({ p, position: positionIn(p, sets) }))
    .filter((x): x is { p: ParameterMetadata; position: number } => x.position !== null)
    .sort((a, b) => a.position - b.position);
  return positional[reading.positionalCount]?.p;
}

function positionIn(p: ParameterMetadata, sets: string[]): number | null {
  for (const s of [...sets, '__AllParameterSets']) {
    const m = p.sets[s];
    if (m && m.position !== null) return m.position;
  }
  return null;
}

function argumentCompletion(metadata: CmdletMetadata, parameter: ParameterMetadata, current: Word, typed: string, ctx: CompletionContext): CompletionResult {
  const candidates = valueCandidates(metadata, parameter, typed, ctx);
  return { replacementStart: current.start, replacementLength: current.end - current.start, candidates };
}

function pathCompletion(current: Word, typed: string, ctx: CompletionContext): CompletionResult {
  return { replacementStart: current.start, replacementLength: current.end - current.start, candidates: pathCandidates(current.quoted ? current.value : typed, ctx) };
}

export function pathCandidates(typed: string, ctx: CompletionContext): CompletionCandidate[] {
  const cut = Math.max(typed.lastIndexOf('\\'), typed.lastIndexOf('/'));
  const dir = cut >= 0 ? typed.slice(0, cut + 1) : '';
  const leaf = typed.slice(cut + 1);
  const matches = matcher(leaf);
  const shownDir = dir === '' && !typed.startsWith('.') ? '.\\' : dir;
  return ctx
    .listDirectory(dir)
    .filter((e) => matches(e.name))
    .sort((a, b) => Number(b.isDirectory) - Number(a.isDirectory) || a.name.localeCompare(b.name))
    .map((e) => {
      const full = shownDir + e.name;
      return { text: quoteIfNeeded(full), display: e.isDirectory ? `${e.name}\\` : e.name, kind: 'path' as const };
    });
}

/** Single-quotes a value PowerShell would otherwise split or misread in command mode. */
export function quoteIfNeeded(value: string): string {
  if (/^[^\s'"`$(){};,|&<>]+$/.test(value) && !/^[@#]/.test(value)) return value;
  return `'${value.replace(/'/g, "''")}'`;
}
