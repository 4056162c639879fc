// A batch listing whose reader goes away (`csshell -c 'Get-CsUser | ft' | head -3`): the command stops
// at the next object, quietly, with no JavaScript error on stderr. Needs `npm run build` first.

import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliCommand, repoRoot, runCli } from '../helpers/cli.js';

let store: string;

beforeAll(() => {
  if (!existsSync(cliCommand)) throw new Error(`${cliCommand} is missing: run npm run build first`);
  store = join(mkdtempSync(join(tmpdir(), 'csshell-closed-')), 'store.db');
  expect(runCli(['fixture', 'generate', '--users', '3000', '--store', store]).status).toBe(0);
});

/** Runs `command`, closes its stdout once a table header came; resolves with its exit status and stderr. */
function readFirstChunkThenClose(command: string): Promise<{ status: number | null; stderr: string; first: string }> {
  return new Promise((resolve) => {
    const child = spawn(cliCommand, ['--store', store, '-c', command], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let first = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      first += d;
      if (first.includes('DisplayName')) child.stdout.destroy();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr, first });
    });
  });
}

describe('a batch run whose output is closed', () => {
  it('stops without a JavaScript error', async () => {
    // Three passes over the users: far more than a pipe holds, so the run is still writing when the reader goes.
    const r = await readFirstChunkThenClose('1..3 | ForEach-Object { Get-CsUser } | Format-Table DisplayName,SipAddress');
    expect(r.first).toContain('DisplayName');
    expect(r.stderr).not.toMatch(/EPIPE|node:|at .*\.js/);
    expect(r.stderr).toBe('');
    expect(r.status).not.toBeNull();
  });
});
