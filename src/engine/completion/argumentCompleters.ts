// Argument completers, registered per command and parameter (as Register-ArgumentCompleter does):
// whoever knows what a parameter names (a module's cmdlets, the store behind them) declares how its
// values are found. The completion service asks here after enums and booleans, before nothing.

import type { CmdletMetadata, ParameterMetadata } from '../cmdlet.js';
import type { CompletionCandidate, CompletionSession } from './types.js';

export interface ArgumentCompletionRequest {
  metadata: CmdletMetadata;
  parameter: ParameterMetadata;
  /** The value typed so far, quotes removed. */
  wordToComplete: string;
  session: CompletionSession;
}

export type ArgumentCompleter = (request: ArgumentCompletionRequest) => CompletionCandidate[];

const byCommand = new Map<string, ArgumentCompleter>();
/** Completers for a parameter name of any command (Register-ArgumentCompleter without -CommandName). */
const byParameter = new Map<string, ArgumentCompleter>();

const key = (command: string, parameter: string): string => `${command.toLowerCase()}\0${parameter.toLowerCase()}`;

/**
 * Registers `completer` for `parameter` of `command`, or of every command when `command` is omitted
 * (a later registration replaces an earlier one). Returns what takes it back out.
 */
export function registerArgumentCompleter(parameter: string, completer: ArgumentCompleter, command?: string): () => void {
  const [table, k] = command ? [byCommand, key(command, parameter)] : [byParameter, parameter.toLowerCase()];
  table.set(k, completer);
  return () => {
    if (table.get(k) === completer) table.delete(k);
  };
}

/** The completer for one command's parameter: its own first, then one for the parameter name alone. */
export function argumentCompleterFor(command: string, parameter: string): ArgumentCompleter | undefined {
  return byCommand.get(key(command, parameter)) ?? byParameter.get(parameter.toLowerCase());
}
