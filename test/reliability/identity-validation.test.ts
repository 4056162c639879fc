// Identity and FQDN values are validated as the product's types do: Fqdn parameters convert with the
// FQDN rules (binder conversion error), identities refuse control characters and empty names, domain
// identities must be domain names, and FQDN settings typed String (ProxyFqdn, DefaultRouteFqdn) are
// checked before anything is written.

import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';

const FQDN_TYPE = 'Microsoft.Rtc.Management.Deployment.Core.Fqdn';

async function run(script: string) {
  return runPs(script, { store: newStore() });
}

describe('Fqdn parameters', () => {
  const bad: [string, string][] = [
    ['a space', '"bad host"'],
    ['an underscore', 'dc_01.contoso.com'],
    ['a label starting with a hyphen', '"-dc.contoso.com"'],
    ['a label ending with a hyphen', 'dc-.contoso.com'],
    ['two dots in a row', 'dc01..contoso.com'],
    ['a leading dot', '.contoso.com'],
    ['a 64-character label', `${'a'.repeat(64)}.contoso.com`],
    ['256 characters', `${Array.from({ length: 8 }, () => 'a'.repeat(31)).join('.')}.com`],
    ['a wildcard', '"*.contoso.com"'],
    ['a newline', '"dc01`n.contoso.com"'],
    ['SQL text', `"'; DROP TABLE x;--"`],
  ];

  it.each(bad)('refuses %s with the binder conversion error', async (_label, value) => {
    const r = await run(`Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName $null -DomainController ${value}`);
    expect(r.errors).toContain("Grant-CsExternalAccessPolicy : Cannot bind parameter 'DomainController'. Cannot convert value");
    expect(r.errors).toContain(`to type "${FQDN_TYPE}". Error: "The value is not a valid fully qualified domain name (FQDN).`);
    expect(r.errors).toContain('CannotConvertArgumentNoMessage,Microsoft.Rtc.Management.Internal.GrantExternalAccessPolicyCmdlet');
  });

  it.each(['dc01.contoso.com', 'dc01', 'DC01.Contoso.COM.', '10.0.0.1', `${'a'.repeat(63)}.contoso.com`])('accepts %s', async (value) => {
    const r = await run(`Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName $null -DomainController ${value}`);
    expect(r.errors).toBe('');
  });

  it('Enable-CsUser -RegistrarPool refuses a bad FQDN before touching the user', async () => {
    const r = await run('Enable-CsUser -Identity "Ken Myer" -RegistrarPool "pool01.contoso.com`r`n" -SipAddressType SamAccountName\n(Get-CsUser -Identity "Ken Myer").RegistrarPool');
    expect(r.errors).toContain("Cannot bind parameter 'RegistrarPool'");
    expect(r.output).toBe('pool01.contoso.com\n');
  });
});

describe('identities', () => {
  it('New-CsAllowedDomain refuses a name with a newline and stores nothing', async () => {
    const r = await run('New-CsAllowedDomain -Identity "evil`ncontoso.com"\n@(Get-CsAllowedDomain).Count');
    expect(r.errors).toContain(
      'Cannot bind parameter \'Identity\'. Cannot convert value "evil\ncontoso.com" to type "Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity". Error: "The identity contains a control character (such as a newline or a tab)."',
    );
    expect(r.output).toBe('0\n');
  });

  it.each([
    ['New-CsBlockedDomain -Identity "fabrikam.com`0"', 'Identity'],
    ['New-CsXmppAllowedPartner -Identity "jabber.org`r"', 'Identity'],
    ['New-CsExternalAccessPolicy -Identity "tag:Sales`n"', 'Identity'],
    ['New-CsPublicProvider -Identity "Bad`nName" -ProxyFqdn sip.example.com -Enabled $true', 'Identity'],
  ])('%s is refused', async (command, parameter) => {
    const r = await run(command);
    expect(r.errors).toMatch(new RegExp(`Cannot bind (parameter|argument to parameter) '${parameter}'`));
  });

  it.each([
    ['Get-CsAllowedDomain -Identity "   "', 'Cannot find "AllowedDomain" with identity ""'],
    ['Set-CsExternalAccessPolicy -Identity "" -EnableXmppAccess $true', 'Cannot find "ExternalAccessPolicy" with identity ""'],
    ['New-CsAllowedDomain -Identity "   "', 'is not a valid identity for "AllowedDomain"'],
  ])('%s: an empty name is not found or refused by the cmdlet', async (command, message) => {
    const r = await run(command);
    expect(r.errors).toContain(message);
  });

  it.each([
    ['New-CsAllowedDomain -Identity "not a domain"', 'AllowedDomain'],
    ['New-CsAllowedDomain -Domain "bad_domain.com"', 'AllowedDomain'],
    ['New-CsAllowedDomain -Domain "fabrikam`t.com"', 'AllowedDomain'],
    ['New-CsBlockedDomain -Identity "-fabrikam.com"', 'BlockedDomain'],
    ['New-CsXmppAllowedPartner -Identity "jabber..org"', 'XmppAllowedPartner'],
  ])('%s: a domain identity must be a domain name', async (command, type) => {
    const r = await run(`${command}\n@(Get-Cs${type}).Count`);
    expect(r.errors).toContain(`is not a valid identity for "${type}". The value is not a valid fully qualified domain name (FQDN).`);
    expect(r.output).toBe('0\n');
  });

  it('provider names are not domains: spaces are fine', async () => {
    const r = await run('New-CsPublicProvider -Identity "Windows Live" -ProxyFqdn federation.messenger.msn.com -Enabled $true | Out-Null\n(Get-CsPublicProvider -Identity "Windows Live").ProxyFqdn');
    expect(r.errors).toBe('');
    expect(r.output).toBe('federation.messenger.msn.com\n');
  });
});

describe('FQDN settings typed String', () => {
  it('New-CsAllowedDomain -ProxyFqdn refuses a bad FQDN and stores nothing', async () => {
    const r = await run('New-CsAllowedDomain -Identity fabrikam.com -ProxyFqdn "proxy fabrikam com"\n@(Get-CsAllowedDomain).Count');
    expect(r.errors).toContain("Cannot validate argument on parameter 'ProxyFqdn'. The value is not a valid fully qualified domain name (FQDN).");
    expect(r.errors).toContain('ParameterArgumentValidationError');
    expect(r.output).toBe('0\n');
  });

  it('Set-CsXmppAllowedPartner -ProxyFqdn refuses and keeps the stored value', async () => {
    const r = await run(
      'New-CsXmppAllowedPartner -Identity jabber.org -ProxyFqdn xmpp.jabber.org | Out-Null\nSet-CsXmppAllowedPartner -Identity jabber.org -ProxyFqdn "xmpp.jabber.org`n"\n(Get-CsXmppAllowedPartner -Identity jabber.org).ProxyFqdn',
    );
    expect(r.errors).toContain("Cannot validate argument on parameter 'ProxyFqdn'.");
    expect(r.output).toBe('xmpp.jabber.org\n');
  });

  it('Set-CsAccessEdgeConfiguration -DefaultRouteFqdn refuses a bad FQDN', async () => {
    const r = await run('Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn "sip fed com"\n(Get-CsAccessEdgeConfiguration).RoutingMethod');
    expect(r.errors).toContain("Cannot validate argument on parameter 'DefaultRouteFqdn'.");
    expect(r.output).toBe('UseDnsSrvRouting\n');
  });

  it('a valid ProxyFqdn reads back as written; $null clears it', async () => {
    const r = await run(
      'New-CsXmppAllowedPartner -Identity jabber.org -ProxyFqdn Xmpp.Jabber.org. | Out-Null\n(Get-CsXmppAllowedPartner -Identity jabber.org).ProxyFqdn\nSet-CsXmppAllowedPartner -Identity jabber.org -ProxyFqdn $null\n$null -eq (Get-CsXmppAllowedPartner -Identity jabber.org).ProxyFqdn',
    );
    expect(r.errors).toBe('');
    expect(r.output).toBe('Xmpp.Jabber.org.\nTrue\n');
  });
});
