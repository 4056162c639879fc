// Runs a script function, filter, script block or script file as a pipeline element: binds its
// arguments with the cmdlet binder, then begin/process/end in its own scope, streaming output.

import type { NamedBlockAst, ParameterAst, ScriptBlockAst } from '../../lang/ast.js';
import type { CommandArgument, InvocationSite, InvokeOptions } from '../cmdlet.js';
import { bindArguments, bindPipelineObject, type ParameterBinder } from '../binder/index.js';
import { ExitSignal, PSRuntimeError, qualifyErrorId, ReturnSignal } from '../errors.js';
import { enterCall, leaveCall } from './callDepth.js';
import { PSHashtable, PSObject, SwitchParameter, type ScriptBlockValue } from '../runtime/values.js';
import { Scope } from '../session/scope.js';
import { toStringOverride } from '../runtime/convert.js';
import { functionShape, unboundParameterValue, type FunctionShape } from './define.js';
import { PSCmdletValue } from './psCmdlet.js';
import { constrainVariable } from '../eval/assign.js';
import { hasValidators, validateParameters } from './validate.js';
import { scriptDisplayPath } from '../files/paths.js';
import { convertToType, resolveType } from '../runtime/types.js';
import type { TypeName } from '../../lang/ast.js';

function convertTypedArray(value: unknown[], typeName: TypeName): unknown {
  try {
    return convertToType(value, resolveType(typeName));
  } catch {
    return value;
  }
}
import type { EvaluatorApi, Sink } from '../eval/evaluatorApi.js';
import type { Stage } from '../pipeline/runner.js';
import { CollectingVariable } from '../pipeline/preferences.js';

export interface ScriptInvocation {
  name: string;
  body: ScriptBlockAst;
  /** `function f($a, $b)` parameters. */
  extraParams?: ParameterAst[];
  isFilter?: boolean;
  /** `. f` / `. $sb` / `. .\x.ps1`: run in the caller's scope. */
  dotSource?: boolean;
  kind: 'function' | 'scriptblock' | 'script';
  /** Host-independent path of a script file as the user gave it. */
  file?: string;
}

const PREFERENCE_OF: Record<string, (v: unknown) => [string, unknown]> = {
  ErrorAction: (v) => ['ErrorActionPreference', v],
  WarningAction: (v) => ['WarningPreference', v],
  InformationAction: (v) => ['InformationPreference', v],
  Verbose: (v) => ['VerbosePreference', v ? 'Continue' : 'SilentlyContinue'],
  // -Debug means Inquire in Windows PowerShell 5.1: each Write-Debug asks whether to go on.
  Debug: (v) => ['DebugPreference', v ? 'Inquire' : 'SilentlyContinue'],
  WhatIf: (v) => ['WhatIfPreference', !!v],
  Confirm: (v) => ['ConfirmPreference', v ? 'Low' : 'None'],
};

/** Stands in for the binder when a block has no parameters and gets no arguments (the common `{ $_.X }`). */
const EMPTY_BINDER = { params: {}, bound: new Set<string>(), unboundArguments: [] } as unknown as ParameterBinder;

export class ScriptStage implements Stage {
  private binder!: ParameterBinder;
  private shape!: FunctionShape;
  private scope!: Scope;
  private readonly inputs: unknown[] = [];
  /** $PSBoundParameters, updated with what each pipeline record binds. */
  private boundTable?: PSHashtable;
  /** Where output goes: the next stage, and an advanced function's -OutVariable list. */
  private out: Sink;
  private errorVariable: CollectingVariable | null = null;

  constructor(
    private readonly ev: EvaluatorApi,
    private readonly inv: ScriptInvocation,
    private readonly args: CommandArgument[],
    private readonly site: InvocationSite,
    private readonly next: Sink,
    /** The scope the pipeline was written in (the new scope's parent). */
    private readonly callerScope: Scope,
    /** Top-level script run: flush output after every statement. */
    private readonly topLevel = false,
  ) {
    this.out = next;
  }

  /** -OutVariable and -ErrorVariable of an advanced function, opened in the caller's scope as cmdlets do. */
  private openCollectingVariables(): void {
    if (!this.shape.advanced) return;
    const outVariable = CollectingVariable.open(this.binder.params.OutVariable, this.ev.services);
    this.errorVariable = CollectingVariable.open(this.binder.params.ErrorVariable, this.ev.services);
    if (outVariable) {
      this.out = (value) => {
        outVariable.add(value);
        return this.next(value);
      };
    }
  }

  private get processBlock(): NamedBlockAst | undefined {
    return this.inv.isFilter ? this.inv.body.end : this.inv.body.process;
  }

  async begin(): Promise<void> {
    const { ev, inv } = this;
    this.shape = functionShape(ev, inv.name, inv.body, inv.extraParams);
    const trivial = this.shape.parameters.length === 0 && !this.shape.advanced && this.args.length === 0;
    this.binder = trivial ? EMPTY_BINDER : await bindArguments(this.shape.metadata, this.args, {
      extent: this.site.extent,
      pipelinePosition: this.site.pipelinePosition,
      expectingInput: this.site.expectingInput,
      host: ev.host,
      script: true,
      includeCommon: this.shape.advanced,
      allowUnbound: !this.shape.advanced,
    });
    this.openCollectingVariables();
    this.scope = inv.dotSource ? this.callerScope : new Scope(this.callerScope, inv.kind === 'script' ? 'script' : 'function');
    await this.inScope(async () => {
      if (this.shape.parameters.some(hasValidators)) {
        await validateParameters(ev, inv.name || 'ScriptBlock', this.shape.parameters, this.binder.bound, this.binder.params, this.site.extent);
      }
      await this.defineParameters();
      if (inv.body.begin) await this.runBlock(inv.body.begin);
    });
  }

  private async defineParameters(): Promise<void> {
    const { scope, binder, shape } = this;
    const bound = new PSHashtable();
    this.boundTable = bound;
    for (const name of binder.bound) bound.set(name, wrapSwitch(shape, name, binder.params[name]));
    for (let i = 0; i < shape.parameters.length; i++) {
      const p = shape.parameters[i]!;
      const meta = shape.metadata.parameters[i]!;
      let value = binder.bound.has(meta.name) ? binder.params[meta.name] : unboundParameterValue(this.ev, p, meta);
      if (value instanceof Promise) value = await value;
      const variable = scope.set(p.name, meta.isSwitch ? new SwitchParameter(!!value && value !== false) : value);
      const constraint = p.attributes.find((a) => a.kind === 'TypeConstraint');
      if (constraint && constraint.kind === 'TypeConstraint' && !meta.isSwitch && meta.type !== 'Object') {
        constrainVariable(variable, constraint.typeName);
        // Typed arrays from the binder become [T[]] values (GetType() shows String[]).
        if (Array.isArray(value) && constraint.typeName.isArray) variable.value = convertTypedArray(value, constraint.typeName);
      }
    }
    for (const name of binder.bound) {
      const pref = PREFERENCE_OF[name];
      if (pref) {
        const [variable, value] = pref(binder.params[name]);
        scope.set(variable, value);
      }
    }
    if (this.inv.dotSource && this.inv.kind === 'scriptblock') return;
    if (!this.inv.dotSource) scope.set('args', [...binder.unboundArguments]);
    scope.set('PSBoundParameters', bound);
    let info: PSObject | undefined;
    const myInvocation = () => (info ??= this.invocationInfo(bound));
    scope.set('MyInvocation', undefined, { getter: myInvocation });
    if (shape.advanced) scope.set('PSCmdlet', new PSCmdletValue(this.ev, shape.metadata, binder.params, binder.bound, binder.parameterSetName, myInvocation));
    if (this.inv.kind === 'script' && this.inv.file) {
      const path = this.scriptPath();
      const dir = path.replace(/[\\/][^\\/]*$/, '');
      scope.set('PSScriptRoot', dir === path ? '' : dir);
      scope.set('PSCommandPath', path);
    }
  }

  /** The script's path as PowerShell shows it (C:\Users\Administrator\…). */
  private scriptPath(): string {
    return scriptDisplayPath(this.ev.services.session.workingDirectory, this.inv.file ?? '');
  }

  private invocationInfo(bound: PSHashtable): PSObject {
    const command = new PSObject('System.Management.Automation.CommandInfo', {
      Name: this.inv.kind === 'script' ? this.scriptPath().split(/[\\/]/).pop() : this.inv.name,
      CommandType: this.inv.kind === 'script' ? 'ExternalScript' : this.inv.kind === 'function' ? (this.inv.isFilter ? 'Filter' : 'Function') : 'Script',
      Path: this.inv.kind === 'script' ? this.scriptPath() : null,
      Definition: this.inv.kind === 'script' ? this.scriptPath() : this.inv.body.extent.source.text.slice(this.inv.body.extent.start, this.inv.body.extent.end),
    });
    toStringOverride.set(command, () => (this.inv.kind === 'script' ? this.scriptPath() : this.inv.name));
    const ext = this.site.extent;
    return new PSObject('System.Management.Automation.InvocationInfo', {
      MyCommand: command,
      BoundParameters: bound,
      UnboundArguments: [...this.binder.unboundArguments],
      ScriptLineNumber: ext?.line ?? 0,
      OffsetInLine: ext?.column ?? 0,
      ScriptName: ext?.source.file ?? '',
      Line: ext ? (ext.source.text.split(/\r?\n/)[ext.line - 1] ?? '') : '',
      InvocationName: this.site.commandName,
      PipelineLength: 0,
      PipelinePosition: this.site.pipelinePosition,
      ExpectingInput: this.site.expectingInput,
      PSScriptRoot: this.inv.file ? this.scriptPath().replace(/[\\/][^\\/]*$/, '') : '',
      PSCommandPath: this.inv.file ? this.scriptPath() : null,
    });
  }

  async process(input: unknown): Promise<void> {
    await this.inScope(async () => {
      if (!this.site.expectingInput) {
        if (this.processBlock) await this.runBlock(this.processBlock);
        return;
      }
      const takesPipeline = this.shape.metadata.parameters.some((p) => p.pipeline !== 'False');
      const failure = takesPipeline ? bindPipelineObject(this.binder, input) : null;
      if (failure) {
        await this.ev.reportError(failure);
        return;
      }
      for (const name of this.binder.bound) {
        const i = this.shape.metadata.parameters.findIndex((p) => p.name === name);
        const value = wrapSwitch(this.shape, name, this.binder.params[name]);
        if (i >= 0) this.scope.set(this.shape.parameters[i]!.name, value);
        this.boundTable?.set(name, value);
      }
      if (this.processBlock) {
        this.scope.set('_', input);
        this.scope.set('input', [input]);
        await this.runBlock(this.processBlock);
      } else this.inputs.push(input);
    });
  }

  async end(): Promise<void> {
    await this.inScope(async () => {
      if (!this.processBlock) this.scope.set('input', this.inputs);
      const end = this.inv.isFilter ? undefined : this.inv.body.end;
      if (end) await this.runBlock(end);
    });
  }

  private async inScope(f: () => Promise<void>): Promise<void> {
    const saved = this.ev.scope;
    enterCall(this.ev);
    this.ev.scope = this.scope ?? this.callerScope;
    if (this.errorVariable) this.ev.errorCollectors.push(this.errorVariable);
    try {
      await f();
    } catch (e) {
      if (e instanceof ExitSignal && this.inv.kind === 'script' && !this.topLevel) {
        this.ev.global.set('LASTEXITCODE', e.code);
        return;
      }
      throw e;
    } finally {
      if (this.errorVariable) this.ev.errorCollectors.splice(this.ev.errorCollectors.lastIndexOf(this.errorVariable), 1);
      this.ev.scope = saved;
      leaveCall(this.ev);
    }
  }

  private async runBlock(block: NamedBlockAst): Promise<void> {
    try {
      await this.ev.runStatements(block.statements, this.out, this.topLevel ? this.ev.topLevelHook : undefined);
    } catch (e) {
      if (e instanceof ReturnSignal) return;
      throw e;
    }
  }
}

function wrapSwitch(shape: FunctionShape, name: string, value: unknown): unknown {
  const meta = shape.metadata.parameters.find((p) => p.name === name);
  return meta?.isSwitch ? new SwitchParameter(value === true || (value instanceof SwitchParameter && value.isPresent)) : value;
}

/** services.invokeScriptBlock: runs a block with $_ / $args / extra variables, returns its output (or streams it to `options.output`). */
export async function invokeScriptBlock(ev: EvaluatorApi, block: ScriptBlockValue, options: InvokeOptions = {}): Promise<unknown[]> {
  const suffix = options.errorIdSuffix;
  if (!suffix) return invokeBlock(ev, block, options);
  const saved = ev.errorIdSuffix;
  ev.errorIdSuffix = suffix;
  try {
    return await invokeBlock(ev, block, options);
  } catch (e) {
    if (e instanceof PSRuntimeError) qualifyErrorId(e.record, suffix);
    throw e;
  } finally {
    ev.errorIdSuffix = saved;
  }
}

async function invokeBlock(ev: EvaluatorApi, block: ScriptBlockValue, options: InvokeOptions): Promise<unknown[]> {
  const ast = block.ast;
  if (!ast.param && !ast.begin && !ast.process && ast.attributes.length === 0 && !options.args?.length) return invokeSimpleBlock(ev, block, options);
  const out: unknown[] = [];
  const args: CommandArgument[] = (options.args ?? []).map((value) => ({ kind: 'argument', value, text: String(value) }));
  const site: InvocationSite = { commandName: '', pipelinePosition: 1, expectingInput: false };
  const caller = ev.scope;
  const stage = new ScriptStage(ev, { name: '', body: block.ast, kind: 'scriptblock', dotSource: options.dotSource }, args, site, options.output ?? ((v) => void out.push(v)), caller);
  const target = options.dotSource ? caller : undefined;
  const saved = target ? [target.vars.get('_'), target.vars.get('psitem')] : [];
  if (options.dotSource || options.dollarUnder !== undefined || options.variables) {
    // Variables for the block are set in the scope it runs in, once it exists (begin creates it).
    const original = stage.begin.bind(stage);
    stage.begin = async () => {
      await original();
      const scope = options.dotSource ? caller : (stage as unknown as { scope: Scope }).scope;
      if (options.dollarUnder !== undefined) {
        scope.set('_', options.dollarUnder);
      }
      for (const [k, v] of Object.entries(options.variables ?? {})) scope.set(k, v);
    };
  }
  try {
    await stage.begin();
    await stage.process(undefined);
    await stage.end();
  } finally {
    if (target) {
      restore(target, '_', saved[0]);
      restore(target, 'psitem', saved[1]);
    }
  }
  return out;
}

/**
 * The common `{ $_.Name -eq 'x' }` block (no param(), no named blocks, no arguments): runs its statements
 * directly in a new scope, or in the caller's for dot-sourcing, without binding. This is the hot path of
 * Where-Object and ForEach-Object.
 */
async function invokeSimpleBlock(ev: EvaluatorApi, block: ScriptBlockValue, options: InvokeOptions): Promise<unknown[]> {
  const out: unknown[] = [];
  const caller = ev.scope;
  const scope = options.dotSource ? caller : new Scope(caller, 'function');
  const savedUnder = options.dotSource ? caller.vars.get('_') : undefined;
  if (options.dollarUnder !== undefined) scope.set('_', options.dollarUnder);
  if (!options.dotSource) scope.set('args', []);
  for (const [k, v] of Object.entries(options.variables ?? {})) scope.set(k, v);
  enterCall(ev);
  ev.scope = scope;
  try {
    if (block.ast.end) await ev.runStatements(block.ast.end.statements, options.output ?? ((v) => void out.push(v)));
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw e;
  } finally {
    ev.scope = caller;
    leaveCall(ev);
    if (options.dotSource && options.dollarUnder !== undefined) restore(caller, '_', savedUnder);
  }
  return out;
}

function restore(scope: Scope, key: string, prev: unknown): void {
  if (prev) scope.vars.set(key, prev as never);
  else scope.vars.delete(key);
}
