// Topology cmdlet handlers with typed parameters (no parser or binder): objects, order, errors.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PSObject } from '../../src/engine/runtime/values.js';
import { getSite, getService, listSipDomains, updateSite } from '../../src/store/topologyRepository.js';
import { xdsSchemas, type XdsType } from '../../src/store/configSchema.js';
import { listReplicas, getWindowsService } from '../../src/store/topologyRuntime.js';
import { insertDocument, listDocuments } from '../../src/store/configRepository.js';
import { demoStore, runCmdlet } from './topologyHarness.js';

const obj = (v: unknown) => v as PSObject;

describe('sites', () => {
  it('Get-CsSite shows the §2.9 properties in order', async () => {
    const r = await runCmdlet(demoStore(), 'Get-CsSite', { Identity: 'Redmond' });
    const site = obj(r.output[0]);
    expect(site.propertyNames()).toEqual(['Identity', 'SiteId', 'Services', 'Pools', 'FederationRoute', 'XmppFederationRoute', 'DefaultPersistentChatPool', 'Description', 'DisplayName', 'SiteType', 'ParentSite']);
    expect(site.get('Identity')).toBe('Site:Redmond');
    expect(site.get('SiteId')).toBe(1);
    expect(site.get('Pools')).toEqual(['pool01.contoso.com', 'edge01.contoso.com']);
    expect(site.get('XmppFederationRoute')).toBe('EdgeServer:edge01.contoso.com');
    expect(site.get('SiteType')).toBe('CentralSite');
    expect(site.get('Services')).toContain('EdgeServer:edge01.contoso.com');
  });

  it('Get-CsSite lists both sites, filters with wildcards, reports unknown sites', async () => {
    const s = demoStore();
    expect((await runCmdlet(s, 'Get-CsSite')).output.map((o) => obj(o).get('Identity'))).toEqual(['Site:Redmond', 'Site:Dublin']);
    expect((await runCmdlet(s, 'Get-CsSite', { Filter: '*dub*' }, { parameterSet: 'Filter' })).output).toHaveLength(1);
    const r = await runCmdlet(s, 'Get-CsSite', { Identity: 'Paris' });
    expect(r.errors[0]).toMatchObject({ message: 'Cannot find "Site" with identity "Paris".', category: 'ObjectNotFound' });
  });

  it('Set-CsSite sets and clears routes; a route that is not an Edge service is refused', async () => {
    const s = demoStore();
    expect((await runCmdlet(s, 'Set-CsSite', { Identity: 'Dublin', XmppFederationRoute: 'EdgeServer:edge01.contoso.com' })).errors).toEqual([]);
    expect(getSite(s, 'Dublin')?.xmppFederationRoute).toBe('EdgeServer:edge01.contoso.com');
    expect(listReplicas(s).every((x) => !x.upToDate)).toBe(true);
    await runCmdlet(s, 'Set-CsSite', { Identity: 'Redmond', XmppFederationRoute: null });
    expect(getSite(s, 'Redmond')?.xmppFederationRoute).toBeNull();
    for (const bad of ['Registrar:pool01.contoso.com', 'EdgeServer:edge99.contoso.com', 'edge01']) {
      const r = await runCmdlet(s, 'Set-CsSite', { Identity: 'Redmond', FederationRoute: bad });
      expect(r.errors[0]?.message).toContain(`Cannot set FederationRoute to "${bad}"`);
    }
    expect(getSite(s, 'Redmond')?.federationRoute).toBe('EdgeServer:edge01.contoso.com');
  });

  it('Set-CsSite -WhatIf changes nothing; without -Identity it changes the local site', async () => {
    const s = demoStore();
    await runCmdlet(s, 'Set-CsSite', { Identity: 'Redmond', Description: 'x', WhatIf: true });
    expect(getSite(s, 'Redmond')?.description).toBe('Redmond headquarters');
    await runCmdlet(s, 'Set-CsSite', { Description: 'Dublin via fe03' }, { computer: 'fe03.contoso.com' });
    expect(getSite(s, 'Dublin')?.description).toBe('Dublin via fe03');
  });
});

describe('pools, computers, services', () => {
  it('Get-CsPool by site and by identity', async () => {
    const s = demoStore();
    const r = await runCmdlet(s, 'Get-CsPool', { Site: 'Dublin' });
    expect(r.output.map((o) => obj(o).get('Identity'))).toEqual(['pool02.contoso.com']);
    const p = obj((await runCmdlet(s, 'Get-CsPool', { Identity: 'pool01.contoso.com' })).output[0]);
    expect(p.propertyNames()).toEqual(['Identity', 'Services', 'Computers', 'Fqdn', 'Site']);
    // Computers are machine objects (Identity, Pool, Fqdn) that read as their FQDN.
    const computers = p.get('Computers') as PSObject[];
    expect(computers.map((c) => [c.get('Fqdn'), c.get('Pool')])).toEqual([['fe01.contoso.com', 'pool01.contoso.com'], ['fe02.contoso.com', 'pool01.contoso.com']]);
    expect(p.get('Site')).toBe('Site:Redmond');
    expect((await runCmdlet(s, 'Get-CsPool', { Identity: 'nope.contoso.com' })).errors[0]?.message).toBe('Cannot find "Pool" with identity "nope.contoso.com".');
  });

  it('Get-CsComputer -Local follows the session; -Pool and -Filter narrow', async () => {
    const s = demoStore();
    expect(obj((await runCmdlet(s, 'Get-CsComputer', { Local: true })).output[0]).get('Identity')).toBe('fe01.contoso.com');
    expect(obj((await runCmdlet(s, 'Get-CsComputer', { Local: true }, { computer: 'edge01.contoso.com' })).output[0]).get('Pool')).toBe('edge01.contoso.com');
    expect((await runCmdlet(s, 'Get-CsComputer', { Pool: 'pool01.contoso.com' })).output).toHaveLength(2);
    expect((await runCmdlet(s, 'Get-CsComputer', { Filter: 'fe*' }, { parameterSet: 'Filter' })).output).toHaveLength(3);
  });

  it('Get-CsService -EdgeServer: the §2.9 Edge properties with the XMPP settings', async () => {
    const r = await runCmdlet(demoStore(), 'Get-CsService', { EdgeServer: true }, { parameterSet: 'EdgeServer' });
    expect(r.output).toHaveLength(1);
    const e = obj(r.output[0]);
    const names = e.propertyNames();
    // The order of the real (LS2010-era) Edge output; the XMPP settings follow it. [I]
    expect(names.slice(0, 19)).toEqual([
      'Identity', 'Registrar', 'AccessEdgeInternalSipPort', 'AccessEdgeExternalSipPort', 'AccessEdgeClientPort', 'DataPsomServerPort',
      'DataPsomClientPort', 'MediaRelayAuthEdgePort', 'MediaRelayAuthInternalTurnTcpPort', 'MediaRelayAuthExternalTurnTcpPort',
      'MediaRelayAuthInternalTurnUdpPort', 'MediaRelayAuthExternalTurnUdpPort', 'MediaCommunicationPortStart', 'MediaComunicationPortCount',
      'AccessEdgeExternalFqdn', 'DataEdgeExternalFqdn', 'AVEdgeExternalFqdn', 'InternalInterfaceFqdn', 'ExternalMrasFqdn',
    ]);
    expect(names.slice(-6)).toEqual(['DependentServiceList', 'ServiceId', 'SiteId', 'PoolFqdn', 'Version', 'Role']);
    expect(names).toContain('MediaComunicationPortCount');
    expect(e.get('AccessEdgeExternalFqdn')).toBe('sip.contoso.com');
    expect(e.get('XmppListeningPort')).toBe(5269);
    expect(e.get('SiteId')).toBe('Site:Redmond');
    expect(e.get('Role')).toBe('EdgeServer');
    expect(e.get('DependentServiceList')).toContain('Registrar:pool01.contoso.com');
    expect(e.typeNames[0]).toBe('Microsoft.Rtc.Management.Xds.DisplayEdgeServer');
  });

  it('Get-CsService role switches and -PoolFqdn', async () => {
    const s = demoStore();
    const reg = await runCmdlet(s, 'Get-CsService', { Registrar: true }, { parameterSet: 'Registrar' });
    expect(reg.output.map((o) => obj(o).get('Identity'))).toEqual(['Registrar:pool01.contoso.com', 'Registrar:pool02.contoso.com']);
    expect(obj(reg.output[0]).get('EdgeServer')).toBe('EdgeServer:edge01.contoso.com');
    const p2 = await runCmdlet(s, 'Get-CsService', { PoolFqdn: 'pool02.contoso.com', WebServer: true }, { parameterSet: 'WebServer' });
    expect(p2.output.map((o) => obj(o).get('Identity'))).toEqual(['WebServer:pool02.contoso.com']);
    expect(obj(p2.output[0]).get('Version')).toBe(8);
    expect((await runCmdlet(s, 'Get-CsService', { CentralManagement: true }, { parameterSet: 'CentralManagement' })).output).toHaveLength(1);
  });

  it('Set-CsEdgeServer changes ports under their property names; bad registrar refused', async () => {
    const s = demoStore();
    await runCmdlet(s, 'Set-CsEdgeServer', { Identity: 'EdgeServer:edge01.contoso.com', XmppListeningPort: 5270, MediaCommunicationPortCount: 20000, AccessEdgeClientSipPort: 4443 });
    expect(getService(s, 'EdgeServer:edge01.contoso.com')?.properties).toMatchObject({ XmppListeningPort: 5270, MediaComunicationPortCount: 20000, AccessEdgeClientPort: 4443 });
    const r = await runCmdlet(s, 'Set-CsEdgeServer', { Registrar: 'Registrar:nowhere.contoso.com' });
    expect(r.errors[0]?.message).toBe('Registrar "Registrar:nowhere.contoso.com" was not found in the topology.');
  });
});

describe('SIP domains', () => {
  it('New, Set default, Remove with their rules', async () => {
    const s = demoStore();
    const n = await runCmdlet(s, 'New-CsSipDomain', { Identity: 'fabrikam.com' });
    expect(obj(n.output[0]).propertyNames()).toEqual(['Identity', 'Name', 'IsDefault']);
    expect(obj(n.output[0]).get('IsDefault')).toBe(false);
    expect((await runCmdlet(s, 'New-CsSipDomain', { Identity: 'FABRIKAM.com' })).errors[0]?.category).toBe('ResourceExists');
    await runCmdlet(s, 'Set-CsSipDomain', { Identity: 'fabrikam.com', IsDefault: true });
    const all = (await runCmdlet(s, 'Get-CsSipDomain')).output.map((o) => [obj(o).get('Name'), obj(o).get('IsDefault')]);
    expect(all).toEqual([['contoso.com', false], ['fabrikam.com', true]]);
    expect((await runCmdlet(s, 'Remove-CsSipDomain', { Identity: 'fabrikam.com' })).errors[0]?.message).toContain('default SIP domain');
    expect((await runCmdlet(s, 'Remove-CsSipDomain', { Identity: 'contoso.com' })).errors[0]?.message).toContain('44 user(s)');
    await runCmdlet(s, 'Set-CsSipDomain', { Identity: 'contoso.com', IsDefault: true });
    expect((await runCmdlet(s, 'Remove-CsSipDomain', { Identity: 'fabrikam.com' })).errors).toEqual([]);
    expect((await runCmdlet(s, 'Get-CsSipDomain')).output).toHaveLength(1);
  });
});

describe('Windows services and replication', () => {
  it('Get/Stop/Start-CsWindowsService on the local or a named computer', async () => {
    const s = demoStore();
    const local = await runCmdlet(s, 'Get-CsWindowsService');
    expect(local.output.map((o) => obj(o).get('Name'))).toContain('RTCXMPPTGW');
    expect(obj(local.output[0]).propertyNames().slice(0, 3)).toEqual(['Status', 'Name', 'ActivityLevel']);
    await runCmdlet(s, 'Stop-CsWindowsService', { Name: 'RTCXMPPTGWPX', ComputerName: 'edge01.contoso.com' }, { parameterSet: 'Name' });
    expect(getWindowsService(s, 'edge01.contoso.com', 'RTCXMPPTGWPX')?.status).toBe('Stopped');
    expect(getWindowsService(s, 'fe01.contoso.com', 'RTCSRV')?.status).toBe('Running');
    const piped = (await runCmdlet(s, 'Get-CsWindowsService', { Name: 'RTCXMPPTGWPX', ComputerName: 'edge01.contoso.com' })).output[0];
    await runCmdlet(s, 'Start-CsWindowsService', { InputObject: piped }, { parameterSet: 'InputObject' });
    expect(getWindowsService(s, 'edge01.contoso.com', 'RTCXMPPTGWPX')?.status).toBe('Running');
    expect((await runCmdlet(s, 'Get-CsWindowsService', { Name: 'NOPE' })).errors[0]?.message).toBe("Cannot find any service with service name 'NOPE'.");
    expect((await runCmdlet(s, 'Get-CsWindowsService', { ComputerName: 'x.contoso.com' })).errors[0]?.message).toBe('Cannot find "Computer" with identity "x.contoso.com".');
  });

  it('replication status and Invoke-CsManagementStoreReplication', async () => {
    const s = demoStore();
    await runCmdlet(s, 'Set-CsSite', { Identity: 'Redmond', Description: 'x' });
    const st = await runCmdlet(s, 'Get-CsManagementStoreReplicationStatus');
    expect(st.output.map((o) => obj(o).get('UpToDate'))).toEqual([false, false, false, false]);
    expect(obj(st.output[0]).propertyNames()).toEqual(['UpToDate', 'ReplicaFqdn', 'LastStatusReport', 'LastUpdateCreation', 'ProductVersion']);
    await runCmdlet(s, 'Invoke-CsManagementStoreReplication', { ReplicaFqdn: 'edge01.contoso.com' });
    expect(obj((await runCmdlet(s, 'Get-CsManagementStoreReplicationStatus', { ReplicaFqdn: 'edge01.contoso.com' })).output[0]).get('UpToDate')).toBe(true);
    await runCmdlet(s, 'Invoke-CsManagementStoreReplication');
    expect(listReplicas(s).every((x) => x.upToDate)).toBe(true);
    const cms = obj((await runCmdlet(s, 'Get-CsManagementStoreReplicationStatus', { CentralManagementStoreStatus: true })).output[0]);
    expect(cms.get('ActiveMasterFqdn')).toBe('fe01.contoso.com');
  });
});

describe('topology documents and configuration export', () => {
  it('Get-CsTopology -AsXml round-trips through Publish-CsTopology; edits are applied', async () => {
    const s = demoStore();
    const dir = mkdtempSync(join(tmpdir(), 'csshell-topo-'));
    const xml = String((await runCmdlet(s, 'Get-CsTopology', { AsXml: true })).output[0]);
    expect(xml).toContain('XmppFederationRoute="EdgeServer:edge01.contoso.com"');
    writeFileSync(join(dir, 'topo.xml'), xml.replace('XmppFederationEnabled="true"', 'XmppFederationEnabled="false"').replace('Description="Dublin office"', 'Description="Dublin, Ireland"'));
    const r = await runCmdlet(s, 'Publish-CsTopology', { FileName: 'C:\\topo.xml', BackupFileName: 'C:\\backup.xml' }, { parameterSet: 'Filename', workingDirectory: dir });
    expect(r.errors).toEqual([]);
    expect(r.terminating).toBeUndefined();
    expect(getService(s, 'EdgeServer:edge01.contoso.com')?.properties.XmppFederationEnabled).toBe(false);
    expect(getSite(s, 'Dublin')?.description).toBe('Dublin, Ireland');
    expect(readFileSync(join(dir, 'backup.xml'), 'utf8')).toBe(xml);
  });

  it('Publish-CsTopology applies the SIP domain list; it refuses dropping a domain in use or two defaults', async () => {
    const s = demoStore();
    const dir = mkdtempSync(join(tmpdir(), 'csshell-topo-'));
    const xml = String((await runCmdlet(s, 'Get-CsTopology', { AsXml: true })).output[0]);
    const publish = async (text: string) => {
      writeFileSync(join(dir, 't.xml'), text);
      return runCmdlet(s, 'Publish-CsTopology', { FileName: 't.xml' }, { parameterSet: 'Filename', workingDirectory: dir });
    };
    const added = xml.replace('<SipDomain Name="contoso.com" IsDefault="true" />', '<SipDomain Name="contoso.com" IsDefault="true" />\n    <SipDomain Name="fabrikam.com" IsDefault="false" />');
    expect((await publish(added)).terminating).toBeUndefined();
    expect((await runCmdlet(s, 'Get-CsSipDomain')).output.map((o) => obj(o).get('Name'))).toEqual(['contoso.com', 'fabrikam.com']);
    expect((await publish(added.replace('"false"', '"true"'))).terminating?.message).toBe('Exactly one SIP domain must be the default (IsDefault="true").');
    expect((await publish(added.replace('<SipDomain Name="contoso.com" IsDefault="true" />', '').replace('"false"', '"true"'))).terminating?.message).toBe('SIP domain "contoso.com" cannot be removed: users have SIP addresses in it.');
    expect((await publish(xml)).terminating).toBeUndefined();
    expect((await runCmdlet(s, 'Get-CsSipDomain')).output).toHaveLength(1);
  });

  it('Publish-CsTopology refuses a document that is not a topology or names a missing Edge', async () => {
    const s = demoStore();
    const dir = mkdtempSync(join(tmpdir(), 'csshell-topo-'));
    writeFileSync(join(dir, 'bad.xml'), '<Topology><Sites><Site Name="Redmond"');
    const r = await runCmdlet(s, 'Publish-CsTopology', { FileName: 'bad.xml' }, { parameterSet: 'Filename', workingDirectory: dir });
    expect(r.terminating?.message).toMatch(/^The topology document cannot be read/);
    const xml = String((await runCmdlet(s, 'Get-CsTopology', { AsXml: true })).output[0]).replace('XmppFederationRoute="EdgeServer:edge01.contoso.com"', 'XmppFederationRoute="EdgeServer:gone.contoso.com"');
    writeFileSync(join(dir, 'route.xml'), xml);
    const r2 = await runCmdlet(s, 'Publish-CsTopology', { FileName: 'route.xml' }, { parameterSet: 'Filename', workingDirectory: dir });
    expect(r2.terminating?.message).toContain('"EdgeServer:gone.contoso.com" is not an Edge service');
    expect(getSite(s, 'Redmond')?.xmppFederationRoute).toBe('EdgeServer:edge01.contoso.com');
  });

  it('Export-/Import-CsConfiguration restores configuration documents, SIP domains and site routes exactly', async () => {
    const s = demoStore();
    const dir = mkdtempSync(join(tmpdir(), 'csshell-export-'));
    mkdirSync(join(dir, 'Backup'));
    const snapshot = () => JSON.stringify([Object.keys(xdsSchemas).map((t) => listDocuments(s, t as XdsType)), listSipDomains(s), getSite(s, 'Redmond')]);
    const before = snapshot();
    await runCmdlet(s, 'Export-CsConfiguration', { FileName: 'C:\\Backup\\config.zip' }, { parameterSet: 'FileName', workingDirectory: dir });
    insertDocument(s, 'ExternalAccessPolicy', 'tag', { Identity: 'Tag:Temp', Description: null, EnableFederationAccess: true, EnableXmppAccess: true, EnablePublicCloudAccess: false, EnablePublicCloudAudioVideoAccess: false, EnableOutsideAccess: false });
    await runCmdlet(s, 'New-CsSipDomain', { Identity: 'fabrikam.com' });
    await runCmdlet(s, 'Set-CsSite', { Identity: 'Redmond', XmppFederationRoute: null });
    expect(snapshot()).not.toBe(before);
    const r = await runCmdlet(s, 'Import-CsConfiguration', { FileName: 'C:\\Backup\\config.zip' }, { parameterSet: 'FileName', workingDirectory: dir });
    expect(r.errors).toEqual([]);
    expect(snapshot()).toBe(before);
    const bytes = (await runCmdlet(s, 'Export-CsConfiguration', { AsBytes: true }, { parameterSet: 'AsBytes' })).output[0] as number[];
    expect(Array.isArray(bytes) && bytes.length > 100).toBe(true);
    await runCmdlet(s, 'New-CsSipDomain', { Identity: 'litware.com' });
    await runCmdlet(s, 'Import-CsConfiguration', { ByteInput: bytes }, { parameterSet: 'ByteInput' });
    expect(snapshot()).toBe(before);
    const bad = await runCmdlet(s, 'Import-CsConfiguration', { ByteInput: [1, 2, 3] }, { parameterSet: 'ByteInput' });
    expect(bad.terminating?.message).toBe('The file is not a configuration export.');
  });

  it('Test-CsTopology: Success on the demo, Failure naming a broken site route', async () => {
    const s = demoStore();
    expect(obj((await runCmdlet(s, 'Test-CsTopology')).output[0]).get('Result')).toBe('Success');
    updateSite(s, 'Dublin', { xmppFederationRoute: 'EdgeServer:gone.contoso.com' });
    const t = obj((await runCmdlet(s, 'Test-CsTopology')).output[0]);
    expect(t.get('Result')).toBe('Failure');
    expect(t.get('Error')).toBe('Site Dublin: XmppFederationRoute EdgeServer:gone.contoso.com does not name an Edge service.');
    expect(t.get('TargetFqdn')).toBe('pool01.contoso.com');
  });
});
