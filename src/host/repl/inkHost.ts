// The engine's Host for the interactive shell: output goes to the controller's printed lines (coloured
// by stream), prompts become line questions at the bottom of the screen, progress becomes bars.

import type { ChoiceDescription, FieldDescription, Host, HostStream, ProgressRecord, WriteOptions } from '../../engine/host.js';
import type { ReplController } from './controller.js';

/** The hot key of a choice label (`&Yes` -> `Y`, `Yes to &All` -> `A`). */
export function hotKey(label: string): string {
  const i = label.indexOf('&');
  return i >= 0 && i + 1 < label.length ? label[i + 1]!.toUpperCase() : label[0]!.toUpperCase();
}

export function choiceLine(choices: ChoiceDescription[], defaultChoice: number): string {
  const parts = choices.map((c) => `[${hotKey(c.label)}] ${c.label.replace('&', '')}`);
  const def = choices[defaultChoice];
  const suffix = def ? `(default is "${hotKey(def.label)}"):` : ':';
  return `${parts.join('  ')}  [?] Help ${suffix}`;
}

export class InkHost implements Host {
  readonly interactive = true;

  constructor(private readonly controller: ReplController) {}

  /** Follows the terminal's width (Format-Table sizes to it). */
  get width(): number {
    return this.controller.width;
  }

  write(stream: HostStream, text: string, options?: WriteOptions): void {
    this.controller.output.write(stream, text, options);
    this.controller.scheduleChange();
  }

  async prompt(caption: string, message: string, fields: FieldDescription[]): Promise<Record<string, string | string[]> | null> {
    // The console host leaves a blank line before the caption.
    const header = [caption, message].filter((s) => s);
    if (header.length) this.write('host', ['', ...header].join('\n'));
    const answers: Record<string, string | string[]> = {};
    for (const field of fields) {
      if (field.typeName.endsWith('[]')) {
        const values: string[] = [];
        for (;;) {
          const v = await this.controller.askLine(`${field.name}[${values.length}]: `, field.isSecure);
          if (v === null) return null;
          if (v === '') break;
          values.push(v);
        }
        answers[field.name] = values;
      } else {
        const v = await this.controller.askLine(`${field.name}: `, field.isSecure);
        if (v === null) return null;
        answers[field.name] = v;
      }
    }
    return answers;
  }

  async promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): Promise<number> {
    // The console host leaves a blank line before the caption.
    const header = [caption, message].filter((s) => s);
    if (header.length) this.write('host', ['', ...header].join('\n'));
    const line = choiceLine(choices, defaultChoice);
    for (;;) {
      const answer = await this.controller.askLine(line);
      if (answer === null) return noOrDefault(choices, defaultChoice);
      const a = answer.trim();
      if (a === '') return defaultChoice;
      if (a === '?') {
        this.write('host', choices.map((c) => `${hotKey(c.label)} - ${c.help}`).join('\n'));
        continue;
      }
      const i = choices.findIndex((c) => hotKey(c.label) === a.toUpperCase() || c.label.replace('&', '').toLowerCase() === a.toLowerCase());
      if (i >= 0) return i;
    }
  }

  async readLine(prompt: string, options?: { secure?: boolean }): Promise<string | null> {
    const label = prompt === '' ? '' : /:\s*$/.test(prompt) ? prompt : `${prompt}: `;
    return this.controller.askLine(label, options?.secure);
  }

  progress(record: ProgressRecord): void {
    this.controller.progressUpdate(record);
  }

  clear(): void {
    this.controller.clearScreen();
  }
}

/** Ctrl+C at a -Confirm question (the pipeline is being stopped): "No to All" when offered, else "No". */
function noOrDefault(choices: ChoiceDescription[], defaultChoice: number): number {
  const noToAll = choices.findIndex((c) => hotKey(c.label) === 'L');
  if (noToAll >= 0) return noToAll;
  const no = choices.findIndex((c) => hotKey(c.label) === 'N');
  return no >= 0 ? no : defaultChoice;
}
