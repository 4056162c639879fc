// `csshell run <file> --transcript <file>` and `-c … --transcript <file>` through the built CLI: the
// whole run is recorded as Start-Transcript records it (same header and footer), inside the working
// folder, with the session's secrets masked.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'csshell-run-transcript-'));
const SECRET = 'Dialback-Secret-4711';

describe('--transcript', () => {
  it('records the whole run with the transcript header and footer, secrets masked', () => {
    writeFileSync(join(dir, 'work.ps1'), [`Set-CsXmppGatewayConfiguration -DialbackPassphrase '${SECRET}'`, '"visible output"', 'Write-Warning "careful"', `"echo ${SECRET}"`, 'Get-CsExternalAccessPolicy -Identity Missing'].join('\n'));
    const r = runCli(['run', 'work.ps1', '--transcript', 'logs\\run.txt'], { cwd: dir });
    expect(r.stdout).toContain('visible output');
    expect(r.stdout).not.toContain('Transcript started');
    const text = readFileSync(join(dir, 'logs', 'run.txt'), 'utf8');
    expect(text).toMatch(/^\*{22}\r\nWindows PowerShell transcript start\r\nStart time: \d{14}\r\n/);
    expect(text).toContain('visible output\r\n');
    expect(text).toContain('WARNING: careful\r\n');
    expect(text).toContain('Cannot find "ExternalAccessPolicy" with identity "Missing".');
    expect(text).toMatch(/\*{22}\r\nWindows PowerShell transcript end\r\nEnd time: \d{14}\r\n\*{22}\r\n$/);
    expect(text).not.toContain(SECRET);
  });

  it('works with -c, and refuses a transcript outside the working folder without running anything', () => {
    const c = runCli(['-c', '"from -c"', '--transcript', 'c.txt'], { cwd: dir });
    expect(c.status).toBe(0);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toContain('from -c\r\n');
    const elsewhere = mkdtempSync(join(tmpdir(), 'csshell-run-transcript-out-'));
    symlinkSync(elsewhere, join(dir, 'out'));
    const outside = runCli(['-c', 'New-CsAllowedDomain -Identity x.example | Out-Null; "ran"', '--transcript', 'out\\escape.txt'], { cwd: dir });
    expect(outside.status).toBe(1);
    expect(outside.stdout).not.toContain('ran');
    expect(outside.stderr).toMatch(/Start-Transcript|denied|outside/i);
    expect(outside.stderr).not.toMatch(/\n\s+at .*\.js/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('in a dry run, the transcript is still written to the working folder (nothing else is)', () => {
    const sub = join(dir, 'dry');
    mkdirSync(sub);
    const r = runCli(['-c', 'Set-Content x.txt 1; "dry output"', '--dry-run', '--transcript', 'dry.txt'], { cwd: sub });
    expect(r.status).toBe(0);
    expect(readdirSync(sub)).toEqual(['dry.txt']);
    expect(readFileSync(join(sub, 'dry.txt'), 'utf8')).toContain('dry output\r\n');
    expect(r.stdout).toContain('+ C:\\Users\\Administrator\\x.txt');
    expect(r.stdout).not.toContain('dry.txt');
    expect(existsSync(join(sub, 'x.txt'))).toBe(false);
  });
});
