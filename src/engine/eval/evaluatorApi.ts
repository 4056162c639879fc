// What the evaluator's parts (expressions, assignment, switch, trap, pipelines, functions, members,
// statics) may read and call back on the evaluator. The parts depend on this interface, not on the
// Evaluator class, so the class can import them without an import loop. Only type imports of
// modules outside the parts belong here.

import type { StatementAst } from '../../lang/ast.js';
import type { EngineServices } from '../cmdlet.js';
import type { ErrorRecord } from '../errors.js';
import type { Host } from '../host.js';
import type { PSArrayList } from '../runtime/values.js';
import type { Scope } from '../session/scope.js';
import type { AliasTable } from '../session/aliases.js';
import type { EmulatedEnvironment } from '../session/environment.js';
import type { StreamTargets } from '../pipeline/streamRecords.js';

/** Where a statement's output goes. May return a promise when the consumer is a running command. */
export type Sink = (value: unknown) => void | Promise<void>;

export interface ErrorTarget {
  /** Receives non-terminating and reported terminating errors (the error stream, or 2>&1 / 2>$null). */
  write(record: ErrorRecord): void | Promise<void>;
}

export interface EvaluatorApi {
  // The session the statements run in.
  readonly services: EngineServices;
  readonly host: Host;
  readonly env: EmulatedEnvironment;
  readonly aliases: AliasTable;
  scope: Scope;
  readonly global: Scope;

  // Error bookkeeping.
  /** $Error. */
  readonly errors: PSArrayList;
  /** Depth of enclosing try blocks (dynamically): inside one, statement-terminating errors propagate. */
  tryDepth: number;
  /** Errors reported so far (drives $?). */
  errorCount: number;
  /** -ErrorVariable lists of the advanced functions running now: every error reported inside them goes there too. */
  readonly errorCollectors: { add(record: unknown): void }[];
  lastSuccess: boolean;
  /** Errors being handled by catch blocks (for a bare `throw`). */
  readonly caught: ErrorRecord[];
  /** The current destination of error records; redirections push and pop. */
  errorTarget: ErrorTarget;
  /** Where redirected warning, verbose, debug and information writes go (`3>&1`, `4>$null` …). */
  streamTargets: StreamTargets;
  /** While a cmdlet runs script text (Invoke-Expression), errors without a command in their id get its name. */
  errorIdSuffix?: string;
  /** Records an error in $Error and sends it to the current error target. */
  reportError(record: ErrorRecord, display?: boolean): void | Promise<void>;
  /** Makes a record this session's: its source line is shown as this session masks it (see ErrorRecord.lineView). */
  adoptError(record: ErrorRecord): ErrorRecord;
  preference(name: string): string;

  // Stopping, call depth and turns given to the host.
  stopping: boolean;
  /** Script functions and blocks currently running inside one another (see functions/callDepth.ts). */
  callDepth: number;
  /** Set by a call-depth overflow until the calls have unwound (see functions/callDepth.ts). */
  callDepthOverflowed: boolean;
  checkStopping(): void;
  hostTurnDue(): boolean;
  yieldToHost(): Promise<void>;
  /** Called after each top-level statement (the engine writes finished output lines there). */
  topLevelHook?: () => void;
  /** Called before the event loop gets a turn. */
  beforeHostTurn?: () => void;
  /** Error view text of a record (for redirection to files). */
  renderError: (record: ErrorRecord) => string;
  /** Out-Default text of values (for redirection to files). */
  formatOutput: (values: unknown[]) => string[];

  // Statements.
  runStatements(statements: StatementAst[], sink: Sink, afterEach?: () => void): Promise<void>;
  execStatement(s: StatementAst, sink: Sink): Promise<void>;
  /** The value a statement produces: one object, an object[] for several, AutomationNull for none. */
  pipelineValue(s: StatementAst): Promise<unknown>;
  collect(s: StatementAst): Promise<unknown[]>;
  collectStatements(statements: StatementAst[]): Promise<unknown[]>;
}
