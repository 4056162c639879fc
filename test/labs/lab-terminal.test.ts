// `csshell lab start` in a terminal (a pseudo-terminal made by script(1)): a started lab is resumed or
// started again only when the trainee answers, and the text is wrapped to the terminal's width.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../helpers/cli.js';

const hasScript = existsSync('/usr/bin/script');

function startInTerminal(cwd: string, answers: string) {
  const command = `stty cols 60 rows 30; exec "${process.execPath}" "${cliPath}" lab start google-talk-repair --no-shell`;
  const r = spawnSync('/usr/bin/script', ['-qfec', command, '/dev/null'], { cwd, input: answers, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TERM: 'xterm' } });
  return r.stdout.replace(/\r/g, '');
}

describe('lab start in a terminal', () => {
  it.skipIf(!hasScript)('asks before resuming a started lab; S starts it again; the text fits 60 columns', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'csshell-labt-'));
    expect(runCli(['lab', 'start', 'google-talk-repair', '--no-shell'], { cwd }).status).toBe(0);
    const db = join(cwd, 'csshell-labs', 'google-talk-repair', 'lab.db');
    runCli(['-c', 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true'], { cwd, env: { CSSHELL_STORE: db } });
    expect(runCli(['lab', 'check', 'google-talk-repair'], { cwd }).stdout).toContain('1 of 3 tasks done.');
    const screen = startInTerminal(cwd, 's\n');
    expect(screen).toContain('[R] Resume  [S] Start again from scratch  [C] Cancel');
    expect(screen).toContain('Repair a broken Google Talk federation');
    expect(screen.split('\n').filter((l) => l.length > 60 && !l.startsWith('[R]') && !l.startsWith('The lab '))).toEqual([]);
    expect(runCli(['lab', 'check', 'google-talk-repair'], { cwd }).stdout).toContain('0 of 3 tasks done.');
  }, 40_000);
});
