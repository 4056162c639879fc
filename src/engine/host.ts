// The host interface: everything the engine shows to, or asks of, the person at the keyboard.
// The ink REPL (src/host/repl), the batch runner (src/host/batch.ts) and the recording test host
// (src/host/testHost.ts) implement it. The engine never writes to stdout itself.

import type { ErrorRecord } from './errors.js';
import type { ParseError } from '../lang/ast.js';

export type ConsoleColor =
  | 'Black'
  | 'DarkBlue'
  | 'DarkGreen'
  | 'DarkCyan'
  | 'DarkRed'
  | 'DarkMagenta'
  | 'DarkYellow'
  | 'Gray'
  | 'DarkGray'
  | 'Blue'
  | 'Green'
  | 'Cyan'
  | 'Red'
  | 'Magenta'
  | 'Yellow'
  | 'White';

/** Which stream a piece of text belongs to; the REPL colours them (errors red, warnings yellow, verbose cyan). */
export type HostStream = 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information' | 'host';

export interface WriteOptions {
  foregroundColor?: ConsoleColor;
  backgroundColor?: ConsoleColor;
  /** Write-Host -NoNewline. Otherwise each write is one or more complete lines. */
  noNewline?: boolean;
}

export interface FieldDescription {
  /** Parameter name, shown as `Name: `. */
  name: string;
  /** .NET type name, e.g. `System.String`, `System.String[]` (arrays prompt `Name[0]: ` until an empty line). */
  typeName: string;
  isSecure?: boolean;
}

export interface ChoiceDescription {
  /** With the hot key marked by `&`, e.g. `&Yes`, `Yes to &All`. */
  label: string;
  help: string;
}

export interface ProgressRecord {
  activityId: number;
  activity: string;
  status: string;
  percentComplete: number;
  currentOperation?: string;
  completed?: boolean;
}

export interface Host {
  /** False for `csshell -c`, `csshell run` and tests: prompts cannot be answered there. */
  readonly interactive: boolean;
  /** Console width in columns (Format-Table sizes to it). Batch: 120. */
  readonly width: number;

  /**
   * Writes text to a stream. For every stream but 'host' the text is one or more whole lines WITHOUT the
   * trailing newline, and without any prefix other than what PowerShell prints (`WARNING: ` etc. are added
   * by the engine, not the host).
   */
  write(stream: HostStream, text: string, options?: WriteOptions): void;

  /**
   * Mandatory-parameter / Read-Host style prompt. Returns the values typed (as strings, or string[] for
   * array fields), or null when the prompt was cancelled (Ctrl+C). Only called when `interactive`.
   * Caption and message are e.g. `cmdlet Get-Foo at command pipeline position 1` /
   * `Supply values for the following parameters:`.
   */
  prompt(caption: string, message: string, fields: FieldDescription[]): Promise<Record<string, string | string[]> | null>;

  /** -Confirm / ShouldContinue choices. Returns the index chosen. Only called when `interactive`. */
  promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): Promise<number>;

  /** Read-Host. Returns null when cancelled. */
  readLine(prompt: string, options?: { secure?: boolean }): Promise<string | null>;

  /**
   * Optional, for hosts that hand errors to tools as data (`csshell run --output json`): each error
   * record with the text the error view gives it. Without it the text goes to write('error').
   */
  writeErrorRecord?(record: ErrorRecord, text: string): void;

  /** Optional, as writeErrorRecord: the parse errors of a text that did not run, with their text. */
  writeParseErrors?(errors: ParseError[], text: string): void;

  /** Write-Progress and long batch operations. */
  progress(record: ProgressRecord): void;

  /** Clear-Host / cls. */
  clear(): void;
}
