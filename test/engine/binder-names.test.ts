// Parameter names, prefixes, aliases, value syntax, switches (DOMAIN.md §6.1–6.3, §6.14).

import { describe, expect, it } from 'vitest';
import { bindLine, bound, failed } from './binderHarness.js';

const ambiguous = (name: string, candidates: string) =>
  `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include:${candidates}.`;

describe('parameter names', () => {
  it.each([
    ['Set-CsExternalAccessPolicy -EnableXmppAccess $true', 'EnableXmppAccess', true],
    ['Set-CsExternalAccessPolicy -enablexmppaccess $true', 'EnableXmppAccess', true],
    ['Set-CsExternalAccessPolicy -ENABLEXMPPACCESS $false', 'EnableXmppAccess', false],
    ['Set-CsExternalAccessPolicy -EnableX $true', 'EnableXmppAccess', true],
    ['Set-CsExternalAccessPolicy -EnableO $true', 'EnableOutsideAccess', true],
    ['Set-CsExternalAccessPolicy -Desc hello', 'Description', 'hello'],
    ['Set-CsExternalAccessPolicy -EnablePublicCloudAu $true', 'EnablePublicCloudAudioVideoAccess', true],
    ['Set-CsExternalAccessPolicy -EnableF 0', 'EnableFederationAccess', false],
    ['Set-CsExternalAccessPolicy -F', 'Force', true],
    ['New-CsXmppAllowedPartner gmail.com -Pa fed', 'PartnerType', 'Federated'],
    ['New-CsXmppAllowedPartner gmail.com -tls notsup', 'TlsNegotiation', 'NotSupported'],
    ['New-CsXmppAllowedPartner gmail.com -Sa Optional', 'SaslNegotiation', 'Optional'],
    ['New-CsXmppAllowedPartner gmail.com -Su $false', 'SupportDialbackNegotiation', false],
    ['Set-CsCertificate -Thumbprint AB12 -E "2026-12-31"', 'EffectiveDate', new Date(2026, 11, 31)],
    ['Set-CsCertificate -Thumbprint AB12 -EffectiveTime "2026-12-31"', 'EffectiveDate', new Date(2026, 11, 31)],
    ['Set-CsCertificate -Thumbprint AB12 -EffectiveT "2026-12-31"', 'EffectiveDate', new Date(2026, 11, 31)],
    ['Test-CsXmppIM -t jabber.org -Receiver a@jabber.org', 'TargetFqdn', 'jabber.org'],
    ['Test-CsXmppIM -TargetFqdn jabber.org -Rec a@jabber.org -ua sip:kenmyer@contoso.com', 'UserSipAddress', 'sip:kenmyer@contoso.com'],
    ['Get-CsService -ConferenceServer', 'ConferencingServer', true],
    ['Get-CsService -ExternalServer', 'TrustedApplicationPool', true],
    ['Get-CsUser -OnLyncServer', 'OnLyncServer', true],
  ])('%s binds %s', async (line, name, value) => {
    const r = await bound(line);
    expect(r.params[name]).toEqual(value);
  });

  it.each([
    ['Set-CsExternalAccessPolicy -E $true', 'E', ' -EnableFederationAccess -EnablePublicCloudAccess -EnablePublicCloudAudioVideoAccess -EnableOutsideAccess -EnableXmppAccess -ErrorAction -ErrorVariable'],
    ['Set-CsExternalAccessPolicy -Enable $true', 'Enable', ' -EnableFederationAccess -EnablePublicCloudAccess -EnablePublicCloudAudioVideoAccess -EnableOutsideAccess -EnableXmppAccess'],
    ['Set-CsExternalAccessPolicy -EnablePublic $true', 'EnablePublic', ' -EnablePublicCloudAccess -EnablePublicCloudAudioVideoAccess'],
    ['Set-CsExternalAccessPolicy -W', 'W', ' -WarningAction -WarningVariable -WhatIf'],
    ['New-CsXmppAllowedPartner -I gmail.com', 'I', ' -Identity -InMemory -InformationAction -InformationVariable'],
    ['Get-CsUser -On', 'On', ' -OnOfficeCommunicationServer -OnLyncServer -OnModernServer'],
    ['New-CsXmppAllowedPartner gmail.com -S x', 'S', ' -SaslNegotiation -SupportDialbackNegotiation'],
    ['Set-CsXmppGatewayConfiguration -St 5', 'St', ' -StreamEstablishmentTimeout -StreamInactivityTimeout'],
  ])('%s is ambiguous', async (line, name, candidates) => {
    const r = await failed(line);
    expect(r.errorId).toBe('AmbiguousParameter');
    expect(r.message).toBe(ambiguous(name, candidates));
    expect(r.underlined).toBe(`-${name}`);
  });

  it('a single declared match wins over common parameters (-E on Set-CsCertificate)', async () => {
    const r = await bound('Set-CsCertificate -Thumbprint AB -E "12/31/2026 5:00 PM"');
    expect(r.params.EffectiveDate).toEqual(new Date(2026, 11, 31, 17, 0, 0));
    expect(r.params.ErrorAction).toBeUndefined();
  });

  it.each([
    ['Set-CsExternalAccessPolicy -EnableBogus $true', 'EnableBogus'],
    ['Get-CsExternalAccessPolicy -Foo', 'Foo'],
    ['New-CsXmppAllowedPartner gmail.com -EnableXmppAccess $true', 'EnableXmppAccess'],
    ['Grant-CsExternalAccessPolicy ken -PolicyNames x', 'PolicyNames'],
    ['Get-CsUser -Identityx ken', 'Identityx'],
  ])('%s: NamedParameterNotFound', async (line, name) => {
    const r = await failed(line);
    expect(r.errorId).toBe('NamedParameterNotFound');
    expect(r.message).toBe(`A parameter cannot be found that matches parameter name '${name}'.`);
    expect(r.underlined).toBe(`-${name}`);
  });

  it('the error record is a ParameterBindingException with the cmdlet class in the FQID', async () => {
    const r = await failed('New-CsExternalAccessPolicy -Identity x -Bogus 1');
    expect(r.record.fullyQualifiedErrorId).toBe('NamedParameterNotFound,Microsoft.Rtc.Management.Internal.NewExternalAccessPolicyCmdlet');
    expect(r.record.category).toBe('InvalidArgument');
    expect(r.record.exceptionType).toBe('System.Management.Automation.ParameterBindingException');
    expect(r.record.invocation.commandName).toBe('New-CsExternalAccessPolicy');
  });
});

describe('common parameters and aliases', () => {
  it.each([
    ['Get-CsExternalAccessPolicy -ErrorAction SilentlyContinue', 'ErrorAction', 'SilentlyContinue'],
    ['Get-CsExternalAccessPolicy -ea stop', 'ErrorAction', 'Stop'],
    ['Get-CsExternalAccessPolicy -ea 0', 'ErrorAction', 'SilentlyContinue'],
    ['Get-CsExternalAccessPolicy -ErrorA Ig', 'ErrorAction', 'Ignore'],
    ['Get-CsExternalAccessPolicy -wa SilentlyContinue', 'WarningAction', 'SilentlyContinue'],
    ['Get-CsExternalAccessPolicy -ev errs', 'ErrorVariable', 'errs'],
    ['Get-CsExternalAccessPolicy -ErrorVariable +errs', 'ErrorVariable', '+errs'],
    ['Get-CsExternalAccessPolicy -ov out', 'OutVariable', 'out'],
    ['Get-CsExternalAccessPolicy -Verbose', 'Verbose', true],
    ['Get-CsExternalAccessPolicy -vb', 'Verbose', true],
    ['Get-CsExternalAccessPolicy -db', 'Debug', true],
    ['Get-CsExternalAccessPolicy -ob 10', 'OutBuffer', 10],
    ['Get-CsExternalAccessPolicy -pv p', 'PipelineVariable', 'p'],
    ['Get-CsExternalAccessPolicy -infa Continue', 'InformationAction', 'Continue'],
    ['Remove-CsXmppAllowedPartner gmail.com -WhatIf', 'WhatIf', true],
    ['Remove-CsXmppAllowedPartner gmail.com -wi', 'WhatIf', true],
    ['Remove-CsXmppAllowedPartner gmail.com -cf', 'Confirm', true],
    ['Remove-CsXmppAllowedPartner gmail.com -Confirm:$false', 'Confirm', false],
    ['Remove-CsXmppAllowedPartner gmail.com -Wh', 'WhatIf', true],
  ])('%s', async (line, name, value) => {
    expect((await bound(line)).params[name]).toEqual(value);
  });

  it('-WhatIf is not a parameter of cmdlets without ShouldProcess', async () => {
    const r = await failed('Get-CsExternalAccessPolicy -WhatIf');
    expect(r.message).toBe("A parameter cannot be found that matches parameter name 'WhatIf'.");
  });

  it('a bad -ErrorAction value lists the ActionPreference names', async () => {
    const r = await failed('Get-CsExternalAccessPolicy -ErrorAction Quiet');
    expect(r.message).toBe(
      'Cannot bind parameter \'ErrorAction\'. Cannot convert value "Quiet" to type "System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name Quiet to a valid enumerator name. Specify one of the following enumerator names and try again:\nSilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend"',
    );
    expect(r.underlined).toBe('Quiet');
  });

  it('-S on Set-CsExternalAccessPolicy: no declared match, no common match', async () => {
    const r = await failed('Set-CsExternalAccessPolicy -S');
    expect(r.errorId).toBe('NamedParameterNotFound');
  });
});

describe('value syntax and switches', () => {
  it.each([
    ['Set-CsExternalAccessPolicy -EnableXmppAccess:$true', true],
    ['Set-CsExternalAccessPolicy -EnableXmppAccess:$false', false],
    ['Set-CsExternalAccessPolicy -EnableXmppAccess:0', false],
    ['Set-CsExternalAccessPolicy -EnableXmppAccess 1', true],
    ['Set-CsExternalAccessPolicy -EnableXmppAccess 2.5', true],
    ['Set-CsExternalAccessPolicy -EnableXmppAccess -1', true],
  ])('%s', async (line, value) => {
    expect((await bound(line)).params.EnableXmppAccess).toBe(value);
  });

  it.each([
    ['Set-CsExternalAccessPolicy -Force', true],
    ['Set-CsExternalAccessPolicy -Force:$true', true],
    ['Set-CsExternalAccessPolicy -Force:$false', false],
    ['Set-CsExternalAccessPolicy -Force:0', false],
    ['Set-CsExternalAccessPolicy -Force:$null', true],
  ])('switch %s', async (line, value) => {
    const r = await bound(line);
    expect(r.params.Force).toBe(value);
    expect(r.binder.bound.has('Force')).toBe(true);
  });

  it('a switch does not take the next argument: it stays positional', async () => {
    const r = await bound('Set-CsExternalAccessPolicy -Force site:Redmond');
    expect(r.params).toMatchObject({ Force: true, Identity: 'site:Redmond' });
  });

  it('-Force $false: the $false is a positional argument, and Identity takes it', async () => {
    const r = await bound('Set-CsExternalAccessPolicy -Force $false');
    expect(r.params).toMatchObject({ Force: true, Identity: 'False' });
  });

  it.each([
    ['Set-CsExternalAccessPolicy -Description', 'Description', 'System.String'],
    ['Set-CsExternalAccessPolicy -EnableXmppAccess', 'EnableXmppAccess', 'System.Boolean'],
    ['Set-CsExternalAccessPolicy -EnableXmppAccess -Force', 'EnableXmppAccess', 'System.Boolean'],
    ['Set-CsExternalAccessPolicy -Identity', 'Identity', 'Microsoft.Rtc.Management.Xds.XdsIdentity'],
    ['New-CsXmppAllowedPartner -Identity', 'Identity', 'Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity'],
    ['New-CsXmppAllowedPartner x -ConnectionLimit', 'ConnectionLimit', 'System.UInt32'],
    ['Set-CsCertificate -Thumbprint x -Type', 'Type', 'Microsoft.Rtc.Management.Deployment.CertType[]'],
    ['Get-CsExternalAccessPolicy -ErrorAction', 'ErrorAction', 'System.Management.Automation.ActionPreference'],
    ['New-CsXmppAllowedPartner x -PartnerType', 'PartnerType', 'Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType'],
    ['New-CsXmppAllowedPartner x -AdditionalDomains -Force', 'AdditionalDomains', 'System.Management.Automation.PSListModifier'],
  ])('%s: MissingArgument', async (line, name, type) => {
    const r = await failed(line);
    expect(r.errorId).toBe('MissingArgument');
    expect(r.message).toBe(`Missing an argument for parameter '${name}'. Specify a parameter of type '${type}' and try again.`);
    expect(r.underlined).toMatch(/^-/);
  });

  it.each([
    ['Set-CsExternalAccessPolicy -EnableXmppAccess $true -EnableXmppAccess $false', 'EnableXmppAccess', '-EnableXmppAccess'],
    ['Set-CsExternalAccessPolicy -EnableX $true -enablexmppaccess $false', 'EnableXmppAccess', '-enablexmppaccess'],
    ['Set-CsCertificate -Thumbprint a -EffectiveDate "1/1/2027" -EffectiveTime "1/2/2027"', 'EffectiveDate', '-EffectiveTime'],
    ['Get-CsExternalAccessPolicy -ea Stop -ErrorAction Continue', 'ErrorAction', '-ErrorAction'],
  ])('%s: ParameterAlreadyBound', async (line, name, token) => {
    const r = await failed(line);
    expect(r.errorId).toBe('ParameterAlreadyBound');
    expect(r.message).toBe(
      `Cannot bind parameter because parameter '${name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
    );
    expect(r.underlined).toBe(token);
  });

  it('named binding comes first: a bare value for an already named Identity has nowhere to go', async () => {
    const r = await failed('Set-CsExternalAccessPolicy site:Redmond -Identity site:Dublin');
    expect(r.message).toBe("A positional parameter cannot be found that accepts argument 'site:Redmond'.");
    expect(r.underlined).toBe('site:Redmond');
  });

  it('a unique declared prefix beats common parameters (-In binds Instance)', async () => {
    expect((await bound('Set-CsExternalAccessPolicy -In x')).set).toBe('Instance');
  });

  it('errors are reported in command-line order', async () => {
    const r = await failed('Set-CsExternalAccessPolicy -Bogus 1 -EnableXmppAccess true');
    expect(r.errorId).toBe('NamedParameterNotFound');
    const r2 = await failed('Set-CsExternalAccessPolicy -EnableXmppAccess true -Bogus 1');
    expect(r2.errorId).toBe('CannotConvertArgument');
  });

  it('MissingArgument is found before an unknown name later on the line', async () => {
    const r = await bindLine('Set-CsExternalAccessPolicy -Bogus -Description');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errorId).toBe('MissingArgument');
  });
});
