// Start-Process (saps, start): binds like 5.1 and refuses, in its own error, to run a host program.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { evalPs, runPs } from '../../helpers/run.js';

const REFUSAL = "This command cannot be run due to the error: csshell never runs programs of the computer it runs on, so 'notepad' was not started.";

describe('Start-Process', () => {
  it('refuses with a 5.1-shaped InvalidOperation error naming the program', async () => {
    const r = await runPs('Start-Process notepad');
    expect(r.errors).toContain(`Start-Process : ${REFUSAL}`);
    expect(r.errors).toContain('InvalidOperation: (notepad:String) [Start-Process], InvalidOperationException');
    expect(r.errors).toContain('InvalidOperationException,Microsoft.PowerShell.Commands.StartProcessCommand');
  });

  it('the aliases saps and start reach it', async () => {
    for (const alias of ['saps', 'start']) expect((await runPs(`${alias} notepad`)).errors).toContain(REFUSAL);
    expect((await evalPs('(Get-Alias saps).Definition; (Get-Alias start).Definition')).values).toEqual(['Start-Process', 'Start-Process']);
  });

  it('nothing runs: a program that would create a file leaves none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-saps-'));
    const r = await runPs(`Start-Process -FilePath touch -ArgumentList '${join(dir, 'marker')}' -Wait -NoNewWindow -PassThru`, { workingDirectory: dir });
    expect(r.errors).toContain("so 'touch' was not started");
    expect(r.output).toBe('');
    expect(existsSync(join(dir, 'marker'))).toBe(false);
  });

  it('redirections write no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-saps-'));
    await runPs('Start-Process cmd.exe -ArgumentList "/c","dir" -RedirectStandardOutput out.txt -RedirectStandardError err.txt', { workingDirectory: dir });
    expect(existsSync(join(dir, 'out.txt'))).toBe(false);
    expect(existsSync(join(dir, 'err.txt'))).toBe(false);
  });

  it('-WhatIf says what it would start and is not an error', async () => {
    const r = await runPs('Start-Process setup.exe -ArgumentList "/bootstrap" -WhatIf');
    expect(r.text).toBe('What if: Performing the operation "Start-Process" on target "setup.exe".\n');
    expect(r.errors).toBe('');
  });

  it('is terminating: try/catch gets the message, $? is False after it', async () => {
    expect((await evalPs('try { Start-Process notepad; "after" } catch { $_.Exception.Message }')).values).toEqual([expect.stringContaining(REFUSAL)]);
    expect((await evalPs('Start-Process notepad -ErrorAction SilentlyContinue; $?')).values).toEqual([false]);
  });

  it('5.1 binding errors: no program, a bad WindowStyle, -Verb with -NoNewWindow', async () => {
    expect((await runPs('Start-Process')).errors).toContain('missing mandatory parameters: FilePath.');
    expect((await runPs('Start-Process notepad -WindowStyle Tiny')).errors).toContain("Cannot validate argument on parameter 'WindowStyle'.");
    expect((await runPs('Start-Process notepad -Verb RunAs -NoNewWindow')).errors).toContain('ParameterBindingException');
  });

  it('a batch run through the CLI prints the error without a stack and exits 1; later statements still run, as in 5.1', () => {
    const cli = join(process.cwd(), 'dist', 'csshell.js');
    const cwd = mkdtempSync(join(tmpdir(), 'csshell-saps-'));
    const r = spawnSync(process.execPath, [cli, '--store', ':memory:', '-c', 'Start-Process calc'], { encoding: 'utf8', cwd });
    expect(r.stderr + r.stdout).toContain("so 'calc' was not started");
    expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(r.status).toBe(1);
    const next = spawnSync(process.execPath, [cli, '--store', ':memory:', '-c', 'Start-Process calc; "next statement"'], { encoding: 'utf8', cwd });
    expect(next.stdout).toContain('next statement');
  });
});
