// The contract between the engine and cmdlet handlers.
// A cmdlet = metadata (parameter sets, types, positions, aliases: data, from src/catalog/ for the Cs
// cmdlets and from each core cmdlet's module; its types in commandMetadata.ts) + an implementation
// receiving already-bound, typed parameters. Handlers never format text and never touch SQL directly
// (they use repositories in src/store).

import type { Extent } from '../lang/ast.js';
import type { ErrorCategory, ErrorRecord } from './errors.js';
import type { Host, ProgressRecord } from './host.js';
import type { PSObject, ScriptBlockValue } from './runtime/values.js';
import type { Scope } from './session/scope.js';
import type { SessionSecrets } from './secrets/sessionSecrets.js';
import type { SessionState } from './session/sessionState.js';
import type { CmdletMetadata, CommandLookup, SessionInfo } from './commandMetadata.js';

// The metadata types live in a leaf module (so the catalog, binder, completion and secret rules need
// not import this contract and the session it exposes); the contract's users find them here too.
export type { CmdletMetadata, CommandInfo, CommandLookup, ParameterMetadata, ParameterSetMembership, PipelineInput, SessionInfo } from './commandMetadata.js';

// ---------------------------------------------------------------------------------------------
// Runtime contract

export interface InvokeOptions {
  /** Value of `$_` / `$PSItem` while the block runs. */
  dollarUnder?: unknown;
  /** `$args`. */
  args?: unknown[];
  /** Run in the caller's scope (dot-source) instead of a new child scope. */
  dotSource?: boolean;
  /** Extra variables to define in the new scope. */
  variables?: Record<string, unknown>;
  /** Receives the block's output as it is written (then nothing is collected); may be async. */
  output?: (value: unknown) => void | Promise<void>;
  /** Command class named in the ids of errors the block raises (`,Microsoft.PowerShell.Commands.InvokeExpressionCommand`). */
  errorIdSuffix?: string;
}

/** What the engine offers to handlers besides the per-call context. */
export interface EngineServices {
  readonly host: Host;
  readonly session: SessionInfo;
  /** The store; typed loosely here to keep src/engine free of src/store imports. Cast to `Store`. */
  readonly store: unknown;
  invokeScriptBlock(block: ScriptBlockValue, options?: InvokeOptions): Promise<unknown[]>;
  getVariable(name: string): unknown;
  setVariable(name: string, value: unknown, scope?: 'local' | 'script' | 'global'): void;
  removeVariable(name: string): boolean;
  /** The caller's scope, or the one a `-Scope` argument names (Global, Script, Local, a number); throws a PSRuntimeError for a bad one. */
  variableScope?(spec?: string): Scope;
  /** Calls a method on a value as `$target.Name(args)` does; throws a PSRuntimeError (MethodNotFound, …) as the call would. */
  invokeMethod?(target: unknown, name: string, args: unknown[]): Promise<unknown>;
  /** Adds a script property (getter and optional setter run with $this bound to the object). */
  defineScriptProperty?(o: PSObject, name: string, getter: ScriptBlockValue | null, setter: ScriptBlockValue | null): void;
  /** Variables visible from the caller's scope (nearest first, one per name), for Get-Variable wildcards. Optional. */
  listVariables?(): { name: string; value: unknown; description?: string; readOnly?: boolean; constant?: boolean }[];
  /** Resolves a PowerShell path (`C:\certs\a.pfx`, `.\a.csv`, `a.csv`) to a host path inside the sandbox; throws a PSRuntimeError outside. */
  resolvePath(path: string): string;
  /** The lines values show as on the console, as `>` and Out-File write them (Tee-Object -FilePath). */
  formatOutput(values: unknown[]): string[];
  /** All commands known to the engine (cmdlets, functions, aliases). */
  readonly commands: CommandLookup;
  /** What this session owns: its cmdlets, default views, aliases and history. */
  readonly state: SessionState;
  /** The secrets this session has seen (for masking history, transcripts, error views). Optional. */
  readonly secrets?: SessionSecrets;
}

export interface ErrorSpec {
  message: string;
  category?: ErrorCategory;
  /** Short id; the engine appends `,<className>` to make the FullyQualifiedErrorId. */
  errorId: string;
  targetObject?: unknown;
  exceptionType?: string;
  /** Underline this extent instead of the whole command. */
  extent?: Extent;
}

/** One invocation of a cmdlet in a pipeline. A new context object is NOT made per input record: `params` is updated. */
export interface CmdletContext {
  readonly metadata: CmdletMetadata;
  /** Bound parameters by canonical name. Switches are booleans. Includes pipeline-bound ones during process(). */
  readonly params: Record<string, unknown>;
  /** Names bound explicitly on the command line or from the pipeline for the current record (canonical names). */
  readonly bound: ReadonlySet<string>;
  readonly parameterSetName: string;
  /** The current pipeline input object during process() (also when it bound to no parameter). */
  readonly inputObject: unknown;
  /** True when this command had pipeline input (it is not the first element). */
  readonly expectingInput: boolean;
  readonly engine: EngineServices;
  /** Extent of the whole command, for errors. */
  readonly extent?: Extent;

  writeObject(value: unknown, enumerate?: boolean): void;
  /**
   * Streams `source`: each object goes downstream (the next commands process it) before the next one is
   * read, as PowerShell's pipeline does. When the pipeline stops (Ctrl+C, Select-Object -First upstream
   * stop) the iteration ends there and `source` is closed (a generator's `finally` runs).
   */
  writeEach(source: Iterable<unknown>): Promise<void>;
  /** Select-Object -First: stops the commands before this one (no error shown); nothing without pipeline input. */
  stopUpstream(): void;
  /** Non-terminating error (respects -ErrorAction / $ErrorActionPreference). */
  writeError(error: ErrorSpec | ErrorRecord): void;
  /** Terminating error: throws. */
  throwTerminatingError(error: ErrorSpec | ErrorRecord): never;
  writeWarning(text: string): void;
  writeVerbose(text: string): void;
  writeDebug(text: string): void;
  /**
   * Write-Debug under the Inquire preference (-Debug): asks "Continue with this operation?" through an
   * interactive host; Halt Command stops the script. Nothing when the preference is not Inquire.
   */
  inquireAfterDebug(): Promise<void>;
  writeProgress(record: ProgressRecord): void;
  /** Write-Host style output straight to the host. */
  writeHost(text: string, options?: import('./host.js').WriteOptions): void;
  /**
   * ShouldProcess: handles -WhatIf (prints `What if: Performing the operation "<action>" on target "<target>".`
   * and returns false) and -Confirm (asks through the host). `action` defaults to the cmdlet name.
   */
  shouldProcess(target: string, action?: string): Promise<boolean>;
  /**
   * True when shouldProcess would return true now without writing or asking anything (no -WhatIf, no
   * confirmation due): a writing command can then read, check and write in one store transaction.
   */
  proceedsUnasked(): boolean;
  /** ShouldContinue (e.g. "policy in use"); returns true without asking when -Force is bound. */
  shouldContinue(query: string, caption: string): Promise<boolean>;
  /** True when Ctrl+C was pressed; long loops should check it. */
  readonly stopping: boolean;
}

export interface CmdletImplementation {
  begin?(ctx: CmdletContext): void | Promise<void>;
  /** Called once per pipeline input object, or once when the command has no pipeline input. */
  process?(ctx: CmdletContext): void | Promise<void>;
  end?(ctx: CmdletContext): void | Promise<void>;
}

export interface CmdletDefinition {
  metadata: CmdletMetadata;
  /** Creates a fresh implementation per invocation (so begin/process/end can keep state in closures). */
  create(): CmdletImplementation;
}

// ---------------------------------------------------------------------------------------------
// Between the evaluator (which evaluates arguments and chains pipeline elements) and the cmdlet
// processor (which binds parameters and drives begin/process/end of one cmdlet).

/** One evaluated command-line element, in source order. Splatting is already expanded by the evaluator. */
export type CommandArgument =
  | {
      kind: 'parameter';
      /** As typed, without the dash (prefix or alias possible). */
      name: string;
      /** Present for the colon form `-Name:value` (and for hashtable splatting). */
      value?: unknown;
      hasColonValue: boolean;
      extent?: Extent;
      /** Source text of the parameter token, e.g. `-EnableXmppAccess:`. */
      text: string;
    }
  | {
      kind: 'argument';
      value: unknown;
      extent?: Extent;
      /** Source text of the argument as written (for "A positional parameter cannot be found that accepts argument 'x'"). */
      text: string;
      /** An unquoted command-mode word (bare string). */
      bare?: boolean;
    };

/** Where a command sits, for errors and the mandatory-parameter prompt. */
export interface InvocationSite {
  /** Name as the user typed it (alias or full name). */
  commandName: string;
  /** Extent of the whole command element. */
  extent?: Extent;
  /** 1-based position in the pipeline. */
  pipelinePosition: number;
  /** True when an upstream element feeds this command. */
  expectingInput: boolean;
}

/** What a processor needs from the running engine. */
export interface PipelineRuntime {
  readonly services: EngineServices;
  /**
   * A non-terminating error after -ErrorAction / $ErrorActionPreference were applied by the processor:
   * the engine adds it to $Error (always) and writes it to the error stream when `display` is true
   * (honouring redirections such as 2>&1).
   */
  reportError(record: import('./errors.js').ErrorRecord, display: boolean): void;
  isStopping(): boolean;
  /** Sends what the command wrote so far downstream now (and gives the host a turn now and then); throws when the pipeline stops. */
  flush(): Promise<void> | void;
  /** Throws the signal that stops the commands upstream of this one. */
  stopUpstream(): never;
}

/** A running pipeline element. Output goes to the `emit` callback given at creation. */
export interface CommandProcessor {
  begin(): Promise<void>;
  process(input: unknown): Promise<void>;
  end(): Promise<void>;
}
