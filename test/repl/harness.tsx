// Drives the shell's ink view with ink-testing-library: keys in, frames out. The command runner is a
// stand-in by default so line editing, history and prompts are tested on their own; `engineShell`
// wires the real engine.

import React from 'react';
import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplApp } from '../../src/host/repl/App.js';
import { ReplController, type Executor } from '../../src/host/repl/controller.js';
import { PersistentHistory, SessionHistory } from '../../src/host/repl/history.js';
import { InkHost } from '../../src/host/repl/inkHost.js';
import { isKnownCommand } from '../../src/host/repl/engineAccess.js';
import type { ExecuteResult } from '../../src/engine/engine.js';
import type { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open.js';
// The shell always runs with the cmdlets loaded: their argument completers (identities) register then.
import { builtins } from '../../src/cmdlets/index.js';
import type { Printer, Segment } from '../../src/host/repl/output.js';

export const KEY = {
  enter: '\r',
  tab: '\t',
  shiftTab: '\x1b[Z',
  left: '\x1b[D',
  right: '\x1b[C',
  up: '\x1b[A',
  down: '\x1b[B',
  home: '\x1b[H',
  end: '\x1b[F',
  ctrlLeft: '\x1b[1;5D',
  ctrlRight: '\x1b[1;5C',
  backspace: '\x7f',
  ctrlBackspace: '\x08',
  delete: '\x1b[3~',
  ctrlW: '\x17',
  ctrlU: '\x15',
  ctrlK: '\x0b',
  ctrlC: '\x03',
  ctrlD: '\x04',
  ctrlR: '\x12',
  ctrlSpace: '\x00',
  escape: '\x1b',
  pasteStart: '\x1b[200~',
  pasteEnd: '\x1b[201~',
  f8: '\x1b[19~',
  shiftF8: '\x1b[19;2~',
  ctrlZ: '\x1a',
  ctrlY: '\x19',
};

export const PROMPT = 'PS C:\\Users\\Administrator> ';

/**
 * Stands in for the terminal above the live area: records the lines the shell prints (ink's test
 * renderer keeps only the last frame, which holds the live area).
 */
export class PrintedLines {
  readonly lines: Segment[][] = [];
  /** How many batches the shell printed. */
  batches = 0;
  readonly printer: Printer = (lines) => {
    this.batches++;
    for (const l of lines) this.lines.push(l);
  };

  text(): string {
    let out = '';
    for (const l of this.lines) out += `${l.map((s) => s.text).join('')}\n`;
    return out;
  }
}

export type RunFn = (text: string, host: InkHost) => Promise<Partial<ExecuteResult> | void> | Partial<ExecuteResult> | void;

export interface ShellHarness {
  controller: ReplController;
  host: InkHost;
  store: Store;
  ran: string[];
  stopped: () => number;
  exitCode: () => number | undefined;
  history: PersistentHistory;
  sessionHistory: SessionHistory;
  /** Writes raw input, one chunk per argument (each chunk as the terminal would deliver it), then lets the view update. */
  press(...chunks: string[]): Promise<void>;
  /** The whole screen so far (printed lines + live area), without colours. */
  screen(): string;
  /** The live lines only (prompt area), without colours. */
  live(): string;
  /** The lines printed above the live area, with their colours. */
  printed: PrintedLines;
  /** Polls until `predicate(screen())` holds. */
  waitFor(predicate: (screen: string) => boolean, timeoutMs?: number): Promise<string>;
  unmount(): void;
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'csshell-repl-'));
}

export function startShell(opts: { run?: RunFn; historyPath?: string | null; store?: Store; remote?: () => string | undefined; width?: number } = {}): ShellHarness {
  const store = opts.store ?? openStore(':memory:');
  const ran: string[] = [];
  let stops = 0;
  let exitCode: number | undefined;
  let host!: InkHost;
  const executor: Executor = {
    async execute(text) {
      ran.push(text);
      const r = (await opts.run?.(text, host)) ?? {};
      const exit = /^\s*exit\s*$/i.test(text) ? { exitCode: 0 } : {};
      return { terminatingError: false, parseErrors: false, success: true, ...exit, ...r };
    },
    stop() {
      stops++;
    },
  };
  const history = new PersistentHistory(opts.historyPath ?? null);
  const sessionHistory = new SessionHistory();
  const session = { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: true };
  const controller = new ReplController({
    executor,
    history,
    sessionHistory,
    completion: { store, session, completers: builtins().completers, variableNames: () => ['pfx', 'partner'] },
    remoteComputer: opts.remote ?? (() => undefined),
    isCommand: (n) => isKnownCommand(n) || /^(Read-Host|Write-Host|ForEach-Object|Select-Object)$/i.test(n),
    width: opts.width ?? 100,
    onExit: (code) => {
      exitCode = code;
    },
  });
  host = new InkHost(controller);
  const printed = new PrintedLines();
  const ink = render(<ReplApp controller={controller} printer={printed.printer} />);
  const screen = (): string => printed.text() + stripAnsi(ink.lastFrame() ?? '');
  const harness: ShellHarness = {
    controller,
    host,
    store,
    printed,
    ran,
    stopped: () => stops,
    exitCode: () => exitCode,
    history,
    sessionHistory,
    async press(...chunks) {
      for (const c of chunks) {
        ink.stdin.write(c);
        await settle();
      }
    },
    screen,
    live: () => controller.getView().liveLines.map((l) => l.map((s) => s.text).join('')).join('\n'),
    async waitFor(predicate, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const s = screen();
        if (predicate(s)) return s;
        if (Date.now() > until) throw new Error(`screen never matched; last screen:\n${s}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    unmount: () => ink.unmount(),
  };
  return harness;
}

/** Lets pending promises and setImmediate callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

export interface EngineShellHarness {
  controller: ReplController;
  printed: PrintedLines;
  press(...chunks: string[]): Promise<void>;
  /** Types a line, presses Enter and waits until the command has finished. */
  run(line: string): Promise<string>;
  screen(): string;
  waitFor(predicate: (screen: string) => boolean, timeoutMs?: number): Promise<string>;
  exitCode(): number | undefined;
  unmount(): void;
}

/** The shell wired to the real engine (createShell), on a fresh demo store. */
export async function engineShell(opts: { historyPath?: string | null; workingDirectory?: string } = {}): Promise<EngineShellHarness> {
  await import('../../src/cmdlets/index.js');
  const { createShell } = await import('../../src/host/repl/index.js');
  const store = openStore(':memory:');
  let exitCode: number | undefined;
  const { controller } = createShell({
    store,
    storePath: ':memory:',
    session: { localComputer: 'fe01.contoso.com', workingDirectory: opts.workingDirectory ?? process.cwd(), interactive: true },
    historyPath: opts.historyPath ?? null,
    // ink-testing-library's terminal is 100 columns wide.
    width: 100,
    onExit: (c) => void (exitCode = c),
  });
  const printed = new PrintedLines();
  const ink = render(<ReplApp controller={controller} printer={printed.printer} />);
  const screen = (): string => printed.text() + stripAnsi(ink.lastFrame() ?? '');
  const waitFor = async (predicate: (s: string) => boolean, timeoutMs = 15_000): Promise<string> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const s = screen();
      if (predicate(s)) return s;
      if (Date.now() > until) throw new Error(`screen never matched; last screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const press = async (...chunks: string[]): Promise<void> => {
    for (const c of chunks) {
      ink.stdin.write(c);
      await settle();
    }
  };
  return {
    controller,
    printed,
    press,
    async run(line) {
      await press(line, KEY.enter);
      await waitFor(() => !controller.isRunning && controller.getView().mode !== 'running');
      await settle();
      return screen();
    },
    screen,
    waitFor,
    exitCode: () => exitCode,
    unmount: () => ink.unmount(),
  };
}
