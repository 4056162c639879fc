// Reference-shaped commands for the user cmdlets and the certificate cmdlets, with the demo deployment's
// users and the lab certification authority, run through the real engine.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import type { PSObject } from '../../src/engine/runtime/values.js';
import { column, only, strings, values } from './shapes.js';
import { readCertificateFile } from '../../src/pki/containers.js';
import { thumbprintOf } from '../../src/pki/certificate.js';

const LAB_CA = '"ca.contoso.com\\Contoso Lab CA"';

describe('users', () => {
  it('Get-CsUser: all, Format-Table columns, by display name, by wildcard, -Filter, -OU, -UnassignedUser', async () => {
    expect((await values('Get-CsUser')).length).toBeGreaterThanOrEqual(40);
    const table = await runPs('Get-CsUser -Identity "Ken Myer" | Format-Table -Property DisplayName, SipAddress, EnterpriseVoiceEnabled -AutoSize');
    expect(table.output).toMatch(/DisplayName\s+SipAddress\s+EnterpriseVoiceEnabled/);
    expect(table.output).toContain('sip:kenmyer@contoso.com');
    expect(await column('Get-CsUser -Identity "Pilar Ackerman"', 'RegistrarPool')).toEqual(['pool02.contoso.com']);
    expect(await strings('Get-CsUser -Identity "Pilar*" | % DisplayName')).toEqual(['Pilar Ackerman']);
    expect(await values('Get-CsUser -Filter {VoicePolicy -ne $Null}')).toEqual([]);
    expect((await values('Get-CsUser -OU "ou=Dublin,dc=contoso,dc=com"')).every((u) => String((u as PSObject).get('Identity')).includes('OU=Dublin'))).toBe(true);
    expect(await values('Get-CsUser -UnassignedUser')).toEqual([]);
  });

  it('Get-CsUser: LDAP filters written with their outer parentheses (AND, OR)', async () => {
    expect(await strings('Get-CsUser -LdapFilter "(&(Department=Finance)(Title=Finance Manager))" | % DisplayName')).toHaveLength(1);
    expect((await values('Get-CsUser -LdapFilter "(|(Title=Sales Director)(Title=Finance Manager))"')).length).toBe(2);
  });

  // LDAP filters as the reference writes them, without the outer parentheses ("Department=Finance",
  // "&(…)(…)", "|(…)(…)"), are accepted (the directory searcher wraps them). The same filters feed
  // Get-CsEffectivePolicy, Set-CsUser and Enable-CsUser examples.
  it('Get-CsUser -LdapFilter without outer parentheses', async () => {
    expect((await values('Get-CsUser -LdapFilter "Department=Finance"')).length).toBeGreaterThan(0);
    expect((await values('Get-CsUser -LdapFilter "&(Department=Finance)(Title=Finance Manager)"')).length).toBe(1);
    expect((await values('Get-CsUser -LdapFilter "|(Title=Sales Director)(Title=Finance Manager)"')).length).toBe(2);
    expect((await values('Get-CsAdUser -LdapFilter "department=Finance"')).length).toBeGreaterThan(0);
  });

  it('Get-CsAdUser: every account, one account, the accounts not enabled, an LDAP filter', async () => {
    const all = await values('Get-CsAdUser');
    expect(all.length).toBeGreaterThan((await values('Get-CsUser')).length);
    expect(await column('Get-CsAdUser -Identity "Pilar Ackerman"', 'Enabled')).toEqual([true]);
    const notEnabled = await strings('Get-CsAdUser -Filter {Enabled -ne $True} | % DisplayName');
    expect(notEnabled.length).toBeGreaterThan(0);
    expect(await strings('Get-CsAdUser -LdapFilter "(department=Finance)" | % Department')).toEqual(expect.arrayContaining(['Finance']));
  });

  it('Enable-CsUser: SamAccountName-based and explicit SIP addresses, and every account not yet enabled', async () => {
    const store = newStore();
    await runPs('Disable-CsUser -Identity "Pilar Ackerman"', { store });
    await runPs('Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "pool02.contoso.com" -SipAddressType SamAccountName -SipDomain contoso.com', { store });
    expect(await column('Get-CsUser "Pilar Ackerman"', 'SipAddress', store)).toEqual(['sip:pilar@contoso.com']);
    await runPs('Disable-CsUser -Identity "Pilar Ackerman"; Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "pool02.contoso.com" -SipAddress "sip:pilar.ackerman@contoso.com"', { store });
    expect(await column('Get-CsUser "Pilar Ackerman"', 'SipAddress', store)).toEqual(['sip:pilar.ackerman@contoso.com']);
    await runPs('Get-CsAdUser -Filter {Enabled -ne $True} | Enable-CsUser -RegistrarPool "pool01.contoso.com" -SipAddressType SamAccountName -SipDomain contoso.com', { store });
    expect(await values('Get-CsAdUser -Filter {Enabled -ne $True}', store)).toEqual([]);
  });

  it('Disable-CsUser: one user, then every user of one department', async () => {
    const store = newStore();
    await runPs('Disable-CsUser -Identity "Pilar Ackerman"', { store });
    expect(await column('Get-CsAdUser "Pilar Ackerman"', 'Enabled', store)).toEqual([false]);
    const before = (await values('Get-CsUser', store)).length;
    await runPs('Get-CsUser -LdapFilter "(Department=Finance)" | Disable-CsUser', { store });
    expect(await values('Get-CsUser -LdapFilter "(Department=Finance)"', store)).toEqual([]);
    expect((await values('Get-CsUser', store)).length).toBeLessThan(before);
  });

  it('Set-CsUser: Enterprise Voice for one user and for a department', async () => {
    const store = newStore();
    await runPs('Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True', { store });
    expect(await column('Get-CsUser "Pilar Ackerman"', 'EnterpriseVoiceEnabled', store)).toEqual([true]);
    await runPs('Get-CsUser -LdapFilter "(Department=Finance)" | Set-CsUser -EnterpriseVoiceEnabled $True', { store });
    expect(await column('Get-CsUser -LdapFilter "(Department=Finance)"', 'EnterpriseVoiceEnabled', store)).not.toContain(false);
  });

  it('Move-CsUser: one user to another pool, then the users of one OU', async () => {
    const store = newStore();
    await runPs('Move-CsUser -Identity "Pilar Ackerman" -Target "pool01.contoso.com" -Confirm:$False', { store });
    expect(await column('Get-CsUser "Pilar Ackerman"', 'RegistrarPool', store)).toEqual(['pool01.contoso.com']);
    await runPs('Get-CsUser -OU "ou=Dublin,dc=contoso,dc=com" | Move-CsUser -Target "pool01.contoso.com" -Confirm:$False', { store });
    expect(await values('Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"}', store)).toEqual([]);
  });
});

function certDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-certs-'));
  mkdirSync(join(dir, 'Certificates'));
  copyFileSync(join(process.cwd(), 'fixtures', 'certs', 'edge-external.pfx'), join(dir, 'Certificates', 'EdgeExternal.pfx'));
  return dir;
}

describe('certificates', () => {
  it('Request-CsCertificate: online from the lab CA, -List, an offline request file', async () => {
    const dir = certDir();
    const store = newStore();
    const online = await runPs(`Request-CsCertificate -New -Type WebServicesExternal -CA ${LAB_CA} -KeySize 1024`, { store, workingDirectory: dir });
    expect(online.errors).toBe('');
    const listed = only(await values('Request-CsCertificate -List', store));
    expect([listed.get('Status'), listed.get('Use')]).toEqual(['Issued', ['WebServicesExternal']]);
    await runPs('Request-CsCertificate -New -Type WebServicesExternal -KeySize 1024 -Output C:\\Certificates\\WebServicesExternal.req', { store, workingDirectory: dir });
    expect(existsSync(join(dir, 'Certificates', 'WebServicesExternal.req'))).toBe(true);
    expect(await column('Request-CsCertificate -List', 'Status', store)).toEqual(['Issued', 'Pending']);
  });

  it('Request-CsCertificate: several uses for a named computer with friendly name, template and extra names', async () => {
    const store = newStore();
    const r = await runPs(
      `Request-CsCertificate -New -Type Default,WebServicesInternal,WebServicesExternal -ComputerFqdn "fe01.contoso.com" -CA ${LAB_CA} -FriendlyName "Front End pool certificate" -Template WebServer -PrivateKeyExportable $True -KeySize 1024 -DomainName "pool01.contoso.com,ext.contoso.com"`,
      { store },
    );
    expect(r.errors).toBe('');
    const req = only(await values('Request-CsCertificate -List', store));
    expect([req.get('FriendlyName'), req.get('Use')]).toEqual(['Front End pool certificate', ['Default', 'WebServicesInternal', 'WebServicesExternal']]);
    expect(req.get('AlternativeNames')).toEqual(expect.arrayContaining(['ext.contoso.com']));
  });

  it('Import-CsCertificate and Set-CsCertificate: a PFX imported on the Edge, then assigned to the external uses', async () => {
    const dir = certDir();
    const store = newStore();
    const pfx = readCertificateFile(readFileSync(join(dir, 'Certificates', 'EdgeExternal.pfx')), 'Contoso!2026');
    const thumbprint = thumbprintOf(pfx.certificates[0]!);
    const edge = 'Enter-PSSession -ComputerName edge01.contoso.com\n';
    const imported = await runPs(`${edge}Import-CsCertificate -Path "C:\\Certificates\\EdgeExternal.pfx" -Password "Contoso!2026" -PrivateKeyExportable $True`, { store, workingDirectory: dir });
    expect(imported.errors).toBe('');
    const assigned = await runPs(`${edge}Set-CsCertificate -Type AccessEdgeExternal, DataEdgeExternal, AudioVideoAuthentication -Thumbprint "${thumbprint}"`, { store, workingDirectory: dir });
    expect(assigned.errors).toBe('');
    expect(await strings(`${edge}Get-CsCertificate | Where-Object {$_.Thumbprint -eq "${thumbprint}"} | % Use`, store)).toEqual(['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication']);
    const wrong = await runPs('Import-CsCertificate -Path "C:\\Certificates\\EdgeExternal.pfx" -PrivateKeyExportable $True', { store, workingDirectory: dir });
    expect(wrong.errors).toContain('The specified network password is not correct.');
  });

  it('Set-CsCertificate and Get-CsCertificate: one use, a comma list with spaces, then by type, date, issuer and subject', async () => {
    const store = newStore();
    const script = `Request-CsCertificate -New -Type Default -CA ${LAB_CA} -KeySize 1024
$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint
Set-CsCertificate -Type WebServicesExternal -Thumbprint $t
Set-CsCertificate -Type Default, WebServicesInternal, WebServicesExternal -Thumbprint $t`;
    expect((await runPs(script, { store })).errors).toBe('');
    expect(await strings('Get-CsCertificate | % Use', store)).toEqual(expect.arrayContaining(['Default', 'WebServicesInternal', 'WebServicesExternal']));
    expect(await strings('Get-CsCertificate -Type WebServicesInternal | % Use', store)).toEqual(['WebServicesInternal']);
    expect(await values('Get-CsCertificate | Where-Object {$_.NotAfter -lt "9/1/2018"}', store)).toEqual([]);
    expect((await values('Get-CsCertificate | Where-Object {$_.Issuer -eq "CN=Contoso Lab CA, O=Contoso"}', store)).length).toBe(3);
    expect((await values('Get-CsCertificate | Where-Object {$_.Subject -eq "CN=pool01.contoso.com"}', store)).length).toBe(3);
  });

  it('Remove-CsCertificate: -Force removes an assignment in batch; Test-CsCertificateConfiguration reports it missing', async () => {
    const store = newStore();
    await runPs(`Request-CsCertificate -New -Type WebServicesExternal -CA ${LAB_CA} -KeySize 1024; $t = (Request-CsCertificate -List).Thumbprint; Set-CsCertificate -Type WebServicesExternal,WebServicesInternal -Thumbprint $t`, { store });
    await runPs('Remove-CsCertificate -Type WebServicesExternal -Force', { store });
    expect(await strings('Get-CsCertificate | % Use', store)).toEqual(['WebServicesInternal']);
    const report = (await values('Test-CsCertificateConfiguration', store)) as PSObject[];
    expect(report.find((o) => o.get('Use') === 'WebServicesExternal')?.get('Exists')).toBe(false);
    expect(report.find((o) => o.get('Use') === 'WebServicesInternal')?.get('Exists')).toBe(true);
  });

  // Without -Force a removal that needs confirmation cannot be answered in a batch run.
  it('Remove-CsCertificate without -Force in a batch run', async () => {
    const store = newStore();
    await runPs(`Request-CsCertificate -New -Type WebServicesExternal -CA ${LAB_CA} -KeySize 1024; $t = (Request-CsCertificate -List).Thumbprint; Set-CsCertificate -Type WebServicesExternal -Thumbprint $t`, { store });
    const r = await runPs('Remove-CsCertificate -Type WebServicesExternal', { store });
    expect(r.errors).toContain('Remove-CsCertificate : Windows PowerShell is in NonInteractive mode.');
  });

  it('Test-CsCertificateConfiguration: the local computer, with -Report', async () => {
    const uses = await strings('Test-CsCertificateConfiguration | % Use');
    expect(uses).toEqual(expect.arrayContaining(['Default', 'WebServicesInternal', 'WebServicesExternal']));
    // The report is a file inside the sandbox (a fresh working folder here).
    const dir = mkdtempSync(join(tmpdir(), 'csshell-shapes-'));
    const reported = (await values('Test-CsCertificateConfiguration -Report "C:\\Logs\\Certificates.xml"', undefined, dir)) as PSObject[];
    expect(reported.map((o) => o.get('Exists'))).not.toContain(true);
    expect(readFileSync(join(dir, 'Logs', 'Certificates.xml'), 'utf8')).toContain('<Report Cmdlet="Test-CsCertificateConfiguration"');
  });
});
