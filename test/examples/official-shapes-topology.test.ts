// Reference-shaped commands for the topology cmdlets: topology document, sites, pools, services,
// computers, Edge ports, SIP domains, Windows services, replication and configuration export/import.

import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import type { PSObject } from '../../src/engine/runtime/values.js';
import { column, only, strings, values } from './shapes.js';

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'csshell-shapes-'));
}

describe('topology document', () => {
  it('Get-CsTopology: the whole topology, its machines expanded, -AsXml to a file', async () => {
    const topo = only(await values('Get-CsTopology'));
    expect(topo.get('Sites')).toEqual(['Site:Redmond', 'Site:Dublin']);
    expect(await strings('Get-CsTopology | Select-Object -ExpandProperty Machines')).toEqual(['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'edge01.contoso.com']);
    const dir = workDir();
    const r = await runPs('New-Item -ItemType Directory C:\\Logs | Out-Null; Get-CsTopology -AsXML | Out-File C:\\Logs\\Topology.xml', { workingDirectory: dir });
    expect(r.errors).toBe('');
    // Out-File writes Windows PowerShell's default encoding, UTF-16LE with a byte order mark.
    expect(readFileSync(join(dir, 'Logs', 'Topology.xml'), 'utf16le')).toContain('<Topology');
  });

  it('Test-CsTopology: the whole topology, one service, with -Report', async () => {
    expect(await column('Test-CsTopology', 'Result')).toEqual(['Success']);
    expect(await column('Test-CsTopology -Service "Registrar:pool01.contoso.com"', 'Result')).toEqual(['Success']);
    const missing = only(await values('Test-CsTopology -Service "Registrar:pool09.contoso.com"'));
    expect([missing.get('Result'), missing.get('Error')]).toEqual(['Failure', 'Service Registrar:pool09.contoso.com was not found in the topology.']);
  });

  it('Publish-CsTopology and Enable-CsTopology: republish the current topology saved with ToString() and >', async () => {
    const dir = workDir();
    const store = newStore();
    const r = await runPs('New-Item -ItemType Directory C:\\Topologies | Out-Null\n(Get-CsTopology -AsXml).ToString() > C:\\Topologies\\Topology.xml\nPublish-CsTopology -FileName "C:\\Topologies\\Topology.xml"\nEnable-CsTopology', { store, workingDirectory: dir });
    expect(r.errors).toBe('');
    expect(existsSync(join(dir, 'Topologies', 'Topology.xml'))).toBe(true);
    expect(await strings('Get-CsPool | % Identity', store)).toEqual(['pool01.contoso.com', 'pool02.contoso.com', 'edge01.contoso.com']);
    const bad = await runPs('Publish-CsTopology -FileName C:\\Topologies\\missing.xml', { store, workingDirectory: dir });
    expect(bad.errors).not.toBe('');
  });
});

describe('sites, pools, services, computers', () => {
  it('Get-CsSite: all, by name, the central sites, pools of one site expanded', async () => {
    expect(await strings('Get-CsSite | % Identity')).toEqual(['Site:Redmond', 'Site:Dublin']);
    expect(await column('Get-CsSite -Identity "Redmond"', 'XmppFederationRoute')).toEqual(['EdgeServer:edge01.contoso.com']);
    expect(await strings('Get-CsSite | Where-Object {$_.SiteType -eq "CentralSite"} | % DisplayName')).toEqual(['Redmond', 'Dublin']);
    expect(await strings('Get-CsSite -Identity "Redmond" | Select-Object -ExpandProperty Pools')).toEqual(['pool01.contoso.com', 'edge01.contoso.com']);
  });

  it('Set-CsSite: description, display name, descriptions filled in through ForEach-Object', async () => {
    const store = newStore();
    await runPs('Set-CsSite -Identity Redmond -Description "Headquarters staff, Redmond WA"', { store });
    await runPs('Set-CsSite -Identity Redmond -DisplayName "US Headquarters"', { store });
    await runPs('Set-CsSite Dublin -Description $null; Get-CsSite | Where-Object {$_.Description -eq $Null} | ForEach-Object {Set-CsSite $_.Identity -Description "Contoso office"}', { store });
    const sites = (await values('Get-CsSite', store)) as PSObject[];
    expect(sites.map((s) => [s.get('DisplayName'), s.get('Description')])).toEqual([
      ['US Headquarters', 'Headquarters staff, Redmond WA'],
      ['Dublin', 'Contoso office'],
    ]);
  });

  it('Get-CsPool: all, computers expanded, by identity, by site, pools without services', async () => {
    expect(await strings('Get-CsPool | % Identity')).toEqual(['pool01.contoso.com', 'pool02.contoso.com', 'edge01.contoso.com']);
    expect(await strings('Get-CsPool | Select-Object -ExpandProperty Computers | % Fqdn')).toEqual(['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'edge01.contoso.com']);
    expect(await strings('Get-CsPool | Select-Object -ExpandProperty Computers | % { "$_" }')).toEqual(['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'edge01.contoso.com']);
    expect(await column('Get-CsPool -Identity pool02.contoso.com', 'Site')).toEqual(['Site:Dublin']);
    expect(await strings('Get-CsPool -Site "Redmond" | % Identity')).toEqual(['pool01.contoso.com', 'edge01.contoso.com']);
    expect(await values('Get-CsPool | Where-Object {$_.Services.Count -eq 0}')).toEqual([]);
  });

  it('Get-CsService: all, one role, one pool, by site, by dependent service', async () => {
    expect((await values('Get-CsService')).length).toBeGreaterThan(10);
    expect(await strings('Get-CsService -FileStore | % Identity')).toEqual(['FileStore:pool01.contoso.com', 'FileStore:pool02.contoso.com']);
    expect(await values('Get-CsService -ApplicationServer')).toEqual([]);
    const ids = (await values('Get-CsService -PoolFqdn "pool01.contoso.com" | Select-Object Identity')) as PSObject[];
    expect(ids.every((o) => o.propertyNames().join() === 'Identity' && String(o.get('Identity')).endsWith(':pool01.contoso.com'))).toBe(true);
    expect(await strings('Get-CsService | Where-Object {$_.SiteID -eq "site:Dublin"} | % Identity')).toContain('Registrar:pool02.contoso.com');
    expect(await strings('Get-CsService | Where-Object {$_.DependentServiceList -like "*Registrar*"} | % Identity')).toEqual(['EdgeServer:edge01.contoso.com']);
  });

  // Objects without a registered view that follow each other in one output go into one table (PowerShell's
  // generated table view applies to every later object): one header and a row per service.
  it('Get-CsService -PoolFqdn … | Select-Object Identity prints one table', async () => {
    const r = await runPs('Get-CsService -PoolFqdn "pool01.contoso.com" | Select-Object Identity');
    expect(r.output.match(/^Identity\s*$/gm)).toHaveLength(1);
    expect(r.output).not.toContain('Identity : ');
    expect(r.output).toContain('Registrar:pool01.contoso.com');
  });

  it('Get-CsComputer: all, -Filter, by identity, by pool, the local computer', async () => {
    expect(await strings('Get-CsComputer | % Identity')).toEqual(['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'edge01.contoso.com']);
    expect((await values('Get-CsComputer -Filter "*.contoso.com"')).length).toBe(4);
    expect(await column('Get-CsComputer -Identity "fe03.contoso.com"', 'Pool')).toEqual(['pool02.contoso.com']);
    expect(await strings('Get-CsComputer -Pool "pool01.contoso.com" | % Fqdn')).toEqual(['fe01.contoso.com', 'fe02.contoso.com']);
    expect(await strings('Get-CsComputer -Local | % Identity')).toEqual(['fe01.contoso.com']);
  });

  it('Set-CsEdgeServer: SIP ports by identity, and for the Edge servers of one site through ForEach-Object', async () => {
    const store = newStore();
    await runPs('Set-CsEdgeServer -Identity "EdgeServer:edge01.contoso.com" -AccessEdgeInternalSipPort 5062 -AccessEdgeExternalSipPort 5062', { store });
    let edge = only(await values('Get-CsService -EdgeServer', store));
    expect([edge.get('AccessEdgeInternalSipPort'), edge.get('AccessEdgeExternalSipPort')]).toEqual([5062, 5062]);
    await runPs('Get-CsService -EdgeServer | Where-Object {$_.SiteId -eq "site:Redmond"} | ForEach-Object {Set-CsEdgeServer -Identity $_.Identity -AccessEdgeInternalSipPort 5063 -AccessEdgeExternalSipPort 5063}', { store });
    edge = only(await values('Get-CsService -EdgeServer', store));
    expect([edge.get('AccessEdgeInternalSipPort'), edge.get('AccessEdgeExternalSipPort')]).toEqual([5063, 5063]);
  });
});

describe('SIP domains', () => {
  it('Get-CsSipDomain: all, by identity, -Filter "f*", the default one', async () => {
    const store = newStore();
    await runPs('New-CsSipDomain fabrikam.com | Out-Null; New-CsSipDomain fabrikam.org | Out-Null', { store });
    expect(await strings('Get-CsSipDomain | % Identity', store)).toEqual(['contoso.com', 'fabrikam.com', 'fabrikam.org']);
    expect(await column('Get-CsSipDomain -Identity fabrikam.com', 'IsDefault', store)).toEqual([false]);
    expect(await strings('Get-CsSipDomain -Filter "f*" | % Identity', store)).toEqual(['fabrikam.com', 'fabrikam.org']);
    expect(await strings('Get-CsSipDomain | Where-Object {$_.IsDefault -eq $True} | % Identity', store)).toEqual(['contoso.com']);
  });

  it('New-CsSipDomain and Set-CsSipDomain: a new domain, a new default, the default moved back', async () => {
    const store = newStore();
    expect(await column('New-CsSipDomain -Identity fabrikam.com', 'IsDefault', store)).toEqual([false]);
    await runPs('New-CsSipDomain -Identity litware.com -IsDefault $True | Out-Null', { store });
    expect(await strings('Get-CsSipDomain | Where-Object {$_.IsDefault} | % Identity', store)).toEqual(['litware.com']);
    await runPs('Set-CsSipDomain -Identity contoso.com -IsDefault $True', { store });
    expect(await column('Get-CsSipDomain', 'IsDefault', store)).toEqual([true, false, false]);
  });

  it('Remove-CsSipDomain: by identity, every domain but the default; the default stays', async () => {
    const store = newStore();
    await runPs('New-CsSipDomain fabrikam.com | Out-Null; New-CsSipDomain litware.com | Out-Null; New-CsSipDomain tailspin.com | Out-Null', { store });
    await runPs('Remove-CsSipDomain -Identity fabrikam.com', { store });
    await runPs('Get-CsSipDomain | Where-Object {$_.IsDefault -ne $True} | Remove-CsSipDomain', { store });
    expect(await strings('Get-CsSipDomain | % Identity', store)).toEqual(['contoso.com']);
    expect((await runPs('Remove-CsSipDomain -Identity contoso.com', { store })).errors).toContain('cannot be removed');
  });
});

describe('Windows services and replication', () => {
  it('Get-CsWindowsService: local, Format-List, by name, remote computer, running ones, by display name', async () => {
    expect(await strings('Get-CsWindowsService | % Name')).toContain('RTCXMPPTGW');
    const list = await runPs('Get-CsWindowsService | Format-List');
    expect(list.output).toContain('DisplayName   : Skype for Business Server Front-End');
    expect(await column('Get-CsWindowsService -Name "RTCSrv"', 'Status')).toEqual(['Running']);
    expect(await strings('Get-CsWindowsService -Computer fe03.contoso.com | % Name')).not.toContain('RTCXMPPTGW');
    expect((await values('Get-CsWindowsService | Where-Object {$_.Status -eq "Running"}')).length).toBeGreaterThan(5);
    expect((await values('Get-CsWindowsService | Where-Object {$_.DisplayName -like "*Conferencing*"}')).length).toBeGreaterThan(0);
  });

  // NTService objects carry RoleName (the roles a service hosts), so
  // `Get-CsWindowsService -Name RTCSRV | Select-Object -ExpandProperty RoleName` lists roles and
  // `Where-Object {$_.RoleName -contains "Registrar"}` finds RTCSRV.
  it('Get-CsWindowsService: RoleName expanded and filtered', async () => {
    expect((await strings('Get-CsWindowsService -Name "RTCSRV" | Select-Object -ExpandProperty RoleName')).length).toBeGreaterThan(0);
    expect(await strings('Get-CsWindowsService | Where-Object {$_.RoleName -contains "Registrar"} | % Name')).toContain('RTCSRV');
  });

  it('Stop-CsWindowsService and Start-CsWindowsService: by name, on a remote computer, by filtered pipeline', async () => {
    const store = newStore();
    await runPs('Stop-CsWindowsService -Name "RTCIMMCU"', { store });
    expect(await column('Get-CsWindowsService RTCIMMCU', 'Status', store)).toEqual(['Stopped']);
    await runPs('Stop-CsWindowsService -Name "RTCIMMCU" -ComputerName fe02.contoso.com', { store });
    expect(await column('Get-CsWindowsService RTCIMMCU -ComputerName fe02.contoso.com', 'Status', store)).toEqual(['Stopped']);
    await runPs('Get-CsWindowsService | Where-Object {$_.DisplayName -like "*Web Conferencing*"} | Stop-CsWindowsService', { store });
    expect(await strings('Get-CsWindowsService | Where-Object {$_.Status -ne "Running"} | % Name', store)).toEqual(['RTCIMMCU', 'RTCDATAMCU']);
    await runPs('Start-CsWindowsService -Name "RTCIMMCU" -ComputerName fe02.contoso.com', { store });
    expect(await column('Get-CsWindowsService RTCIMMCU -ComputerName fe02.contoso.com', 'Status', store)).toEqual(['Running']);
    await runPs('Get-CsWindowsService | Where-Object {$_.Status -ne "Running"} | Start-CsWindowsService', { store });
    expect(await values('Get-CsWindowsService | Where-Object {$_.Status -ne "Running"}', store)).toEqual([]);
  });

  // `Start-CsWindowsService` alone starts every Skype for Business service of the local computer (the Name set
  // is the default), and a Front End has the Response Group service RTCRGS the reference stops and starts.
  it('Start-CsWindowsService without parameters; RTCRGS by name', async () => {
    const store = newStore();
    await runPs('Stop-CsWindowsService -Name "RTCIMMCU"', { store });
    expect((await runPs('Start-CsWindowsService', { store })).errors).toBe('');
    expect(await values('Get-CsWindowsService | Where-Object {$_.Status -ne "Running"}', store)).toEqual([]);
    expect((await runPs('Stop-CsWindowsService -Name "RTCRGS"', { store })).errors).toBe('');
  });

  it('Get-CsManagementStoreReplicationStatus: all, not up to date, one replica, by date, CMS status', async () => {
    expect(await strings('Get-CsManagementStoreReplicationStatus | % ReplicaFqdn')).toEqual(['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com', 'edge01.contoso.com']);
    expect(await values('Get-CsManagementStoreReplicationStatus | Where-Object {$_.UpToDate -eq $False}')).toEqual([]);
    expect(await column('Get-CsManagementStoreReplicationStatus -ReplicaFqdn fe02.contoso.com', 'UpToDate')).toEqual([true]);
    expect(await values('Get-CsManagementStoreReplicationStatus | Where-Object {$_.LastUpdateCreation -lt "8/11/2018 8:00 PM"}')).toEqual([]);
    expect(await column('Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus', 'ActiveMasterFqdn')).toEqual(['fe01.contoso.com']);
  });

  it('Invoke-CsManagementStoreReplication: every replica, one replica', async () => {
    const store = newStore();
    expect((await runPs('Invoke-CsManagementStoreReplication', { store })).errors).toBe('');
    expect((await runPs('Invoke-CsManagementStoreReplication -ReplicaFqdn fe02.contoso.com', { store })).errors).toBe('');
    expect((await runPs('Invoke-CsManagementStoreReplication -ReplicaFqdn nope.contoso.com', { store })).errors).not.toBe('');
  });

  it('Export-CsConfiguration and Import-CsConfiguration: a .zip file, -LocalStore, a byte array', async () => {
    const dir = workDir();
    const store = newStore();
    await runPs('Export-CsConfiguration -FileName "C:\\Config.zip"', { store, workingDirectory: dir });
    expect(existsSync(join(dir, 'Config.zip'))).toBe(true);
    await runPs('New-CsAllowedDomain fabrikam.com | Out-Null', { store });
    expect((await runPs('Import-CsConfiguration -FileName "C:\\Config.zip"', { store, workingDirectory: dir })).errors).toBe('');
    expect(await values('Get-CsAllowedDomain', store)).toEqual([]);
    expect((await runPs('Import-CsConfiguration -FileName "C:\\Config.zip" -LocalStore', { store, workingDirectory: dir })).errors).toBe('');
    expect((await runPs('$x = Export-CsConfiguration -AsBytes\nImport-CsConfiguration -ByteInput $x -LocalStore', { store })).errors).toBe('');
  });
});
