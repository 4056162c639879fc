// The engine's public face: what the CLI, the REPL, labs and tests call. It parses text, runs it
// with the evaluator, sends output through Out-Default to the host, and renders errors.

import type { Host, HostStream, WriteOptions } from './host.js';
import type { EngineServices, SessionInfo } from './cmdlet.js';
import type { Ast, ParseError, ScriptBlockAst, StatementAst } from '../lang/ast.js';
import { parse } from '../lang/parser.js';
import { CHUNKED_SCRIPT_MIN_LENGTH, DEFAULT_CHUNK_TOKENS, parseScriptInChunks } from '../lang/scriptChunks.js';
import { formatDefault } from '../format/index.js';
import { ConsoleOutput } from './pipeline/consoleOutput.js';
import { withEnumerationLimit } from './runtime/displayText.js';
import { renderErrorRecord } from '../format/errorView.js';
import { BreakSignal, ContinueSignal, ErrorRecord, ExitSignal, PSRuntimeError, PipelineStoppedSignal, ReturnSignal, StopUpstreamSignal } from './errors.js';
import { Evaluator } from './eval/evaluator.js';
import type { Sink } from './eval/evaluatorApi.js';
import { asRuntimeError } from './eval/errors.js';
import { scriptDisplayPath } from './files/paths.js';
import { flushOpenWriters } from './files/textStreams.js';
import { methodException } from './members/support.js';
import { createServices } from './eval/services.js';
import { defineSessionVariables } from './session/automaticVariables.js';
import { EmulatedEnvironment } from './session/environment.js';
import { ScriptStage } from './functions/processor.js';
import { formatParseErrors } from '../lang/parseErrorView.js';
import type { CommandArgument } from './cmdlet.js';
import { maskedSourceLine, parseErrorLines } from './secrets/redact.js';
import type { SourceLineView } from '../lang/maskedLine.js';
import { divertHostWrite } from './pipeline/streamRecords.js';
import type { SessionState } from './session/sessionState.js';

export interface EngineOptions {
  host: Host;
  /** A src/store Store. */
  store: unknown;
  session: SessionInfo;
  /** What the session owns (createSessionState); hosts and tests start sessions with createSession. */
  state: SessionState;
}

export interface ExecuteOptions {
  /** Script file path as the user gave it (for `At C:\...\x.ps1:3 char:5` and $PSScriptRoot). */
  file?: string;
  /** Arguments for a script run (`csshell run x.ps1 a b`) -> $args / param(). */
  args?: unknown[];
  /**
   * Parse and run the script's top-level statements in chunks of at least this many tokens
   * (src/lang/scriptChunks.ts). Default: chunks for script files of CHUNKED_SCRIPT_MIN_LENGTH or more.
   */
  chunkTokens?: number;
  /** After each top-level statement: how many are done, of how many when the script's length is known (progress). */
  onStatementDone?: (done: number, total: number | undefined) => void;
  /** Receives the output objects instead of Out-Default (`csshell run --output json`). */
  output?: (value: unknown) => void;
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

/** A host that writes pending Out-Default output before anything else reaches the console. */
class OrderedHost implements Host {
  /** Takes a write away from the console when a redirection asked for its stream. */
  divert?: (stream: HostStream, text: string) => boolean;
  constructor(
    private readonly inner: Host,
    private readonly flush: () => void,
  ) {}
  get interactive() {
    return this.inner.interactive;
  }
  get width() {
    return this.inner.width;
  }
  write(stream: HostStream, text: string, options?: WriteOptions): void {
    if (stream !== 'output' && this.divert?.(stream, text)) return;
    if (stream !== 'output') this.flush();
    this.inner.write(stream, text, options);
  }
  prompt(...a: Parameters<Host['prompt']>) {
    this.flush();
    return this.inner.prompt(...a);
  }
  promptForChoice(...a: Parameters<Host['promptForChoice']>) {
    this.flush();
    return this.inner.promptForChoice(...a);
  }
  readLine(...a: Parameters<Host['readLine']>) {
    this.flush();
    return this.inner.readLine(...a);
  }
  writeErrorRecord(record: ErrorRecord, text: string): void {
    this.flush();
    // Through this.write otherwise, so that a running transcript (which wraps write) records the error.
    if (this.inner.writeErrorRecord) this.inner.writeErrorRecord(record, text);
    else this.write('error', text);
  }
  writeParseErrors(errors: ParseError[], text: string): void {
    this.flush();
    if (this.inner.writeParseErrors) this.inner.writeParseErrors(errors, text);
    else this.write('error', text);
  }
  progress(...a: Parameters<Host['progress']>) {
    this.inner.progress(...a);
  }
  clear() {
    this.flush();
    this.inner.clear();
  }
}

export class Engine {
  readonly services: EngineServices;
  private readonly evaluator: Evaluator;
  private readonly host: OrderedHost;
  private readonly console: ConsoleOutput;

  constructor(options: EngineOptions) {
    this.host = new OrderedHost(options.host, () => this.console.finish());
    const env = new EmulatedEnvironment(options.session);
    const state = options.state;
    this.services = createServices(() => this.evaluator, this.host, options.store, options.session, state);
    this.console = new ConsoleOutput(this.host, () => this.enumerationLimit(), state.views);
    this.evaluator = new Evaluator(this.services, this.host, env, (record) => this.host.writeErrorRecord(record, this.renderError(record)));
    this.evaluator.renderError = (record) => this.renderError(record);
    this.host.divert = (stream, text) => divertHostWrite(this.evaluator.streamTargets, stream, text);
    this.evaluator.formatOutput = (values) => withEnumerationLimit(this.enumerationLimit(), () => formatDefault(values, this.host.width, state.views));
    defineSessionVariables(this.evaluator.global, this.evaluator.errors, this.host, this.sourceLine);
    // What is finished reaches the console after every top-level statement and whenever the host gets a
    // turn (a running pipeline's output streams); a table still deciding its widths waits.
    this.evaluator.topLevelHook = () => this.console.writeLines();
    this.evaluator.beforeHostTurn = () => this.console.writeLines();
  }

  /** The session's $FormatEnumerationLimit. */
  private enumerationLimit(): number | undefined {
    const limit = Number(this.services.getVariable('FormatEnumerationLimit'));
    return Number.isNaN(limit) ? undefined : limit;
  }

  /** Parses and runs `text`; output goes through Out-Default to the host as it is produced. */
  async execute(text: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const result = await this.run(text, options, options.output ?? ((v) => this.console.write(v)));
    this.console.finish();
    return result;
  }

  /** Parses and runs `text` and returns its output objects unformatted (errors still go to the host). */
  async invoke(text: string, options: ExecuteOptions = {}): Promise<unknown[]> {
    const out: unknown[] = [];
    await this.run(text, options, (v) => {
      out.push(v);
    });
    return out;
  }

  /** Ctrl+C: stop the running pipeline at the next safe point. */
  stop(): void {
    this.evaluator.stopping = true;
  }

  /** Source lines as this session's error views show them (its secrets masked). */
  private get sourceLine(): SourceLineView {
    return this.services.secrets?.sourceLine ?? maskedSourceLine;
  }

  private writeParseErrors(errors: ParseError[]): void {
    this.host.writeParseErrors(errors, this.scrub(formatParseErrors(errors, parseErrorLines(this.sourceLine))));
  }

  /** The error view of a record (secrets masked); its bare message if rendering itself fails. */
  private renderError(record: ErrorRecord): string {
    let text: string;
    try {
      text = renderErrorRecord(record, record.lineView ?? this.sourceLine);
    } catch {
      text = record.message;
    }
    return this.scrub(text);
  }

  private scrub(text: string): string {
    return this.services.secrets?.scrub(text) ?? text;
  }

  private async run(text: string, given: ExecuteOptions, sink: Sink): Promise<ExecuteResult> {
    const ev = this.evaluator;
    // Error positions, $PSCommandPath and $MyInvocation name the script by its PowerShell path.
    const options = given.file === undefined ? given : { ...given, file: scriptDisplayPath(this.services.session.workingDirectory, given.file) };
    ev.stopping = false;
    // What the text gives to secret parameters is known before it runs, so no view shows it (a large
    // script's chunks are learned as each is parsed, before it runs).
    const parsed = parseForRun(text.replace(/^\uFEFF/, ''), options, (ast) => this.services.secrets?.learn(ast));
    if (parsed.errors.length) {
      this.writeParseErrors(parsed.errors);
      return { parseErrors: true, terminatingError: false, success: false };
    }
    const result: ExecuteResult = { parseErrors: false, terminatingError: false, success: true };
    const before = ev.errorCount;
    const topLevelHook = ev.topLevelHook;
    if (options.onStatementDone) ev.topLevelHook = countingHook(topLevelHook, parsed.ast, options.onStatementDone);
    try {
      const args = scriptArguments(options.args ?? []);
      const isScript = options.file !== undefined;
      const stage = new ScriptStage(
        ev,
        { name: options.file ?? '', body: parsed.ast, kind: isScript ? 'script' : 'scriptblock', file: options.file, dotSource: !isScript },
        args,
        { commandName: options.file ?? '', pipelinePosition: 1, expectingInput: false },
        sink,
        ev.global,
        true,
      );
      await stage.begin();
      await stage.process(undefined);
      await stage.end();
      result.success = ev.lastSuccess;
    } catch (e) {
      this.handleTopLevel(e, result);
    } finally {
      ev.topLevelHook = topLevelHook;
      this.flushOpenWriters();
    }
    if (ev.errorCount !== before && result.success && result.terminatingError) result.success = false;
    ev.lastSuccess = result.success;
    return result;
  }

  /** [I] What writers left open still hold reaches their files when a run ends (see flushOpenWriters). */
  private flushOpenWriters(): void {
    for (const failure of flushOpenWriters(this.services.session)) {
      void this.evaluator.reportError(methodException('Flush', [], failure.message, failure.exceptionType).record);
    }
  }

  private handleTopLevel(e: unknown, result: ExecuteResult): void {
    const ev = this.evaluator;
    if (e instanceof ExitSignal) {
      result.exitCode = e.code;
      ev.global.set('LASTEXITCODE', e.code);
      return;
    }
    if (e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal || e instanceof StopUpstreamSignal) return;
    if (e instanceof PipelineStoppedSignal) {
      result.success = false;
      return;
    }
    const err: PSRuntimeError = asRuntimeError(e);
    result.terminatingError = true;
    result.success = false;
    void ev.reportError(err.record);
  }
}

/** The top-level hook that also counts statements; the total is unknown for a script parsed in chunks. */
function countingHook(hook: (() => void) | undefined, ast: ScriptBlockAst, report: (done: number, total: number | undefined) => void): () => void {
  const blocks = [ast.begin, ast.process, ast.end];
  const known = blocks.every((b) => b === undefined || !isLazy(b.statements));
  const total = known ? blocks.reduce((n, b) => n + (b?.statements.length ?? 0), 0) : undefined;
  let done = 0;
  return () => {
    hook?.();
    done += 1;
    report(done, total);
  };
}

/** A script parsed in chunks (src/lang/scriptChunks.ts) hands out its statements lazily through its own iterator. */
function isLazy(statements: StatementAst[]): boolean {
  return Object.prototype.hasOwnProperty.call(statements, Symbol.iterator);
}

function parseForRun(text: string, options: ExecuteOptions, learn: (part: Ast | StatementAst[]) => void) {
  const large = options.file !== undefined && text.length >= CHUNKED_SCRIPT_MIN_LENGTH;
  const chunkTokens = options.chunkTokens ?? (large ? DEFAULT_CHUNK_TOKENS : undefined);
  if (chunkTokens !== undefined) return parseScriptInChunks(text, options.file, chunkTokens, learn);
  const parsed = parse(text, options.file);
  learn(parsed.ast);
  return parsed;
}

/** `csshell run x.ps1 -Name ken 5`: `-Name` is a parameter token, as with `powershell -File`. */
function scriptArguments(values: unknown[]): CommandArgument[] {
  const out: CommandArgument[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const m = typeof value === 'string' ? /^-([A-Za-z_][\w-]*)(:?)$/.exec(value) : null;
    if (!m) {
      out.push({ kind: 'argument', value, text: String(value) });
      continue;
    }
    const hasColonValue = m[2] === ':' && i + 1 < values.length;
    out.push({ kind: 'parameter', name: m[1]!, hasColonValue, value: hasColonValue ? values[++i] : undefined, text: value as string });
  }
  return out;
}

export type EngineApi = Engine;
export { ErrorRecord };
