// The lab report as a text table (for the terminal) and as CSV (for a spreadsheet).

import { stringify } from 'csv-stringify/sync';
import { hintsUsed, secondsSpent, type TraineeRow } from './labReport.js';

/** 3725 seconds as 1:02:05. */
export function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** "policy:2 grant:1": the hint level each task reached, for the tasks that needed one. */
export function hintLevelsText(row: TraineeRow): string {
  return row.lab.tasks.filter((t) => row.hints[t.id]).map((t) => `${t.id}:${row.hints[t.id]}`).join(' ');
}

function doneText(row: TraineeRow): string {
  return `${row.done.filter((d) => d).length}/${row.done.length}`;
}

/** The cells of one row as the text and HTML views show them. */
export function rowCells(row: TraineeRow): string[] {
  const levels = hintLevelsText(row);
  return [row.trainee, row.lab.name, doneText(row), `${hintsUsed(row)}${levels ? ` (${levels})` : ''}`, String(row.attempts), duration(secondsSpent(row))];
}

export const REPORT_HEADERS = ['Trainee', 'Lab', 'Done', 'Hints', 'Attempts', 'Time'];

export function reportText(rows: TraineeRow[]): string {
  const table = [REPORT_HEADERS, ...rows.map(rowCells)];
  const widths = REPORT_HEADERS.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  return [line(REPORT_HEADERS), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(rowCells(r)))].join('\n') + '\n';
}

export function reportCsv(rows: TraineeRow[]): string {
  return stringify(
    rows.map((r) => ({
      trainee: r.trainee,
      lab: r.lab.name,
      tasks_done: r.done.filter((d) => d).length,
      tasks_total: r.done.length,
      hints_used: hintsUsed(r),
      hint_levels: hintLevelsText(r),
      attempts: r.attempts,
      started: r.startedAt.toISOString(),
      ended: r.endedAt.toISOString(),
      seconds: secondsSpent(r),
      finished: String(r.finished),
    })),
    { header: true, columns: ['trainee', 'lab', 'tasks_done', 'tasks_total', 'hints_used', 'hint_levels', 'attempts', 'started', 'ended', 'seconds', 'finished'] },
  );
}
