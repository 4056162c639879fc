// Command history: the persisted list behind Up/Down and Ctrl+R (`~/.csshell/history`). The session
// list behind Get-History is the engine's (src/engine/session/history.ts).
// File format: one entry per line; a multi-line entry is written with a backtick at the end of each
// line but the last (an entry cannot itself end with a backtick: that line would still be incomplete).
//
// Secrets: [I] the file gets each line with its secrets masked (`-Password '********'`) by the engine's
// redaction (src/engine/secrets), so the line stays useful to recall; a value learned later (a variable
// assigned first, used as a password after) is scrubbed from the file then. The Up/Down list of the
// running session keeps lines as typed, as PSReadLine keeps them in memory. Get-History lists the masked
// lines: [I] Windows PowerShell shows them verbatim, but its output is easily saved to a file.
// The file is created owner-only (0600) and so is the folder csshell creates for it (0700).

import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { redactSecrets } from '../../engine/secrets/redact.js';
import { builtins } from '../../cmdlets/index.js';
import type { LineRedactor } from '../../engine/session/history.js';

export { SessionHistory, type ExecutionStatus, type HistoryItem, type LineRedactor } from '../../engine/session/history.js';

/** [I] Entries kept in the history file (PSReadLine's default maximum). */
export const MAX_PERSISTED_HISTORY = 4096;

/** `~/.csshell/history`, honouring HOME (tests point it at a temporary folder). */
export function defaultHistoryPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.HOME || homedir(), '.csshell', 'history');
}

const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;

function writePrivate(path: string, data: string, append: boolean): void {
  mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_FOLDER });
  if (append) appendFileSync(path, data, { mode: PRIVATE_FILE });
  else writeFileSync(path, data, { mode: PRIVATE_FILE });
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

  constructor(
    readonly path: string | null,
    private readonly redact: LineRedactor = (line) => redactSecrets(line, builtins().cmdlets),
  ) {
    this.entries = path ? loadEntries(path) : [];
    try {
      // A file left readable by others by an earlier release is closed now.
      if (path && existsSync(path)) chmodSync(path, PRIVATE_FILE);
    } catch {
      // Not ours to change (another owner): it is still read.
    }
  }

  add(entry: string): void {
    const text = entry.replace(/\s+$/, '');
    if (!text.trim()) return;
    if (this.entries[this.entries.length - 1] !== text) this.entries.push(text);
    if (!this.path) return;
    try {
      writePrivate(this.path, encodeEntry(this.redact(text)) + '\n', true);
      if (this.entries.length > MAX_PERSISTED_HISTORY * 2) this.compact();
    } catch {
      // The history file is a convenience; a read-only home must not break the shell.
    }
  }

  private compact(): void {
    if (!this.path) return;
    const kept = this.entries.slice(-MAX_PERSISTED_HISTORY).map(this.redact);
    writePrivate(this.path, kept.map((e) => encodeEntry(e) + '\n').join(''), false);
  }

  /** Rewrites the file through `scrub` (a secret learned after its line was written down). */
  scrubFile(scrub: (text: string) => string): void {
    if (!this.path) return;
    try {
      const before = readFileSync(this.path, 'utf8');
      const after = parseHistoryFile(before).map((e) => encodeEntry(scrub(e)) + '\n').join('');
      if (after !== before) writePrivate(this.path, after, false);
    } catch {
      // No file yet, or an unreadable one: nothing to scrub.
    }
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
