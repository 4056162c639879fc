// The lab shell's auto-check: after each command the lab's checks run again and one line is shown
// for each task that just turned done. Off unless `csshell lab start --auto-check` or
// `Set-LabOption -AutoCheck $true` turns it on. [I] Each auto-check counts as an attempt in the
// progress record, as a `lab check` does.

import { checkLab, type LabDefinition } from './labs.js';
import type { Store } from '../store/store.js';
import { ProgressRecordError, recordCheck } from './labProgress.js';

export class AutoCheck {
  constructor(
    private readonly lab: LabDefinition,
    private readonly store: Store,
    private readonly folder: string,
    public enabled = false,
  ) {}

  /** The lines to show after a command: "Task 2 done: …" per task that turned done. */
  async afterCommand(): Promise<string[]> {
    if (!this.enabled) return [];
    const results = await checkLab(this.lab, this.store, this.folder);
    let turned;
    try {
      turned = recordCheck(this.lab, this.folder, results);
    } catch (e) {
      if (!(e instanceof ProgressRecordError)) throw e;
      return [`auto-check: ${e.message}`];
    }
    const lines = turned.map((r) => `Task ${this.lab.tasks.indexOf(r.task) + 1} done: ${r.task.title}`);
    if (turned.length && results.every((r) => r.done)) lines.push(`Every task of ${this.lab.name} is done.`);
    return lines;
  }
}
