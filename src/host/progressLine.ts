// The one-line progress indicator of `csshell run` when stderr is a terminal: after the first second,
// the top-level statements done (of the total, when it is known), the rate and the time left; while
// the script's Write-Progress is active, its activity takes the line instead. It is redrawn at most a
// few times a second, erased before any other text reaches the terminal (and drawn again on the next
// tick), and erased at the end. The clock is injected so that the drawing can be tested.

import type { ProgressRecord } from '../engine/host.js';

/** [I] Nothing is drawn for a run shorter than this. */
export const PROGRESS_DELAY_MS = 1000;
/** [I] The shortest time between two drawings (four a second). */
export const PROGRESS_REDRAW_MS = 250;

const ERASE = '\r\x1b[K';

export class ProgressLine {
  private readonly started: number;
  private done = 0;
  private total: number | undefined;
  /** Write-Progress records still active, by activity id, the latest last. */
  private readonly activities = new Map<number, ProgressRecord>();
  private drawnAt: number | undefined;
  private visible = false;
  private finished = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly columns: number,
    private readonly now: () => number = Date.now,
    private readonly delayMs = PROGRESS_DELAY_MS,
  ) {
    this.started = now();
  }

  /** A top-level statement finished: `done` so far, of `total` when the script's length is known. */
  statementDone(done: number, total?: number): void {
    this.done = done;
    this.total = total;
  }

  /** Write-Progress: shown instead of the statement count until it completes. */
  progress(record: ProgressRecord): void {
    this.activities.delete(record.activityId);
    if (!record.completed) this.activities.set(record.activityId, record);
  }

  /** Called often (a timer, each statement): draws when it is time to. */
  tick(): void {
    const now = this.now();
    if (this.finished || now - this.started < this.delayMs) return;
    if (this.visible && this.drawnAt !== undefined && now - this.drawnAt < PROGRESS_REDRAW_MS) return;
    this.write(`\r${this.text(now).slice(0, Math.max(0, this.columns - 1))}\x1b[K`);
    this.drawnAt = now;
    this.visible = true;
  }

  /** Erases the line (before other text is written to the terminal); the next tick draws it again. */
  clear(): void {
    if (!this.visible) return;
    this.write(ERASE);
    this.visible = false;
  }

  /** Erases the line for good. */
  finish(): void {
    this.clear();
    this.finished = true;
  }

  private text(now: number): string {
    const active = [...this.activities.values()].pop();
    if (active) return activityText(active);
    const seconds = (now - this.started) / 1000;
    const rate = this.done / seconds;
    const count = this.total === undefined ? `${this.done}` : `${this.done}/${this.total}`;
    const parts = [`Running: ${count} statements`, `${rate.toFixed(1)}/s`];
    if (this.total !== undefined && rate > 0) parts.push(`about ${Math.ceil((this.total - this.done) / rate)} s left`);
    return parts.join(', ');
  }
}

/** Write-Progress as a single line: `Activity: status [30%] current operation`. */
function activityText(r: ProgressRecord): string {
  const percent = r.percentComplete >= 0 ? ` [${r.percentComplete}%]` : '';
  const status = r.status ? ` ${r.status}` : '';
  const operation = r.currentOperation ? ` ${r.currentOperation}` : '';
  return `${r.activity}:${status}${percent}${operation}`;
}
