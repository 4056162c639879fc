// The commands run in an interactive session, numbered from 1: what Get-History lists and
// Invoke-History runs again. The interactive shell records each command here; the cmdlets read the
// list from the session's state (SessionState.history). Outside the shell (`-c`, `run`) the list is
// empty, as in a fresh PowerShell host.

import { redactSecrets } from '../secrets/redact.js';

/** A command line as it may be written down: secrets masked. */
export type LineRedactor = (line: string) => string;

export type ExecutionStatus = 'NotStarted' | 'Running' | 'Stopping' | 'Stopped' | 'Completed' | 'Failed' | 'Disconnected';

export interface HistoryItem {
  id: number;
  commandLine: string;
  executionStatus: ExecutionStatus;
  startExecutionTime: Date;
  endExecutionTime: Date;
}

/**
 * The commands run in this session, numbered from 1 (what Get-History returns). Lines are masked
 * when they are read, so a secret the session learned after a line ran is masked in it too.
 */
export class SessionHistory {
  private readonly items: HistoryItem[] = [];
  private nextId = 1;
  /** The line the running command is recorded as, when Invoke-History replaced it. */
  private recordAs: string | undefined;

  /** `redact`: the session's masking; [I] without one, lines are judged by the Skype catalog alone. */
  constructor(private readonly redact: LineRedactor = (line) => redactSecrets(line)) {}

  record(commandLine: string, status: ExecutionStatus, start: Date, end: Date): HistoryItem {
    const line = this.recordAs ?? commandLine;
    this.recordAs = undefined;
    const item = { id: this.nextId++, commandLine: line, executionStatus: status, startExecutionTime: start, endExecutionTime: end };
    this.items.push(item);
    return this.masked(item);
  }

  all(): readonly HistoryItem[] {
    return this.items.map((i) => this.masked(i));
  }

  get(id: number): HistoryItem | undefined {
    const item = this.items.find((i) => i.id === id);
    return item && this.masked(item);
  }

  /** The entries as typed (secrets included): what Invoke-History runs again. Never shown. */
  typed(): readonly HistoryItem[] {
    return this.items;
  }

  /** As in 5.1, a command run by Invoke-History goes into the history as the line it ran. */
  recordRunningAs(commandLine: string): void {
    this.recordAs = commandLine;
  }

  private masked(item: HistoryItem): HistoryItem {
    return { ...item, commandLine: this.redact(item.commandLine) };
  }

  clear(): void {
    this.items.length = 0;
  }
}
