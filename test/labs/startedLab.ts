// Test helper: a lab started in a new temporary folder, driven through the built CLI.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';

export interface StartedLab {
  cwd: string;
  folder: string;
  /** Runs PowerShell on the lab's store; it must write no error. */
  run(script: string): void;
  /** `csshell lab <args>` from the folder the lab was started in. */
  lab(...args: string[]): CliResult;
}

export function startedLab(name: string): StartedLab {
  const cwd = mkdtempSync(join(tmpdir(), 'csshell-lab-'));
  expect(runCli(['lab', 'start', name, '--no-shell'], { cwd }).status).toBe(0);
  const folder = join(cwd, 'csshell-labs', name);
  return {
    cwd,
    folder,
    run: (script) => expect(runCli(['-c', script], { cwd, env: { CSSHELL_STORE: join(folder, 'lab.db') } }).stderr).toBe(''),
    lab: (...args) => runCli(['lab', ...args], { cwd }),
  };
}
