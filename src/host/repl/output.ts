// Finished output lines, with the colours of their stream, on their way to the terminal. They are not
// kept in React state: the printer (ink's stdout writer, which clears the live prompt area, writes the
// text and draws the prompt again below it) receives them in batches, so a listing of 100k lines is
// never re-rendered. A batch goes out once per turn of the event loop, at most PRINT_LINES_PER_TURN
// lines at a time, so Ctrl+C is read between batches and can drop what is still waiting.

import type { ConsoleColor, HostStream, WriteOptions } from '../../engine/host.js';

export interface Segment {
  text: string;
  color?: string;
  backgroundColor?: string;
  underline?: boolean;
  inverse?: boolean;
}

/** PowerShell console colours as ink (chalk) colour names. */
export const INK_COLORS: Record<ConsoleColor, string> = {
  Black: 'black',
  DarkBlue: 'blue',
  DarkGreen: 'green',
  DarkCyan: 'cyan',
  DarkRed: 'red',
  DarkMagenta: 'magenta',
  DarkYellow: 'yellow',
  Gray: 'white',
  DarkGray: 'gray',
  Blue: 'blueBright',
  Green: 'greenBright',
  Cyan: 'cyanBright',
  Red: 'redBright',
  Magenta: 'magentaBright',
  Yellow: 'yellowBright',
  White: 'whiteBright',
};

/** Stream colours of the 5.1 console host: errors red; warnings, verbose and debug lines yellow. */
const STREAM_COLORS: Partial<Record<HostStream, string>> = {
  error: INK_COLORS.Red,
  warning: INK_COLORS.Yellow,
  verbose: INK_COLORS.Yellow,
  debug: INK_COLORS.Yellow,
};

/** [I] Most lines handed to the terminal per turn of the event loop. */
export const PRINT_LINES_PER_TURN = 2000;

/** Writes finished lines above the live area. */
export type Printer = (lines: Segment[][]) => void;

export class OutputBuffer {
  private printer: Printer | undefined;
  /** Write-Host -NoNewline text not yet ended by a newline. */
  private partial: Segment[] = [];
  /** Finished lines not yet printed; `queueStart` is the first one. */
  private queue: Segment[][] = [];
  private queueStart = 0;
  private scheduled = false;
  private drainWaiters: (() => void)[] = [];

  /** Lines printed so far go to `printer`; lines written before it was attached are printed now. */
  attach(printer: Printer): void {
    this.printer = printer;
    this.schedule();
  }

  get partialLine(): Segment[] {
    return this.partial;
  }

  get queuedCount(): number {
    return this.queue.length - this.queueStart;
  }

  appendLines(lines: Segment[][]): void {
    for (const l of lines) this.queue.push(l);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || !this.printer || this.queuedCount === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.printBatch();
    });
  }

  private printBatch(): void {
    if (!this.printer) return;
    const end = Math.min(this.queue.length, this.queueStart + PRINT_LINES_PER_TURN);
    const batch = this.queue.slice(this.queueStart, end);
    this.queueStart = end;
    if (this.queueStart === this.queue.length) {
      this.queue = [];
      this.queueStart = 0;
    }
    if (batch.length) this.printer(batch);
    if (this.queuedCount > 0) this.schedule();
    else this.resolveDrained();
  }

  /** Resolves once every line written so far has been printed. */
  whenDrained(): Promise<void> {
    if (this.queuedCount === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Ctrl+C: lines not yet printed are dropped. */
  discardQueued(): void {
    this.queue = [];
    this.queueStart = 0;
    this.resolveDrained();
  }

  private resolveDrained(): void {
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of waiters) w();
  }

  write(stream: HostStream, text: string, options?: WriteOptions): void {
    const color = options?.foregroundColor ? INK_COLORS[options.foregroundColor] : STREAM_COLORS[stream];
    const backgroundColor = options?.backgroundColor ? INK_COLORS[options.backgroundColor] : undefined;
    const parts = text.replace(/\r\n/g, '\n').split('\n');
    if (stream === 'host' && options?.noNewline) {
      const last = parts.pop()!;
      if (parts.length) this.appendLines(this.completeWith(parts, color, backgroundColor));
      if (last) this.partial = [...this.partial, { text: last, color, backgroundColor }];
      return;
    }
    if (stream !== 'host' && this.partial.length) this.flushPartial();
    this.appendLines(this.completeWith(parts, color, backgroundColor));
  }

  /** Lines for `parts`, the first one joined to any pending -NoNewline text. */
  private completeWith(parts: string[], color?: string, backgroundColor?: string): Segment[][] {
    const lines: Segment[][] = parts.map((t) => [{ text: t, color, backgroundColor }]);
    if (this.partial.length && lines.length) {
      lines[0] = [...this.partial, ...lines[0]!];
      this.partial = [];
    }
    return lines;
  }

  flushPartial(): void {
    if (!this.partial.length) return;
    const line = this.partial;
    this.partial = [];
    this.appendLines([line]);
  }
}
