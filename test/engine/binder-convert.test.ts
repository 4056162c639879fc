// Type conversion of arguments (DOMAIN.md §5.3, §6.4–6.9).

import { describe, expect, it } from 'vitest';
import { applyListModifier, type ListModifier } from '../../src/engine/binder/index.js';
import { PSCredential, PSHashtable, PSObject, ScriptBlockValue, SecureString } from '../../src/engine/runtime/values.js';
import { bound, failed } from './binderHarness.js';

const PARTNER = 'Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType';

describe('Boolean parameters are strict', () => {
  it.each([
    ['true', 'System.String'],
    ['"True"', 'System.String'],
    ["'1'", 'System.String'],
    ["'$true'", 'System.String'],
    ['yes', 'System.String'],
    ['$true,$false', 'System.Object[]'],
    ['@{a=1}', 'System.Collections.Hashtable'],
  ])('-EnableXmppAccess %s', async (arg, type) => {
    const r = await failed(`Set-CsExternalAccessPolicy -EnableXmppAccess ${arg}`);
    expect(r.errorId).toBe('CannotConvertArgument');
    expect(r.message).toBe(`Cannot convert '${type}' to the type 'System.Boolean' required by parameter 'EnableXmppAccess'. `);
    expect(r.underlined).toBe(arg);
  });

  it('$null is not allowed', async () => {
    const r = await failed('Set-CsExternalAccessPolicy -EnableXmppAccess $null');
    expect(r.errorId).toBe('ParameterArgumentValidationErrorNullNotAllowed');
    expect(r.message).toBe("Cannot bind argument to parameter 'EnableXmppAccess' because it is null.");
  });

  it('the colon form is just as strict, and the value is underlined', async () => {
    const r = await failed('Set-CsExternalAccessPolicy -EnableXmppAccess:true');
    expect(r.message).toBe("Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'EnableXmppAccess'. ");
    expect(r.underlined).toBe('true');
    expect(r.record.invocation.extent?.column).toBe(46);
  });

  it('a switch value object converts', async () => {
    const { SwitchParameter } = await import('../../src/engine/runtime/values.js');
    const r = await bound('Set-CsExternalAccessPolicy -EnableXmppAccess $s', { vars: { s: new SwitchParameter(true) } });
    expect(r.params.EnableXmppAccess).toBe(true);
  });
});

describe('integers', () => {
  it.each([
    ['1200', 1200],
    ['"1200"', 1200],
    ["' 42 '", 42],
    ['0x10', 16],
    ['1kb', 1024],
    ['"0x20"', 32],
    ['2.5', 2],
    ['3.5', 4],
    ['"7.5"', 8],
    ['$true', 1],
    ['4294967295', 4294967295],
    ['0', 0],
  ])('-ConnectionLimit %s', async (arg, value) => {
    expect((await bound(`New-CsXmppAllowedPartner x -ConnectionLimit ${arg}`)).params.ConnectionLimit).toBe(value);
  });

  it.each([
    ['abc', 'abc', 'Input string was not in a correct format.'],
    ['"12x"', '12x', 'Input string was not in a correct format.'],
    ['-1', '-1', 'Value was either too large or too small for a UInt32.'],
    ['4294967296', '4294967296', 'Value was either too large or too small for a UInt32.'],
    ['"-5"', '-5', 'Value was either too large or too small for a UInt32.'],
  ])('-ConnectionLimit %s fails', async (arg, shown, inner) => {
    const r = await failed(`New-CsXmppAllowedPartner x -ConnectionLimit ${arg}`);
    expect(r.errorId).toBe('CannotConvertArgumentNoMessage');
    expect(r.message).toBe(`Cannot bind parameter 'ConnectionLimit'. Cannot convert value "${shown}" to type "System.UInt32". Error: "${inner}"`);
  });

  it('Int32 range and article', async () => {
    const r = await failed('Request-CsCertificate -New -Type Default -KeySize 3000000000');
    expect(r.message).toBe('Cannot bind parameter \'KeySize\'. Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."');
    expect((await bound('Request-CsCertificate -New -Type Default -KeySize -2048')).params.KeySize).toBe(-2048);
  });

  it('a collection is refused by a scalar parameter of a compiled cmdlet, even with one element', async () => {
    const r = await failed('New-CsXmppAllowedPartner x -ConnectionLimit 1,2');
    expect(r.errorId).toBe('CannotConvertArgument');
    expect(r.message).toBe("Cannot convert 'System.Object[]' to the type 'System.UInt32' required by parameter 'ConnectionLimit'. Specified method is not supported.");
    const one = await failed('New-CsXmppAllowedPartner x -ConnectionLimit @(5)');
    expect(one.message).toBe("Cannot convert 'System.Object[]' to the type 'System.UInt32' required by parameter 'ConnectionLimit'. Specified method is not supported.");
  });

  it('$null to an optional number is kept as null', async () => {
    const r = await bound('New-CsXmppAllowedPartner x -ConnectionLimit $null');
    expect(r.params.ConnectionLimit).toBeNull();
  });
});

describe('enums', () => {
  it.each([
    ['Federated', 'Federated'],
    ['federated', 'Federated'],
    ['FEDERATED', 'Federated'],
    ['fed', 'Federated'],
    ['PublicV', 'PublicVerified'],
    ['publicu', 'PublicUnverified'],
    ['0', 'Federated'],
    ['"2"', 'PublicUnverified'],
    ["'PublicVerified'", 'PublicVerified'],
  ])('-PartnerType %s', async (arg, value) => {
    expect((await bound(`New-CsXmppAllowedPartner x -PartnerType ${arg}`)).params.PartnerType).toBe(value);
  });

  it('an unknown name lists the enumerators', async () => {
    const r = await failed('New-CsXmppAllowedPartner x -PartnerType Foo');
    expect(r.message).toBe(
      `Cannot bind parameter 'PartnerType'. Cannot convert value "Foo" to type "${PARTNER}". Error: "Unable to match the identifier name Foo to a valid enumerator name. Specify one of the following enumerator names and try again:\nFederated, PublicVerified, PublicUnverified"`,
    );
    expect(r.underlined).toBe('Foo');
  });

  it('an ambiguous prefix names the candidates', async () => {
    const r = await failed('New-CsXmppAllowedPartner x -PartnerType Public');
    expect(r.message).toBe(
      `Cannot bind parameter 'PartnerType'. Cannot convert value "Public" to type "${PARTNER}". Error: "The identifier name Public cannot be processed because it is either too similar or identical to the following enumerator names: PublicVerified, PublicUnverified. Use a more specific identifier name."`,
    );
  });

  it('an undefined number fails', async () => {
    const r = await failed('New-CsXmppAllowedPartner x -TlsNegotiation 7');
    expect(r.message).toContain('Unable to match the identifier name 7 to a valid enumerator name.');
    expect(r.message).toContain('Required, Optional, NotSupported"');
  });

  it('enum arrays convert each element of a comma list', async () => {
    const r = await bound('Set-CsCertificate -Thumbprint AB -Type AccessEdgeExternal,DataEdgeExternal,audiovideo');
    expect(r.params.Type).toEqual(['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication']);
  });

  it('a single enum value becomes a one-element array', async () => {
    expect((await bound('Set-CsCertificate -Thumbprint AB -Type XMPPServer')).params.Type).toEqual(['XMPPServer']);
    expect((await bound('Set-CsCertificate -Thumbprint AB -Type xmppserver')).params.Type).toEqual(['XMPPServer']);
  });

  it('a bad element in an enum array names the element', async () => {
    const r = await failed('Set-CsCertificate -Thumbprint AB -Type Default,Bogus');
    expect(r.message.startsWith(`Cannot bind parameter 'Type'. Cannot convert value "Bogus" to type "Microsoft.Rtc.Management.Deployment.CertType". Error: "Unable to match the identifier name Bogus`)).toBe(true);
  });

  it('duplicates are kept', async () => {
    expect((await bound('Set-CsCertificate -Thumbprint AB -Type Default,Default')).params.Type).toEqual(['Default', 'Default']);
  });

  it('enums of other cmdlets', async () => {
    expect((await bound('Enable-CsUser ken -SipAddressType email')).params.SipAddressType).toBe('EmailAddress');
    expect((await bound('Test-CsXmppIM -TargetFqdn j -Receiver r -Ath neg')).params.Authentication).toBe('Negotiate');
    expect((await bound('New-CsAllowedDomain x -VerificationLevel AlwaysV')).params.VerificationLevel).toBe('AlwaysVerifiable');
  });
});

describe('strings, identities and arrays', () => {
  it.each([
    ['Set-CsExternalAccessPolicy -Description hello', 'Description', 'hello'],
    ['Set-CsExternalAccessPolicy -Description "two words"', 'Description', 'two words'],
    ['Set-CsExternalAccessPolicy -Description 42', 'Description', '42'],
    ['Set-CsExternalAccessPolicy -Description $true', 'Description', 'True'],
    ['Set-CsExternalAccessPolicy -Description ""', 'Description', ''],
    ['Set-CsExternalAccessPolicy -Description $null', 'Description', null],
    ['Get-CsExternalAccessPolicy site:Redmond', 'Identity', 'site:Redmond'],
    ['Get-CsExternalAccessPolicy Tag:XmppUsers', 'Identity', 'Tag:XmppUsers'],
    ['Grant-CsExternalAccessPolicy "Ken Myer" Redmond', 'Identity', 'Ken Myer'],
    ['Grant-CsExternalAccessPolicy sip:kenmyer@contoso.com XmppUsers', 'PolicyName', 'XmppUsers'],
    ['Enable-CsUser ken -RegistrarPool pool01.contoso.com', 'RegistrarPool', 'pool01.contoso.com'],
    ['Move-CsUser -UserList u.txt -Target pool02.contoso.com -AccessTokens one', 'AccessTokens', ['one']],
    ['Move-CsUser -UserList u.txt -Target pool02.contoso.com -AccessTokens "a,b"', 'AccessTokens', ['a,b']],
    ['Move-CsUser -UserList u.txt -Target pool02.contoso.com -AccessTokens a,b', 'AccessTokens', ['a', 'b']],
    ['Move-CsUser -UserList u.txt -Target p -AccessTokens 1,2', 'AccessTokens', ['1', '2']],
  ])('%s', async (line, name, value) => {
    expect((await bound(line)).params[name]).toEqual(value);
  });

  it.each([
    ['Set-CsExternalAccessPolicy -Description a,b', 'System.String', 'Description'],
    ['Remove-CsXmppAllowedPartner a.org,b.org', 'Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity', 'Identity'],
    ['Grant-CsExternalAccessPolicy ken,pilar XmppUsers', 'Microsoft.Rtc.Management.AD.UserIdParameter', 'Identity'],
  ])('%s: a list for a single value', async (line, type, name) => {
    const r = await failed(line);
    expect(r.message).toBe(`Cannot convert 'System.Object[]' to the type '${type}' required by parameter '${name}'. Specified method is not supported.`);
  });

  it('script functions join a list given to a [string] parameter', async () => {
    const meta = {
      name: 'Test-Thing', verb: 'Test', noun: 'Thing', defaultParameterSet: null, parameterSets: [], supportsShouldProcess: false,
      parameters: [{ name: 'Value', type: 'string', isArray: false, isSwitch: false, aliases: [], sets: { __AllParameterSets: { required: false, position: 0 } }, pipeline: 'False' as const }],
    };
    expect((await bound('Test-Thing a,b', { metadata: meta, options: { script: true } })).params.Value).toBe('a b');
  });

  it('a custom object given to a String parameter reads as its ToString', async () => {
    const o = new PSObject('System.Management.Automation.PSCustomObject', { A: 1, B: 'x' });
    expect((await bound('Set-CsExternalAccessPolicy -Description $o', { vars: { o } })).params.Description).toBe('@{A=1; B=x}');
  });

  it('a configuration object given to an identity parameter gives its Identity', async () => {
    const policy = new PSObject('Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy', { Identity: 'Tag:XmppUsers' });
    expect((await bound('Remove-CsExternalAccessPolicy $p', { vars: { p: policy } })).params.Identity).toBe('Tag:XmppUsers');
  });

  it.each([
    ['New-CsXmppAllowedPartner -Identity ""', 'Identity', 'empty string'],
    ['New-CsXmppAllowedPartner -Identity $null', 'Identity', 'null'],
    ['New-CsXmppAllowedPartner -Domain ""', 'Domain', 'empty string'],
    ['Move-CsUser ken ""', 'Target', 'empty string'],
    ['Remove-CsXmppAllowedPartner $null', 'Identity', 'null'],
  ])('mandatory %s', async (line, name, what) => {
    const r = await failed(line);
    expect(r.message).toBe(`Cannot bind argument to parameter '${name}' because it is ${what === 'null' ? 'null' : 'an empty string'}.`);
    expect(r.errorId).toBe(what === 'null' ? 'ParameterArgumentValidationErrorNullNotAllowed' : 'ParameterArgumentValidationErrorEmptyStringNotAllowed');
  });
});

describe('other types', () => {
  it.each([
    ['"12/31/2026 5:00 PM"', new Date(2026, 11, 31, 17, 0, 0)],
    ['"12/31/2026"', new Date(2026, 11, 31)],
    ['"2026-12-31T17:30:00"', new Date(2026, 11, 31, 17, 30, 0)],
    ['2026-06-01', new Date(2026, 5, 1)],
    ['"2026-06-01 08:15"', new Date(2026, 5, 1, 8, 15)],
    ['"June 1, 2026"', new Date(2026, 5, 1)],
    ['"1/2/2027 12:00 AM"', new Date(2027, 0, 2, 0, 0)],
  ])('DateTime %s', async (arg, value) => {
    expect((await bound(`Set-CsCertificate -Thumbprint A -EffectiveDate ${arg}`)).params.EffectiveDate).toEqual(value);
  });

  it('a bad date', async () => {
    const r = await failed('Set-CsCertificate -Thumbprint A -EffectiveDate "31/12/2026"');
    expect(r.message).toBe('Cannot bind parameter \'EffectiveDate\'. Cannot convert value "31/12/2026" to type "System.DateTime". Error: "String was not recognized as a valid DateTime."');
  });

  it('a Date value passes', async () => {
    const d = new Date(2026, 0, 1);
    expect((await bound('Set-CsCertificate -Thumbprint A -EffectiveDate $d', { vars: { d } })).params.EffectiveDate).toBe(d);
  });

  it('PSCredential only from a credential', async () => {
    const c = new PSCredential('contoso\\admin', new SecureString('x'));
    expect((await bound('Test-CsXmppIM -TargetFqdn a -Receiver b -UserSipAddress s -UserCredential $c', { vars: { c } })).params.UserCredential).toBe(c);
    const r = await failed('Test-CsXmppIM -TargetFqdn a -Receiver b -UserSipAddress s -UserCredential admin');
    expect(r.message).toBe(
      'Cannot bind parameter \'UserCredential\'. Cannot convert the "admin" value of type "System.String" to type "System.Management.Automation.PSCredential".',
    );
  });

  it('CertificateReference only from a certificate object', async () => {
    const ref = new PSObject('Microsoft.Rtc.Management.Deployment.CertificateReference', { Thumbprint: 'AB' });
    const r = await bound('Set-CsCertificate -Reference $r -Type Default', { vars: { r: ref } });
    expect(r.set).toBe('CertificateReference');
    const bad = await failed('Set-CsCertificate -Reference AB');
    expect(bad.message).toContain('to type "Microsoft.Rtc.Management.Deployment.CertificateReference".');
  });

  it('PSObject (Instance) takes any object', async () => {
    const o = new PSObject('X', { Identity: 'Global' });
    const r = await bound('Set-CsExternalAccessPolicy -Instance $o -EnableXmppAccess $true', { vars: { o } });
    expect(r.set).toBe('Instance');
    expect(r.params.Instance).toBe(o);
  });

  it('Guid text is validated', async () => {
    expect((await bound('Set-CsExternalAccessPolicy -Tenant "{6A2D2B3C-1111-2222-3333-444455556666}"')).params.Tenant).toBe('6a2d2b3c-1111-2222-3333-444455556666');
    const r = await failed('Set-CsExternalAccessPolicy -Tenant nope');
    expect(r.message).toContain('to type "System.Guid". Error: "Guid should contain 32 digits with 4 dashes');
  });

  it('Unlimited: a number or the word', async () => {
    expect((await bound('Get-CsUser -ResultSize 10')).params.ResultSize).toBe(10);
    expect((await bound('Get-CsUser -ResultSize unlimited')).params.ResultSize).toBe('Unlimited');
  });
});

describe('PSListModifier', () => {
  const mod = async (arg: string) => (await bound(`New-CsXmppAllowedPartner x -AdditionalDomains ${arg}`)).params.AdditionalDomains as ListModifier;

  it.each([
    ["@{Add='a.com'}", { add: ['a.com'], remove: [], replace: null, isPlain: false }],
    ["@{add='a.com','b.com'}", { add: ['a.com', 'b.com'], remove: [], replace: null, isPlain: false }],
    ["@{Remove='a.com'; Add='b.com'}", { add: ['b.com'], remove: ['a.com'], replace: null, isPlain: false }],
    ["@{REPLACE='c.com'}", { add: [], remove: [], replace: ['c.com'], isPlain: false }],
    ['a.com', { add: [], remove: [], replace: ['a.com'], isPlain: true }],
    ['a.com,b.com', { add: [], remove: [], replace: ['a.com', 'b.com'], isPlain: true }],
    ['$null', { add: [], remove: [], replace: [], isPlain: true }],
  ])('%s', async (arg, expected) => {
    expect(await mod(arg)).toEqual(expected);
  });

  it('an unknown key fails with the list-modifier message', async () => {
    const r = await failed("New-CsXmppAllowedPartner x -AdditionalDomains @{Append='x'}");
    expect(r.message).toBe(
      "Cannot bind parameter 'AdditionalDomains'. Cannot convert value \"System.Collections.Hashtable\" to type \"System.Management.Automation.PSListModifier\". Error: \"The following unknown list modifier was detected: 'Append'. Valid list modifiers are Add, Remove, and Replace.\"",
    );
  });

  it.each([
    [['a.com'], { add: ['b.com'], remove: [], replace: null, isPlain: false }, ['a.com', 'b.com']],
    [['a.com', 'b.com'], { add: [], remove: ['A.COM'], replace: null, isPlain: false }, ['b.com']],
    [['a.com'], { add: ['c.com'], remove: ['a.com'], replace: null, isPlain: false }, ['c.com']],
    [['a.com'], { add: [], remove: [], replace: ['x.com', 'y.com'], isPlain: true }, ['x.com', 'y.com']],
    [['a.com'], { add: [], remove: [], replace: [], isPlain: true }, []],
    [['a.com'], { add: ['A.com'], remove: [], replace: null, isPlain: false }, ['a.com']],
  ] as [string[], ListModifier, string[]][])('apply to %j', (current, m, result) => {
    expect(applyListModifier(current, m)).toEqual(result);
  });

  it('a hashtable value is not a list modifier for other types', async () => {
    const h = new PSHashtable();
    h.set('a', 1);
    const r = await failed('Set-CsExternalAccessPolicy -EnableXmppAccess $h', { vars: { h } });
    expect(r.errorId).toBe('CannotConvertArgument');
  });
});
