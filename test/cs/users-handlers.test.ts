// User cmdlet handlers with typed parameters: identity forms, filters, enable/disable/set/move, grants.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PSObject, ScriptBlockValue } from '../../src/engine/runtime/values.js';
import { getUserBySip, resolveUser } from '../../src/store/usersRepository.js';
import { deleteDocument, insertDocument } from '../../src/store/configRepository.js';
import type { Store } from '../../src/store/store.js';
import { demoStore, runCmdlet } from './topologyHarness.js';

const obj = (v: unknown) => v as PSObject;
const sips = (out: unknown[]) => out.map((o) => obj(o).get('SipAddress'));

function tagPolicy(s: Store, name: string, xmpp = true): void {
  insertDocument(s, 'ExternalAccessPolicy', 'tag', {
    Identity: `Tag:${name}`,
    Description: null,
    EnableFederationAccess: true,
    EnableXmppAccess: xmpp,
    EnablePublicCloudAccess: false,
    EnablePublicCloudAudioVideoAccess: false,
    EnableOutsideAccess: false,
  });
}

describe('Get-CsUser', () => {
  it('returns every Skype for Business user (not AD-only accounts), with the §2.8 property order', async () => {
    const r = await runCmdlet(demoStore(), 'Get-CsUser');
    expect(r.output.length).toBe(44);
    const ken = obj(r.output[0]);
    expect(ken.typeNames[0]).toBe('Microsoft.Rtc.Management.ADConnect.Schema.ADUser');
    expect(ken.propertyNames().slice(0, 27)).toEqual([
      'Identity', 'VoicePolicy', 'ConferencingPolicy', 'PresencePolicy', 'DialPlan', 'LocationPolicy', 'ClientPolicy', 'ClientVersionPolicy',
      'ArchivingPolicy', 'ExchangeArchivingPolicy', 'PinPolicy', 'ExternalAccessPolicy', 'MobilityPolicy', 'PersistentChatPolicy',
      'UserServicesPolicy', 'HostedVoiceMail', 'HostedVoicemailPolicy', 'HostingProvider', 'RegistrarPool', 'Enabled', 'SipAddress', 'LineURI',
      'EnterpriseVoiceEnabled', 'ExUmEnabled', 'HomeServer', 'DisplayName', 'SamAccountName',
    ]);
    // Properties the default view leaves out but scripts read.
    expect(ken.propertyNames().slice(27)).toEqual([
      'UserPrincipalName', 'FirstName', 'LastName', 'WindowsEmailAddress', 'AudioVideoDisabled', 'RemoteCallControlTelephonyEnabled',
      'PrivateLine', 'LineServerURI', 'Name', 'DistinguishedName', 'WhenChanged', 'WhenCreated',
    ]);
    expect(ken.get('WhenCreated')).toBeInstanceOf(Date);
    expect(ken.get('UserPrincipalName')).toBe('kenmyer@contoso.com');
    expect(ken.get('Name')).toBe('Ken Myer');
    expect(ken.get('Identity')).toBe('CN=Ken Myer,OU=Redmond,DC=contoso,DC=com');
    expect(ken.get('ExchangeArchivingPolicy')).toBe('Uninitialized');
    expect(ken.get('HostingProvider')).toBe('SRV:');
    expect(ken.get('HomeServer')).toBe('CN=Lc Services,CN=Microsoft,CN=1:1,CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,DC=contoso,DC=com');
    expect(sips(r.output)).not.toContain(null);
  });

  it('-Identity in every form; unknown identity is the [V] not-found error', async () => {
    const s = demoStore();
    for (const id of ['sip:kenmyer@contoso.com', 'kenmyer@contoso.com', 'Ken Myer', 'Ken*', 'CONTOSO\\kenmyer', 'CN=Ken Myer,OU=Redmond,DC=contoso,DC=com']) {
      expect(sips((await runCmdlet(s, 'Get-CsUser', { Identity: id })).output), id).toEqual(['sip:kenmyer@contoso.com']);
    }
    const r = await runCmdlet(s, 'Get-CsUser', { Identity: 'vedant.singh@contoso.com' });
    expect(r.errors[0]).toMatchObject({ message: 'Management object not found for identity "vedant.singh@contoso.com".', category: 'ObjectNotFound' });
    expect((await runCmdlet(s, 'Get-CsUser', { Identity: 'Nora Lindgren' })).errors).toHaveLength(1);
  });

  it('-Filter as a script block or string: $null, equality, -like, -and/-or, variables', async () => {
    const s = demoStore();
    const ken = getUserBySip(s, 'sip:kenmyer@contoso.com')!;
    tagPolicy(s, 'XmppUsers');
    await runCmdlet(s, 'Grant-CsExternalAccessPolicy', { Identity: ken.sipAddress, PolicyName: 'XmppUsers' });
    const sb = (text: string) => new ScriptBlockValue({} as never, text);
    expect((await runCmdlet(s, 'Get-CsUser', { Filter: sb('ExternalAccessPolicy -eq $null') })).output).toHaveLength(43);
    expect(sips((await runCmdlet(s, 'Get-CsUser', { Filter: sb(' ExternalAccessPolicy -eq "XmppUsers" ') })).output)).toEqual(['sip:kenmyer@contoso.com']);
    expect((await runCmdlet(s, 'Get-CsUser', { Filter: 'RegistrarPool -eq "pool02.contoso.com"' })).output).toHaveLength(18);
    expect(sips((await runCmdlet(s, 'Get-CsUser', { Filter: 'DisplayName -like "K*"' })).output)).toEqual(['sip:kenmyer@contoso.com']);
    expect((await runCmdlet(s, 'Get-CsUser', { Filter: 'DisplayName -like "K*" -or (DisplayName -like "P*" -and RegistrarPool -eq "pool02.contoso.com")' })).output).toHaveLength(3);
    expect((await runCmdlet(s, 'Get-CsUser', { Filter: '-not (EnterpriseVoiceEnabled -eq $false)' })).output.length).toBeGreaterThan(0);
    const v = await runCmdlet(s, 'Get-CsUser', { Filter: 'RegistrarPool -eq $pool' }, { variables: { pool: 'pool01.contoso.com' } });
    expect(v.output).toHaveLength(26);
    expect((await runCmdlet(s, 'Get-CsUser', { Filter: 'Department -eq "Finance" -and City -eq "Dublin"' })).output).toHaveLength(4);
    const bad = await runCmdlet(s, 'Get-CsUser', { Filter: 'DisplayName -resembles "K"' });
    expect(bad.terminating?.message).toBe('The filter "DisplayName -resembles "K"" is not valid: unknown operator "-resembles".');
  });

  it('-LdapFilter on AD attributes, -OU, -ResultSize, -UnAssignedUser', async () => {
    const s = demoStore();
    const sales = (await runCmdlet(s, 'Get-CsUser', { LdapFilter: '(department=Sales)' })).output;
    expect(sales.length).toBeGreaterThan(5);
    expect(sips(sales)).toContain('sip:kenmyer@contoso.com');
    expect(sips(sales)).not.toContain('sip:pilar@contoso.com');
    const fin = (await runCmdlet(s, 'Get-CsUser', { LdapFilter: '(&(department=Finance)(l=Dublin))' })).output;
    expect(fin.map((o) => obj(o).get('RegistrarPool'))).toEqual(Array(fin.length).fill('pool02.contoso.com'));
    expect(sips(fin)).toContain('sip:pilar@contoso.com');
    expect((await runCmdlet(s, 'Get-CsUser', { LdapFilter: '(|(sn=Myer)(givenName=Pilar))' })).output).toHaveLength(2);
    expect((await runCmdlet(s, 'Get-CsUser', { LdapFilter: '(!(l=Redmond))' })).output).toHaveLength(18);
    expect((await runCmdlet(s, 'Get-CsUser', { LdapFilter: '(department=Sales' })).terminating?.message).toContain('is not valid');
    expect((await runCmdlet(s, 'Get-CsUser', { OU: 'OU=Dublin,DC=contoso,DC=com' })).output).toHaveLength(18);
    expect((await runCmdlet(s, 'Get-CsUser', { ResultSize: 5 })).output).toHaveLength(5);
    expect((await runCmdlet(s, 'Get-CsUser', { ResultSize: 'Unlimited' })).output).toHaveLength(44);
    expect((await runCmdlet(s, 'Get-CsUser', { UnAssignedUser: true })).output).toHaveLength(0);
  });

  it('Get-CsAdUser returns every AD account', async () => {
    const s = demoStore();
    const all = (await runCmdlet(s, 'Get-CsAdUser')).output;
    expect(all).toHaveLength(48);
    expect(all.filter((o) => !obj(o).get('SipAddress')).map((o) => obj(o).get('DisplayName'))).toEqual(['Nora Lindgren', 'Tomas Hruby', 'Lena Fischer', 'Ravi Patel']);
    expect((await runCmdlet(s, 'Get-CsAdUser', { LDAPFilter: '(l=Dublin)' })).output).toHaveLength(20);
  });
});

describe('Enable-, Disable-, Set-, Move-CsUser', () => {
  it('Enable-CsUser with -SipAddress, -SipAddressType; already-enabled warning', async () => {
    const s = demoStore();
    const r = await runCmdlet(s, 'Enable-CsUser', { Identity: 'Nora Lindgren', RegistrarPool: 'pool01.contoso.com', SipAddress: 'sip:noral@contoso.com', PassThru: true });
    expect(r.errors).toEqual([]);
    expect(obj(r.output[0]).get('SipAddress')).toBe('sip:noral@contoso.com');
    expect(resolveUser(s, 'Nora Lindgren')).toMatchObject({ enabled: true, registrarPool: 'pool01.contoso.com' });
    await runCmdlet(s, 'Enable-CsUser', { Identity: 'Tomas Hruby', RegistrarPool: 'pool02.contoso.com', SipAddressType: 'FirstLastName', SipDomain: 'contoso.com' });
    expect(resolveUser(s, 'Tomas Hruby')?.sipAddress).toBe('sip:tomashruby@contoso.com');
    await runCmdlet(s, 'Enable-CsUser', { Identity: 'CONTOSO\\lenaf', RegistrarPool: 'pool01.contoso.com', SipAddressType: 'UserPrincipalName' });
    expect(resolveUser(s, 'Lena Fischer')?.sipAddress).toBe('sip:lenaf@contoso.com');
    await runCmdlet(s, 'Enable-CsUser', { Identity: 'Ravi Patel', RegistrarPool: 'pool02.contoso.com', SipAddressType: 'SamAccountName', SipDomain: 'contoso.com' });
    expect(resolveUser(s, 'Ravi Patel')?.sipAddress).toBe('sip:ravip@contoso.com');
    const again = await runCmdlet(s, 'Enable-CsUser', { Identity: 'Ken Myer', RegistrarPool: 'pool02.contoso.com', SipAddress: 'sip:x@contoso.com' });
    expect(again.warnings).toEqual(['Object with identity "CN=Ken Myer,OU=Redmond,DC=contoso,DC=com" was not changed.']);
    expect(resolveUser(s, 'Ken Myer')?.registrarPool).toBe('pool01.contoso.com');
  });

  it('Enable-CsUser refusals: no pool, not a registrar, no address, foreign domain, unknown account', async () => {
    const s = demoStore();
    const msg = async (p: Record<string, unknown>) => (await runCmdlet(s, 'Enable-CsUser', { Identity: 'Nora Lindgren', ...p })).errors[0]?.message;
    expect(await msg({ SipAddress: 'sip:n@contoso.com' })).toContain('-RegistrarPool');
    expect(await msg({ RegistrarPool: 'edge01.contoso.com', SipAddress: 'sip:n@contoso.com' })).toContain('is not a Registrar pool');
    expect(await msg({ RegistrarPool: 'pool01.contoso.com' })).toContain('-SipAddress');
    expect(await msg({ RegistrarPool: 'pool01.contoso.com', SipAddress: 'sip:n@fabrikam.com' })).toContain('"fabrikam.com" is not a SIP domain');
    expect(await msg({ RegistrarPool: 'pool01.contoso.com', SipAddress: 'sip:pilar@contoso.com' })).toContain('already assigned');
    expect(await msg({ RegistrarPool: 'pool01.contoso.com', SipAddressType: 'SamAccountName' })).toContain('-SipDomain is required');
    expect((await runCmdlet(s, 'Enable-CsUser', { Identity: 'ghost@contoso.com', RegistrarPool: 'pool01.contoso.com' })).errors[0]?.message).toBe('Management object not found for identity "ghost@contoso.com".');
    expect(resolveUser(s, 'Nora Lindgren')?.sipAddress).toBeNull();
  });

  it('a wildcard identity changes all matching users or none', async () => {
    const s = demoStore();
    const r = await runCmdlet(s, 'Enable-CsUser', { Identity: '*r*', RegistrarPool: 'pool01.contoso.com', SipAddress: 'sip:shared@contoso.com' });
    expect(r.errors[0]?.message).toBe('The command would give the same SIP address to more than one user.');
    expect(getUserBySip(s, 'sip:shared@contoso.com')).toBeUndefined();
    expect(r.warnings.length).toBeGreaterThan(10);
    const ok = await runCmdlet(s, 'Enable-CsUser', { Identity: '*r*', RegistrarPool: 'pool02.contoso.com', SipAddressType: 'SamAccountName', SipDomain: 'contoso.com' });
    expect(ok.errors).toEqual([]);
    expect(['Nora Lindgren', 'Tomas Hruby', 'Lena Fischer', 'Ravi Patel'].map((n) => resolveUser(s, n)?.registrarPool)).toEqual(Array(4).fill('pool02.contoso.com'));
  });

  it('Disable-CsUser removes the Skype for Business attributes; Set-CsUser -Enabled $false keeps them', async () => {
    const s = demoStore();
    await runCmdlet(s, 'Disable-CsUser', { Identity: 'Olivia Grant' });
    expect(resolveUser(s, 'Olivia Grant')).toMatchObject({ sipAddress: null, registrarPool: null, enabled: false });
    expect((await runCmdlet(s, 'Get-CsUser', { Identity: 'Olivia Grant' })).errors).toHaveLength(1);
    await runCmdlet(s, 'Set-CsUser', { Identity: 'sip:anat@contoso.com', Enabled: false });
    const ana = obj((await runCmdlet(s, 'Get-CsUser', { Identity: 'sip:anat@contoso.com' })).output[0]);
    expect(ana.get('Enabled')).toBe(false);
    expect(ana.get('SipAddress')).toBe('sip:anat@contoso.com');
  });

  it('Set-CsUser: voice settings, SIP address change, validation, no-change warning', async () => {
    const s = demoStore();
    await runCmdlet(s, 'Set-CsUser', { Identity: 'Jeff Phillips', EnterpriseVoiceEnabled: true, LineURI: 'tel:+14255550177' });
    expect(resolveUser(s, 'Jeff Phillips')).toMatchObject({ enterpriseVoiceEnabled: true, lineUri: 'tel:+14255550177' });
    await runCmdlet(s, 'Set-CsUser', { Identity: 'Jeff Phillips', SipAddress: 'sip:jeff.phillips@contoso.com' });
    expect(getUserBySip(s, 'sip:jeff.phillips@contoso.com')?.displayName).toBe('Jeff Phillips');
    expect((await runCmdlet(s, 'Set-CsUser', { Identity: 'Jeff Phillips', SipAddress: 'jeff' })).errors[0]?.message).toContain('not a valid SIP address');
    const same = await runCmdlet(s, 'Set-CsUser', { Identity: 'Jeff Phillips', EnterpriseVoiceEnabled: true });
    expect(same.warnings[0]).toContain('was not changed');
  });

  it('Move-CsUser: to a Registrar pool, same-pool warning, refused targets, -UserList file', async () => {
    const s = demoStore();
    await runCmdlet(s, 'Move-CsUser', { Identity: 'Pilar Ackerman', Target: 'pool01.contoso.com' });
    expect(getUserBySip(s, 'sip:pilar@contoso.com')?.registrarPool).toBe('pool01.contoso.com');
    expect((await runCmdlet(s, 'Move-CsUser', { Identity: 'Pilar Ackerman', Target: 'pool01.contoso.com' })).warnings).toHaveLength(1);
    expect((await runCmdlet(s, 'Move-CsUser', { Identity: 'Pilar Ackerman', Target: 'edge01.contoso.com' })).errors[0]?.message).toContain('is not a Registrar pool');
    const w = await runCmdlet(s, 'Move-CsUser', { Identity: 'Ken Myer', Target: 'pool02.contoso.com', WhatIf: true });
    expect(w.errors).toEqual([]);
    expect(getUserBySip(s, 'sip:kenmyer@contoso.com')?.registrarPool).toBe('pool01.contoso.com');
    const dir = mkdtempSync(join(tmpdir(), 'csshell-move-'));
    writeFileSync(join(dir, 'users.txt'), 'sip:kenmyer@contoso.com\r\nDavid Longmuir\nnobody@contoso.com\n');
    const r = await runCmdlet(s, 'Move-CsUser', { UserList: 'C:\\users.txt', Target: 'pool02.contoso.com' }, { parameterSet: 'Users', workingDirectory: dir });
    expect(r.errors.map((e) => e.message)).toEqual(['Management object not found for identity "nobody@contoso.com".']);
    expect(resolveUser(s, 'David Longmuir')?.registrarPool).toBe('pool02.contoso.com');
    expect(resolveUser(s, 'Ken Myer')?.registrarPool).toBe('pool02.contoso.com');
  });
});

describe('Grant-CsExternalAccessPolicy and Get-CsEffectivePolicy', () => {
  it('grants by name or tag:, unassigns with $null, -PassThru gives OCSUserOrAppContact', async () => {
    const s = demoStore();
    tagPolicy(s, 'XmppUsers');
    const r = await runCmdlet(s, 'Grant-CsExternalAccessPolicy', { Identity: 'Ken Myer', PolicyName: 'tag:xmppusers', PassThru: true });
    expect(r.errors).toEqual([]);
    expect(obj(r.output[0]).typeNames[0]).toBe('Microsoft.Rtc.Management.ADConnect.Schema.OCSUserOrAppContact');
    expect(obj(r.output[0]).get('ExternalAccessPolicy')).toBe('XmppUsers');
    expect(getUserBySip(s, 'sip:kenmyer@contoso.com')?.externalAccessPolicy).toBe('XmppUsers');
    await runCmdlet(s, 'Grant-CsExternalAccessPolicy', { Identity: 'Ken Myer', PolicyName: null });
    expect(getUserBySip(s, 'sip:kenmyer@contoso.com')?.externalAccessPolicy).toBeNull();
  });

  it('binds a piped user object (its Identity) and refuses non-user policies with the [V] text', async () => {
    const s = demoStore();
    tagPolicy(s, 'SalesXmpp');
    const users = (await runCmdlet(s, 'Get-CsUser', { LdapFilter: '(department=Sales)' })).output;
    for (const u of users) await runCmdlet(s, 'Grant-CsExternalAccessPolicy', { Identity: u, PolicyName: 'SalesXmpp' });
    expect((await runCmdlet(s, 'Get-CsUser', { Filter: 'ExternalAccessPolicy -eq "SalesXmpp"' })).output).toHaveLength(users.length);
    for (const name of ['Global', 'site:Redmond', 'NoSuch']) {
      const r = await runCmdlet(s, 'Grant-CsExternalAccessPolicy', { Identity: 'Pilar Ackerman', PolicyName: name });
      expect(r.errors[0]?.message).toBe(`Policy "${name}" is not a user policy. You can assign only a user policy to a specific user.`);
    }
    expect(getUserBySip(s, 'sip:pilar@contoso.com')?.externalAccessPolicy).toBeNull();
  });

  it('effective policy: user > site > global, and a deleted tag falls back', async () => {
    const s = demoStore();
    const eff = async (id: string) => obj((await runCmdlet(s, 'Get-CsEffectivePolicy', { Identity: id })).output[0]).get('ExternalAccessPolicy');
    expect(await eff('Ken Myer')).toBe('Global');
    insertDocument(s, 'ExternalAccessPolicy', 'site', { Identity: 'Site:Redmond', Description: null, EnableFederationAccess: true, EnableXmppAccess: false, EnablePublicCloudAccess: false, EnablePublicCloudAudioVideoAccess: false, EnableOutsideAccess: false });
    expect(await eff('Ken Myer')).toBe('Site:Redmond');
    expect(await eff('Pilar Ackerman')).toBe('Global');
    tagPolicy(s, 'XmppUsers');
    await runCmdlet(s, 'Grant-CsExternalAccessPolicy', { Identity: 'Ken Myer', PolicyName: 'XmppUsers' });
    expect(await eff('Ken Myer')).toBe('Tag:XmppUsers');
    // The policy goes from the store while Ken Myer still names it: the name no longer resolves.
    deleteDocument(s, 'ExternalAccessPolicy', 'Tag:XmppUsers');
    expect(await eff('Ken Myer')).toBe('Site:Redmond');
  });
});
