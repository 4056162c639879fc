// The CLI as users run it: -c, run, exit codes, --store persistence, --help/--version, errors.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'csshell-cli-'));

describe('csshell -c', () => {
  it('creates a per-user XMPP policy and shows it as a list', () => {
    const r = runCli([
      '--store',
      ':memory:',
      '-c',
      'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true; Get-CsExternalAccessPolicy -Identity XmppUsers',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Identity\s+: Tag:XmppUsers$/m);
    expect(r.stdout).toMatch(/^EnableFederationAccess\s+: True$/m);
    expect(r.stdout).toMatch(/^EnableXmppAccess\s+: True$/m);
    // aligned: every "Name : Value" line has its colon in the same column
    const cols = r.stdout
      .split('\n')
      .filter((l) => l.includes(' : ') || l.endsWith(' :'))
      .map((l) => l.indexOf(':'));
    expect(new Set(cols).size).toBe(1);
  });

  it('reports an unknown parameter in the Windows PowerShell 5.1 layout', () => {
    const r = runCli(['--store', ':memory:', '-c', 'New-CsExternalAccessPolicy -Identity X -Bogus 1']);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe("New-CsExternalAccessPolicy : A parameter cannot be found that matches parameter name 'Bogus'.");
    expect(lines[1]).toBe('At line:1 char:40');
    expect(lines[2]).toBe('+ New-CsExternalAccessPolicy -Identity X -Bogus 1');
    expect(lines[3]).toBe('+ ' + ' '.repeat(39) + '~~~~~~');
    expect(lines[4]).toBe('    + CategoryInfo          : InvalidArgument: (:) [New-CsExternalAccessPolicy], ParameterBindingException');
    expect(lines[5]).toBe(
      '    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.Rtc.Management.Internal.NewExternalAccessPolicyCmdlet',
    );
  });

  it('does not store anything after a failed command', () => {
    const dir = tmp();
    const store = join(dir, 'cms.db');
    runCli(['--store', store, '-c', 'New-CsExternalAccessPolicy -Identity X -Bogus 1']);
    const r = runCli(['--store', store, '-c', 'Get-CsExternalAccessPolicy | ForEach-Object { $_.Identity }']);
    expect(r.stdout.trim()).toBe('Global');
  });
});

describe('store persistence', () => {
  it('a policy created by one process is seen by the next', () => {
    const dir = tmp();
    const store = join(dir, 'cms.db');
    const a = runCli(['--store', store, '-c', 'New-CsExternalAccessPolicy -Identity Persisted -EnableXmppAccess $true | Out-Null']);
    expect(a.stderr).toBe('');
    const b = runCli(['--store', store, '-c', '(Get-CsExternalAccessPolicy -Identity Persisted).EnableXmppAccess']);
    expect(b.stdout.trim()).toBe('True');
  });

  it('CSSHELL_STORE chooses the file', () => {
    const dir = tmp();
    const store = join(dir, 'env.db');
    runCli(['-c', 'New-CsXmppAllowedPartner jabber.org | Out-Null'], { env: { CSSHELL_STORE: store } });
    const r = runCli(['-c', '(Get-CsXmppAllowedPartner).Identity'], { env: { CSSHELL_STORE: store } });
    expect(r.stdout.trim()).toBe('jabber.org');
  });

  it('a new store holds the demo deployment and only the global policy', () => {
    const r = runCli(['--store', ':memory:', '-c', '@(Get-CsExternalAccessPolicy).Count; (Get-CsUser).Count -ge 40; (Get-CsUser sip:kenmyer@contoso.com).DisplayName']);
    expect(r.stdout.trim().split(/\r?\n/)).toEqual(['1', 'True', 'Ken Myer']);
  });
});

describe('csshell run', () => {
  it('exits 0 after a clean script', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.ps1'), '"hello"\n');
    const r = runCli(['run', join(dir, 'ok.ps1')], { cwd: dir });
    expect(r.stdout).toBe('hello\n');
    expect(r.status).toBe(0);
  });

  it('exits N after exit N', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.ps1'), 'Write-Output "before"\nexit 7\nWrite-Output "after"\n');
    const r = runCli(['run', join(dir, 'x.ps1')], { cwd: dir });
    expect(r.stdout).toBe('before\n');
    expect(r.status).toBe(7);
  });

  it('exits 1 after a terminating error and stops there', () => {
    const dir = tmp();
    writeFileSync(join(dir, 't.ps1'), '"one"\nthrow "broken"\n"two"\n');
    const r = runCli(['run', join(dir, 't.ps1')], { cwd: dir });
    expect(r.stdout).toBe('one\n');
    expect(r.stderr).toContain('broken');
    expect(r.stderr).toContain('At C:\\Users\\Administrator\\t.ps1:2 char:1');
    expect(r.status).toBe(1);
  });

  it('a non-terminating error does not change the exit code', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'n.ps1'), 'Get-CsUser -Identity nobody@contoso.com\n"still here"\n');
    const r = runCli(['run', join(dir, 'n.ps1')], { cwd: dir });
    expect(r.stderr).toContain('Management object not found for identity "nobody@contoso.com".');
    expect(r.stdout).toBe('still here\n');
    expect(r.status).toBe(0);
  });

  it('reads a UTF-8 script with a byte-order mark and a Windows-1252 one', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bom.ps1'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"caf\u00e9"\n', 'utf8')]));
    writeFileSync(join(dir, 'ansi.ps1'), Buffer.from([0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x0a]));
    expect(runCli(['run', join(dir, 'bom.ps1')], { cwd: dir }).stdout).toBe('caf\u00e9\n');
    expect(runCli(['run', join(dir, 'ansi.ps1')], { cwd: dir }).stdout).toBe('caf\u00e9\n');
  });

  it('reads a Windows-1252 script\'s bytes 0x80-0x9F as that code page: typographic quotes quote, the euro sign is kept', () => {
    const dir = tmp();
    // Write-Output \x93price \x80 5\x94 (an ANSI file as an editor saves “…” and €)
    const bytes = Buffer.concat([Buffer.from('Write-Output ', 'latin1'), Buffer.from([0x93]), Buffer.from('price ', 'latin1'), Buffer.from([0x80]), Buffer.from(' 5', 'latin1'), Buffer.from([0x94, 0x0a])]);
    writeFileSync(join(dir, 'quotes.ps1'), bytes);
    const r = runCli(['run', join(dir, 'quotes.ps1')], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('price \u20ac 5\n');
  });

  it('reports parse errors and runs nothing', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.ps1'), '"first"\nif ($true {\n');
    const r = runCli(['run', join(dir, 'bad.ps1')], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ParserError');
    expect(r.status).toBe(1);
  });
});

describe('help and version', () => {
  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('--help lists the modes', () => {
    const r = runCli(['--help']);
    expect(r.stdout).toContain('run <file.ps1>');
    expect(r.stdout).toContain('--store');
  });
});

describe('--computer', () => {
  it('starts the shell on another computer of the topology', () => {
    const r = runCli(['--store', ':memory:', '--computer', 'edge01.contoso.com', '-c', '$env:COMPUTERNAME']);
    expect(r.stdout.trim()).toBe('EDGE01');
  });
  it('refuses a computer that is not in the topology', () => {
    const r = runCli(['--store', ':memory:', '--computer', 'nope.contoso.com', '-c', '1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("computer 'nope.contoso.com' is not in the topology");
  });
});
