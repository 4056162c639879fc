// A csshell in a real terminal (the shared tmux driver) started in a working directory of the test's
// choosing, so that C:\certs\… in typed commands maps to files the test put there; adds what the
// procedure tests need: the line being typed, completion, Enter with a wait for the next prompt.
import { TmuxShell } from '../repl/tmux.js';

export const PROMPT = 'PS C:\\Users\\Administrator>';

export class TerminalShell extends TmuxShell {
  constructor(
    readonly dir: string,
    storePath: string,
  ) {
    super(dir, storePath, { cwd: dir, width: 240, scrollback: 500 });
  }

  /** The last prompt line: what is being typed now. */
  line(): string {
    const lines = this.screen().split('\n').filter((l) => l.includes(PROMPT));
    return (lines[lines.length - 1] ?? '').trimEnd();
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
}
