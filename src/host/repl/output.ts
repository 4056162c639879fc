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

export class OutputBuffer {
  private lines: OutputLine[] = [];
  private generation = 0;
  private nextId = 1;
  /** Write-Host -NoNewline text not yet ended by a newline. */
  private partial: Segment[] = [];

  /** Lines for <Static> and its key (a new key = a new generation). */
  get staticLines(): { key: number; lines: OutputLine[] } {
    return { key: this.generation, lines: this.lines };
  }

  get partialLine(): Segment[] {
    return this.partial;
  }

  /** How many lines of the current generation <Static> has printed (reported after each commit). */
  private printed = 0;

  markPrinted(generation: number, count: number): void {
    if (generation === this.generation) this.printed = Math.max(this.printed, count);
  }

  /** Before appending: drops a generation once <Static> has printed all of it. */
  private startBatch(): void {
    if (this.lines.length >= GENERATION_SIZE && this.printed >= this.lines.length) {
      this.printed = 0;
      this.lines = [];
      this.generation++;
    }
  }

  appendLines(lines: Segment[][]): void {
    this.startBatch();
    this.lines = [...this.lines, ...lines.map((segments) => ({ id: this.nextId++, segments }))];
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
