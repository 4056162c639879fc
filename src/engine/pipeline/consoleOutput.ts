// The Out-Default at the end of every command line: output objects are formatted one at a time as the
// pipeline produces them, and the finished lines reach the host in batches (a long listing is neither
// held back until the end nor written one line per call).

import { OutDefaultStream } from '../../format/outDefault.js';
import { withEnumerationLimit } from '../runtime/displayText.js';
import { toStr } from '../runtime/convert.js';
import type { Host } from '../host.js';
import type { ViewTable } from '../../format/views.js';

/** [I] Formatted lines gathered before they are written to the host (also written at every host turn). */
export const OUTPUT_BATCH_LINES = 256;

export class ConsoleOutput {
  private stream: OutDefaultStream | undefined;
  private lines: string[] = [];

  constructor(
    private readonly host: Host,
    /** $FormatEnumerationLimit of the session (read per object: a script may change it). */
    private readonly enumerationLimit: () => number | undefined,
    private readonly views: ViewTable,
  ) {}

  /** Formats one output object; its finished lines are written once a batch is full. */
  write(value: unknown): void {
    const stream = (this.stream ??= new OutDefaultStream(this.host.width, this.views));
    try {
      this.keep(withEnumerationLimit(this.enumerationLimit(), () => stream.write(value)));
    } catch (e) {
      this.failed(e, [value]);
    }
    if (this.lines.length >= OUTPUT_BATCH_LINES) this.writeLines();
  }

  /** Writes the lines finished so far (an open table stays open). */
  writeLines(): void {
    if (this.lines.length === 0) return;
    const lines = this.lines;
    this.lines = [];
    this.host.write('output', lines.join('\n'));
  }

  /** Ends the output so far (an open table or list is closed) and writes it: before anything else reaches the console. */
  finish(): void {
    const stream = this.stream;
    this.stream = undefined;
    if (stream) {
      try {
        this.keep(withEnumerationLimit(this.enumerationLimit(), () => stream.finish()));
      } catch (e) {
        this.failed(e, []);
      }
    }
    this.writeLines();
  }

  private keep(lines: string[]): void {
    for (const l of lines) this.lines.push(l);
  }

  /** A formatter defect must not lose the output or end the session: the value is shown plainly. */
  private failed(e: unknown, values: unknown[]): void {
    this.stream = undefined;
    this.keep(values.map((v) => toStr(v)));
    this.writeLines();
    this.host.write('error', `out-default : ${e instanceof Error ? e.message : String(e)}`);
  }
}
