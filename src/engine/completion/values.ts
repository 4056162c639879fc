// Completion of a parameter's value from its metadata: ValidateSet and enum names, $true/$false for a
// Boolean, paths for the file parameters, and otherwise the session's argument completer for the
// command's parameter (Skype identities come from there).

import { enums } from '../../catalog/registry.js';
import type { CmdletMetadata, ParameterMetadata } from '../cmdlet.js';
import { candidate } from './candidates.js';
import { pathCandidates } from './paths.js';
import type { CompletionCandidate, CompletionSession } from './types.js';

/** Values of the preference enum the common parameters use (it is not in the Cs catalog). */
const PREFERENCE_ENUMS: Record<string, string[]> = {
  ActionPreference: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend'],
};

/** [I] Parameters completed with file names from the sandbox. */
const PATH_PARAMETERS = new Set(['path', 'literalpath', 'filepath', 'output', 'outputpath', 'filename', 'outfile', 'inputfile', 'outputfile', 'backupfilename']);

export function valueCandidates(metadata: CmdletMetadata, p: ParameterMetadata, typed: string, session: CompletionSession): CompletionCandidate[] {
  const names = enumValues(p);
  if (names) return enumCandidates(names, typed);
  if (p.type === 'Boolean') return ['$true', '$false'].filter((v) => v.startsWith(typed.toLowerCase())).map((v) => candidate(v, 'value'));
  if (PATH_PARAMETERS.has(p.name.toLowerCase())) return pathCandidates(typed, session.session);
  const completer = session.completers?.find(metadata.name, p.name);
  if (!completer) return [];
  try {
    return completer({ metadata, parameter: p, wordToComplete: typed, session });
  } catch {
    // A completer that fails offers nothing: a keystroke never shows an internal error.
    return [];
  }
}

function enumValues(p: ParameterMetadata): string[] | undefined {
  if (p.validateSet?.length) return p.validateSet;
  return enums[p.enum ?? ''] ?? enums[p.type] ?? PREFERENCE_ENUMS[p.type];
}

/** Enum names; after a comma (`-Type Default,Xm`) the last element is completed and the rest kept. */
function enumCandidates(names: string[], typed: string): CompletionCandidate[] {
  const comma = typed.lastIndexOf(',');
  const head = comma >= 0 ? typed.slice(0, comma + 1) : '';
  const prefix = typed.slice(comma + 1).toLowerCase();
  return names.filter((n) => n.toLowerCase().startsWith(prefix)).map((n) => candidate(head + n, 'value', n));
}
