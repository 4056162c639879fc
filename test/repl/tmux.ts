// Runs the built CLI in a real terminal (a private tmux server) for end-to-end shell tests:
// send keys, read the screen, poll until it shows what we wait for.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, repoRoot } from '../helpers/cli.js';

export function tmuxAvailable(): string | null {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (r.status === 0) return null;
  const install = spawnSync('sh', ['-c', 'apt-get install -y tmux >/dev/null 2>&1'], { encoding: 'utf8' });
  if (install.status === 0 && spawnSync('tmux', ['-V']).status === 0) return null;
  return 'tmux is not installed and could not be installed (apt-get install -y tmux failed)';
}

let counter = 0;

/** Where the shell starts and how much of the terminal the test sees. */
export interface TmuxOptions {
  /** Working folder of the shell (its sandbox); the repository by default. */
  cwd?: string;
  /** Terminal width in columns (140 by default). */
  width?: number;
  /** Lines of scrollback read by screen() (200 by default). */
  scrollback?: number;
  /** The CLI's arguments; by default the shell on the store path. */
  cliArgs?: string[];
}

export class TmuxShell {
  readonly socket = `csshell-test-${process.pid}-${++counter}`;
  readonly session = 'shell';

  constructor(
    readonly home: string,
    readonly storePath: string,
    readonly options: TmuxOptions = {},
  ) {}

  static tempDir(): string {
    return mkdtempSync(join(tmpdir(), 'csshell-tmux-'));
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  }

  start(): void {
    // A clean environment: CI variables would switch ink to its non-interactive output mode.
    const env = [`PATH=${JSON.stringify(process.env.PATH ?? '/usr/bin:/bin')}`, `HOME=${JSON.stringify(this.home)}`, 'TERM=xterm-256color', 'LANG=C.UTF-8'];
    const args = this.options.cliArgs ?? ['--store', this.storePath];
    const cmd = `cd ${JSON.stringify(this.options.cwd ?? repoRoot)} && exec env -i ${env.join(' ')} ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} ${args.map((a) => JSON.stringify(a)).join(' ')}`;
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', this.session, '-x', String(this.options.width ?? 140), '-y', '50', cmd);
  }

  /** Literal text (no key names). */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  /** Key names: Enter, Tab, Up, C-c, … */
  keys(...names: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...names);
  }

  screen(): string {
    try {
      return this.tmux('capture-pane', '-p', '-J', '-t', this.session, '-S', `-${this.options.scrollback ?? 200}`);
    } catch {
      return '';
    }
  }

  title(): string {
    return this.tmux('display-message', '-p', '-t', this.session, '#{pane_title}').trim();
  }

  alive(): boolean {
    return spawnSync('tmux', ['-L', this.socket, 'has-session', '-t', this.session]).status === 0;
  }

  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    let s = '';
    while (Date.now() < until) {
      s = this.screen();
      if (predicate(s)) return s;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
  }

  async waitForExit(timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (!this.alive()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`shell did not exit; screen:\n${this.screen()}`);
  }

  /** Ends this test's private tmux server (and the shell in it). */
  stop(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

/** The last line starting with the prompt (what is being typed). */
export function promptLine(screen: string): string {
  const lines = screen.split('\n').filter((l) => l.includes('PS C:\\Users\\Administrator>'));
  return (lines[lines.length - 1] ?? '').trimEnd();
}

/** The shell's prompt as the terminal shows it (no trailing space). */
export const TMUX_PROMPT = 'PS C:\\Users\\Administrator>';
