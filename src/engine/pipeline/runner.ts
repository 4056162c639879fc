// The pipeline runner: turns `a | b | c` into chained stages (an expression source, cmdlet
// processors from the binder/command processor, script functions and script blocks), applies
// redirections, and streams objects from one stage to the next.

import type { CommandAst, CommandExpressionAst, ExpressionAst, PipelineAst } from '../../lang/ast.js';
import type { CommandArgument, CommandProcessor, InvocationSite, PipelineRuntime } from '../cmdlet.js';
import { createCmdletProcessor } from './commandProcessor.js';
import { DownstreamFailure, ErrorRecord, PSRuntimeError, StopUpstreamSignal } from '../errors.js';
import { AutomationNull, PSArrayList, PSHashtable } from '../runtime/values.js';
import { isNull, toStr } from '../runtime/convert.js';
import { evalExpr, pipelineExpressionValue, readVariable } from '../eval/expressions.js';
import { runtimeError, withExtent } from '../eval/errors.js';
import { ScriptStage } from '../functions/processor.js';
import { resolveCommand, type ResolvedCommand } from './commands.js';
import { redirectionPlan, type RedirectionPlan } from './redirect.js';
import type { ErrorTarget, EvaluatorApi, Sink } from '../eval/evaluatorApi.js';
import type { Scope } from '../session/scope.js';
import type { StreamTargets } from './streamRecords.js';

export interface Stage {
  begin(): Promise<void>;
  process(input: unknown): Promise<void>;
  end(): Promise<void>;
}

/** Emits a value the way a pipeline writes it: collections are enumerated, AutomationNull is nothing. */
export async function emitEnumerated(value: unknown, sink: Sink): Promise<void> {
  if (value === AutomationNull) return;
  if (Array.isArray(value) || value instanceof PSArrayList) {
    for (const item of Array.isArray(value) ? value : [...value.items]) {
      const r = sink(item);
      if (r) await r;
    }
    return;
  }
  const r = sink(value);
  if (r) await r;
}

function isIncrement(e: ExpressionAst): boolean {
  return e.kind === 'Unary' && (e.operator === '++' || e.operator === '--' || e.operator === 'post++' || e.operator === 'post--');
}

export async function runPipeline(ev: EvaluatorApi, p: PipelineAst, sink: Sink): Promise<void> {
  const first = p.elements[0]!;
  if (p.elements.length === 1 && first.kind === 'CommandExpression' && first.redirections.length === 0) {
    const value = await pipelineExpressionValue(ev, first.expression);
    if (!isIncrement(first.expression)) await emitEnumerated(value, sink);
    return;
  }
  const scope = ev.scope;
  const stages: Stage[] = [];
  const count = p.elements.length;
  const gate = new BeginGate(stages);
  // Left to right, as PowerShell evaluates command arguments; each stage feeds the next one built after it.
  for (let i = 0; i < count; i++) {
    const el = p.elements[i]!;
    const next: Sink = i === count - 1 ? sink : (v) => gate.deliver(i + 1, v);
    if (el.kind === 'CommandExpression') {
      if (i !== 0) throw withExtent(runtimeError('Expressions are only allowed as the first element of a pipeline.', 'ExpressionsMustBeFirstInPipeline', 'ParserError'), el.extent);
      stages.push(await expressionStage(ev, el, next, scope));
      continue;
    }
    stages.push(await commandStage(ev, el, i + 1, i > 0, next, scope));
  }
  await drive(stages, gate);
}

/**
 * What a command writes in its begin block reaches the next command only after that one's begin block
 * ran (PowerShell's order): until then it waits here.
 */
class BeginGate {
  private readonly begun = new Set<number>();
  private readonly waiting = new Map<number, unknown[]>();

  constructor(private readonly stages: Stage[]) {}

  deliver(index: number, value: unknown): Promise<void> | void {
    if (this.begun.has(index)) return this.stages[index]!.process(value);
    const list = this.waiting.get(index);
    if (list) list.push(value);
    else this.waiting.set(index, [value]);
  }

  /** Stage `index` has begun: it processes what was written to it before. */
  async open(index: number): Promise<void> {
    this.begun.add(index);
    const list = this.waiting.get(index);
    if (!list) return;
    this.waiting.delete(index);
    for (const v of list) await this.stages[index]!.process(v);
  }
}

/**
 * begin, the first stage's run, then end of every stage. When a command stops the ones before it
 * (Select-Object -First), those are left where they are and the stopping command and the ones after it
 * still end, as PowerShell does; a stop raised by a nested pipeline's command is not ours to handle.
 */
async function drive(stages: Stage[], gate: BeginGate): Promise<void> {
  let ending = 0;
  let started = false;
  for (;;) {
    try {
      if (!started) {
        started = true;
        for (let i = 0; i < stages.length; i++) {
          await stages[i]!.begin();
          await gate.open(i);
        }
        await stages[0]!.process(AutomationNull);
      }
      for (; ending < stages.length; ending++) await stages[ending]!.end();
      return;
    } catch (e) {
      const origin = e instanceof StopUpstreamSignal ? stages.indexOf(e.origin as Stage) : -1;
      if (origin < 0) throw e;
      ending = Math.max(ending, origin);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stages

/** Runs stage calls in the pipeline's scope with the stage's error and stream targets (redirections). */
async function within(ev: EvaluatorApi, scope: Scope, target: ErrorTarget | undefined, f: () => Promise<void>, streams?: StreamTargets): Promise<void> {
  const savedScope = ev.scope;
  const savedTarget = ev.errorTarget;
  const savedStreams = ev.streamTargets;
  ev.scope = scope;
  if (target) ev.errorTarget = target;
  if (streams) ev.streamTargets = { ...savedStreams, ...streams };
  try {
    await f();
  } finally {
    ev.scope = savedScope;
    ev.errorTarget = savedTarget;
    ev.streamTargets = savedStreams;
  }
}

async function expressionStage(ev: EvaluatorApi, el: CommandExpressionAst, next: Sink, scope: Scope): Promise<Stage> {
  const plan = redirectionPlan(ev, el.redirections, next);
  await plan.open();
  return {
    begin: async () => {},
    process: async () => {
      await within(
        ev,
        scope,
        plan.errorTarget,
        async () => {
          const value = await pipelineExpressionValue(ev, el.expression);
          await emitEnumerated(value, plan.output);
        },
        plan.streams,
      );
    },
    end: async () => plan.close(),
  };
}

/**
 * Wraps a cmdlet processor, whose output callback is synchronous: queued values go downstream after each
 * call, or as each one is written when the handler streams (writeEach → flush).
 */
class CmdletStage implements Stage {
  private queue: unknown[] = [];
  readonly processor: CommandProcessor;
  private readonly target: ErrorTarget | undefined;
  private readonly streams: StreamTargets;

  constructor(
    private readonly ev: EvaluatorApi,
    build: (emit: (v: unknown) => void, runtime: PipelineRuntime) => CommandProcessor,
    private readonly plan: RedirectionPlan,
    private readonly scope: Scope,
  ) {
    const runtime: PipelineRuntime = {
      services: ev.services,
      reportError: (record: ErrorRecord, display: boolean) => void ev.reportError(record, display),
      isStopping: () => ev.stopping,
      flush: () => this.flush(),
      stopUpstream: () => {
        throw new StopUpstreamSignal(this);
      },
    };
    this.target = plan.mergeErrors ? { write: (r) => void this.queue.push(r) } : plan.errorTarget;
    // Merged records join the command's own output queue, so they keep their order with it.
    this.streams = { ...plan.streams };
    for (const stream of plan.mergedStreams) this.streams[stream] = (r) => void this.queue.push(r);
    this.processor = build((v) => void this.queue.push(v), runtime);
  }

  private async call(f: () => Promise<void>): Promise<void> {
    try {
      await within(this.ev, this.scope, this.target, f, this.streams);
    } catch (e) {
      if (e instanceof DownstreamFailure) {
        this.queue = [];
        throw e.error;
      }
      // What the command wrote before it failed (or stopped the commands before it) still goes on.
      await this.drain();
      throw e;
    }
    await this.drain();
  }

  /**
   * Sends what the command wrote downstream. Runs for every object a streaming command writes, so when
   * everything downstream is synchronous (the last command of a pipeline) no promise is made.
   */
  private flush(): Promise<void> | void {
    let pending: Promise<void> | void;
    try {
      pending = this.drain();
    } catch (e) {
      this.queue = [];
      throw new DownstreamFailure(e);
    }
    if (pending || this.ev.hostTurnDue()) return this.finishFlush(pending);
    this.ev.checkStopping();
  }

  private async finishFlush(pending: Promise<void> | void): Promise<void> {
    try {
      await pending;
    } catch (e) {
      this.queue = [];
      throw new DownstreamFailure(e);
    }
    if (this.ev.hostTurnDue()) await this.ev.yieldToHost();
    this.ev.checkStopping();
  }

  /** Writes the queued values downstream in order; a promise only once a downstream call needs awaiting. */
  private drain(): Promise<void> | void {
    while (this.queue.length) {
      const items = this.queue;
      this.queue = [];
      for (let i = 0; i < items.length; i++) {
        const r = this.plan.output(items[i]);
        if (r) return this.drainAfter(r, items, i + 1);
      }
    }
  }

  private async drainAfter(pending: Promise<void>, items: unknown[], from: number): Promise<void> {
    await pending;
    for (let i = from; i < items.length; i++) {
      const r = this.plan.output(items[i]);
      if (r) await r;
    }
    await this.drain();
  }

  async begin(): Promise<void> {
    await this.plan.open();
    await this.call(() => this.processor.begin());
  }
  async process(input: unknown): Promise<void> {
    if (this.ev.hostTurnDue()) await this.ev.yieldToHost();
    this.ev.checkStopping();
    await this.call(() => this.processor.process(input));
  }
  async end(): Promise<void> {
    try {
      await this.call(() => this.processor.end());
    } finally {
      await this.plan.close();
    }
  }
}

class ScriptStageWithRedirects implements Stage {
  constructor(
    private readonly ev: EvaluatorApi,
    private readonly inner: Stage,
    private readonly plan: RedirectionPlan,
    private readonly scope: Scope,
  ) {}
  async begin(): Promise<void> {
    await this.plan.open();
    await within(this.ev, this.scope, this.plan.errorTarget, () => this.inner.begin(), this.plan.streams);
  }
  async process(input: unknown): Promise<void> {
    await within(this.ev, this.scope, this.plan.errorTarget, () => this.inner.process(input), this.plan.streams);
  }
  async end(): Promise<void> {
    try {
      await within(this.ev, this.scope, this.plan.errorTarget, () => this.inner.end(), this.plan.streams);
    } finally {
      await this.plan.close();
    }
  }
}

async function commandStage(ev: EvaluatorApi, cmd: CommandAst, position: number, expectingInput: boolean, next: Sink, scope: Scope): Promise<Stage> {
  const nameValue = cmd.name.kind === 'StringConstant' && !cmd.invocationOperator ? cmd.name.value : await evalExpr(ev, cmd.name);
  const args = await buildArguments(ev, cmd);
  const plan = redirectionPlan(ev, cmd.redirections, next);
  let resolved: ResolvedCommand;
  try {
    resolved = resolveCommand(ev, nameValue, cmd);
  } catch (e) {
    // `missing 2>$null` / `missing 2>&1`: the not-recognized error follows the element's error redirection.
    if (!plan.errorTarget || ev.tryDepth > 0 || !(e instanceof PSRuntimeError)) throw e;
    return failedStage(ev, e.record, plan, scope);
  }
  const site: InvocationSite = { commandName: resolved.displayName, extent: cmd.extent, pipelinePosition: position, expectingInput };
  if (resolved.kind === 'cmdlet') {
    return new CmdletStage(ev, (emit, runtime) => createCmdletProcessor(resolved.definition, args, site, runtime, emit), plan, scope);
  }
  const stage = new ScriptStage(ev, { ...resolved.invocation, dotSource: cmd.invocationOperator === '.' }, args, site, plan.output, scope);
  return cmd.redirections.length ? new ScriptStageWithRedirects(ev, stage, plan, scope) : stage;
}

function failedStage(ev: EvaluatorApi, record: ErrorRecord, plan: RedirectionPlan, scope: Scope): Stage {
  return {
    begin: async () => {
      await plan.open();
      await within(ev, scope, plan.errorTarget, async () => ev.reportError(record), plan.streams);
      await plan.close();
    },
    process: async () => {},
    end: async () => {},
  };
}

// ---------------------------------------------------------------------------------------------
// Arguments

function sourceText(e: { extent: { source: { text: string }; start: number; end: number } }): string {
  return e.extent.source.text.slice(e.extent.start, e.extent.end);
}

export async function buildArguments(ev: EvaluatorApi, cmd: CommandAst): Promise<CommandArgument[]> {
  const out: CommandArgument[] = [];
  for (const el of cmd.elements) {
    if (el.kind === 'CommandParameter') {
      const hasColonValue = el.argument !== undefined;
      const value = hasColonValue ? await evalExpr(ev, el.argument!) : undefined;
      out.push({ kind: 'parameter', name: el.name, value: value === AutomationNull ? null : value, hasColonValue, extent: el.extent, text: sourceText(el) });
      continue;
    }
    if (el.kind === 'Variable' && el.splatted) {
      splat(ev, el, out);
      continue;
    }
    let value: unknown;
    try {
      value = await evalExpr(ev, el);
    } catch (e) {
      throw withExtent(e, el.extent);
    }
    out.push({
      kind: 'argument',
      value: value === AutomationNull ? null : value,
      extent: el.extent,
      text: el.kind === 'StringConstant' ? el.value : sourceText(el),
      bare: el.kind === 'StringConstant' && el.quote === 'bare',
    });
  }
  return out;
}

function splat(ev: EvaluatorApi, el: Extract<ExpressionAst, { kind: 'Variable' }>, out: CommandArgument[]): void {
  const value = readVariable(ev, { ...el, splatted: false });
  if (value instanceof PSHashtable) {
    for (const [k, v] of value.entries()) {
      const name = toStr(k);
      out.push({ kind: 'parameter', name, value: v, hasColonValue: true, extent: el.extent, text: `-${name}:` });
    }
  } else if (!isNull(value)) {
    const items = Array.isArray(value) ? value : value instanceof PSArrayList ? value.items : [value];
    for (const v of items) out.push({ kind: 'argument', value: v, extent: el.extent, text: toStr(v) });
  }
}

