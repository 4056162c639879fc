// `csshell lab check` says what is wrong with an unfinished task: the first diagnosis rule that fails.

import { describe, expect, it } from 'vitest';
import { startedLab } from './startedLab.js';

/** A started lab whose `check` gives `lab check`'s text with wrapped continuation lines joined. */
function diagnosedLab(name: string) {
  const lab = startedLab(name);
  return { run: lab.run, check: () => lab.lab('check', name).stdout.replace(/\n {4,}(?![a-z]+: )/g, ' ') };
}

/** The diagnosis line shown under the task whose title starts with `title`. */
function why(out: string, title: string): string | undefined {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`[ ] ${title}`));
  return lines.slice(i + 1).find((l) => l.startsWith('    why: '))?.slice('    why: '.length);
}

describe('lab check diagnosis: xmpp-federation', () => {
  it('policy without XMPP, granted to the wrong user, TLS Optional, no certificate', () => {
    const lab = diagnosedLab('xmpp-federation');
    lab.run(
      [
        'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true | Out-Null',
        'Grant-CsExternalAccessPolicy -Identity sip:pilar@contoso.com -PolicyName XmppUsers',
        'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Optional -SaslNegotiation Required -WarningAction SilentlyContinue | Out-Null',
      ].join('\n'),
    );
    const out = lab.check();
    expect(why(out, 'Create a per-user')).toBe('XmppUsers exists but EnableXmppAccess is False');
    expect(why(out, 'Assign XmppUsers')).toBe('XmppUsers is granted to Pilar Ackerman, not Ken Myer');
    expect(why(out, 'Allow the XMPP partner')).toBe('jabber.org has TlsNegotiation Optional; the task needs Required');
    expect(why(out, 'Allow federated users')).toBe('AllowFederatedUsers is False in the Access Edge configuration');
    expect(why(out, 'Assign a valid certificate')).toBe('no certificate is assigned to XmppServer on edge01.contoso.com');
    expect(why(out, 'Test-CsXmppIM')).toMatch(/^Test-CsXmppIM fails: Policy Global does not allow XMPP access/);
  });

  it('no policy, no grant, SASL not required, the wrong policy on Ken Myer', () => {
    const lab = diagnosedLab('xmpp-federation');
    lab.run(
      [
        'New-CsExternalAccessPolicy -Identity Other -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null',
        'Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName Other',
        'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required -SaslNegotiation Optional -WarningAction SilentlyContinue | Out-Null',
      ].join('\n'),
    );
    const out = lab.check();
    expect(why(out, 'Create a per-user')).toBe('there is no per-user external access policy named XmppUsers');
    expect(why(out, 'Assign XmppUsers')).toBe('Ken Myer has the policy Other, not XmppUsers');
    expect(why(out, 'Allow the XMPP partner')).toBe('jabber.org has SaslNegotiation Optional; the task needs Required');
  });

  it('a fresh lab: no partner yet, federation off in the policy', () => {
    const lab = diagnosedLab('xmpp-federation');
    expect(why(lab.check(), 'Allow the XMPP partner')).toBe('jabber.org is not an XMPP allowed partner');
    lab.run('New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true | Out-Null');
    expect(why(lab.check(), 'Create a per-user')).toBe('XmppUsers exists but EnableFederationAccess is False');
  });
});

describe('lab check diagnosis: google-talk-repair', () => {
  it('the broken starting state: TLS required, no route', () => {
    const out = diagnosedLab('google-talk-repair').check();
    expect(why(out, 'Give gmail.com')).toBe('gmail.com has TlsNegotiation Required; Google Talk needs NotSupported');
    expect(why(out, 'Route Redmond')).toBe("Redmond's XmppFederationRoute is empty; the task needs EdgeServer:edge01.contoso.com");
  });

  it('half repaired: TLS fixed, dialback still off, then keep-alives still on', () => {
    const lab = diagnosedLab('google-talk-repair');
    lab.run('Set-CsXmppAllowedPartner -Identity gmail.com -TlsNegotiation NotSupported');
    expect(why(lab.check(), 'Give gmail.com')).toBe('gmail.com has SupportDialbackNegotiation False; Google Talk needs server dialback');
    lab.run('Set-CsXmppAllowedPartner -Identity gmail.com -SupportDialbackNegotiation $true');
    expect(why(lab.check(), 'Give gmail.com')).toBe('gmail.com has EnableKeepAlive True; the task needs keep-alives off');
    lab.run('Remove-CsXmppAllowedPartner -Identity gmail.com');
    expect(why(lab.check(), 'Give gmail.com')).toBe('gmail.com is not an XMPP allowed partner any more');
  });
});
