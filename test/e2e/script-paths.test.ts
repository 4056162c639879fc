// Scripts are named by their PowerShell paths: error positions (`At C:\…\x.ps1:2 char:1`),
// $PSCommandPath, $PSScriptRoot and $MyInvocation, whether the script is run by `csshell run` or
// called from PowerShell (`& .\x.ps1`). The host's folder never shows.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csshell-script-paths-'));
  writeFileSync(join(dir, 'errs.ps1'), '"a"\nGet-Nope\n');
  writeFileSync(join(dir, 'where.ps1'), '$PSCommandPath\n$PSScriptRoot\n$MyInvocation.MyCommand.Path\n');
});

describe('script paths as PowerShell shows them', () => {
  it('csshell run: the error position names C:\\Users\\Administrator\\errs.ps1', () => {
    const r = runCli(['--store', ':memory:', 'run', 'errs.ps1'], { cwd: dir });
    expect(r.stderr).toContain('At C:\\Users\\Administrator\\errs.ps1:2 char:1');
    expect(r.stderr).not.toContain(dir);
  });

  it('& .\\errs.ps1 from a command: the same full path in the error position', () => {
    const r = runCli(['--store', ':memory:', '-c', '& .\\errs.ps1'], { cwd: dir });
    expect(r.stderr).toContain('At C:\\Users\\Administrator\\errs.ps1:2 char:1');
  });

  it('& .\\where.ps1: $PSCommandPath, $PSScriptRoot and MyCommand.Path are full paths', () => {
    const r = runCli(['--store', ':memory:', '-c', '& .\\where.ps1'], { cwd: dir });
    expect(r.stdout.trim().split(/\r?\n/)).toEqual(['C:\\Users\\Administrator\\where.ps1', 'C:\\Users\\Administrator', 'C:\\Users\\Administrator\\where.ps1']);
  });
});
