// A logging script with StreamWriter / StreamReader through the `csshell` command (the start-up
// snapshot: the encodings' decoders are made at first use, after it is loaded), and in a dry run.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SCRIPT = `$log = [System.IO.StreamWriter] "C:\\Users\\Administrator\\disabled.log"
$log.WriteLine("AD disabled users that were Lync disabled:")
$log.WriteLine((Get-CsUser -Identity "sip:kenmyer@contoso.com").SipAddress)
$log.Close()
$ansi = New-Object System.IO.StreamWriter 'ansi.log', $false, ([System.Text.Encoding]::Default)
$ansi.Write([string][char]0x20ac)
$r = [System.IO.File]::OpenText('disabled.log')
while ($null -ne ($line = $r.ReadLine())) { "read: $line" }
$r.Close()
`;

function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-streams-cli-'));
  writeFileSync(join(dir, 'log.ps1'), SCRIPT);
  return dir;
}

describe('a StreamWriter logging script run by the csshell command', () => {
  it('writes the log, flushes the writer left open, and reads the log back', () => {
    const dir = workFolder();
    const r = runCli(['run', 'log.ps1'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('read: AD disabled users that were Lync disabled:\nread: sip:kenmyer@contoso.com\n');
    expect(readFileSync(join(dir, 'disabled.log'), 'utf8')).toBe('AD disabled users that were Lync disabled:\r\nsip:kenmyer@contoso.com\r\n');
    expect([...readFileSync(join(dir, 'ansi.log'))]).toEqual([0x80]);
  });

  it('in a dry run the log is written to the throw-away copy only, and reported', () => {
    const dir = workFolder();
    const r = runCli(['run', 'log.ps1', '--dry-run'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('read: sip:kenmyer@contoso.com');
    expect(r.stdout).toContain('+ C:\\Users\\Administrator\\disabled.log');
    expect(r.stdout).toContain('+ C:\\Users\\Administrator\\ansi.log');
    expect(readdirSync(dir)).toEqual(['log.ps1']);
  });
});
