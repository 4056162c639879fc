// Runs one cmdlet in a pipeline: binds the command line once, binds each input object, drives
// begin/process/end of the handler, and applies the error, warning and verbose preferences to what the
// handler writes.

import { bindArguments, bindDelayedScriptBlocks, bindPipelineObject, commandClassName, type ParameterBinder } from '../binder/index.js';
import type {
  CmdletContext,
  CmdletDefinition,
  CmdletImplementation,
  CommandArgument,
  CommandProcessor,
  ErrorSpec,
  InvocationSite,
  PipelineRuntime,
} from '../cmdlet.js';
import { CollectingVariable, readPreferences, type Preferences } from './preferences.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { callDepthOverflowRecord, isJavaScriptStackOverflow, ScriptTerminatingError } from '../eval/errors.js';
import { PathOutsideSandboxError } from '../files/paths.js';
import { accessDeniedSpec } from '../files/accessDenied.js';
import { SandboxIoError, withoutHostPaths } from '../files/sandbox.js';
import type { ProgressRecord, WriteOptions } from '../host.js';
import { DEBUG_INQUIRE_CHOICES, ShouldProcessController } from './shouldProcess.js';
import { PSArrayList } from '../runtime/values.js';

export function createCmdletProcessor(
  def: CmdletDefinition,
  args: CommandArgument[],
  site: InvocationSite,
  runtime: PipelineRuntime,
  emit: (value: unknown) => void,
): CommandProcessor {
  // `<command> -?` shows the command's help, as Get-Help <command> does.
  const help = args.some((a) => a.kind === 'parameter' && a.name === '?') ? runtime.services.state.cmdlets.get('Get-Help') : undefined;
  if (help) {
    const name: CommandArgument = { kind: 'parameter', name: 'Name', value: def.metadata.name, hasColonValue: true, text: '-Name:' };
    return new CmdletProcessor(help, [name], site, runtime, emit);
  }
  return new CmdletProcessor(def, args, site, runtime, emit);
}

interface Collectors {
  error: CollectingVariable | null;
  warning: CollectingVariable | null;
  out: CollectingVariable | null;
  pipelineVariable: string | null;
}

class CmdletProcessor implements CommandProcessor {
  private binder!: ParameterBinder;
  private impl!: CmdletImplementation;
  private ctx!: RunningCmdlet;

  constructor(
    private readonly def: CmdletDefinition,
    private readonly args: CommandArgument[],
    private readonly site: InvocationSite,
    private readonly runtime: PipelineRuntime,
    private readonly emit: (value: unknown) => void,
  ) {}

  async begin(): Promise<void> {
    const services = this.runtime.services;
    this.binder = await bindArguments(this.def.metadata, this.args, {
      extent: this.site.extent,
      pipelinePosition: this.site.pipelinePosition,
      expectingInput: this.site.expectingInput,
      host: services.host,
      delayBindScriptBlocks: true,
    });
    services.secrets?.noteBound(this.def.metadata, this.binder.params, this.binder.bound);
    this.ctx = new RunningCmdlet(this.def, this.binder, this.site, this.runtime, this.emit);
    this.impl = this.def.create();
    await this.ctx.guard(() => this.impl.begin?.(this.ctx));
  }

  async process(input: unknown): Promise<void> {
    // A command whose begin failed (e.g. a binding error) has nothing to run.
    if (!this.ctx) return;
    if (this.site.expectingInput) {
      this.ctx.inputObject = input;
      const failure =
        bindPipelineObject(this.binder, input) ??
        (this.binder.delayBind.size > 0 ? await bindDelayedScriptBlocks(this.binder, input, (block, dollarUnder) => this.runtime.services.invokeScriptBlock(block, { dollarUnder })) : null);
      if (failure) {
        this.ctx.writeError(failure);
        return;
      }
      this.runtime.services.secrets?.noteBound(this.def.metadata, this.binder.params, this.binder.bound);
    }
    await this.ctx.guard(() => this.impl.process?.(this.ctx));
  }

  async end(): Promise<void> {
    if (!this.ctx) return;
    await this.ctx.guard(() => this.impl.end?.(this.ctx));
  }
}

/** Control-flow signals (break, continue, return, exit, Ctrl+C) are not Errors; they pass through untouched. */
function isSignal(e: unknown): boolean {
  return !(e instanceof Error);
}

/** The CmdletContext handed to the handler; one per invocation, updated per input object. */
class RunningCmdlet implements CmdletContext {
  inputObject: unknown = undefined;
  readonly prefs: Preferences;
  private readonly collect: Collectors;
  private readonly confirm: ShouldProcessController;

  constructor(
    private readonly def: CmdletDefinition,
    private readonly binder: ParameterBinder,
    private readonly site: InvocationSite,
    private readonly runtime: PipelineRuntime,
    private readonly emit: (value: unknown) => void,
  ) {
    const services = runtime.services;
    this.prefs = readPreferences(binder.params, binder.bound, services);
    this.collect = {
      error: CollectingVariable.open(binder.params.ErrorVariable, services),
      warning: CollectingVariable.open(binder.params.WarningVariable, services),
      out: CollectingVariable.open(binder.params.OutVariable, services),
      pipelineVariable: typeof binder.params.PipelineVariable === 'string' ? binder.params.PipelineVariable : null,
    };
    this.confirm = new ShouldProcessController({
      host: services.host,
      metadata: def.metadata,
      params: binder.params,
      bound: binder.bound,
      getVariable: (n) => services.getVariable(n),
      fail: (spec) => this.throwTerminatingError(spec),
    });
  }

  get metadata() {
    return this.def.metadata;
  }
  get params() {
    return this.binder.params;
  }
  get bound() {
    return this.binder.bound;
  }
  get parameterSetName() {
    return this.binder.parameterSetName;
  }
  get expectingInput() {
    return this.site.expectingInput;
  }
  get engine() {
    return this.runtime.services;
  }
  get extent() {
    return this.site.extent;
  }
  get stopping() {
    return this.runtime.isStopping();
  }

  writeObject(value: unknown, enumerate = false): void {
    if (enumerate && (Array.isArray(value) || value instanceof PSArrayList)) {
      for (const item of Array.isArray(value) ? value : value.items) this.writeOne(item);
    } else {
      this.writeOne(value);
    }
  }

  async writeEach(source: Iterable<unknown>): Promise<void> {
    for (const value of source) {
      this.writeOne(value);
      const r = this.runtime.flush();
      if (r) await r;
    }
  }

  stopUpstream(): void {
    if (this.site.expectingInput) this.runtime.stopUpstream();
  }

  private writeOne(value: unknown): void {
    this.collect.out?.add(value);
    if (this.collect.pipelineVariable) this.runtime.services.setVariable(this.collect.pipelineVariable, value);
    this.emit(value);
  }

  /** Builds the ErrorRecord for a handler's error: FQID `<errorId>,<class>`, invocation = this command. */
  toRecord(error: ErrorSpec | ErrorRecord): ErrorRecord {
    if (error instanceof ErrorRecord) {
      if (!error.invocation.commandName && !error.invocation.extent) error.invocation = { commandName: this.metadata.name, extent: this.site.extent };
      return error;
    }
    return new ErrorRecord({
      message: error.message,
      category: error.category ?? 'NotSpecified',
      errorId: `${error.errorId},${commandClassName(this.metadata)}`,
      targetObject: error.targetObject,
      exceptionType: error.exceptionType,
      activity: this.metadata.name,
      invocation: { commandName: this.metadata.name, extent: error.extent ?? this.site.extent },
    });
  }

  writeError(error: ErrorSpec | ErrorRecord): void {
    const record = this.toRecord(error);
    switch (this.prefs.error) {
      case 'Ignore':
        return;
      case 'Stop':
        // Stop promotes the error to a script-terminating one: the rest of the script does not run
        // (try/catch and trap still see it), as in Windows PowerShell 5.1.
        this.collect.error?.add(record);
        throw new ScriptTerminatingError(record);
      case 'SilentlyContinue':
        this.collect.error?.add(record);
        this.runtime.reportError(record, false);
        return;
      default:
        this.collect.error?.add(record);
        this.runtime.reportError(record, true);
    }
  }

  throwTerminatingError(error: ErrorSpec | ErrorRecord): never {
    throw new PSRuntimeError(this.toRecord(error));
  }

  writeWarning(text: string): void {
    const pref = this.prefs.warning;
    if (pref === 'Ignore') return;
    this.collect.warning?.add(text);
    if (pref === 'SilentlyContinue') return;
    this.runtime.services.host.write('warning', `WARNING: ${text}`);
    if (pref === 'Stop') {
      throw new ScriptTerminatingError(this.toRecord({
        message: `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${text}`,
        errorId: 'ActionPreferenceStop',
        category: 'OperationStopped',
        exceptionType: 'System.Management.Automation.ActionPreferenceStopException',
      }));
    }
  }

  writeVerbose(text: string): void {
    if (this.prefs.verbose === 'SilentlyContinue' || this.prefs.verbose === 'Ignore') return;
    this.runtime.services.host.write('verbose', `VERBOSE: ${text}`);
  }

  writeDebug(text: string): void {
    if (this.prefs.debug === 'SilentlyContinue' || this.prefs.debug === 'Ignore') return;
    this.runtime.services.host.write('debug', `DEBUG: ${text}`);
  }

  async inquireAfterDebug(): Promise<void> {
    const host = this.runtime.services.host;
    // [I] A host nobody answers (batch runs) shows the text and goes on, as Continue would.
    if (this.prefs.debug !== 'Inquire' || !host.interactive) return;
    const choice = await host.promptForChoice('Confirm', 'Continue with this operation?', DEBUG_INQUIRE_CHOICES, 0);
    // [I] Yes to All stops the questions for the rest of the scope; Suspend (no nested prompt here) goes on.
    if (choice === 1) this.runtime.services.setVariable('DebugPreference', 'Continue');
    if (choice === 2) {
      throw new ScriptTerminatingError(
        this.toRecord({
          message: 'The running command stopped because the user selected the Stop option.',
          errorId: 'ActionPreferenceStop',
          category: 'OperationStopped',
          exceptionType: 'System.Management.Automation.ActionPreferenceStopException',
        }),
      );
    }
  }

  writeProgress(record: ProgressRecord): void {
    this.runtime.services.host.progress(record);
  }

  writeHost(text: string, options?: WriteOptions): void {
    this.runtime.services.host.write('host', text, options);
  }

  shouldProcess(target: string, action?: string): Promise<boolean> {
    return this.confirm.shouldProcess(target, action);
  }

  proceedsUnasked(): boolean {
    return this.confirm.proceedsUnasked();
  }

  shouldContinue(query: string, caption: string): Promise<boolean> {
    return this.confirm.shouldContinue(query, caption);
  }

  /**
   * Runs a handler phase. Terminating errors get this command's invocation info and go to -ErrorVariable;
   * a JavaScript exception becomes a terminating ErrorRecord instead of crashing the shell.
   */
  async guard(phase: () => void | Promise<void>): Promise<void> {
    try {
      await phase();
    } catch (thrown) {
      // A path the cmdlet met that leads out of the sandbox: refused with this cmdlet's own error.
      const e =
        thrown instanceof PathOutsideSandboxError
          ? new PSRuntimeError(this.toRecord(accessDeniedSpec(this.metadata.name, thrown.psPath)))
          : thrown instanceof SandboxIoError
            ? new PSRuntimeError(this.toRecord(thrown.record))
            : thrown;
      if (e instanceof PSRuntimeError) {
        this.collect.error?.add(e.record);
        throw e;
      }
      if (isSignal(e)) throw e;
      if (isJavaScriptStackOverflow(e)) {
        // [I] A cmdlet that recursed too deep (a self-referencing value, a huge -Depth) stops as a script would.
        const overflow = this.toRecord(callDepthOverflowRecord());
        this.collect.error?.add(overflow);
        throw new ScriptTerminatingError(overflow);
      }
      const err = e as Error;
      const record = this.toRecord({
        message: withoutHostPaths(err.message || String(err)),
        errorId: 'System.Exception',
        category: 'NotSpecified',
        exceptionType: 'System.Exception',
      });
      this.collect.error?.add(record);
      throw new PSRuntimeError(record);
    }
  }
}
