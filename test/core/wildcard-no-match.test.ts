// A -Path with wildcards names whatever matches: when nothing does, the file cmdlets write nothing and
// report no error (`dir *.req` in a folder without requests), as PowerShell's globbing raises
// ItemNotFound only for a path without wildcard characters. A missing literal path is still an error.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPs } from '../helpers/run.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-glob-'));
  writeFileSync(join(dir, 'a.txt'), 'x');
  return dir;
}

describe('wildcard paths that match nothing', () => {
  it.each([
    'Get-ChildItem *.req',
    'Get-Item *.req',
    'Get-Content *.req',
    'Remove-Item *.req',
    'Clear-Content *.req',
    'Copy-Item *.req copied',
    'Get-ChildItem nofolder\\*.req',
  ])('%s writes nothing and no error', async (command) => {
    const r = await runPs(`${command}; 'done'`, { workingDirectory: folder() });
    expect(r.errors).toBe('');
    expect(r.output.trim()).toBe('done');
  });

  it('a missing path without wildcards, or given as -LiteralPath, is still an error', async () => {
    const dir = folder();
    expect((await runPs('Get-Item nothere.req', { workingDirectory: dir })).errors).toMatch(/Cannot find path '.*nothere\.req' because it does not exist\./);
    expect((await runPs('Remove-Item gone.txt', { workingDirectory: dir })).errors).toMatch(/Cannot find path/);
    expect((await runPs('Get-Content -LiteralPath "*.req"', { workingDirectory: dir })).errors).toMatch(/Cannot find path/);
  });
});
