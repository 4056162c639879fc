// A reader that stops early (`csshell … | head -1`) closes the pipe while csshell still writes: the
// command ends quietly, with no JavaScript stack on stderr, whatever subcommand was writing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliCommand } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'csshell-pipe-'));
writeFileSync(join(dir, 'long.ps1'), Array.from({ length: 3000 }, (_, i) => `Write-Output ${i}`).join('\n'));
writeFileSync(join(dir, 'broken.ps1'), Array.from({ length: 3000 }, () => 'Get-X |;').join('\n'));

/** Runs csshell with its stdout piped into `head -c 64`; returns csshell's exit code and stderr. */
function intoHead(args: string): { status: number; stderr: string } {
  const r = spawnSync('bash', ['-c', `'${cliCommand}' ${args} 2>err.txt | head -c 64 > /dev/null; echo \${PIPESTATUS[0]}; cat err.txt`], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CSSHELL_STORE: ':memory:' },
    timeout: 60_000,
  });
  const [status, ...stderr] = r.stdout.split('\n');
  return { status: Number(status), stderr: stderr.join('\n') };
}

describe('output into a pipe its reader closes', () => {
  it.each([
    ['parse --ast long.ps1', 0],
    ['parse broken.ps1', 1],
    ['run long.ps1', 0],
    ["-c '1..200000'", 0],
  ])('csshell %s ends quietly', (args, status) => {
    const r = intoHead(args);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at \w+ \(|node:/);
    expect(r.status).toBe(status);
  });
});
