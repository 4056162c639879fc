// Runs one cmdlet handler directly (no parser, no binder) with already-typed parameters, to test the
// topology, user and verification handlers on their own. End-to-end behaviour is tested through runPs.

import type { CmdletContext, ErrorSpec } from '../../src/engine/cmdlet.js';
import { ErrorRecord, PSRuntimeError } from '../../src/engine/errors.js';
import { resolveSandboxPath } from '../../src/engine/files/paths.js';

import type { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open.js';
import { builtins } from '../../src/cmdlets/index.js';

export interface HarnessResult {
  output: unknown[];
  errors: ErrorSpec[];
  warnings: string[];
  verbose: string[];
  terminating?: ErrorSpec;
  /** Variables the cmdlet set (e.g. -OutLoggerVariable). */
  variables: Record<string, unknown>;
}

export interface HarnessOptions {
  parameterSet?: string;
  computer?: string;
  workingDirectory?: string;
  variables?: Record<string, unknown>;
  inputObject?: unknown;
}

export function demoStore(): Store {
  return openStore(':memory:');
}

export async function runCmdlet(store: Store, name: string, params: Record<string, unknown> = {}, opts: HarnessOptions = {}): Promise<HarnessResult> {
  const def = builtins().cmdlets.get(name);
  if (!def) throw new Error(`${name} is not registered`);
  const result: HarnessResult = { output: [], errors: [], warnings: [], verbose: [], variables: {} };
  const root = opts.workingDirectory ?? process.cwd();
  const ctx = {
    metadata: def.metadata,
    params,
    bound: new Set(Object.keys(params)),
    parameterSetName: opts.parameterSet ?? def.metadata.defaultParameterSet ?? def.metadata.parameterSets[0] ?? '__AllParameterSets',
    inputObject: opts.inputObject,
    expectingInput: opts.inputObject !== undefined,
    stopping: false,
    engine: {
      host: undefined as never,
      session: { localComputer: opts.computer ?? 'fe01.contoso.com', workingDirectory: root, interactive: false },
      store,
      invokeScriptBlock: async () => [],
      getVariable: (n: string) => opts.variables?.[n],
      setVariable: (n: string, v: unknown) => {
        result.variables[n] = v;
      },
      removeVariable: () => false,
      resolvePath: (p: string) => resolveSandboxPath(root, p),
      commands: { get: () => undefined, all: () => [] },
    },
    writeObject: (v: unknown, enumerate = true) => {
      if (enumerate && Array.isArray(v)) result.output.push(...v);
      else result.output.push(v);
    },
    writeEach: async (source: Iterable<unknown>) => {
      for (const v of source) result.output.push(v);
    },
    stopUpstream: () => undefined,
    writeError: (e: ErrorSpec | ErrorRecord) => result.errors.push(e as ErrorSpec),
    throwTerminatingError: (e: ErrorSpec | ErrorRecord): never => {
      result.terminating = e as ErrorSpec;
      throw new PSRuntimeError(new ErrorRecord(e as ErrorSpec));
    },
    writeWarning: (t: string) => result.warnings.push(t),
    writeVerbose: (t: string) => result.verbose.push(t),
    writeDebug: () => undefined,
    writeProgress: () => undefined,
    writeHost: () => undefined,
    shouldProcess: async () => params.WhatIf !== true,
    proceedsUnasked: () => params.WhatIf !== true,
    shouldContinue: async () => true,
  } as unknown as CmdletContext;
  const impl = def.create();
  try {
    await impl.begin?.(ctx);
    await impl.process?.(ctx);
    await impl.end?.(ctx);
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
  }
  return result;
}
