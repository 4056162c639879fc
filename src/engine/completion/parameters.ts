// Parameters as the binder reads them, for completion: which ones a partial line has named, which
// parameter sets are still possible, and which parameter the word at the cursor binds to.

import { commonParameters } from '../../catalog/registry.js';
import type { CmdletMetadata, ParameterMetadata } from '../cmdlet.js';
import type { Word } from './commandLine.js';
import { candidate } from './candidates.js';
import type { CompletionCandidate } from './types.js';

export function isParameterWord(w: Pick<Word, 'text' | 'quoted'>): boolean {
  return w.text.startsWith('-') && !w.quoted && !/^-\d/.test(w.text);
}

/** The command's own parameters and the common ones it does not redefine. */
function allParameters(metadata: CmdletMetadata): ParameterMetadata[] {
  const own = metadata.parameters;
  const names = new Set(own.map((p) => p.name.toLowerCase()));
  return [...own, ...commonParameters.filter((p) => !names.has(p.name.toLowerCase()))];
}

/** Resolves `-Name` as the binder does: exact name or alias first, then a unique prefix. */
export function resolveParameter(metadata: CmdletMetadata, name: string): ParameterMetadata | undefined {
  const lower = name.toLowerCase();
  const params = allParameters(metadata);
  const exact = params.find((p) => p.name.toLowerCase() === lower || p.aliases.some((a) => a.toLowerCase() === lower));
  if (exact) return exact;
  const prefixed = params.filter((p) => p.name.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** The parameter sets still possible given the parameters already named on the line. */
function compatibleSets(metadata: CmdletMetadata, bound: ParameterMetadata[]): string[] {
  const all = metadata.parameterSets.length ? metadata.parameterSets : ['__AllParameterSets'];
  return all.filter((set) => bound.every((p) => p.sets[set] !== undefined || p.sets.__AllParameterSets !== undefined));
}

interface ArgumentReading {
  bound: ParameterMetadata[];
  positionalCount: number;
  /** The named parameter waiting for its value at the end of the argument list, if any. */
  pending?: ParameterMetadata;
}

function readArguments(metadata: CmdletMetadata, args: Word[]): ArgumentReading {
  const bound: ParameterMetadata[] = [];
  let positionalCount = 0;
  let pending: ParameterMetadata | undefined;
  for (const w of args) {
    if (pending) {
      pending = undefined;
      continue;
    }
    if (isParameterWord(w)) {
      const colon = w.text.indexOf(':');
      const p = resolveParameter(metadata, w.text.slice(1, colon > 0 ? colon : undefined));
      if (!p) continue;
      bound.push(p);
      if (!p.isSwitch && colon < 0) pending = p;
      continue;
    }
    positionalCount++;
  }
  return { bound, positionalCount, pending };
}

/** `-Tls<Tab>`: parameters not yet named, of the sets still possible. */
export function parameterCandidates(metadata: CmdletMetadata, args: Word[], typed: string): CompletionCandidate[] {
  const { bound } = readArguments(metadata, args);
  const sets = compatibleSets(metadata, bound);
  const boundNames = new Set(bound.map((p) => p.name.toLowerCase()));
  const prefix = typed.slice(1).toLowerCase();
  return allParameters(metadata)
    .filter((p) => !boundNames.has(p.name.toLowerCase()))
    .filter((p) => p.sets.__AllParameterSets !== undefined || sets.some((s) => p.sets[s] !== undefined))
    .filter((p) => p.name.toLowerCase().startsWith(prefix))
    .map((p) => candidate(`-${p.name}`, 'parameter'));
}

/** Which parameter an argument after `args` binds to: the pending named one, else the next positional one. */
export function parameterForArgument(metadata: CmdletMetadata, args: Word[]): ParameterMetadata | undefined {
  const reading = readArguments(metadata, args);
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
