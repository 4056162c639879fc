// The interactive shell (ink). Loaded lazily by cli.ts so batch runs never load ink or react.

import { createElement } from 'react';
import type { Store } from '../../store/store.js';
import type { CmdletDefinition, SessionInfo } from '../../engine/cmdlet.js';
import type { Engine, EngineApi } from '../../engine/engine.js';
import { createSession } from '../../engine/createSession.js';
import type { Host } from '../../engine/host.js';
import { sessionLocation } from '../../engine/files/paths.js';
import { PROMPT_LOCATION, ReplController, type Executor } from './controller.js';
import type { CompletionSession } from '../../engine/completion/index.js';
import { defaultHistoryPath, PersistentHistory, SessionHistory } from './history.js';
import { InkHost } from './inkHost.js';
import { engineCommandLookup, engineVariableNames, isKnownCommand } from './engineAccess.js';
import { runPipedShell } from './pipedShell.js';
import { BatchHost } from '../batch.js';
import { redactSecrets } from '../../engine/secrets/redact.js';
import { recordTranscriptInput } from '../../cmdlets/core/hostCmdlets.js';
import { builtins } from '../../cmdlets/index.js';
import type { HelpDeclaration } from '../../catalog/help.js';

export interface ReplOptions {
  store: Store;
  session: SessionInfo;
  storePath: string;
  /** Lines to show after each command (the lab shell's auto-check, src/labs/autoCheck.ts). */
  afterCommand?: () => Promise<string[]>;
  /** Cmdlets only this shell's session has (the lab shell's commands). */
  cmdlets?: readonly CmdletDefinition[];
  /** Help only this shell's session has (the lab shell's commands' help). */
  help?: readonly HelpDeclaration[];
}

/** The engine's execute, then the lines `afterCommand` gives, written to the host. */
function executeThen(engine: Pick<EngineApi, 'execute'>, host: Host, afterCommand?: () => Promise<string[]>): Pick<EngineApi, 'execute'> {
  if (!afterCommand) return engine;
  return {
    execute: async (text) => {
      const r = await engine.execute(text);
      if (r.exitCode === undefined) for (const line of await afterCommand()) host.write('host', line);
      return r;
    },
  };
}

export const WINDOW_TITLE = 'Skype for Business Server Management Shell';

const TITLE_SEQUENCE = `\x1b]0;${WINDOW_TITLE}\x07`;
const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

export interface ShellParts {
  controller: ReplController;
  host: InkHost;
  engine: Engine;
}

/** Wires controller, host and engine; used by runRepl and by tests that render <ReplApp>. */
export function createShell(
  options: ReplOptions & { historyPath?: string | null; width?: number; onExit: (code: number) => void; onClear?: () => void; sessionHistory?: SessionHistory },
): ShellParts {
  let engine: Engine | undefined;
  // Lines are written down with the session's secrets masked (the engine knows the aliases and variables).
  const redact = (line: string): string => engine?.services.secrets?.redact(line) ?? redactSecrets(line, builtins().cmdlets);
  const sessionHistory = options.sessionHistory ?? new SessionHistory(redact);
  const history = new PersistentHistory(options.historyPath === undefined ? defaultHistoryPath() : options.historyPath, redact);
  const executor: Executor = {
    execute: (text) => {
      recordTranscriptInput(engine!.services, controller.promptText(), text);
      return executeThen(engine!, host, options.afterCommand).execute(text);
    },
    stop: () => engine?.stop(),
  };
  const session = (): SessionInfo => engine?.services?.session ?? options.session;
  // Read when a key asks: the engine exists by then, and its location and variables are current.
  const completion: CompletionSession = {
    store: options.store,
    get session() {
      return session();
    },
    get commands() {
      return engine ? engineCommandLookup(engine) : undefined;
    },
    get completers() {
      return engine?.services.state.completers;
    },
    variableNames: () => (engine ? engineVariableNames(engine) : []),
    variableValue: (name) => engine?.services.getVariable(name),
  };
  const controller = new ReplController({
    executor,
    history,
    sessionHistory,
    completion,
    remoteComputer: () => session().remoteComputer,
    location: () => sessionLocation(session()),
    isCommand: (name) => isKnownCommand(name, engine ? engineCommandLookup(engine) : undefined),
    width: options.width,
    onExit: options.onExit,
    onClear: options.onClear,
  });
  const host = new InkHost(controller);
  engine = createSession({ host, store: options.store, session: options.session, history: sessionHistory, builtins: builtins(), cmdlets: options.cmdlets, help: options.help });
  const secrets = engine.services.secrets;
  // A secret learned after its line was saved (`$x = '…'`, then `-Password $x`) leaves the file then.
  secrets?.onLearn(() => history.scrubFile((text) => secrets.scrub(text)));
  return { controller, host, engine };
}

/**
 * ink decides once, when it loads, whether it runs under CI (then it prints only finished output and
 * never the prompt). A person at a terminal is never a CI job, so those markers are dropped first.
 */
function forgetCiMarkers(): void {
  for (const key of Object.keys(process.env)) {
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
  }
}

async function renderApp(controller: ReplController) {
  forgetCiMarkers();
  const [{ render }, { ReplApp }] = await Promise.all([import('ink'), import('./App.js')]);
  return render(createElement(ReplApp, { controller }), { exitOnCtrlC: false, patchConsole: false, maxFps: 120 });
}

export async function runRepl(options: ReplOptions): Promise<number> {
  if (!process.stdin.isTTY) {
    const host = new BatchHost();
    const engine = createSession({ host, store: options.store, session: { ...options.session, interactive: false }, builtins: builtins(), cmdlets: options.cmdlets, help: options.help });
    const prompt = (): string => {
      const remote = engine.services?.session?.remoteComputer;
      return `${remote ? `[${remote}]: ` : ''}PS ${engine.services ? sessionLocation(engine.services.session) : PROMPT_LOCATION}> `;
    };
    return runPipedShell(executeThen(engine, host, options.afterCommand), prompt);
  }
  const stdout = process.stdout;
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((r) => (resolveExit = r));
  stdout.write(TITLE_SEQUENCE + BRACKETED_PASTE_ON);
  const { controller } = createShell({
    ...options,
    width: Math.max(40, stdout.columns || 120),
    onExit: (code) => resolveExit(code),
  });
  const onResize = (): void => controller.setWidth(Math.max(40, stdout.columns || 120));
  stdout.on('resize', onResize);
  const app = await renderApp(controller);
  try {
    return await exited;
  } finally {
    stdout.off('resize', onResize);
    app.unmount();
    await app.waitUntilExit().catch(() => undefined);
    stdout.write(BRACKETED_PASTE_OFF);
  }
}
