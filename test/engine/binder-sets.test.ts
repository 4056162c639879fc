// Positional binding, parameter sets, mandatory parameters and prompts (DOMAIN.md §6.10–6.12).

import { describe, expect, it } from 'vitest';
import { csMetadata } from '../../src/catalog/registry.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { bindLine, bound, failed } from './binderHarness.js';
import { PipelineStoppedSignal } from '../../src/engine/errors.js';
import { runPs } from '../helpers/run.js';

const AMBIGUOUS_SET = 'Parameter set cannot be resolved using the specified named parameters.';

describe('positional binding', () => {
  it.each([
    ['Get-CsExternalAccessPolicy site:Redmond', { Identity: 'site:Redmond' }],
    ['New-CsXmppAllowedPartner gmail.com -TlsNegotiation Required', { Identity: 'gmail.com', TlsNegotiation: 'Required' }],
    ['New-CsXmppAllowedPartner -TlsNegotiation Required gmail.com', { Identity: 'gmail.com', TlsNegotiation: 'Required' }],
    ['Grant-CsExternalAccessPolicy "Ken Myer" Redmond', { Identity: 'Ken Myer', PolicyName: 'Redmond' }],
    ['Grant-CsExternalAccessPolicy -Identity ken Redmond', { Identity: 'ken', PolicyName: 'Redmond' }],
    ['Grant-CsExternalAccessPolicy -PolicyName Redmond ken', { Identity: 'ken', PolicyName: 'Redmond' }],
    ['Grant-CsExternalAccessPolicy ken $null', { Identity: 'ken', PolicyName: null }],
    ['Test-CsXmppIM jabber.org -Receiver a@jabber.org', { TargetFqdn: 'jabber.org', Receiver: 'a@jabber.org' }],
    ['Move-CsUser ken pool02.contoso.com', { Identity: 'ken', Target: 'pool02.contoso.com' }],
    ['Export-CsConfiguration C:\\backup\\cs.zip', { FileName: 'C:\\backup\\cs.zip' }],
    ['Remove-CsXmppAllowedPartner gmail.com -Force', { Identity: 'gmail.com', Force: true }],
    ['Get-CsUser sip:kenmyer@contoso.com', { Identity: 'sip:kenmyer@contoso.com' }],
  ])('%s', async (line, params) => {
    expect((await bound(line)).params).toMatchObject(params);
  });

  it.each([
    ['Get-CsExternalAccessPolicy site:Redmond extra', 'extra'],
    ['Remove-CsXmppAllowedPartner gmail.com jabber.org', 'jabber.org'],
    ['Grant-CsExternalAccessPolicy ken Redmond Dublin', 'Dublin'],
    ['Get-CsCertificate a b', 'b'],
    ['Set-CsSite Redmond x y', 'x'],
    ['Get-CsExternalAccessPolicy Global -Filter tag:*', 'Global'],
    ['New-CsXmppAllowedPartner gmail.com -Domain gmail.com', 'gmail.com'],
    ['Get-CsExternalAccessPolicy -Filter tag:* site:Redmond', 'site:Redmond'],
    ['Set-CsExternalAccessPolicy Global true', 'true'],
    ['Set-CsExternalAccessPolicy Global 5', '5'],
    ['Set-CsExternalAccessPolicy Global a,b', 'System.Object[]'],
    ['Get-CsTopology foo', 'foo'],
  ])('%s: PositionalParameterNotFound', async (line, arg) => {
    const r = await failed(line);
    expect(r.errorId).toBe('PositionalParameterNotFound');
    expect(r.message).toBe(`A positional parameter cannot be found that accepts argument '${arg}'.`);
  });

  it('the positional error underlines the argument', async () => {
    const r = await failed('Get-CsExternalAccessPolicy site:Redmond extra');
    expect(r.underlined).toBe('extra');
    expect(r.record.invocation.extent?.column).toBe(41);
  });
});

describe('parameter sets', () => {
  it.each([
    ['Get-CsExternalAccessPolicy', 'Identity'],
    ['Get-CsExternalAccessPolicy Global', 'Identity'],
    ['Get-CsExternalAccessPolicy -Filter tag:*', 'Filter'],
    ['Get-CsXmppAllowedPartner', 'Identity'],
    ['Get-CsXmppAllowedPartner -Filter *gmail*', 'Filter'],
    ['Set-CsExternalAccessPolicy -EnableXmppAccess $true', 'Identity'],
    ['Set-CsExternalAccessPolicy Global -EnableXmppAccess $true', 'Identity'],
    ['Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true', 'Identity'],
    ['Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -EnablePartnerDiscovery $true', 'DnsSrvRouting'],
    ['Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn sip.fed.com', 'DefaultRoute'],
    ['New-CsXmppAllowedPartner gmail.com', 'Identity'],
    ['New-CsXmppAllowedPartner -Domain gmail.com', 'ParentAndRelativeKey'],
    ['New-CsAllowedDomain -Domain fabrikam.com -Comment x', 'ParentAndRelativeKey'],
    ['Import-CsCertificate -Path C:\\c.pfx', 'Local'],
    ['Import-CsCertificate -Path C:\\c.pfx -Identity Global -Type Default', 'CMS'],
    ['Import-CsCertificate Global -Path C:\\c.pfx -Type XmppServer', 'CMS'],
    ['Set-CsCertificate -Thumbprint AB -Type XmppServer', 'Thumbprint'],
    ['Set-CsCertificate -Identity Global -Path C:\\c.pfx -Type XmppServer', 'Path'],
    ['Request-CsCertificate -New -Type Default,WebServicesInternal', 'ByNew'],
    ['Request-CsCertificate -List', 'ByList'],
    ['Request-CsCertificate -Retrieve -RequestId 3', 'ByRetrieve'],
    ['Request-CsCertificate -Clear', 'ByClear'],
    ['Test-CsXmppIM -TargetFqdn j -Receiver r', 'ServerPlatform'],
    ['Test-CsXmppIM -Receiver r -UserSipAddress s -UserCredential $c', 'ClientPlatform'],
    ['Get-CsService', 'Identity'],
    ['Get-CsService -EdgeServer', 'EdgeServer'],
    ['Get-CsService -Registrar -PoolFqdn pool01.contoso.com', 'Registrar'],
    ['Move-CsUser -UserList users.txt -Target pool02.contoso.com', 'Users'],
    ['Publish-CsTopology -FinalizeUninstall', 'Finalize'],
    ['Export-CsConfiguration -AsBytes', 'AsBytes'],
    ['Get-CsUser', '__AllParameterSets'],
  ])('%s -> %s', async (line, set) => {
    const { PSCredential, SecureString } = await import('../../src/engine/runtime/values.js');
    const r = await bound(line, { vars: { c: new PSCredential('u', new SecureString('p')) } });
    expect(r.set).toBe(set);
  });

  it.each([
    'Get-CsExternalAccessPolicy -Identity Global -Filter tag:*',
    'New-CsXmppAllowedPartner -Identity gmail.com -Domain gmail.com',
    'Set-CsCertificate -Thumbprint AB -Path C:\\a.pfx',
    'Set-CsCertificate -Thumbprint AB -Reference $r',
    'Set-CsExternalAccessPolicy -Identity Global -Instance $r',
    'Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -UseDefaultRouting',
    'Set-CsAccessEdgeConfiguration -IsPublicProvider $true -BeClearingHouse $true',
    'Request-CsCertificate -New -List',
    'Request-CsCertificate -Force',
    'Get-CsService -EdgeServer -Registrar',
    'New-CsXmppAllowedPartner',
    'New-CsXmppAllowedPartner -ConnectionLimit 5',
    'New-CsAllowedDomain -Comment x',
    'Import-CsCertificate -Identity Global -PrivateKeyExportable $true -Path a',
  ])('%s: AmbiguousParameterSet', async (line) => {
    const { PSObject } = await import('../../src/engine/runtime/values.js');
    const r = await failed(line, { vars: { r: new PSObject('Microsoft.Rtc.Management.Deployment.CertificateReference', { Thumbprint: 'AB' }) } });
    expect(r.errorId).toBe('AmbiguousParameterSet');
    expect(r.message).toBe(AMBIGUOUS_SET);
    expect(r.underlined).toBe(line);
  });
});

describe('mandatory parameters', () => {
  it.each([
    ['Remove-CsXmppAllowedPartner', ['Identity']],
    ['Remove-CsXmppAllowedPartner -Force', ['Identity']],
    ['New-CsExternalAccessPolicy -EnableXmppAccess $true', ['Identity']],
    ['Grant-CsExternalAccessPolicy', ['Identity']],
    ['Grant-CsExternalAccessPolicy -PolicyName x', ['Identity']],
    ['Move-CsUser -Target pool02.contoso.com', ['Identity']],
    ['Set-CsCertificate -Thumbprint AB', []],
    ['Test-CsXmppIM -Receiver r -TargetFqdn j', []],
    ['Test-CsXmppIM -Receiver r', ['TargetFqdn']],
    ['Import-CsCertificate', ['Path']],
    ['Request-CsCertificate -New', ['Type']],
    ['Move-CsUser ken', ['Target']],
    ['Enable-CsUser', ['Identity']],
    ['Export-CsConfiguration -Force', ['FileName']],
    ['Export-CsConfiguration -LocalStore', ['FileName']],
    ['Import-CsCertificate -Identity Global -Type Default', ['Path']],
    ['Set-CsCertificate -Identity Global -Path C:\\a.pfx', ['Type']],
  ])('%s', async (line, missing) => {
    if (missing.length === 0) {
      await bound(line);
      return;
    }
    const r = await failed(line);
    expect(r.errorId).toBe('MissingMandatoryParameter');
    expect(r.message).toBe(`Cannot process command because of one or more missing mandatory parameters: ${missing.join(' ')}.`);
    expect(r.underlined).toBe(line);
  });

  it('an interactive host is asked for the missing parameters', async () => {
    const host = new RecordingHost(true);
    host.promptAnswers.push({ Identity: 'gmail.com' });
    const r = await bound('Remove-CsXmppAllowedPartner -Force', { options: { host, pipelinePosition: 1 } });
    expect(r.params.Identity).toBe('gmail.com');
    expect(host.prompts[0]).toEqual({
      caption: 'cmdlet Remove-CsXmppAllowedPartner at command pipeline position 1',
      message: 'Supply values for the following parameters:',
      fields: [{ name: 'Identity', typeName: 'Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity', isSecure: undefined }],
    });
  });

  it('one field per missing parameter, in metadata order; answers are converted', async () => {
    const host = new RecordingHost(true);
    host.promptAnswers.push({ Identity: 'Global', Path: 'C:\\c.pfx', Type: ['Default'] });
    const r = await bound('Import-CsCertificate -Identity Global -Type Default', { options: { host, pipelinePosition: 2 } });
    expect(r.params).toMatchObject({ Identity: 'Global', Path: 'C:\\c.pfx' });
    expect(host.prompts[0]!.caption).toBe('cmdlet Import-CsCertificate at command pipeline position 2');
    expect(host.prompts[0]!.fields!.map((f) => f.name)).toEqual(['Path']);
    host.promptAnswers.push({ TargetFqdn: 'jabber.org', Receiver: 'r@jabber.org' });
    const t = await bound('Test-CsXmppIM -Force', { metadata: { ...(await import('../../src/catalog/registry.js')).csMetadata('Test-CsXmppIM'), defaultParameterSet: 'ServerPlatform' }, options: { host } });
    expect(host.prompts[1]!.fields!.map((f) => f.name)).toEqual(['Receiver', 'TargetFqdn']);
    expect(t.params).toMatchObject({ TargetFqdn: 'jabber.org', Receiver: 'r@jabber.org' });
  });

  it('prompted enum arrays and bad answers', async () => {
    const host = new RecordingHost(true);
    host.promptAnswers.push({ Type: ['Default', 'WebServicesInternal'] });
    const r = await bound('Request-CsCertificate -New', { options: { host } });
    expect(r.params.Type).toEqual(['Default', 'WebServicesInternal']);
    expect(host.prompts[0]!.fields![0]!.typeName).toBe('Microsoft.Rtc.Management.Deployment.CertType[]');
    host.promptAnswers.push({ Type: ['Nope'] });
    const bad = await failed('Request-CsCertificate -New', { options: { host } });
    expect(bad.message).toContain('Unable to match the identifier name Nope');
  });

  it('an empty answer to a mandatory string prompt is an empty-string error', async () => {
    const host = new RecordingHost(true);
    host.promptAnswers.push({ Identity: '' });
    const r = await failed('Remove-CsXmppAllowedPartner', { options: { host } });
    expect(r.message).toBe("Cannot bind argument to parameter 'Identity' because it is an empty string.");
  });

  it('a cancelled prompt stops the command without an error record', async () => {
    const host = new RecordingHost(true);
    host.promptAnswers.push(null);
    await expect(bindLine('Remove-CsXmppAllowedPartner', { options: { host } })).rejects.toBeInstanceOf(PipelineStoppedSignal);
  });

  it('a cancelled prompt in the shell stops the whole line quietly', async () => {
    const host = new RecordingHost(true);
    host.promptAnswers.push(null);
    const r = await runPs('"before"; Remove-CsXmppAllowedPartner; "after"', { host, interactive: true });
    expect(host.prompts).toHaveLength(1);
    expect(r.errors).toBe('');
    expect(r.output).toBe('before\n');
  });

  it('in batch a missing mandatory parameter is still an error', async () => {
    const r = await runPs('Remove-CsXmppAllowedPartner');
    expect(r.errors).toContain('Cannot process command because of one or more missing mandatory parameters: Identity.');
  });

  it('no prompt when pipeline input may still supply the parameter', async () => {
    const host = new RecordingHost(true);
    const r = await bound('Remove-CsXmppAllowedPartner', { options: { host, expectingInput: true } });
    expect(host.prompts).toHaveLength(0);
    expect(r.params.Identity).toBeUndefined();
  });

  it('with pipeline input a non-pipeline mandatory parameter is still required', async () => {
    const r = await failed('Move-CsUser', { options: { expectingInput: true } });
    expect(r.message).toBe('Cannot process command because of one or more missing mandatory parameters: Target.');
  });

  it('New-CsXmppAllowedPartner without identity is ambiguous, not prompted (DOMAIN [I])', async () => {
    const host = new RecordingHost(true);
    const r = await failed('New-CsXmppAllowedPartner', { options: { host } });
    expect(r.errorId).toBe('AmbiguousParameterSet');
    expect(host.prompts).toHaveLength(0);
  });

  it('Grant without -PolicyName binds (an omitted name unassigns, DOMAIN §1.3)', async () => {
    expect((await bound('Grant-CsExternalAccessPolicy ken')).params.PolicyName).toBeUndefined();
  });

  it('Export-CsConfiguration: FileName is the default set, -AsBytes selects the other', async () => {
    expect((await failed('Export-CsConfiguration')).message).toBe('Cannot process command because of one or more missing mandatory parameters: FileName.');
    expect((await bound('Export-CsConfiguration -AsBytes')).set).toBe('AsBytes');
  });

  it('the class name in the FQID of a mandatory error', async () => {
    const r = await failed('Remove-CsXmppAllowedPartner');
    expect(r.record.fullyQualifiedErrorId).toBe(`MissingMandatoryParameter,${csMetadata('Remove-CsXmppAllowedPartner').className}`);
  });
});

describe('order of set and positional errors', () => {
  it('with no set left, an extra bare argument is reported first', async () => {
    const r = await failed('Get-CsExternalAccessPolicy -Identity Global -Filter tag:* extra');
    expect(r.message).toBe("A positional parameter cannot be found that accepts argument 'extra'.");
  });

  it('an unknown name after two exclusive parameters is reported before the set conflict', async () => {
    const r = await failed('Get-CsExternalAccessPolicy -Identity Global -Filter tag:* -Bogus');
    expect(r.errorId).toBe('NamedParameterNotFound');
  });
});

describe('a call that selects no set on a cmdlet without a default set', () => {
  it('is AmbiguousParameterSet by default (DOMAIN [I])', async () => {
    expect((await failed('New-CsXmppAllowedPartner -ConnectionLimit 5')).errorId).toBe('AmbiguousParameterSet');
  });

  it('with the engine behaviour, every set\'s mandatory parameters are reported', async () => {
    const { bindingChoices } = await import('../../src/engine/binder/index.js');
    bindingChoices.ambiguousWithoutSetChoice = false;
    try {
      const r = await failed('New-CsXmppAllowedPartner -ConnectionLimit 5');
      expect(r.message).toBe('Cannot process command because of one or more missing mandatory parameters: Domain Identity.');
      const host = new RecordingHost(true);
      host.promptAnswers.push({ Identity: 'fabrikam.com', Domain: 'fabrikam.com' });
      const t = await failed('New-CsAllowedDomain -Comment x', { options: { host } });
      expect(host.prompts[0]!.fields!.map((f) => f.name)).toEqual(['Identity', 'Domain']);
      // Both answers bind, and then the two sets exclude each other, as in PowerShell.
      expect(t.errorId).toBe('AmbiguousParameterSet');
    } finally {
      bindingChoices.ambiguousWithoutSetChoice = true;
    }
  });
});

describe('prompting for a SecureString parameter', () => {
  it('asks with a secure field and binds a SecureString', async () => {
    const { SecureString } = await import('../../src/engine/runtime/values.js');
    const meta = {
      name: 'ConvertFrom-SecureString', verb: 'ConvertFrom', noun: 'SecureString', defaultParameterSet: null, parameterSets: [], supportsShouldProcess: false,
      parameters: [{ name: 'SecureString', type: 'SecureString', isArray: false, isSwitch: false, aliases: [], sets: { __AllParameterSets: { required: true, position: 0 } }, pipeline: 'False' as const }],
    };
    const host = new RecordingHost(true);
    host.promptAnswers.push({ SecureString: 'p@ss' });
    const r = await bound('ConvertFrom-SecureString', { metadata: meta, options: { host } });
    expect(host.prompts[0]!.fields![0]).toMatchObject({ name: 'SecureString', typeName: 'System.Security.SecureString', isSecure: true });
    expect(r.params.SecureString).toBeInstanceOf(SecureString);
    expect((r.params.SecureString as InstanceType<typeof SecureString>).reveal()).toBe('p@ss');
  });
});
