// End-to-end in a real terminal (tmux): a long listing of a generated store streams to the screen and
// Ctrl+C stops it, keeping what was printed; the prompt comes back. Needs `npm run build` first.

import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, runCli } from '../helpers/cli.js';
import { promptLine, TMUX_PROMPT, TmuxShell } from '../repl/tmux.js';
import { tmuxTestFile } from '../repl/tmuxTestFile.js';

const { skipReason, track } = tmuxTestFile();
const PROMPT = TMUX_PROMPT;
const ROW_SIP = /sip:\S+@contoso/;
const rowsOf = (screen: string) => screen.split('\n').filter((l) => ROW_SIP.test(l));

describe.skipIf(skipReason !== null)('a long listing in the terminal', { timeout: 120_000 }, () => {
  let dir: string;

  beforeAll(() => {
    if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build first`);
    dir = TmuxShell.tempDir();
    const made = runCli(['fixture', 'generate', '--users', '20000', '--store', join(dir, 'store.db')]);
    expect(made.status).toBe(0);
  });

  it('shows rows while it runs; Ctrl+C stops it at once, keeps them, and the prompt returns', async () => {
    const shell = track(new TmuxShell(dir, join(dir, 'store.db')));
    shell.start();
    await shell.waitFor((s) => s.includes(PROMPT), 'the prompt');
    // Twenty passes over 18,000 users: far longer than the test waits.
    shell.type('1..20 | ForEach-Object { Get-CsUser } | Format-Table DisplayName,SipAddress');
    shell.keys('Enter');
    // The header scrolls out of the captured lines quickly; rows of the table show that it streams.
    const running = await shell.waitFor((s) => rowsOf(s).length >= 5, 'the first rows');
    const shownBefore = rowsOf(running);
    shell.keys('C-c');
    const stoppedAt = Date.now();
    const stopped = await shell.waitFor((s) => promptLine(s) === PROMPT, 'the prompt after Ctrl+C', 15_000);
    // Generous for a loaded machine; on an idle one the prompt is back within a fraction of a second.
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
    // Nothing printed was wiped: the rows run on to just above the prompt, and the output did not restart.
    const lines = stopped.trimEnd().split('\n');
    const above = lines.slice(-6, -1).filter((l) => l.trim() !== '');
    expect(above.length).toBeGreaterThan(0);
    // A row is a name and a SIP address (cut with `...` when wider than the first rows' column).
    for (const l of above) expect(l).toMatch(/^\S.*\ssip:\S+\s*$|^\^C$/);
    expect(shownBefore.length).toBeGreaterThanOrEqual(5);
    shell.type("'still here'");
    shell.keys('Enter');
    await shell.waitFor((s) => /^still here$/m.test(s), 'the next command');
  });
});
