// The engine's public face: what the CLI, the REPL, labs and tests call.
// (Stub signature; the evaluator work fills it in.)

import type { Host } from './host.js';
import type { EngineServices, SessionInfo } from './cmdlet.js';

export interface EngineOptions {
  host: Host;
  /** A src/store Store. */
  store: unknown;
  session: SessionInfo;
}

export interface ExecuteOptions {
  /** Script file path as the user gave it (for `At C:\...\x.ps1:3 char:5` and $PSScriptRoot). */
  file?: string;
  /** Arguments for a script run (`csshell run x.ps1 a b`) -> $args / param(). */
  args?: unknown[];
}

export interface ExecuteResult {
  /** Set when the text ran `exit N` (N, default 0). */
  exitCode?: number;
  /** A terminating error reached the top level (it has already been written to the host). */
  terminatingError: boolean;
  /** There were parse errors (already written to the host); nothing ran. */
  parseErrors: boolean;
  /** Value of $? after the last statement. */
  success: boolean;
}

export declare class EngineApi {
  constructor(options: EngineOptions);
  readonly services: EngineServices;
  /** Parses and runs `text`; each top-level statement's output goes through Out-Default to the host. */
  execute(text: string, options?: ExecuteOptions): Promise<ExecuteResult>;
  /** Parses and runs `text` and returns its output objects unformatted (errors still go to the host). */
  invoke(text: string, options?: ExecuteOptions): Promise<unknown[]>;
  /** Ctrl+C: stop the running pipeline at the next safe point. */
  stop(): void;
}
