// The lab's progress record (`progress.json` in the lab folder), for the trainer's `lab report`:
// which lab the folder holds, when it was started, how many times the trainee checked (`lab check`,
// Test-LabProgress and auto-checks) and when each task turned done. Like hints.json, a damaged
// record is reported, never overwritten.

import { join } from 'node:path';
import { SandboxFiles } from '../engine/files/sandbox.js';
import type { LabDefinition, TaskResult } from './labs.js';

export interface LabProgress {
  lab: string;
  /** ISO times. */
  startedAt: string;
  /** [I] Every judgement the trainee asked for or got counts as an attempt: lab check, Test-LabProgress, auto-checks. */
  attempts: number;
  lastCheckAt?: string;
  /** Task id to the time it was last seen turning done (a task that is undone again is dropped). */
  doneAt: Record<string, string>;
}

export class ProgressRecordError extends Error {}

export function progressRecordPath(folder: string): string {
  return join(folder, 'progress.json');
}

function isProgress(value: unknown): value is LabProgress {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const times = v.doneAt;
  return (
    typeof v.lab === 'string' &&
    typeof v.startedAt === 'string' &&
    Number.isInteger(v.attempts) &&
    (v.lastCheckAt === undefined || typeof v.lastCheckAt === 'string') &&
    typeof times === 'object' &&
    times !== null &&
    Object.values(times).every((t) => typeof t === 'string')
  );
}

/** The record in the folder; undefined when there is none (a lab started by an older csshell). */
export function readProgress(folder: string): LabProgress | undefined {
  const files = new SandboxFiles(folder);
  const path = progressRecordPath(folder);
  if (!files.exists(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(files.readFile(path).toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!isProgress(parsed)) throw new ProgressRecordError(`${path} is not a lab progress record; remove it to start counting again.`);
  return parsed;
}

function writeProgress(folder: string, progress: LabProgress): void {
  new SandboxFiles(folder).writeFile(progressRecordPath(folder), `${JSON.stringify(progress, null, 2)}\n`);
}

/**
 * A new record when the lab is prepared for the first time. [I] Starting again (--reset, Reset-Lab)
 * keeps the record, like hints.json: the trainer's time runs from the first start.
 */
export function startProgress(lab: LabDefinition, folder: string, now = new Date()): void {
  if (new SandboxFiles(folder).exists(progressRecordPath(folder))) return;
  writeProgress(folder, { lab: lab.name, startedAt: now.toISOString(), attempts: 0, doneAt: {} });
}

/**
 * Counts one check and notes which tasks turned done (or undone). Returns the tasks that turned done
 * with this check, for the auto-check's message. A lab started before records existed gets one now.
 */
export function recordCheck(lab: LabDefinition, folder: string, results: TaskResult[], now = new Date()): TaskResult[] {
  const progress = readProgress(folder) ?? { lab: lab.name, startedAt: now.toISOString(), attempts: 0, doneAt: {} };
  const turned: TaskResult[] = [];
  const doneAt = { ...progress.doneAt };
  for (const r of results) {
    if (r.done && !doneAt[r.task.id]) {
      doneAt[r.task.id] = now.toISOString();
      turned.push(r);
    } else if (!r.done) {
      delete doneAt[r.task.id];
    }
  }
  writeProgress(folder, { ...progress, attempts: progress.attempts + 1, lastCheckAt: now.toISOString(), doneAt });
  return turned;
}
