// The host for `csshell -c` and `csshell run`: output and host text to stdout, errors to stderr,
// warnings/verbose/debug to stdout with their prefixes already applied by the engine; Write-Progress
// on the progress line when stderr is a terminal.
// Prompts cannot be answered here (interactive = false). When the reader of stdout goes away
// (`csshell -c … | head`), the rest of the output is dropped and `onOutputClosed` stops the run.

import type { ProgressLine } from './progressLine.js';
import type { ChoiceDescription, FieldDescription, Host, HostStream, ProgressRecord, WriteOptions } from '../engine/host.js';

export class BatchHost implements Host {
  readonly interactive = false;
  private pendingNoNewline = false;
  /** Streams whose reader went away: nothing more is written to them. */
  private readonly closed = new Set<NodeJS.WritableStream>();
  /** The progress indicator on a terminal's stderr (batchRun.ts): erased before anything else is written. */
  progressLine: ProgressLine | undefined;
  /** Called once when stdout can no longer be written (the CLI stops the run, as Ctrl+C would). */
  onOutputClosed: (() => void) | undefined;

  constructor(
    protected readonly out: NodeJS.WritableStream = process.stdout,
    protected readonly err: NodeJS.WritableStream = process.stderr,
    readonly width = Math.max(80, Number(process.env.COLUMNS) || 120),
  ) {
    for (const stream of [out, err]) stream.on('error', () => this.close(stream));
  }

  write(stream: HostStream, text: string, options?: WriteOptions): void {
    const target = stream === 'error' ? this.err : this.out;
    if (stream === 'host') {
      this.put(target, options?.noNewline ? text : `${text}\n`);
      this.pendingNoNewline = !!options?.noNewline;
      return;
    }
    if (this.pendingNoNewline) {
      this.put(this.out, '\n');
      this.pendingNoNewline = false;
    }
    this.put(target, `${text}\n`);
  }

  protected put(target: NodeJS.WritableStream, text: string): void {
    if (this.closed.has(target)) return;
    this.progressLine?.clear();
    target.write(text);
  }

  /** A write failed (EPIPE: the reader closed the pipe): stop writing there; a closed stdout stops the run. */
  private close(stream: NodeJS.WritableStream): void {
    if (this.closed.has(stream)) return;
    this.closed.add(stream);
    if (stream === this.out) this.onOutputClosed?.();
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

  /** Write-Progress: shown on the progress line when there is one (a terminal), otherwise dropped. */
  progress(record: ProgressRecord): void {
    this.progressLine?.progress(record);
    this.progressLine?.tick();
  }

  clear(): void {}
}
