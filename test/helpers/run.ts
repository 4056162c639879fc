// Test helpers: run PowerShell text through the real engine against a store.

import { createSession } from '../../src/engine/createSession.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import type { SessionHistory } from '../../src/engine/session/history.js';
import type { CmdletDefinition } from '../../src/engine/cmdlet.js';
import { builtins } from '../../src/cmdlets/index.js';

export interface RunOptions {
  store?: Store;
  host?: RecordingHost;
  interactive?: boolean;
  computer?: string;
  workingDirectory?: string;
  file?: string;
  /** The session's command list (Get-History, Invoke-History), as the interactive shell keeps it. */
  history?: SessionHistory;
  /** Commands only this session has (a lab shell's). */
  cmdlets?: CmdletDefinition[];
}

export function newStore(): Store {
  return openStore(':memory:');
}

export function newEngine(opts: RunOptions = {}) {
  const store = opts.store ?? newStore();
  const host = opts.host ?? new RecordingHost(opts.interactive ?? false);
  const engine = createSession({
    host,
    store,
    session: {
      localComputer: opts.computer ?? 'fe01.contoso.com',
      workingDirectory: opts.workingDirectory ?? process.cwd(),
      interactive: opts.interactive ?? false,
    },
    history: opts.history,
    cmdlets: opts.cmdlets,
    builtins: builtins(),
  });
  return { engine, host, store };
}

/** Runs a script; returns what was written plus the result. Output is formatted text, as a user sees it. */
export async function runPs(script: string, opts: RunOptions = {}) {
  const { engine, host, store } = newEngine(opts);
  const result = await engine.execute(script, { file: opts.file });
  return { ...result, engine, host, store, output: host.output, errors: host.errors, text: host.text() };
}

/** Evaluates a script and returns its output objects (unformatted). Errors still go to the host. */
export async function evalPs(script: string, opts: RunOptions = {}) {
  const { engine, host, store } = newEngine(opts);
  const values = await engine.invoke(script);
  return { values, engine, host, store, errors: host.errors };
}
