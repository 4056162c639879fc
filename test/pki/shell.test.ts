// The certificate work end to end through the engine: PowerShell text in, formatted text out.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPs } from '../helpers/run.js';
import { getAssignedCertificate } from '../../src/store/certificateRepository.js';
import { openssl, selfSigned, sha1Fingerprint, tempDir } from './openssl.js';

const EDGE_USES = 'AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer';

describe('certificates through the shell', () => {
  it('lab CA certificate for the Edge: request, assign, list; OpenSSL verifies it', async () => {
    const dir = tempDir();
    const r = await runPs(
      [
        'Enter-PSSession -ComputerName edge01.contoso.com',
        `Request-CsCertificate -New -Type ${EDGE_USES} -CA "ca.contoso.com\\Contoso Lab CA" -KeySize 1024 -Output C:\\Users\\Administrator\\edge.req`,
        '$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint',
        `Set-CsCertificate -Type ${EDGE_USES} -Thumbprint $t`,
        'Get-CsCertificate -Type XmppServer | Format-List Use, Thumbprint, Subject, AlternativeNames',
        '(Get-CsCertificate).Count',
      ].join('\n'),
      { workingDirectory: dir },
    );
    expect(r.errors).toBe('');
    const fp = sha1Fingerprint(dir, 'edge.cer');
    expect(r.output).toMatch(new RegExp(`Use\\s+: XMPPServer\\s*\\nThumbprint\\s+: ${fp}\\s*\\nSubject\\s+: CN=sip\\.contoso\\.com`));
    expect(r.output).toContain('{sip.contoso.com, webcon.contoso.com, contoso.com}');
    expect(r.output.trim().endsWith('4')).toBe(true);
    expect(openssl(['verify', '-CAfile', 'ContosoLabCA.cer', 'edge.cer'], dir)).toContain('edge.cer: OK');
    expect(getAssignedCertificate(r.store, 'edge01.contoso.com', 'XmppServer')?.thumbprint).toBe(fp);
  });

  it('renders refusals as PowerShell errors and changes nothing', async () => {
    const r = await runPs(`Set-CsCertificate -Type XmppServer -Thumbprint ${'AB'.repeat(20)}\nGet-CsCertificate`, { workingDirectory: tempDir() });
    expect(r.errors).toContain('Set-CsCertificate : Command execution failed: The certificate use "XMPPServer" requires the EdgeServer role, and computer "fe01.contoso.com" does not have it.');
    expect(r.errors).toContain('FullyQualifiedErrorId : RoleNotInstalled,Microsoft.Rtc.Management.Internal.SetCertificateCmdlet');
    expect(r.output.trim()).toBe('');
  });

  it('imports an OpenSSL PFX with its password; the thumbprint matches; no key text anywhere', async () => {
    const dir = tempDir();
    selfSigned(dir, 'edge', '/CN=sip.contoso.com', ['sip.contoso.com', 'webcon.contoso.com', 'contoso.com']);
    openssl(['pkcs12', '-export', '-in', 'edge.crt', '-inkey', 'edge.key', '-out', 'edge.pfx', '-passout', 'pass:Pa55word'], dir);
    const fp = sha1Fingerprint(dir, 'edge.crt');
    const r = await runPs(
      [
        'Enter-PSSession edge01.contoso.com',
        'Import-CsCertificate -Path C:\\edge.pfx -Password "wrong"',
        'Import-CsCertificate -Path C:\\edge.pfx -Password "Pa55word"',
        `Set-CsCertificate -Type XmppServer -Thumbprint ${fp}`,
        'Get-CsCertificate | Format-List *',
        'Get-CsCertificate | Select-Object -ExpandProperty Thumbprint',
      ].join('\n'),
      { workingDirectory: dir },
    );
    expect(r.errors).toContain('Import-CsCertificate : Command execution failed: The specified network password is not correct.');
    expect(r.output.trim().split('\n').pop()).toBe(fp);
    const key = readFileSync(join(dir, 'edge.key'), 'utf8').split('\n')[1]!;
    expect(r.text).not.toContain(key.slice(0, 20));
    expect(r.text).not.toMatch(/PRIVATE KEY/);
  });

  it('Enter-PSSession refuses computers outside the topology; Exit-PSSession returns', async () => {
    const r = await runPs('Enter-PSSession -ComputerName nowhere.contoso.com\nEnter-PSSession fe02.contoso.com\n$env:COMPUTERNAME\nExit-PSSession\n$env:COMPUTERNAME', { workingDirectory: tempDir() });
    expect(r.errors).toContain('Enter-PSSession : Connecting to remote server nowhere.contoso.com failed');
    expect(r.output.trim().split(/\s+/)).toEqual(['FE02', 'FE01']);
    expect(r.engine.services.session.remoteComputer).toBeUndefined();
  });
});
