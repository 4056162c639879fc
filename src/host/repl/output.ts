// Finished output lines waiting to be printed above the prompt (through ink's <Static>), with the
// colours of their stream. Lines are handed to <Static> in generations: once a generation has been
// printed it is dropped and a new one starts, so a long listing is never re-rendered or kept in React.

import type { ConsoleColor, HostStream, WriteOptions } from '../../engine/host.js';

export interface Segment {
  text: string;
  color?: string;
  backgroundColor?: string;
  underline?: boolean;
  inverse?: boolean;
}

export interface OutputLine {
  id: number;
  segments: Segment[];
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

/** Stream colours: errors red, warnings yellow, verbose cyan [I: verbose/debug colours of this shell]. */
const STREAM_COLORS: Partial<Record<HostStream, string>> = {
  error: INK_COLORS.Red,
  warning: INK_COLORS.Yellow,
  verbose: INK_COLORS.Cyan,
  debug: INK_COLORS.Yellow,
};

/** [I] Printed lines kept per <Static> generation before a new one starts. */
const GENERATION_SIZE = 400;

/** [I] Most lines handed to <Static> per frame: a long listing prints over several frames. */
const LINES_PER_FRAME = 500;

export class OutputBuffer {
  private lines: OutputLine[] = [];
  private generation = 0;
  private nextId = 1;
  /** Write-Host -NoNewline text not yet ended by a newline. */
  private partial: Segment[] = [];
  /** Finished lines waiting for their frame; `queueStart` is the first one not yet handed over. */
  private queue: Segment[][] = [];
  private queueStart = 0;
  private drainWaiters: (() => void)[] = [];
  /** How many lines of the current generation <Static> has printed (reported after each commit). */
  private printed = 0;
  /** Called when queued lines moved on after a print and need another render. */
  onMore: (() => void) | undefined;

  /** Lines for <Static> and its key (a new key = a new generation). */
  get staticLines(): { key: number; lines: OutputLine[] } {
    return { key: this.generation, lines: this.lines };
  }

  get partialLine(): Segment[] {
    return this.partial;
  }

  get queuedCount(): number {
    return this.queue.length - this.queueStart;
  }

  markPrinted(generation: number, count: number): void {
    if (generation !== this.generation) return;
    this.printed = Math.max(this.printed, count);
    if (this.queuedCount > 0) {
      this.pump();
      this.onMore?.();
    } else if (this.printed >= this.lines.length) this.resolveDrained();
  }

  appendLines(lines: Segment[][]): void {
    for (const l of lines) this.queue.push(l);
    this.pump();
  }

  /** Moves queued lines on to <Static>, keeping at most one frame's worth unprinted. */
  private pump(): void {
    const unprinted = this.lines.length - this.printed;
    if (unprinted >= LINES_PER_FRAME || this.queuedCount === 0) return;
    if (this.printed >= this.lines.length && this.lines.length >= GENERATION_SIZE) {
      this.printed = 0;
      this.lines = [];
      this.generation++;
    }
    const take = this.queue.slice(this.queueStart, this.queueStart + LINES_PER_FRAME - unprinted);
    this.queueStart += take.length;
    if (this.queueStart === this.queue.length) {
      this.queue = [];
      this.queueStart = 0;
    } else if (this.queueStart > 50_000) {
      this.queue = this.queue.slice(this.queueStart);
      this.queueStart = 0;
    }
    this.lines = [...this.lines, ...take.map((segments) => ({ id: this.nextId++, segments }))];
  }

  /** Resolves once every line written so far has been printed. */
  whenDrained(): Promise<void> {
    if (this.queuedCount === 0 && this.printed >= this.lines.length) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Ctrl+C: lines not yet printed are dropped. */
  discardQueued(): void {
    this.queue = [];
    this.queueStart = 0;
    if (this.printed >= this.lines.length) this.resolveDrained();
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
