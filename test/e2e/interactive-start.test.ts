// The built interactive shell starts in a terminal and shows its prompt. Its ink/react part is a
// chunk loaded on demand, so only a real start in a pseudo-terminal shows that the chunk loads; and
// the `csshell` command must start it from the ES module bundle, not from the start-up snapshot.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliCommand } from '../helpers/cli.js';

const hasScript = existsSync('/usr/bin/script');

/** Everything the shell wrote to its terminal until the prompt appeared (or 30 s passed). */
function firstScreen(): Promise<string> {
  return new Promise((resolve) => {
    const command = `stty cols 120 rows 40; exec "${cliCommand}" --store :memory:`;
    const child = spawn('/usr/bin/script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TERM: 'xterm' } });
    let out = '';
    const done = () => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(out);
    };
    const timer = setTimeout(done, 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('PS C:\\Users\\Administrator>') || out.includes('internal error')) done();
    });
    child.on('exit', done);
  });
}

describe('the interactive shell in a terminal', () => {
  it.skipIf(!hasScript)('starts and shows its prompt', async () => {
    const screen = await firstScreen();
    expect(screen).not.toContain('internal error');
    expect(screen).toContain('PS C:\\Users\\Administrator>');
  }, 40_000);
});
