// `csshell lab report`: one row per trainee's lab folder, for the trainer. The tasks done are judged
// afresh (the checks run against the folder's store, which is only read); hints come from hints.json,
// attempts and times from progress.json (labProgress.ts).

import { basename } from 'node:path';
import { openStoreCopy } from '../store/storeCopy.js';
import { readHintLevels, type HintLevels } from './hints.js';
import { checkLab, findLab, labStarted, labStorePath, type LabDefinition } from './labs.js';
import { readProgress } from './labProgress.js';

export interface TraineeRow {
  /** The folder's name. */
  trainee: string;
  folder: string;
  lab: LabDefinition;
  /** Per task, in the lab's order. */
  done: boolean[];
  hints: HintLevels;
  attempts: number;
  startedAt: Date;
  /** When the last task turned done, when every task is done; else the last check (or the start). */
  endedAt: Date;
  finished: boolean;
}

export interface SkippedFolder {
  folder: string;
  reason: string;
}

export interface LabReport {
  rows: TraineeRow[];
  skipped: SkippedFolder[];
}

/** The hint levels revealed, summed over the tasks. */
export function hintsUsed(row: TraineeRow): number {
  return row.lab.tasks.reduce((sum, t) => sum + (row.hints[t.id] ?? 0), 0);
}

export function secondsSpent(row: TraineeRow): number {
  return Math.max(0, Math.round((row.endedAt.getTime() - row.startedAt.getTime()) / 1000));
}

async function traineeRow(folder: string): Promise<TraineeRow | SkippedFolder> {
  if (!labStarted(folder)) return { folder, reason: 'is not a lab folder (no lab.db)' };
  const progress = readProgress(folder);
  if (!progress) return { folder, reason: 'has no progress.json (started by an older csshell): it cannot say which lab it holds' };
  const lab = findLab(progress.lab);
  if (!lab) return { folder, reason: `holds the lab '${progress.lab}', which this csshell does not know` };
  // [I] The trainee's store is judged on a private copy: the report never writes to it.
  const copy = openStoreCopy(labStorePath(folder));
  let done: boolean[];
  try {
    done = (await checkLab(lab, copy.store, folder)).map((r) => r.done);
  } finally {
    copy.dispose();
  }
  const finished = done.every((d) => d);
  const doneTimes = Object.values(progress.doneAt).map((t) => new Date(t).getTime());
  const last = finished && doneTimes.length ? Math.max(...doneTimes) : new Date(progress.lastCheckAt ?? progress.startedAt).getTime();
  return {
    trainee: basename(folder),
    folder,
    lab,
    done,
    hints: readHintLevels(folder),
    attempts: progress.attempts,
    startedAt: new Date(progress.startedAt),
    endedAt: new Date(last),
    finished,
  };
}

/** Gathers the folders in the order given; a folder that cannot be reported is listed in `skipped`. */
export async function gatherLabReport(folders: string[]): Promise<LabReport> {
  const report: LabReport = { rows: [], skipped: [] };
  for (const folder of folders) {
    let row: TraineeRow | SkippedFolder;
    try {
      row = await traineeRow(folder);
    } catch (e) {
      row = { folder, reason: `cannot be read: ${e instanceof Error ? e.message : String(e)}` };
    }
    if ('reason' in row) report.skipped.push(row);
    else report.rows.push(row);
  }
  return report;
}

/** Per lab of the report, how many trainees finished each task (for the chart). */
export function finishedPerTask(rows: TraineeRow[]): { lab: LabDefinition; trainees: number; counts: number[] }[] {
  const byLab = new Map<string, { lab: LabDefinition; trainees: number; counts: number[] }>();
  for (const row of rows) {
    const entry = byLab.get(row.lab.name) ?? { lab: row.lab, trainees: 0, counts: row.lab.tasks.map(() => 0) };
    entry.trainees += 1;
    row.done.forEach((d, i) => (entry.counts[i]! += d ? 1 : 0));
    byLab.set(row.lab.name, entry);
  }
  return [...byLab.values()];
}
