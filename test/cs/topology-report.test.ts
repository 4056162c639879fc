// -Report <path> of the deployment cmdlets: a report file (XML or HTML by extension) inside the sandbox.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'csshell-report-'));
}

async function run(script: string, dir: string, store = newStore()) {
  return runPs(script, { workingDirectory: dir, store });
}

describe('-Report', () => {
  it('Test-CsTopology -Report writes an XML report with the result, creating the folder', async () => {
    const dir = workDir();
    const r = await run('Test-CsTopology -Report C:\\Logs\\Topology.xml | Out-Null', dir);
    expect(r.errors).toBe('');
    const xml = readFileSync(join(dir, 'Logs', 'Topology.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>/);
    expect(xml).toContain('<Report Cmdlet="Test-CsTopology" Computer="fe01.contoso.com"');
    expect(xml).toContain('<Entry Level="Information">pool01.contoso.com Result=Success</Entry>');
  });

  it('Get-CsWindowsService -Report writes HTML listing each service; errors go into the report too', async () => {
    const dir = workDir();
    await run('Get-CsWindowsService -Report C:\\Logs\\Services.html | Out-Null', dir);
    const html = readFileSync(join(dir, 'Logs', 'Services.html'), 'utf8');
    expect(html).toContain('<h1>Get-CsWindowsService</h1>');
    expect(html).toContain('<td>RTCRGS Status=Running</td>');
    const bad = await run('Get-CsWindowsService -Name NOPE -Report C:\\Logs\\bad.html', dir);
    expect(bad.errors).toContain("Cannot find any service with service name 'NOPE'.");
    const report = readFileSync(join(dir, 'Logs', 'bad.html'), 'utf8');
    expect(report).toContain('Errors: 1');
    expect(report).toContain("<td>Error</td><td>Cannot find any service with service name 'NOPE'.</td>");
  });

  it('the certificate cmdlets: Get-CsCertificate, Test-CsCertificateConfiguration, a failing Set-CsCertificate', async () => {
    const dir = workDir();
    const store = newStore();
    await run('Get-CsCertificate -Report C:\\Logs\\Certificates.html; Test-CsCertificateConfiguration -Report C:\\Logs\\Test.xml | Out-Null', dir, store);
    expect(readFileSync(join(dir, 'Logs', 'Certificates.html'), 'utf8')).toContain('<h1>Get-CsCertificate</h1>');
    expect(readFileSync(join(dir, 'Logs', 'Test.xml'), 'utf8')).toContain('<Entry Level="Information">Default Exists=false</Entry>');
    const r = await run('Set-CsCertificate -Type Default -Thumbprint 0123456789ABCDEF0123456789ABCDEF01234567 -Report C:\\Logs\\Set.xml', dir, store);
    expect(r.errors).not.toBe('');
    const xml = readFileSync(join(dir, 'Logs', 'Set.xml'), 'utf8');
    expect(xml).toContain('Errors="1"');
    expect(xml).toContain('<Entry Level="Error">Command execution failed: ');
  });

  it('Stop-CsWindowsService and Move-CsUser -Report note what they did', async () => {
    const dir = workDir();
    const store = newStore();
    await run('Stop-CsWindowsService -Name RTCRGS -Report C:\\stop.html -Verbose', dir, store);
    expect(readFileSync(join(dir, 'stop.html'), 'utf8')).toContain('Stopped service RTCRGS on fe01.contoso.com.');
    await run('Move-CsUser -Identity "Ken Myer" -Target pool02.contoso.com -Confirm:$false -Report C:\\move.xml', dir, store);
    expect(readFileSync(join(dir, 'move.xml'), 'utf8')).toContain('<Report Cmdlet="Move-CsUser"');
  });

  it('a report path that is a folder fails before the command changes anything', async () => {
    const dir = workDir();
    const store = newStore();
    const r = await run('New-Item -ItemType Directory C:\\Logs | Out-Null; Stop-CsWindowsService -Name RTCRGS -Report C:\\Logs', dir, store);
    expect(r.errors).toContain("Stop-CsWindowsService : Access to the path 'C:\\Logs' is denied.");
    const status = await run('(Get-CsWindowsService RTCRGS).Status', dir, store);
    expect(status.output.trim()).toBe('Running');
    expect(existsSync(join(dir, 'Logs'))).toBe(true);
  });
});
