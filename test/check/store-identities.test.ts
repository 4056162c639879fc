// `csshell check` with a deployment: identities the script names that will not exist when it runs.

import { afterEach, describe, expect, it } from 'vitest';
import { checkScript } from '../../src/engine/check/scriptCheck.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { builtins } from '../../src/cmdlets/index.js';

let store: Store | undefined;
afterEach(() => store?.close());

async function found(script: string): Promise<string[]> {
  store = openStore(':memory:');
  return (await checkScript(script, undefined, { cmdlets: builtins().cmdlets, store })).map((f) => `${f.line}:${f.column} ${f.errorId}`);
}

describe('check --store', () => {
  it('reports a policy granted, changed or removed that the deployment does not have', async () => {
    const script = [
      'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppUsers',
      'Set-CsExternalAccessPolicy -Identity Tag:XmppUsers -EnableXmppAccess $true',
      'Remove-CsXmppAllowedPartner -Identity jabber.org',
      'Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true',
    ].join('\n');
    expect(await found(script)).toEqual(['1:1 IdentityNotFound', '2:1 IdentityNotFound', '3:1 IdentityNotFound']);
  });

  it('simulates creations and removals in order', async () => {
    const script = [
      'New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true',
      'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppUsers',
      'New-CsXmppAllowedPartner jabber.org',
      'Remove-CsXmppAllowedPartner jabber.org',
      'Set-CsXmppAllowedPartner jabber.org -TlsNegotiation Required',
      'New-CsExternalAccessPolicy -Identity tag:xmppusers',
    ].join('\n');
    expect(await found(script)).toEqual(['5:1 IdentityNotFound', '6:1 IdentityAlreadyExists']);
  });

  it('does not judge identities computed at run time, wildcards, or a policy name of $null', async () => {
    const script = 'Set-CsXmppAllowedPartner $d -TlsNegotiation Required\nGet-CsXmppAllowedPartner -Identity *.org\nGrant-CsExternalAccessPolicy -Identity $u -PolicyName $null';
    expect(await found(script)).toEqual([]);
  });

  it('reports users the deployment does not have, in the forms admins type', async () => {
    const script = [
      'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName $null',
      'Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName $null',
      'Set-CsUser -Identity "Ken Meyer" -EnterpriseVoiceEnabled $false',
      'Get-CsUser -Identity kenmyer@contoso.com',
      'Get-CsUser -Identity "K*"',
      'Move-CsUser -Identity sip:nobody@contoso.com -Target pool01.contoso.com',
    ].join('\n');
    expect(await found(script)).toEqual(['3:1 IdentityNotFound', '6:1 IdentityNotFound']);
  });

  it('knows that an account not yet enabled for Skype for Business becomes a user once enabled', async () => {
    const script = [
      'Grant-CsExternalAccessPolicy -Identity "Nora Lindgren" -PolicyName $null',
      'Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddressType EmailAddress',
      'Grant-CsExternalAccessPolicy -Identity "Nora Lindgren" -PolicyName $null',
      'Disable-CsUser -Identity "Nora Lindgren"',
      'Set-CsUser -Identity "Nora Lindgren" -EnterpriseVoiceEnabled $false',
      'Enable-CsUser -Identity "Nobody Here" -RegistrarPool pool01.contoso.com -SipAddressType EmailAddress',
    ].join('\n');
    const f = await checkScript(script, undefined, { cmdlets: builtins().cmdlets, store: (store = openStore(':memory:')) });
    expect(f.map((x) => `${x.line}:${x.column} ${x.errorId}`)).toEqual(['1:1 IdentityNotFound', '5:1 IdentityNotFound', '6:1 IdentityNotFound']);
    expect(f[0]!.message).toBe('Management object not found for identity "Nora Lindgren".');
  });
});
