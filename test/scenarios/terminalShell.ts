// A csshell in a real terminal (a private tmux server) started in a working directory of the test's
// choosing, so that C:\certs\… in typed commands maps to files the test put there.
import { execFileSync, spawnSync } from 'node:child_process';
import { cliPath } from '../helpers/cli.js';

export const PROMPT = 'PS C:\\Users\\Administrator>';
let counter = 0;

export class TerminalShell {
  readonly socket = `csshell-procedure-${process.pid}-${++counter}`;

  constructor(
    readonly dir: string,
    readonly storePath: string,
  ) {}

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  }

  start(): void {
    // A clean environment: CI variables would switch ink to its non-interactive output mode.
    const env = [`PATH=${JSON.stringify(process.env.PATH ?? '/usr/bin:/bin')}`, `HOME=${JSON.stringify(this.dir)}`, 'TERM=xterm-256color', 'LANG=C.UTF-8'];
    const cmd = `cd ${JSON.stringify(this.dir)} && exec env -i ${env.join(' ')} ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} --store ${JSON.stringify(this.storePath)}`;
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'shell', '-x', '240', '-y', '50', cmd);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', 'shell', '-l', text);
  }

  keys(...names: string[]): void {
    this.tmux('send-keys', '-t', 'shell', ...names);
  }

  screen(): string {
    try {
      return this.tmux('capture-pane', '-p', '-J', '-t', 'shell', '-S', '-500');
    } catch {
      return '';
    }
  }

  /** The last prompt line: what is being typed now. */
  line(): string {
    const lines = this.screen().split('\n').filter((l) => l.includes(PROMPT));
    return (lines[lines.length - 1] ?? '').trimEnd();
  }

  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    let s = '';
    while (Date.now() < until) {
      s = this.screen();
      if (predicate(s)) return s;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
  }

  /** Presses Tab and waits until the prompt line ends with `expected`. */
  async complete(expected: string): Promise<void> {
    this.keys('Tab');
    await this.waitFor(() => this.line().endsWith(expected), `completion to "${expected}"`);
  }

  /** Presses Enter and waits for a fresh prompt after the command's output. */
  async enter(): Promise<string> {
    const before = this.screen().split('\n').filter((l) => l.includes(PROMPT)).length;
    this.keys('Enter');
    return this.waitFor((s) => {
      const prompts = s.split('\n').filter((l) => l.includes(PROMPT));
      return prompts.length > before && /PS C:\\Users\\Administrator> ?$/.test(prompts[prompts.length - 1]!.trimEnd() + ' ');
    }, 'the next prompt');
  }

  /** The text printed since the last time `marker` appeared on a prompt line. */
  since(marker: string): string {
    const s = this.screen();
    return s.slice(s.lastIndexOf(marker));
  }

  alive(): boolean {
    return spawnSync('tmux', ['-L', this.socket, 'has-session', '-t', 'shell']).status === 0;
  }

  stop(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
