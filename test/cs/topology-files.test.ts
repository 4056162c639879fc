// Files named by the topology, user and certificate cmdlets: bad paths give PowerShell's errors with the
// path as typed, never the host's paths or Node's error texts, and change nothing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import { fileSystemErrorSpec } from '../../src/cmdlets/cs/kit/files.js';

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-files-'));
  mkdirSync(join(dir, 'Backups'));
  writeFileSync(join(dir, 'notes.txt'), 'hello');
  return dir;
}

/** Runs a command in a fresh sandbox; returns its error text after checking nothing of the host leaks. */
async function errorOf(script: string, dir = workDir()): Promise<string> {
  const r = await runPs(script, { workingDirectory: dir });
  expect(r.errors).not.toMatch(/EISDIR|ENOENT|ENOTDIR|EACCES|illegal operation|no such file/);
  expect(r.errors).not.toContain(dir);
  expect(r.errors).not.toContain(tmpdir());
  return r.errors;
}

describe('configuration export and import', () => {
  it('Export-CsConfiguration to a folder is access denied, naming the PowerShell path', async () => {
    const e = await errorOf('Export-CsConfiguration -FileName C:\\');
    expect(e).toContain("Export-CsConfiguration : Access to the path 'C:\\' is denied.");
    expect(e).toContain('PermissionDenied: (C:\\:String) [Export-CsConfiguration], UnauthorizedAccessException');
    expect(await errorOf('Export-CsConfiguration -FileName C:\\Backups')).toContain("Access to the path 'C:\\Backups' is denied.");
    expect(await errorOf('Export-CsConfiguration -FileName C:\\Backups\\')).toContain("Access to the path 'C:\\Backups\\' is denied.");
  });

  it('Export-CsConfiguration without a file name is the missing mandatory parameter', async () => {
    expect(await errorOf('Export-CsConfiguration')).toContain('Cannot process command because of one or more missing mandatory parameters: FileName.');
  });

  it('Import-CsConfiguration: a folder is access denied, a missing file is ObjectNotFound', async () => {
    expect(await errorOf('Import-CsConfiguration -FileName C:\\')).toContain("Access to the path 'C:\\' is denied.");
    const missing = await errorOf('Import-CsConfiguration -FileName C:\\Backups\\nope.zip');
    expect(missing).toContain("Cannot find path 'C:\\Backups\\nope.zip' because it does not exist.");
    expect(missing).toContain('ObjectNotFound');
  });

  it('Publish-CsTopology and Move-CsUser -UserList name the path; the store is unchanged', async () => {
    const store = newStore();
    const dir = workDir();
    const r = await runPs('Publish-CsTopology -FileName C:\\Backups; Move-CsUser -UserList C:\\Backups -Target pool02.contoso.com -Confirm:$false', { store, workingDirectory: dir });
    expect(r.errors).toContain("Publish-CsTopology : Access to the path 'C:\\Backups' is denied.");
    expect(r.errors).toContain("Move-CsUser : Access to the path 'C:\\Backups' is denied.");
    expect(await errorOf('Move-CsUser -UserList C:\\missing.txt -Target pool02.contoso.com', dir)).toContain("Cannot find path 'C:\\missing.txt' because it does not exist.");
    const ken = await runPs('(Get-CsUser "Ken Myer").RegistrarPool', { store });
    expect(ken.output.trim()).toBe('pool01.contoso.com');
  });

  it('Move-CsUser -UserList reads a list written by Out-File (UTF-16)', async () => {
    const store = newStore();
    const dir = workDir();
    const r = await runPs('"sip:kenmyer@contoso.com" | Out-File C:\\users.txt; Move-CsUser -UserList C:\\users.txt -Target pool02.contoso.com -Confirm:$false', { store, workingDirectory: dir });
    expect(r.errors).toBe('');
    expect((await runPs('(Get-CsUser "Ken Myer").RegistrarPool', { store })).output.trim()).toBe('pool02.contoso.com');
  });
});

describe('certificate files', () => {
  it('Import-CsCertificate: a missing file is ObjectNotFound, a folder is access denied', async () => {
    const missing = await errorOf('Import-CsCertificate -Path C:\\certs\\edge.pfx -Password x');
    expect(missing).toContain("Import-CsCertificate : Cannot find path 'C:\\certs\\edge.pfx' because it does not exist.");
    expect(missing).toContain('ObjectNotFound: (C:\\certs\\edge.pfx:String) [Import-CsCertificate], ItemNotFoundException');
    expect(await errorOf('Import-CsCertificate -Path C:\\Backups')).toContain("Access to the path 'C:\\Backups' is denied.");
  });

  it('Export-CsConfiguration into a missing folder is refused like Request-CsCertificate -Output: nothing is created', async () => {
    const dir = workDir();
    const e = await errorOf('Export-CsConfiguration -FileName C:\\nope\\config.zip', dir);
    expect(e).toContain("Export-CsConfiguration : Could not find a part of the path 'C:\\nope\\config.zip'.");
    expect(e).toContain('DirectoryNotFoundException');
    expect(readdirSync(dir).sort()).toEqual(['Backups', 'notes.txt']);
  });

  it('Request-CsCertificate -Output: a folder, a missing folder, a file used as a folder; no request is left behind', async () => {
    const store = newStore();
    const dir = workDir();
    const r = await runPs(
      'Request-CsCertificate -New -Type Default -Output C:\\Backups\nRequest-CsCertificate -New -Type Default -Output C:\\nope\\fe01.req\nRequest-CsCertificate -New -Type Default -Output C:\\notes.txt\\fe01.req',
      { store, workingDirectory: dir },
    );
    expect(r.errors).toContain("Request-CsCertificate : Access to the path 'C:\\Backups' is denied.");
    expect(r.errors).toContain("Request-CsCertificate : Could not find a part of the path 'C:\\nope\\fe01.req'.");
    expect(r.errors).toContain("Request-CsCertificate : Could not find a part of the path 'C:\\notes.txt\\fe01.req'.");
    expect(r.errors).not.toContain(dir);
    expect((await runPs('Request-CsCertificate -List', { store })).output.trim()).toBe('');
  });

  it('maps every Node file-system error code to a PowerShell error without host text', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: something at '/srv/x'`), { code });
    expect(fileSystemErrorSpec(err('EISDIR'), 'C:\\a', true).message).toBe("Access to the path 'C:\\a' is denied.");
    expect(fileSystemErrorSpec(err('ENOENT'), 'C:\\a', false).message).toBe("Cannot find path 'C:\\a' because it does not exist.");
    expect(fileSystemErrorSpec(err('ENOENT'), 'C:\\a\\b', true).message).toBe("Could not find a part of the path 'C:\\a\\b'.");
    expect(fileSystemErrorSpec(err('ENOSPC'), 'C:\\a', true).message).toBe('There is not enough space on the disk.');
    expect(fileSystemErrorSpec(err('EWEIRD'), 'C:\\a', true).message).toBe("The file 'C:\\a' could not be written.");
  });
});

describe('damaged configuration exports', () => {
  it('a duplicated document, bad settings text or two default SIP domains are refused with a clear error; nothing changes', async () => {
    const dir = workDir();
    const store = newStore();
    const prepare = await runPs('New-CsExternalAccessPolicy -Identity Pilot | Out-Null; Export-CsConfiguration -FileName C:\\Backups\\good.zip', { store, workingDirectory: dir });
    expect(prepare.errors).toBe('');
    const good = JSON.parse(readFileSync(join(dir, 'Backups', 'good.zip'), 'utf8')) as { configDocuments: { doc: string }[]; sipDomains: { name: string; isDefault: boolean }[] };
    const variants: [string, unknown][] = [
      ['dup.zip', { ...good, configDocuments: [...good.configDocuments, good.configDocuments[0]] }],
      ['doc.zip', { ...good, configDocuments: [{ ...good.configDocuments[0], doc: '{not json' }, ...good.configDocuments.slice(1)] }],
      ['default.zip', { ...good, sipDomains: [...good.sipDomains, { name: 'fabrikam.com', isDefault: true }] }],
      ['domains.zip', { ...good, sipDomains: [...good.sipDomains, { name: 'CONTOSO.com', isDefault: false }] }],
    ];
    for (const [name, data] of variants) writeFileSync(join(dir, 'Backups', name), JSON.stringify(data));
    await runPs('Remove-CsExternalAccessPolicy -Identity Pilot', { store });
    for (const [name] of variants) {
      const r = await runPs(`Import-CsConfiguration -FileName C:\\Backups\\${name}`, { store, workingDirectory: dir });
      expect(r.errors).toContain('Import-CsConfiguration : The configuration export is damaged: ');
      expect(r.errors).not.toMatch(/constraint|SQLITE|JSON at position|Unexpected token/i);
    }
    expect((await runPs('Get-CsExternalAccessPolicy -Identity Pilot', { store })).errors).not.toBe('');
    expect((await runPs(`Import-CsConfiguration -FileName C:\\Backups\\good.zip; Get-CsExternalAccessPolicy -Identity Pilot | % Identity`, { store, workingDirectory: dir })).output).toContain('Tag:Pilot');
  });
});

describe('file names Windows refuses', () => {
  it.each([
    ['a newline', '"report`n1.html"'],
    ['a NUL character', '"report$([char]0).html"'],
    ['a pipe', "'report|1.html'"],
    ['a wildcard', "'report*.html'"],
  ])('-Report with %s fails before anything is done, and no file appears', async (_label, path) => {
    const dir = workDir();
    const r = await runPs(`Stop-CsWindowsService -Name RTCSRV -Report ${path}\n(Get-CsWindowsService -Name RTCSRV).Status`, { workingDirectory: dir, store: newStore() });
    expect(r.errors).toContain('Stop-CsWindowsService : Illegal characters in path.');
    expect(r.errors).toContain('InvalidArgument');
    expect(r.output).toBe('Running\n');
    expect(readdirSync(dir).sort()).toEqual(['Backups', 'notes.txt']);
  });

  it('a report path of 260 characters or more is too long, before anything is done', async () => {
    const dir = workDir();
    const r = await runPs(`Stop-CsWindowsService -Name RTCSRV -Report ('x' * 300)\n(Get-CsWindowsService -Name RTCSRV).Status`, { workingDirectory: dir, store: newStore() });
    expect(r.errors).toContain('Stop-CsWindowsService : The specified path, file name, or both are too long. The fully qualified file name must be less than 260 characters, and the directory name must be less than 248 characters.');
    expect(r.errors).toContain('PathTooLongException');
    expect(r.output).toBe('Running\n');
  });

  it('reading a file with such a name is the same error, not the host text', async () => {
    const e = await errorOf('Import-CsConfiguration -FileName "in`0put.zip"');
    expect(e).toContain('Import-CsConfiguration : Illegal characters in path.');
  });
});
