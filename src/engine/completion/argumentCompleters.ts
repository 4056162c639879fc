// Argument completers, per command and parameter (as Register-ArgumentCompleter keeps them): whoever
// knows what a parameter names (a module's cmdlets, the store behind them) declares how its values are
// found. Each session has its own table, layered over the built-in declarations; the completion
// service asks it after enums and booleans.

import type { ArgumentCompleter, ArgumentCompleterLookup } from './types.js';

/** One completer as a module declares it: for `parameter` of `command`, or of every command without one. */
export interface ArgumentCompleterDeclaration {
  command?: string;
  parameter: string;
  completer: ArgumentCompleter;
}

const commandKey = (command: string, parameter: string): string => `${command.toLowerCase()}\0${parameter.toLowerCase()}`;

/**
 * Completers by command and parameter. A session's table starts empty over the built-in one (shared,
 * never changed) and keeps what the session registers to itself.
 */
export class ArgumentCompleterTable implements ArgumentCompleterLookup {
  private readonly byCommand = new Map<string, ArgumentCompleter>();
  /** Completers for a parameter name of any command (Register-ArgumentCompleter without -CommandName). */
  private readonly byParameter = new Map<string, ArgumentCompleter>();

  constructor(declarations: readonly ArgumentCompleterDeclaration[] = [], private readonly base?: ArgumentCompleterTable) {
    for (const d of declarations) this.register(d.parameter, d.completer, d.command);
  }

  /**
   * Registers `completer` for `parameter` of `command`, or of every command when `command` is omitted
   * (a later registration replaces an earlier one). Returns what takes it back out.
   */
  register(parameter: string, completer: ArgumentCompleter, command?: string): () => void {
    const [table, k] = command ? [this.byCommand, commandKey(command, parameter)] : [this.byParameter, parameter.toLowerCase()];
    table.set(k, completer);
    return () => {
      if (table.get(k) === completer) table.delete(k);
    };
  }

  /** The command's own completer first (this session's, then the built-in one), then one for the parameter name alone. */
  find(command: string, parameter: string): ArgumentCompleter | undefined {
    return this.forCommand(command, parameter) ?? this.forParameter(parameter);
  }

  private forCommand(command: string, parameter: string): ArgumentCompleter | undefined {
    return this.byCommand.get(commandKey(command, parameter)) ?? this.base?.forCommand(command, parameter);
  }

  private forParameter(parameter: string): ArgumentCompleter | undefined {
    return this.byParameter.get(parameter.toLowerCase()) ?? this.base?.forParameter(parameter);
  }
}
