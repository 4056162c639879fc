// The progress line of `csshell run` through the built CLI: drawn on stderr when it is a terminal (a
// pseudo-terminal made by script(1)) for a script that runs longer than a second, erased at the end;
// never written when stderr is not a terminal.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../helpers/cli.js';

const hasScript = existsSync('/usr/bin/script');
const dir = mkdtempSync(join(tmpdir(), 'csshell-run-progress-'));
/**
 * Five busy statements (Start-Sleep does not wait in the emulator) and a Write-Progress. The wait
 * before the line shows is set to 0 (CSSHELL_PROGRESS_DELAY_MS) so the test does not depend on the
 * machine's speed; the redraw limit still holds.
 */
const SLOW = [
  '"start"',
  ...Array.from({ length: 5 }, () => '$i = 0; while ($i -lt 20000) { $i++ }'),
  'Write-Progress -Activity Busy -Status looping -PercentComplete 40',
  '"end"',
].join('\n');
const NO_DELAY = { ...process.env, CSSHELL_PROGRESS_DELAY_MS: '0' };

describe('run progress', () => {
  it.skipIf(!hasScript)('shows statements done of the total on a terminal and erases the line at the end', () => {
    writeFileSync(join(dir, 'slow.ps1'), SLOW);
    const command = `stty cols 100 rows 30; exec "${process.execPath}" "${cliPath}" --store :memory: run slow.ps1`;
    const r = spawnSync('/usr/bin/script', ['-qfec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...NO_DELAY, TERM: 'xterm' } });
    const screen = r.stdout;
    expect(screen).toMatch(/\rRunning: 1\/13 statements, \d+\.\d\/s, about \d+ s left\x1b\[K/);
    expect(screen).toContain('start');
    // The last thing on the terminal after "end" is the erased line.
    expect(screen.slice(screen.lastIndexOf('end'))).toMatch(/\r\x1b\[K/);
  }, 40_000);

  it('writes nothing of it when stderr is not a terminal', () => {
    writeFileSync(join(dir, 'slow2.ps1'), SLOW);
    const r = runCli(['run', 'slow2.ps1'], { cwd: dir, env: NO_DELAY });
    expect(r.stdout).toBe('start\nend\n');
    expect(r.stderr).toBe('');
  });
});
