// A host that records everything written and answers prompts from scripted queues: the labs judge
// a trainee's store through it, and the tests run commands through it.

import type { ChoiceDescription, FieldDescription, Host, HostStream, ProgressRecord, WriteOptions } from './host.js';

export interface RecordedWrite {
  stream: HostStream;
  text: string;
  options?: WriteOptions;
}

export class RecordingHost implements Host {
  readonly writes: RecordedWrite[] = [];
  readonly progressRecords: ProgressRecord[] = [];
  readonly prompts: { caption: string; message: string; fields?: FieldDescription[]; choices?: ChoiceDescription[] }[] = [];
  /** Answers for prompt(): each entry answers one prompt call. */
  promptAnswers: (Record<string, string | string[]> | null)[] = [];
  /** Answers for promptForChoice(): indexes. */
  choiceAnswers: number[] = [];
  /** Answers for readLine(). */
  lineAnswers: (string | null)[] = [];

  constructor(
    readonly interactive = false,
    readonly width = 120,
  ) {}

  write(stream: HostStream, text: string, options?: WriteOptions): void {
    this.writes.push({ stream, text, options });
  }

  async prompt(caption: string, message: string, fields: FieldDescription[]): Promise<Record<string, string | string[]> | null> {
    this.prompts.push({ caption, message, fields });
    return this.promptAnswers.length ? this.promptAnswers.shift()! : null;
  }

  async promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): Promise<number> {
    this.prompts.push({ caption, message, choices });
    return this.choiceAnswers.length ? this.choiceAnswers.shift()! : defaultChoice;
  }

  async readLine(prompt: string): Promise<string | null> {
    this.prompts.push({ caption: prompt, message: '' });
    return this.lineAnswers.length ? this.lineAnswers.shift()! : null;
  }

  progress(record: ProgressRecord): void {
    this.progressRecords.push(record);
  }

  clear(): void {
    this.writes.push({ stream: 'host', text: '\u001b[clear]' });
  }

  /** Everything on the given streams joined with newlines (host writes with -NoNewline are joined). */
  text(streams: HostStream[] = ['output', 'host', 'warning', 'verbose', 'error', 'debug', 'information']): string {
    let s = '';
    for (const w of this.writes) {
      if (!streams.includes(w.stream)) continue;
      s += w.text + (w.stream === 'host' && w.options?.noNewline ? '' : '\n');
    }
    return s;
  }

  get output(): string {
    return this.text(['output', 'host']);
  }

  get errors(): string {
    return this.text(['error']);
  }
}
