// Graded hints: each task has three, revealed one per request (a nudge, the cmdlet to use, the full
// command). The level each task reached is kept in the lab's folder (`hints.json`), so `lab check`
// shows only what was already revealed and a trainer can see which help each task needed.

import { join } from 'node:path';
import { SandboxFiles } from '../engine/files/sandbox.js';
import type { LabDefinition, LabTask, TaskResult } from './labs.js';

/** [I] What each level is called when it is shown. */
export const HINT_LEVEL_NAMES = ['a nudge', 'the cmdlet', 'the command'];

/** Task id to the highest hint level revealed (1-based; a task not listed had none). */
export type HintLevels = Record<string, number>;

export class HintRecordError extends Error {}

function hintRecordPath(folder: string): string {
  return join(folder, 'hints.json');
}

function isHintLevels(value: unknown): value is HintLevels {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => Number.isInteger(v) && (v as number) >= 0);
}

/** The levels recorded in the lab's folder; a damaged record is reported, never overwritten. */
export function readHintLevels(folder: string): HintLevels {
  const files = new SandboxFiles(folder);
  const path = hintRecordPath(folder);
  if (!files.exists(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(files.readFile(path).toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!isHintLevels(parsed)) {
    throw new HintRecordError(`${path} is not a hint record (task ids and levels); remove it to count hints from zero.`);
  }
  return parsed;
}

function writeHintLevels(folder: string, levels: HintLevels): void {
  new SandboxFiles(folder).writeFile(hintRecordPath(folder), `${JSON.stringify(levels, null, 2)}\n`);
}

/** "hint 2 of 3" for a task's level (1-based). */
export function hintRank(task: LabTask, level: number): string {
  return `hint ${Math.min(level, task.hints.length)} of ${task.hints.length}`;
}

/** "hint 2 of 3 (the cmdlet): …" for a task's level (1-based). */
export function hintLine(task: LabTask, level: number): string {
  const shown = Math.min(level, task.hints.length);
  return `${hintRank(task, level)} (${HINT_LEVEL_NAMES[shown - 1] ?? 'more'}): ${task.hints[shown - 1]}`;
}

/** [I] A full command is shown on its own line at this indentation, which wrapping leaves whole. */
export const COMMAND_INDENT = '      ';

/**
 * The lines showing a task's hint at `level`, each after `indent`: the full command (the last level)
 * stands alone on the next line so it can be copied as it is.
 */
export function hintLines(task: LabTask, level: number, indent = ''): string[] {
  if (Math.min(level, task.hints.length) < task.hints.length) return [`${indent}${hintLine(task, level)}`];
  const label = `${hintRank(task, level)} (${HINT_LEVEL_NAMES[task.hints.length - 1] ?? 'more'}):`;
  return [`${indent}${label}`, `${COMMAND_INDENT}${task.hints[task.hints.length - 1]}`];
}

export interface RevealedHint {
  number: number;
  task: LabTask;
  level: number;
  /** The task had already shown its last hint. */
  last: boolean;
}

/**
 * Reveals the next hint of task `number` (1-based), or of the first task not done, and records it.
 * Returns undefined when every task is done and none was named.
 */
export function revealHint(lab: LabDefinition, folder: string, results: TaskResult[], number?: number): RevealedHint | undefined {
  const index = number !== undefined ? number - 1 : results.findIndex((r) => !r.done);
  if (index < 0) return undefined;
  const task = lab.tasks[index]!;
  const levels = readHintLevels(folder);
  const before = levels[task.id] ?? 0;
  const level = Math.min(before + 1, task.hints.length);
  if (level !== before) writeHintLevels(folder, { ...levels, [task.id]: level });
  return { number: index + 1, task, level, last: before >= task.hints.length };
}
