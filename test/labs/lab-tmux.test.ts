// The lab shell in a real terminal (tmux): a lab command is completed with Tab and typed, Reset-Lab
// asks before it resets, and the auto-check line appears under the command that completed a task.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TMUX_PROMPT, TmuxShell, tmuxAvailable } from '../repl/tmux.js';

const skipReason = tmuxAvailable();
let shell: TmuxShell | undefined;
afterEach(() => shell?.stop());

describe.skipIf(skipReason !== null)('lab shell in a terminal', () => {
  it('Tab completes Reset-Lab, which asks; the auto-check reports a task done', async () => {
    const home = mkdtempSync(join(tmpdir(), 'csshell-labtmux-'));
    const folder = join(home, 'lab');
    shell = new TmuxShell(home, join(folder, 'lab.db'), { cliArgs: ['lab', 'start', 'google-talk-repair', '--folder', folder, '--auto-check'] });
    shell.start();
    await shell.waitFor((s) => s.includes(TMUX_PROMPT), 'the prompt');
    shell.type('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    shell.keys('Enter');
    await shell.waitFor((s) => s.includes('Task 3 done: Allow federated users on the Access Edge'), 'the auto-check line');
    shell.type('Reset-L');
    shell.keys('Tab');
    await shell.waitFor((s) => s.includes(`${TMUX_PROMPT} Reset-Lab`), 'the completed command');
    shell.keys('Enter');
    await shell.waitFor((s) => s.includes('Do you want to reset the lab?') && s.includes('[Y] Yes'), 'the confirmation');
    shell.type('y');
    shell.keys('Enter');
    await shell.waitFor((s) => s.includes('The lab google-talk-repair is back at its start.'), 'the reset');
    shell.type('(Test-LabProgress)[-1]');
    shell.keys('Enter');
    await shell.waitFor((s) => s.includes('0 of 3 tasks done.'), 'no task done after the reset');
    shell.type('exit');
    shell.keys('Enter');
    await shell.waitForExit();
    expect(shell.alive()).toBe(false);
  }, 60_000);
});
