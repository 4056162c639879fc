// The host for `csshell -c` and `csshell run`: output and host text to stdout, errors to stderr,
// warnings/verbose/debug to stdout with their prefixes already applied by the engine.
// Prompts cannot be answered here (interactive = false).

import type { ChoiceDescription, FieldDescription, Host, HostStream, ProgressRecord, WriteOptions } from '../engine/host.js';

export class BatchHost implements Host {
  readonly interactive = false;
  private pendingNoNewline = false;

  constructor(
    private readonly out: NodeJS.WritableStream = process.stdout,
    private readonly err: NodeJS.WritableStream = process.stderr,
    readonly width = Math.max(80, Number(process.env.COLUMNS) || 120),
  ) {}

  write(stream: HostStream, text: string, options?: WriteOptions): void {
    const target = stream === 'error' ? this.err : this.out;
    if (stream === 'host') {
      target.write(options?.noNewline ? text : `${text}\n`);
      this.pendingNoNewline = !!options?.noNewline;
      return;
    }
    if (this.pendingNoNewline) {
      this.out.write('\n');
      this.pendingNoNewline = false;
    }
    target.write(`${text}\n`);
  }

  async prompt(_caption: string, _message: string, _fields: FieldDescription[]): Promise<Record<string, string | string[]> | null> {
    return null;
  }

  async promptForChoice(_caption: string, _message: string, _choices: ChoiceDescription[], defaultChoice: number): Promise<number> {
    return defaultChoice;
  }

  async readLine(_prompt: string): Promise<string | null> {
    return null;
  }

  progress(_record: ProgressRecord): void {}

  clear(): void {}
}
