// `csshell lab check` says what is wrong with an unfinished task: the first diagnosis rule that fails.

import { describe, expect, it } from 'vitest';
import { startedLab } from './startedLab.js';
import { diagnosedLab, why } from './diagnosedLab.js';

describe('lab check diagnosis: xmpp-federation', () => {
  it('policy without XMPP, granted to the wrong user, TLS Optional, no certificate', async () => {
    const lab = diagnosedLab('xmpp-federation');
    await lab.run(
      [
        'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true | Out-Null',
        'Grant-CsExternalAccessPolicy -Identity sip:pilar@contoso.com -PolicyName XmppUsers',
        'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Optional -SaslNegotiation Required -WarningAction SilentlyContinue | Out-Null',
      ].join('\n'),
    );
    const out = await lab.check();
    expect(why(out, 'Create a per-user')).toBe('XmppUsers exists but EnableXmppAccess is False');
    expect(why(out, 'Assign XmppUsers')).toBe('XmppUsers is granted to Pilar Ackerman, not Ken Myer');
    expect(why(out, 'Allow the XMPP partner')).toBe('jabber.org has TlsNegotiation Optional; the task needs Required');
    expect(why(out, 'Allow federated users')).toBe('AllowFederatedUsers is False in the Access Edge configuration');
    expect(why(out, 'Assign a valid certificate')).toBe('no certificate is assigned to XmppServer on edge01.contoso.com');
    expect(why(out, 'Test-CsXmppIM')).toMatch(/^Test-CsXmppIM fails: Policy Global does not allow XMPP access/);
  });

  it('no policy, no grant, SASL not required, the wrong policy on Ken Myer', async () => {
    const lab = diagnosedLab('xmpp-federation');
    await lab.run(
      [
        'New-CsExternalAccessPolicy -Identity Other -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null',
        'Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName Other',
        'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required -SaslNegotiation Optional -WarningAction SilentlyContinue | Out-Null',
      ].join('\n'),
    );
    const out = await lab.check();
    expect(why(out, 'Create a per-user')).toBe('there is no per-user external access policy named XmppUsers');
    expect(why(out, 'Assign XmppUsers')).toBe('Ken Myer has the policy Other, not XmppUsers');
    expect(why(out, 'Allow the XMPP partner')).toBe('jabber.org has SaslNegotiation Optional; the task needs Required');
  });

  it('a fresh lab: no partner yet, federation off in the policy', async () => {
    const lab = diagnosedLab('xmpp-federation');
    expect(why(await lab.check(), 'Allow the XMPP partner')).toBe('jabber.org is not an XMPP allowed partner');
    await lab.run('New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true | Out-Null');
    expect(why(await lab.check(), 'Create a per-user')).toBe('XmppUsers exists but EnableFederationAccess is False');
  });
});

describe('lab check diagnosis: google-talk-repair', () => {
  it('the broken starting state: TLS required, no route', async () => {
    const out = await diagnosedLab('google-talk-repair').check();
    expect(why(out, 'Give gmail.com')).toBe('gmail.com has TlsNegotiation Required; Google Talk needs NotSupported');
    expect(why(out, 'Route Redmond')).toBe("Redmond's XmppFederationRoute is empty; the task needs EdgeServer:edge01.contoso.com");
  });

  it('half repaired: TLS fixed, dialback still off, then keep-alives still on', async () => {
    const lab = diagnosedLab('google-talk-repair');
    await lab.run('Set-CsXmppAllowedPartner -Identity gmail.com -TlsNegotiation NotSupported');
    expect(why(await lab.check(), 'Give gmail.com')).toBe('gmail.com has SupportDialbackNegotiation False; Google Talk needs server dialback');
    await lab.run('Set-CsXmppAllowedPartner -Identity gmail.com -SupportDialbackNegotiation $true');
    expect(why(await lab.check(), 'Give gmail.com')).toBe('gmail.com has EnableKeepAlive True; the task needs keep-alives off');
    await lab.run('Remove-CsXmppAllowedPartner -Identity gmail.com');
    expect(why(await lab.check(), 'Give gmail.com')).toBe('gmail.com is not an XMPP allowed partner any more');
  });
});

describe('lab check shows the diagnosis', () => {
  it('under the [ ] line of the unfinished task, through the CLI', () => {
    const lab = startedLab('google-talk-repair');
    lab.run('Set-CsXmppAllowedPartner -Identity gmail.com -TlsNegotiation NotSupported');
    const out = lab.lab('check', 'google-talk-repair').stdout.replace(/\n {4,}(?![a-z]+: )/g, ' ');
    expect(why(out, 'Give gmail.com')).toBe('gmail.com has SupportDialbackNegotiation False; Google Talk needs server dialback');
  });
});
