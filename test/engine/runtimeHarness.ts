// Test harness for the command processor: a fake PipelineRuntime (variables, $Error, error display) and a
// helper that runs one cmdlet definition over a command line and optional pipeline input.

import { CmdletIndex } from '../../src/catalog/registry.js';
import { HelpTable } from '../../src/catalog/help.js';
import { ArgumentCompleterTable } from '../../src/engine/completion/argumentCompleters.js';
import { EnumPropertyTable } from '../../src/engine/runtime/enumProperties.js';
import type { CmdletDefinition, CmdletImplementation, CmdletMetadata, EngineServices, PipelineRuntime } from '../../src/engine/cmdlet.js';
import { createCmdletProcessor } from '../../src/engine/pipeline/commandProcessor.js';
import { PSRuntimeError, type ErrorRecord } from '../../src/engine/errors.js';
import { renderErrorRecord } from '../../src/format/errorView.js';
import { formatDefault } from '../../src/format/outDefault.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { createSessionState } from '../../src/engine/session/sessionState.js';
import { parseCommandLine, type Vars } from './binderHarness.js';

export class FakeRuntime implements PipelineRuntime {
  readonly variables = new Map<string, unknown>();
  readonly errorVariable: ErrorRecord[] = [];
  readonly reported: { record: ErrorRecord; display: boolean }[] = [];
  readonly services: EngineServices;
  /** What script blocks return: a stand-in for the evaluator (receives the block text and `$_`). */
  evaluate: (text: string, dollarUnder: unknown) => unknown[] = () => [];

  constructor(readonly host: RecordingHost = new RecordingHost(false)) {
    const vars = this.variables;
    this.services = {
      host,
      session: { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: host.interactive },
      store: null,
      invokeScriptBlock: async (block, options) => this.evaluate(block.text, options?.dollarUnder),
      getVariable: (n) => vars.get(n.toLowerCase()),
      setVariable: (n, v) => void vars.set(n.toLowerCase(), v),
      removeVariable: (n) => vars.delete(n.toLowerCase()),
      resolvePath: (p) => p,
      formatOutput: (values) => formatDefault(values, host.width),
      commands: { get: () => undefined, all: () => [] },
      state: createSessionState({ builtins: { cmdlets: new CmdletIndex([]), help: new HelpTable([]), completers: new ArgumentCompleterTable(), enumProperties: new EnumPropertyTable() } }),
    };
  }

  reportError(record: ErrorRecord, display: boolean): void {
    this.reported.push({ record, display });
    this.errorVariable.push(record);
    if (display) this.host.write('error', renderErrorRecord(record));
  }

  isStopping(): boolean {
    return false;
  }

  /** Output is collected by the harness as it is written: nothing to send on. */
  async flush(): Promise<void> {}

  stopUpstream(): never {
    throw new Error('stopUpstream is not expected in a single-command harness');
  }
}

export interface RunResult {
  output: unknown[];
  terminating: ErrorRecord | null;
  runtime: FakeRuntime;
  host: RecordingHost;
}

/** Runs `line` (the command name is ignored; `metadata` decides) with begin, process per input, end, as the evaluator would. */
export async function runCmdlet(
  metadata: CmdletMetadata,
  impl: () => CmdletImplementation,
  line: string,
  opts: { input?: unknown[]; vars?: Vars; runtime?: FakeRuntime; preferences?: Record<string, unknown> } = {},
): Promise<RunResult> {
  const runtime = opts.runtime ?? new FakeRuntime();
  for (const [k, v] of Object.entries(opts.preferences ?? {})) runtime.services.setVariable(k, v);
  const { args, extent } = parseCommandLine(line, opts.vars);
  const def: CmdletDefinition = { metadata, create: impl };
  const output: unknown[] = [];
  const expectingInput = opts.input !== undefined;
  const proc = createCmdletProcessor(def, args, { commandName: metadata.name, extent, pipelinePosition: expectingInput ? 2 : 1, expectingInput }, runtime, (v) => output.push(v));
  try {
    await proc.begin();
    if (expectingInput) for (const item of opts.input!) await proc.process(item);
    else await proc.process(undefined);
    await proc.end();
    return { output, terminating: null, runtime, host: runtime.host };
  } catch (e) {
    if (e instanceof PSRuntimeError) return { output, terminating: e.record, runtime, host: runtime.host };
    throw e;
  }
}
