// The completion service's contract (as PowerShell's CommandCompletion): the host hands in the line,
// the cursor and the session; it gets back the range to replace and the candidates to offer. An
// argument completer gets the parameter and the typed word and gives the candidates for its value.

import type { CmdletMetadata, CommandLookup, ParameterMetadata, SessionInfo } from '../commandMetadata.js';

export type CompletionKind = 'command' | 'parameter' | 'value' | 'identity' | 'path' | 'variable' | 'property' | 'method';

export interface CompletionCandidate {
  /** What is inserted (quoted when needed). */
  text: string;
  /** What a menu lists. */
  listText: string;
  kind: CompletionKind;
}

export interface CompletionResult {
  replacementStart: number;
  replacementLength: number;
  candidates: CompletionCandidate[];
}

/** What completion reads from the running session; every part but `session` is optional. */
export interface CompletionSession {
  /** Working directory, location and computer (paths, thumbprints). */
  session: SessionInfo;
  /** The store, handed to argument completers as the engine's services carry it (cast by the completer). */
  store?: unknown;
  /** The session's argument completers (Skype identities, policy names); without them, parameter values other than enums, booleans and paths are not completed. */
  completers?: ArgumentCompleterLookup;
  /** The engine's command table (functions, aliases); the registry and catalog stand in without it. */
  commands?: CommandLookup;
  /** Names of the variables defined in the session (without `$`). */
  variableNames?(): string[];
  /** Current value of a variable, for `$p.<Tab>` member completion. */
  variableValue?(name: string): unknown;
}

export interface ArgumentCompletionRequest {
  metadata: CmdletMetadata;
  parameter: ParameterMetadata;
  /** The value typed so far, quotes removed. */
  wordToComplete: string;
  session: CompletionSession;
}

/** Finds the values of one parameter (a module's completer, as Register-ArgumentCompleter takes one). */
export type ArgumentCompleter = (request: ArgumentCompletionRequest) => CompletionCandidate[];

/** What the completion service reads: the completer for one command's parameter (the session's table). */
export interface ArgumentCompleterLookup {
  find(command: string, parameter: string): ArgumentCompleter | undefined;
}
