// The evaluator: walks statements of the AST with PowerShell semantics. Expressions, assignments,
// switch, pipelines and functions live in their own modules; this file holds the state (scopes,
// error bookkeeping) and the control-flow statements.

import type { Extent, PipelineAst, StatementAst, StatementBlockAst, TryAst } from '../../lang/ast.js';
import type { EngineServices } from '../cmdlet.js';
import { BreakSignal, ContinueSignal, DownstreamFailure, ErrorRecord, ExitSignal, PSRuntimeError, PipelineStoppedSignal, qualifyErrorId, ReturnSignal, StopUpstreamSignal } from '../errors.js';
import type { Host } from '../host.js';
import { AutomationNull, PSArrayList } from '../runtime/values.js';
import { Scope } from '../session/scope.js';
import { isNull, toBool, toList, toNumber, toStr } from '../runtime/convert.js';
import { asRuntimeError, ScriptTerminatingError, throwRecord } from './errors.js';
import { catchMatches } from '../runtime/exceptionTypes.js';
import { evalExpr, pipelineExpressionValue } from './expressions.js';
import { execAssignment } from './assign.js';
import { execSwitch } from './switch.js';
import { runTrapped, trapsOf } from './trap.js';
import { runPipeline } from '../pipeline/runner.js';
import { defineFunction } from '../functions/define.js';
import type { EmulatedEnvironment } from '../session/environment.js';
import type { ErrorTarget, EvaluatorApi, Sink } from './evaluatorApi.js';
import { collapse, isControlSignal, labelMatches, restoreVar } from './flow.js';
import type { AliasTable } from '../session/aliases.js';
import type { StreamTargets } from '../pipeline/streamRecords.js';

export class Evaluator implements EvaluatorApi {
  scope: Scope;
  readonly global: Scope;
  readonly errors = new PSArrayList([], 'System.Collections.ArrayList');
  /** Depth of enclosing try blocks (dynamically): inside one, statement-terminating errors propagate. */
  tryDepth = 0;
  /** Errors reported so far (drives $?). */
  errorCount = 0;
  /** -ErrorVariable lists of the advanced functions running now: every error reported inside them goes there too. */
  readonly errorCollectors: { add(record: unknown): void }[] = [];
  lastSuccess = true;
  stopping = false;
  /** Script functions and blocks currently running inside one another (see callDepth.ts). */
  callDepth = 0;
  /** Set by a call-depth overflow until the calls have unwound (see callDepth.ts). */
  callDepthOverflowed = false;
  /** Errors being handled by catch blocks (for a bare `throw`). */
  readonly caught: ErrorRecord[] = [];
  /** The current destination of error records; redirections push and pop. */
  errorTarget: ErrorTarget;
  /** Where redirected warning, verbose, debug and information writes go (`3>&1`, `4>$null` …). */
  streamTargets: StreamTargets = {};
  /** While a cmdlet runs script text (Invoke-Expression), errors without a command in their id get its name. */
  errorIdSuffix?: string;
  /** Called after each top-level statement (the engine writes finished output lines there). */
  topLevelHook?: () => void;
  /** Called before the event loop gets a turn (the engine writes finished output lines, so they show while a pipeline runs). */
  beforeHostTurn?: () => void;
  /** Error view text of a record (for redirection to files). Set by the engine. */
  renderError: (record: ErrorRecord) => string = (r) => r.message;
  /** Out-Default text of values (for redirection to files). Set by the engine. */
  formatOutput: (values: unknown[]) => string[] = (values) => values.map((v) => toStr(v));

  /** The session's aliases (built-in and Set-Alias's). */
  readonly aliases: AliasTable;

  constructor(
    readonly services: EngineServices,
    readonly host: Host,
    readonly env: EmulatedEnvironment,
    displayError: (record: ErrorRecord) => void,
  ) {
    this.global = new Scope(null, 'global');
    this.scope = this.global;
    this.errorTarget = { write: displayError };
    this.aliases = services.state.aliases;
  }

  checkStopping(): void {
    if (this.stopping) throw new PipelineStoppedSignal();
  }

  /** Records an error in $Error and sends it to the current error target. */
  reportError(record: ErrorRecord, display = true): void | Promise<void> {
    if (this.errorIdSuffix) qualifyErrorId(record, this.errorIdSuffix);
    this.errorCount++;
    this.errors.items.unshift(this.adoptError(record));
    if (this.errors.items.length > 256) this.errors.items.length = 256;
    for (const c of this.errorCollectors) c.add(record);
    if (display) return this.errorTarget.write(record);
  }

  adoptError(record: ErrorRecord): ErrorRecord {
    record.lineView ??= this.services.secrets?.sourceLine;
    return record;
  }

  preference(name: string): string {
    const v = this.scope.lookup(name.toLowerCase());
    return v ? toStr(v.getter ? v.getter() : v.value) : '';
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  /** Runs statements; a statement-terminating error is reported and the next statement runs (outside try). */
  async runStatements(statements: StatementAst[], sink: Sink, afterEach?: () => void): Promise<void> {
    const traps = trapsOf(statements);
    if (traps.length > 0) return runTrapped(this, statements, traps, sink, afterEach);
    for (const s of statements) {
      const before = this.errorCount;
      try {
        await this.execStatement(s, sink);
      } catch (e) {
        if (!(await this.handleStatementError(e))) throw e;
      }
      this.lastSuccess = this.errorCount === before;
      afterEach?.();
    }
  }

  /** True when the error was reported and execution may continue with the next statement. */
  private async handleStatementError(e: unknown): Promise<boolean> {
    if (isControlSignal(e)) return false;
    const err = asRuntimeError(e);
    if (err instanceof ScriptTerminatingError || this.tryDepth > 0) {
      if (err !== e) throw err;
      return false;
    }
    const pref = this.preference('ErrorActionPreference').toLowerCase();
    if (pref === 'stop') throw new ScriptTerminatingError(err.record);
    if (pref === 'ignore') this.errorCount++;
    else await this.reportError(err.record, pref !== 'silentlycontinue');
    return true;
  }

  /** Wall time of the last turn given to the event loop (see yieldToHost). */
  private lastHostTurn = Date.now();

  /** Whether the event loop is due a turn; cheap, for the paths run per object (they skip the await otherwise). */
  hostTurnDue(): boolean {
    return Date.now() - this.lastHostTurn >= 20;
  }

  /**
   * A long script gives the event loop a turn every ~20 ms, so the interactive host can read Ctrl+C
   * (which sets `stopping`) and draw output while it runs.
   */
  async yieldToHost(): Promise<void> {
    if (!this.hostTurnDue()) return;
    this.beforeHostTurn?.();
    await new Promise((resolve) => setImmediate(resolve));
    this.lastHostTurn = Date.now();
  }

  async execStatement(s: StatementAst, sink: Sink): Promise<void> {
    if (this.hostTurnDue()) await this.yieldToHost();
    if (this.stopping) throw new PipelineStoppedSignal();
    switch (s.kind) {
      case 'Pipeline':
        return runPipeline(this, s, sink);
      case 'Assignment':
        return execAssignment(this, s);
      case 'If':
        for (const clause of s.clauses) {
          if (toBool(await this.pipelineValue(clause.condition))) return this.runStatements(clause.body.statements, sink);
        }
        if (s.elseBody) await this.runStatements(s.elseBody.statements, sink);
        return;
      case 'Switch':
        return execSwitch(this, s, sink);
      case 'Foreach':
        return this.execForeach(s, sink);
      case 'For':
        return this.execFor(s, sink);
      case 'While':
        return this.loop(s.label, sink, s.body, async () => toBool(await this.pipelineValue(s.condition)), undefined, false);
      case 'DoLoop':
        return this.loop(s.label, sink, s.body, async () => toBool(await this.pipelineValue(s.condition)) !== s.until, undefined, true);
      case 'FunctionDefinition':
        defineFunction(this, s);
        return;
      case 'Try':
        return this.execTry(s, sink);
      case 'Trap':
        return;
      case 'Throw':
        return this.execThrow(s.value, s.extent);
      case 'Return':
        if (s.value) await this.execStatement(s.value, sink);
        throw new ReturnSignal([]);
      case 'Break':
        throw new BreakSignal(s.label);
      case 'Continue':
        throw new ContinueSignal(s.label);
      case 'Exit': {
        const v = s.value ? await this.pipelineValue(s.value) : 0;
        throw new ExitSignal(isNull(v) ? 0 : Math.trunc(toNumber(v)));
      }
      case 'StatementBlock':
        return this.runStatements(s.statements, sink);
    }
  }

  /** The value a statement produces: one object, an object[] for several, AutomationNull for none. */
  async pipelineValue(s: StatementAst): Promise<unknown> {
    if (s.kind === 'Pipeline' && s.elements.length === 1) {
      const only = s.elements[0]!;
      if (only.kind === 'CommandExpression' && only.redirections.length === 0) return pipelineExpressionValue(this, only.expression);
    }
    // `$a = $b = 5`: an assignment used as a value yields what it assigned.
    if (s.kind === 'Assignment') {
      await execAssignment(this, s);
      return s.target.kind === 'ArrayLiteral' ? AutomationNull : evalExpr(this, s.target.kind === 'Convert' ? s.target.operand : s.target);
    }
    return collapse(await this.collect(s));
  }

  async collect(s: StatementAst): Promise<unknown[]> {
    const out: unknown[] = [];
    await this.execStatement(s, (v) => {
      out.push(v);
    });
    return out;
  }

  async collectStatements(statements: StatementAst[]): Promise<unknown[]> {
    const out: unknown[] = [];
    await this.runStatements(statements, (v) => {
      out.push(v);
    });
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Loops

  /** Runs a loop body; true to keep looping, false when a break ended the loop. */
  private async loopBody(label: string | undefined, body: StatementBlockAst, sink: Sink): Promise<boolean> {
    try {
      await this.runStatements(body.statements, sink);
    } catch (e) {
      if (e instanceof BreakSignal && labelMatches(e.label, label)) return false;
      if (e instanceof ContinueSignal && labelMatches(e.label, label)) return true;
      throw e;
    }
    return true;
  }

  private async loop(label: string | undefined, sink: Sink, body: StatementBlockAst, test: () => Promise<boolean>, step: (() => Promise<void>) | undefined, testAfter: boolean): Promise<void> {
    if (!testAfter && !(await test())) return;
    for (;;) {
      this.checkStopping();
      if (!(await this.loopBody(label, body, sink))) return;
      if (step) await step();
      if (!(await test())) return;
    }
  }

  private async execFor(s: Extract<StatementAst, { kind: 'For' }>, sink: Sink): Promise<void> {
    if (s.initializer) await this.execStatement(s.initializer, sink);
    const test = async () => (s.condition ? toBool(await this.pipelineValue(s.condition)) : true);
    const step = s.iterator ? async () => this.execStatement(s.iterator!, sink) : undefined;
    await this.loop(s.label, sink, s.body, test, step, false);
  }

  private async execForeach(s: Extract<StatementAst, { kind: 'Foreach' }>, sink: Sink): Promise<void> {
    const value = await this.pipelineValue(s.iterable);
    const items = isNull(value) ? [] : toList(value);
    const name = s.variable.name;
    const snapshot = items === (value as unknown) || value instanceof PSArrayList ? [...items] : items;
    for (const item of snapshot) {
      this.checkStopping();
      this.scope.set(name, item);
      if (!(await this.loopBody(s.label, s.body, sink))) return;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // try / catch / finally and throw

  private async execTry(s: TryAst, sink: Sink): Promise<void> {
    try {
      this.tryDepth++;
      try {
        await this.runStatements(s.body.statements, sink);
      } finally {
        this.tryDepth--;
      }
    } catch (e) {
      if (isControlSignal(e) && !(e instanceof PipelineStoppedSignal)) throw e;
      if (e instanceof PipelineStoppedSignal) throw e;
      const err = asRuntimeError(e);
      const clause = s.catches.find((c) => catchMatches(err.record, c.types));
      if (!clause) throw err;
      await this.runCatch(err.record, clause.body, sink);
    } finally {
      if (s.finallyBody) await this.runStatements(s.finallyBody.statements, sink);
    }
  }

  private async runCatch(record: ErrorRecord, body: StatementBlockAst, sink: Sink): Promise<void> {
    this.adoptError(record);
    if (!this.errors.items.includes(record)) this.errors.items.unshift(record);
    const prevUnder = this.scope.vars.get('_');
    const prevItem = this.scope.vars.get('psitem');
    this.scope.set('_', record);
    this.scope.set('PSItem', record);
    this.caught.push(record);
    try {
      await this.runStatements(body.statements, sink);
    } finally {
      this.caught.pop();
      restoreVar(this.scope, '_', prevUnder);
      restoreVar(this.scope, 'psitem', prevItem);
    }
  }

  private async execThrow(value: PipelineAst | undefined, extent: Extent): Promise<never> {
    if (!value) {
      const current = this.caught[this.caught.length - 1];
      throw new ScriptTerminatingError(current ?? throwRecord(undefined, extent));
    }
    const v = await this.pipelineValue(value);
    const record = throwRecord(isNull(v) ? undefined : v, extent);
    if (!record.invocation.extent) record.invocation = { ...record.invocation, extent };
    throw new ScriptTerminatingError(record);
  }
}

export { PSRuntimeError };
