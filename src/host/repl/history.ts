// Command history: the persisted list behind Up/Down and Ctrl+R (`~/.csshell/history`), and the
// session list behind Get-History.
// File format: one entry per line; a multi-line entry is written with a backtick at the end of each
// line but the last (an entry cannot itself end with a backtick: that line would still be incomplete).

import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** [I] Entries kept in the history file (PSReadLine's default maximum). */
export const MAX_PERSISTED_HISTORY = 4096;

/** `~/.csshell/history`, honouring HOME (tests point it at a temporary folder). */
export function defaultHistoryPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.HOME || homedir(), '.csshell', 'history');
}

/**
 * [I] Lines that may carry a secret and therefore never reach the history file (they still work with
 * Up/Down and Get-History during the session, as PSReadLine does).
 */
const SECRET_PATTERNS: RegExp[] = [
  /(^|[\s;|(])-(Password|CaPassword|PfxPassword|PrivateKeyPassword|Passphrase|SecurePassword)\b/i,
  /ConvertTo-SecureString\b[\s\S]*-AsPlainText\b/i,
  /\$\w*(password|passwd|pfxsecret|secret)\w*\s*=/i,
  /\b(password|pfxpassword|capassword)\s*=\s*['"]/i,
];

export function isSecretLine(line: string): boolean {
  return SECRET_PATTERNS.some((re) => re.test(line));
}

export function encodeEntry(entry: string): string {
  return entry.split('\n').join('`\n');
}

export function parseHistoryFile(content: string): string[] {
  const entries: string[] = [];
  let current: string[] = [];
  for (const line of content.split('\n')) {
    if (line.endsWith('`')) {
      current.push(line.slice(0, -1));
      continue;
    }
    current.push(line);
    const entry = current.join('\n');
    current = [];
    if (entry.trim()) entries.push(entry);
  }
  if (current.length) entries.push(current.join('\n'));
  return entries;
}

/** The Up/Down list, loaded from and appended to a file. */
export class PersistentHistory {
  readonly entries: string[];

  constructor(readonly path: string | null) {
    this.entries = path ? loadEntries(path) : [];
  }

  add(entry: string): void {
    const text = entry.replace(/\s+$/, '');
    if (!text.trim()) return;
    if (this.entries[this.entries.length - 1] !== text) this.entries.push(text);
    if (!this.path || isSecretLine(text)) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      appendFileSync(this.path, encodeEntry(text) + '\n');
      if (this.entries.length > MAX_PERSISTED_HISTORY * 2) this.compact();
    } catch {
      // The history file is a convenience; a read-only home must not break the shell.
    }
  }

  private compact(): void {
    if (!this.path) return;
    const kept = this.entries.filter((e) => !isSecretLine(e)).slice(-MAX_PERSISTED_HISTORY);
    writeFileSync(this.path, kept.map((e) => encodeEntry(e) + '\n').join(''));
  }

  /**
   * Ctrl+R: the newest entry older than `before` (an index into entries) containing `query`
   * (case-insensitive), or -1.
   */
  searchBackward(query: string, before: number): number {
    const q = query.toLowerCase();
    for (let i = Math.min(before, this.entries.length) - 1; i >= 0; i--) {
      if (this.entries[i]!.toLowerCase().includes(q)) return i;
    }
    return -1;
  }

  /** Ctrl+S: the oldest entry newer than `after` containing `query`, or -1. */
  searchForward(query: string, after: number): number {
    const q = query.toLowerCase();
    for (let i = after + 1; i < this.entries.length; i++) {
      if (this.entries[i]!.toLowerCase().includes(q)) return i;
    }
    return -1;
  }
}

function loadEntries(path: string): string[] {
  try {
    return parseHistoryFile(readFileSync(path, 'utf8')).slice(-MAX_PERSISTED_HISTORY);
  } catch {
    return [];
  }
}

export type ExecutionStatus = 'NotStarted' | 'Running' | 'Stopping' | 'Stopped' | 'Completed' | 'Failed' | 'Disconnected';

export interface HistoryItem {
  id: number;
  commandLine: string;
  executionStatus: ExecutionStatus;
  startExecutionTime: Date;
  endExecutionTime: Date;
}

/** The commands run in this session, numbered from 1 (what Get-History returns). */
export class SessionHistory {
  private readonly items: HistoryItem[] = [];
  private nextId = 1;

  record(commandLine: string, status: ExecutionStatus, start: Date, end: Date): HistoryItem {
    const item = { id: this.nextId++, commandLine, executionStatus: status, startExecutionTime: start, endExecutionTime: end };
    this.items.push(item);
    return item;
  }

  all(): readonly HistoryItem[] {
    return this.items;
  }

  get(id: number): HistoryItem | undefined {
    return this.items.find((i) => i.id === id);
  }

  clear(): void {
    this.items.length = 0;
  }
}
