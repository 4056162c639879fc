// The Management Shell behind the panel's Commit buttons: each command runs through the engine as
// `csshell -c` runs it (binder, validation, ShouldProcess, one store transaction), and the panel
// keeps the list of what it ran so the admin can copy it into a shell.

import { createSession } from '../../engine/createSession.js';
import type { SessionInfo } from '../../engine/cmdlet.js';
import type { ErrorRecord } from '../../engine/errors.js';
import type { Host, HostStream } from '../../engine/host.js';
import type { ParseError } from '../../lang/ast.js';
import type { Store } from '../../store/store.js';
import { builtins } from '../../cmdlets/index.js';

export interface CommandOutcome {
  command: string;
  /** The error messages, as the console's first line shows them (`Cmdlet : message`). */
  errors: string[];
  warnings: string[];
  /** The objects the command wrote. */
  output: unknown[];
}

/** The console's error view without its position lines (`At line:1 char:1`, `+ …`): a form shows the message. */
function errorHeadline(text: string): string {
  const at = text.search(/\r?\n(At line:|At .*:\d+ char:|\+ )/);
  return (at < 0 ? text : text.slice(0, at)).trim();
}

/** A host that nobody sits at: prompts cannot be answered (as for `csshell -c`), everything is collected. */
class CollectingHost implements Host {
  readonly interactive = false;
  readonly width = 120;
  readonly errors: string[] = [];
  readonly warnings: string[] = [];

  write(stream: HostStream, text: string): void {
    if (stream === 'error') this.errors.push(errorHeadline(text));
    else if (stream === 'warning') this.warnings.push(text.replace(/^WARNING: /, ''));
  }
  writeErrorRecord(_record: ErrorRecord, text: string): void {
    this.errors.push(errorHeadline(text));
  }
  writeParseErrors(_errors: ParseError[], text: string): void {
    this.errors.push(errorHeadline(text));
  }
  async prompt(): Promise<null> {
    return null;
  }
  async promptForChoice(_c: string, _m: string, _choices: unknown[], defaultChoice: number): Promise<number> {
    return defaultChoice;
  }
  async readLine(): Promise<null> {
    return null;
  }
  progress(): void {}
  clear(): void {}
}

/** [I] How many commands the PowerShell command pane keeps (the oldest drop off). */
const HISTORY_LIMIT = 200;

export class PanelShell {
  private readonly ran: { command: string; failed: boolean }[] = [];

  constructor(
    private readonly store: Store,
    private readonly session: SessionInfo,
  ) {}

  /** The commands run in this panel session, oldest first. */
  get history(): readonly string[] {
    return this.ran.map((r) => r.command);
  }

  /**
   * The command pane's lines: a command that failed is kept as a comment, so that the whole pane can
   * be pasted into a shell and does what the panel did.
   */
  get paneLines(): readonly string[] {
    return this.ran.map((r) => (r.failed ? `# failed: ${r.command}` : r.command));
  }

  /** Runs one command in a fresh engine (no variables carry over between Commits) and records it. */
  async run(command: string): Promise<CommandOutcome> {
    const host = new CollectingHost();
    const engine = createSession({ host, store: this.store, session: this.session, builtins: builtins() });
    const output: unknown[] = [];
    const result = await engine.execute(command, { output: (v) => output.push(v) });
    const errors = host.errors.length || result.success ? host.errors : [`${command.split(' ')[0]} : The command failed.`];
    this.ran.push({ command, failed: errors.length > 0 });
    if (this.ran.length > HISTORY_LIMIT) this.ran.shift();
    return { command, errors, warnings: host.warnings, output };
  }
}
