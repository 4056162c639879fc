// Drives a cmdlet handler directly with a hand-made context (no parser or binder): for unit tests of
// the configuration cmdlets' behaviour independent of the language engine.
import { getSite, insertSite } from '../../src/store/topologyRepository.js';

import type { CmdletContext, ErrorSpec } from '../../src/engine/cmdlet.js';
import type { ErrorRecord } from '../../src/engine/errors.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import '../../src/cmdlets/cs/policies/external-access.js';
import '../../src/cmdlets/cs/xmpp/xmpp.js';
import '../../src/cmdlets/cs/edge/edge.js';
import '../../src/cmdlets/cs/edge/providers.js';
import { builtins } from '../../src/cmdlets/index.js';

export interface HandlerRun {
  output: unknown[];
  errors: ErrorSpec[];
  warnings: string[];
  whatIf: string[];
  continues: { query: string; caption: string }[];
}

export interface HandlerOptions {
  /** Answer of ShouldProcess (false = -WhatIf / declined -Confirm). */
  process?: boolean;
  /** Answer of ShouldContinue when -Force is not bound. */
  continueAnswer?: boolean;
  setName?: string;
}

export function demoStore(): Store {
  const store = openStore(':memory:');
  for (const [i, name] of ['Redmond', 'Dublin'].entries()) {
    if (!getSite(store, name)) insertSite(store, { name, siteId: i + 100, siteType: 'CentralSite', description: null, displayName: name, federationRoute: null, xmppFederationRoute: null, defaultPersistentChatPool: null, parentSite: null });
  }
  return store;
}

/** Runs `name` once per input record (or once without input) with `params` bound. */
export async function runHandler(store: Store, name: string, params: Record<string, unknown>, opts: HandlerOptions = {}, inputs?: Record<string, unknown>[]): Promise<HandlerRun> {
  const def = builtins().cmdlets.get(name);
  if (!def) throw new Error(`no handler for ${name}`);
  const run: HandlerRun = { output: [], errors: [], warnings: [], whatIf: [], continues: [] };
  const impl = def.create();
  const records = inputs ?? [{}];
  for (const record of records) {
    const all = { ...params, ...record };
    const ctx = {
      metadata: def.metadata,
      params: all,
      bound: new Set(Object.keys(all)),
      parameterSetName: opts.setName ?? '',
      inputObject: undefined,
      expectingInput: inputs !== undefined,
      engine: { store } as unknown as CmdletContext['engine'],
      stopping: false,
      writeObject: (v: unknown) => run.output.push(v),
      writeError: (e: ErrorSpec | ErrorRecord) => run.errors.push(e as ErrorSpec),
      throwTerminatingError: (e: ErrorSpec | ErrorRecord) => {
        throw new Error((e as ErrorSpec).message);
      },
      writeWarning: (t: string) => run.warnings.push(t),
      writeVerbose: () => {},
      writeDebug: () => {},
      writeProgress: () => {},
      writeHost: () => {},
      shouldProcess: async (target: string) => {
        if (opts.process === false) run.whatIf.push(target);
        return opts.process ?? true;
      },
      proceedsUnasked: () => opts.process === undefined,
      shouldContinue: async (query: string, caption: string) => {
        if (all.Force) return true;
        run.continues.push({ query, caption });
        return opts.continueAnswer ?? false;
      },
    } as unknown as CmdletContext;
    await impl.begin?.(ctx);
    await impl.process?.(ctx);
    await impl.end?.(ctx);
  }
  return run;
}

/** The whole database as bytes, to prove a command changed nothing. */
export function snapshot(store: Store): Buffer {
  return store.db.serialize();
}
