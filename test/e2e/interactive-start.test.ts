// The built interactive shell starts in a terminal and shows its prompt. Its ink/react part is a
// chunk loaded on demand, so only a real start in a pseudo-terminal shows that the chunk loads: from
// the ES module bundle (dist/csshell.js) and from the start-up snapshot (the `csshell` command).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliCommand, cliPath } from '../helpers/cli.js';

const hasScript = existsSync('/usr/bin/script');

/**
 * Everything the shell started by `start` wrote to its terminal until the prompt appeared (or 30 s
 * passed); with `typed`, until its line, typed at the prompt, showed `shows` and the prompt again.
 */
function screen(start: string, typed?: { line: string; shows: string }): Promise<string> {
  return new Promise((resolve) => {
    const command = `stty cols 120 rows 40; exec ${start} --store :memory:`;
    const child = spawn('/usr/bin/script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TERM: 'xterm' } });
    let out = '';
    const done = () => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(out);
    };
    const timer = setTimeout(done, 30_000);
    const prompt = 'PS C:\\Users\\Administrator>';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('internal error') || (!typed && out.includes(prompt))) return done();
      if (!typed || !out.includes(prompt)) return;
      if (!sent) {
        sent = true;
        child.stdin.write(`${typed.line}\r`);
      } else if (out.includes(typed.shows) && out.indexOf(prompt, out.indexOf(typed.shows)) > 0) done();
    });
    child.on('exit', done);
  });
}

describe('the interactive shell in a terminal', () => {
  it.skipIf(!hasScript)('starts from the ES module bundle and shows its prompt', async () => {
    const shown = await screen(`"${process.execPath}" "${cliPath}"`);
    expect(shown).not.toContain('internal error');
    expect(shown).toContain('PS C:\\Users\\Administrator>');
  }, 40_000);

  it.skipIf(!hasScript)('starts from the snapshot (the csshell command), shows its prompt and runs what is typed', async () => {
    const shown = await screen(`"${cliCommand}"`, { line: '"typed " + (40 + 2)', shows: 'typed 42' });
    expect(shown).not.toContain('internal error');
    expect(shown).toContain('typed 42');
  }, 40_000);
});
