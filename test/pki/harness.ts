// Drives certificate cmdlet handlers directly with a recording CmdletContext, on a seeded demo store.
// (The end-to-end tests go through the engine; these pin the handlers' behaviour on their own.)
import type { CmdletContext, ErrorSpec, SessionInfo } from '../../src/engine/cmdlet.js';
import { ErrorRecord, PSRuntimeError } from '../../src/engine/errors.js';
import { resolveSandboxPath } from '../../src/engine/files/paths.js';

import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import '../../src/cmdlets/cs/certificates/certificates.js';
import '../../src/cmdlets/core/session.js';
import { builtins } from '../../src/cmdlets/index.js';

export interface RunResult {
  output: unknown[];
  warnings: string[];
  errors: ErrorSpec[];
  verbose: string[];
  whatIf: string[];
}

export class Harness {
  readonly store: Store;
  readonly session: SessionInfo;

  constructor(workingDirectory: string, computer = 'fe01.contoso.com') {
    this.store = openStore(':memory:');
    this.session = { localComputer: computer, workingDirectory, interactive: false };
  }

  /** Runs a cmdlet once; a terminating error is thrown as PSRuntimeError. */
  async run(name: string, params: Record<string, unknown>, set?: string, input?: unknown): Promise<RunResult> {
    const def = builtins().cmdlets.get(name);
    if (!def) throw new Error(`no cmdlet ${name}`);
    const result: RunResult = { output: [], warnings: [], errors: [], verbose: [], whatIf: [] };
    const toRecord = (e: ErrorSpec | ErrorRecord) => (e instanceof ErrorRecord ? e : new ErrorRecord({ ...e, invocation: { commandName: name } }));
    const ctx = {
      metadata: def.metadata,
      params,
      bound: new Set(Object.keys(params)),
      parameterSetName: set ?? def.metadata.defaultParameterSet ?? '__AllParameterSets',
      inputObject: input,
      expectingInput: input !== undefined,
      engine: {
        host: undefined as never,
        session: this.session,
        store: this.store,
        invokeScriptBlock: async () => [],
        getVariable: () => undefined,
        setVariable: () => {},
        removeVariable: () => false,
        resolvePath: (p: string) => resolveSandboxPath(this.session.workingDirectory, p),
        commands: { get: () => undefined, all: () => [] },
      },
      writeObject: (v: unknown) => result.output.push(v),
      writeError: (e: ErrorSpec | ErrorRecord) => result.errors.push(e as ErrorSpec),
      throwTerminatingError: (e: ErrorSpec | ErrorRecord): never => {
        throw new PSRuntimeError(toRecord(e));
      },
      writeWarning: (t: string) => result.warnings.push(t),
      writeVerbose: (t: string) => result.verbose.push(t),
      writeDebug: () => {},
      writeProgress: () => {},
      writeHost: () => {},
      shouldProcess: async (target: string, action?: string) => {
        if (params.WhatIf === true) {
          result.whatIf.push(`What if: Performing the operation "${action ?? name}" on target "${target}".`);
          return false;
        }
        return true;
      },
      proceedsUnasked: () => params.WhatIf !== true,
      shouldContinue: async () => params.Force === true,
      stopping: false,
    } as unknown as CmdletContext;
    const impl = def.create();
    await impl.begin?.(ctx);
    await impl.process?.(ctx);
    await impl.end?.(ctx);
    return result;
  }

  /** The message of the terminating error a run throws. */
  async failure(name: string, params: Record<string, unknown>, set?: string): Promise<ErrorRecord> {
    try {
      await this.run(name, params, set);
    } catch (e) {
      if (e instanceof PSRuntimeError) return e.record;
      throw e;
    }
    throw new Error(`${name} did not fail`);
  }
}
