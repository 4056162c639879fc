// Parameters as the binder reads them (its ParameterTable: declared and common parameters, aliases,
// prefixes, parameter sets), for completion: which ones a partial line has named, which sets are
// still possible, and which parameter the word at the cursor binds to.

import { ParameterTable, type BinderParameter } from '../binder/index.js';
import type { CmdletMetadata, ParameterMetadata } from '../cmdlet.js';
import type { Word } from './commandLine.js';
import { candidate } from './candidates.js';
import type { CompletionCandidate } from './types.js';

export function isParameterWord(w: Pick<Word, 'text' | 'quoted'>): boolean {
  return w.text.startsWith('-') && !w.quoted && !/^-\d/.test(w.text);
}

function resolveIn(table: ParameterTable, name: string): BinderParameter | undefined {
  try {
    return table.resolve(name);
  } catch {
    // Unknown or ambiguous: the binder would say so when the line runs; completion just moves on.
    return undefined;
  }
}

/** Resolves `-Name` as the binder does (exact name or alias, then a unique prefix). */
export function resolveParameter(metadata: CmdletMetadata, name: string): ParameterMetadata | undefined {
  return resolveIn(ParameterTable.for(metadata), name)?.meta;
}

interface ArgumentReading {
  table: ParameterTable;
  bound: BinderParameter[];
  /** The parameter sets still possible given the parameters named. */
  sets: string[];
  positionalCount: number;
  /** The named parameter waiting for its value at the end of the argument list, if any. */
  pending?: BinderParameter;
}

function readArguments(metadata: CmdletMetadata, args: Word[]): ArgumentReading {
  const table = ParameterTable.for(metadata);
  const bound: BinderParameter[] = [];
  let sets = table.sets;
  let positionalCount = 0;
  let pending: BinderParameter | undefined;
  for (const w of args) {
    if (pending) {
      pending = undefined;
      continue;
    }
    if (!isParameterWord(w)) {
      positionalCount++;
      continue;
    }
    const colon = w.text.indexOf(':');
    const p = resolveIn(table, w.text.slice(1, colon > 0 ? colon : undefined));
    if (!p) continue;
    bound.push(p);
    const mine = table.setsOf(p);
    sets = sets.filter((s) => mine.includes(s));
    if (!p.isSwitch && colon < 0) pending = p;
  }
  return { table, bound, sets, positionalCount, pending };
}

/** `-Tls<Tab>`: parameters not yet named, of the sets still possible. */
export function parameterCandidates(metadata: CmdletMetadata, args: Word[], typed: string): CompletionCandidate[] {
  const { table, bound, sets } = readArguments(metadata, args);
  const prefix = typed.slice(1).toLowerCase();
  return table.parameters
    .filter((p) => !bound.includes(p) && table.setsOf(p).some((s) => sets.includes(s)))
    .filter((p) => p.name.toLowerCase().startsWith(prefix))
    .map((p) => candidate(`-${p.name}`, 'parameter'));
}

/** Which parameter an argument after `args` binds to: the pending named one, else the next positional one. */
export function parameterForArgument(metadata: CmdletMetadata, args: Word[]): ParameterMetadata | undefined {
  const { table, bound, sets, positionalCount, pending } = readArguments(metadata, args);
  if (pending) return pending.meta;
  const positional = table.parameters
    .filter((p) => !bound.includes(p))
    .map((p) => ({ p, position: positionIn(table, p, sets) }))
    .filter((x): x is { p: BinderParameter; position: number } => x.position !== null)
    .sort((a, b) => a.position - b.position);
  return positional[positionalCount]?.p.meta;
}

function positionIn(table: ParameterTable, p: BinderParameter, sets: string[]): number | null {
  for (const s of sets) {
    const position = table.membership(p, s)?.position;
    if (position !== null && position !== undefined) return position;
  }
  return null;
}
