// The story labs, each solved end to end by commands typed into the lab shell of the built CLI, and
// each done wrongly in several ways, with the diagnosis `lab check` shows for the mistake.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { diagnosedLab, why } from './diagnosedLab.js';

const LAB_CA = '"ca.contoso.com\\Contoso Lab CA"';
const EDGE_USES = 'AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer';

/** Types `lines` into the shell of a newly started lab, then Test-LabProgress; returns the output. */
function solveInShell(name: string, lines: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'csshell-labs-'));
  const r = runCli(['lab', 'start', name], { cwd, input: [...lines, 'Test-LabProgress', 'exit'].join('\n') });
  expect(r.stderr).toBe('');
  return { ...r, check: () => runCli(['lab', 'check', name], { cwd }) };
}

describe('the XMPP federation labs, solved in the lab shell (their wrong ways: lab-diagnosis.test.ts)', () => {
  it('xmpp-federation: policy, grant, partner, Access Edge, Edge certificate, Test-CsXmppIM', () => {
    const r = solveInShell('xmpp-federation', [
      'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null',
      'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppUsers',
      'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required -SaslNegotiation Required | Out-Null',
      'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      'Enter-PSSession -ComputerName edge01.contoso.com',
      `Request-CsCertificate -New -Type ${EDGE_USES} -CA ${LAB_CA} -KeySize 1024`,
      `Set-CsCertificate -Type ${EDGE_USES} -Thumbprint (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint`,
      'Exit-PSSession',
      '(Test-CsXmppIM -TargetFqdn pool01.contoso.com -UserSipAddress sip:kenmyer@contoso.com -Receiver someone@jabber.org).Result',
    ]);
    expect(r.stdout).toContain('Success');
    expect(r.stdout).toContain('6 of 6 tasks done.');
  }, 60_000);

  it('google-talk-repair: partner negotiation, site route, Access Edge', () => {
    const r = solveInShell('google-talk-repair', [
      'Get-CsXmppAllowedPartner gmail.com | Set-CsXmppAllowedPartner -TlsNegotiation NotSupported -SupportDialbackNegotiation $true -EnableKeepAlive $false',
      'Set-CsSite -Identity Redmond -XmppFederationRoute EdgeServer:edge01.contoso.com',
      'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
    ]);
    expect(r.stdout).toContain('3 of 3 tasks done.');
  }, 60_000);
});

describe('certificate-lifecycle', () => {
  it('is solved in the lab shell: Front End certificate, Edge request with -Output, rollover', () => {
    const r = solveInShell('certificate-lifecycle', [
      'Test-CsCertificateConfiguration | Where-Object { -not $_.Exists }',
      `Request-CsCertificate -New -Type Default,WebServicesInternal,WebServicesExternal -CA ${LAB_CA} -KeySize 1024`,
      '$fe = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint',
      'Set-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal -Thumbprint $fe',
      'Enter-PSSession -ComputerName edge01.contoso.com',
      `Request-CsCertificate -New -Type ${EDGE_USES} -DomainName xmpp.contoso.com -KeySize 2048 -CA ${LAB_CA} -Output .\\edge-2026.req`,
      '$new = Request-CsCertificate -List | Where-Object { $_.AlternativeNames -contains "xmpp.contoso.com" }',
      `Set-CsCertificate -Type ${EDGE_USES} -Thumbprint $new.Thumbprint -Roll -EffectiveDate (Get-Date).AddDays(5)`,
      'Exit-PSSession',
    ]);
    expect(r.stdout).toContain('3 of 3 tasks done.');
    expect(r.check().status).toBe(0);
  }, 60_000);

  it('done wrongly: requested on the Front End, without the XMPP name, assigned at once', async () => {
    const lab = diagnosedLab('certificate-lifecycle');
    await lab.run(`Request-CsCertificate -New -Type Default -CA ${LAB_CA} -KeySize 1024`);
    let out = await lab.check();
    expect(why(out, 'Assign a lab CA certificate on fe01')).toBe(
      'fe01.contoso.com has a certificate from the lab CA but it is not assigned to any of the three uses yet (Set-CsCertificate)',
    );
    expect(why(out, 'On edge01.contoso.com')).toBe('there is no new certificate request on edge01.contoso.com (a request made without Enter-PSSession is made for fe01.contoso.com)');
    await lab.run(['Enter-PSSession -ComputerName edge01.contoso.com', `Request-CsCertificate -New -Type ${EDGE_USES} -KeySize 1024 -CA ${LAB_CA}`].join('\n'));
    out = await lab.check();
    expect(why(out, 'On edge01.contoso.com')).toBe('the new certificate names sip.contoso.com, webcon.contoso.com, contoso.com but not xmpp.contoso.com');
    await lab.run(
      [
        'Enter-PSSession -ComputerName edge01.contoso.com',
        `Request-CsCertificate -New -Type ${EDGE_USES} -DomainName xmpp.contoso.com -KeySize 1024 -CA ${LAB_CA}`,
        `Set-CsCertificate -Type ${EDGE_USES} -Thumbprint (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint`,
      ].join('\n'),
    );
    out = await lab.check();
    expect(why(out, 'On edge01.contoso.com')).toBe('the new certificate has a 1024-bit key; the task needs 2048 bits');
    expect(why(out, 'Roll the new certificate')).toBe('the new certificate took over XmppServer at once; schedule it with -Roll -EffectiveDate so the old one serves until the window');
  }, 30_000);
});

describe('policy-scopes', () => {
  it('is solved in the lab shell, each user governed by the policy of the right scope', () => {
    const r = solveInShell('policy-scopes', [
      'Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true',
      'New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null',
      'New-CsExternalAccessPolicy -Identity NoXmpp -EnableFederationAccess $true | Out-Null',
      'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName NoXmpp',
      'Grant-CsExternalAccessPolicy -Identity sip:pilar@contoso.com -PolicyName $null',
      '"ken=" + (Get-CsEffectivePolicy -Identity sip:kenmyer@contoso.com).ExternalAccessPolicy',
    ]);
    expect(r.stdout).toContain('ken=Tag:NoXmpp');
    expect(r.stdout).toContain('4 of 4 tasks done.');
  }, 60_000);

  it('done wrongly: a per-user policy named Redmond, XMPP in the global policy, NoXmpp not granted', async () => {
    const lab = diagnosedLab('policy-scopes');
    await lab.run(
      [
        'Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true -EnableXmppAccess $true',
        'New-CsExternalAccessPolicy -Identity Redmond -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null',
        'New-CsExternalAccessPolicy -Identity NoXmpp -EnableFederationAccess $true | Out-Null',
        'Grant-CsExternalAccessPolicy -Identity sip:pilar@contoso.com -PolicyName NoXmpp',
      ].join('\n'),
    );
    const out = await lab.check();
    expect(why(out, 'Let everyone federate')).toBe('the global policy allows XMPP, which would give it to every site; only Redmond should have it');
    expect(why(out, 'Give the site Redmond')).toBe('there is a per-user policy named Redmond but no site policy; a site policy\'s Identity is site:Redmond');
    expect(why(out, 'Keep Ken Myer')).toBe('Ken Myer is governed by Global; NoXmpp only applies once it is granted to him');
    expect(why(out, "Take Pilar Ackerman's")).toBe('Pilar Ackerman is governed by Tag:NoXmpp; she works in Dublin and should follow the global policy');
  });

  it('done wrongly: the site policy without XMPP, and a Redmond user given a per-user policy', async () => {
    const lab = diagnosedLab('policy-scopes');
    await lab.run('New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $true | Out-Null');
    expect(why(await lab.check(), 'Give the site Redmond')).toBe('site:Redmond has EnableXmppAccess False');
    await lab.run(
      [
        'Set-CsExternalAccessPolicy -Identity site:Redmond -EnableXmppAccess $true',
        'New-CsExternalAccessPolicy -Identity NoXmpp -EnableFederationAccess $true | Out-Null',
        'Grant-CsExternalAccessPolicy -Identity sip:jeffp@contoso.com -PolicyName NoXmpp',
      ].join('\n'),
    );
    const out = await lab.check();
    expect(why(out, 'Give the site Redmond')).toBe('Jeff Phillips, a Redmond user, is governed by Tag:NoXmpp instead of Site:Redmond; site users should have no per-user policy');
    expect(why(out, 'Keep Ken Myer')).toBe('Ken Myer is governed by Site:Redmond; NoXmpp only applies once it is granted to him');
  });
});

describe('xmpp-coexistence-2019', () => {
  it('is solved in the lab shell: grant, move to the 2015 pool, Test-CsXmppIM', () => {
    const r = solveInShell('xmpp-coexistence-2019', [
      'Grant-CsExternalAccessPolicy -Identity sip:pilar@contoso.com -PolicyName XmppUsers',
      '(Test-CsXmppIM -TargetFqdn pool02.contoso.com -UserSipAddress sip:pilar@contoso.com -Receiver someone@jabber.org).Error',
      'Move-CsUser -Identity sip:pilar@contoso.com -Target pool01.contoso.com -Confirm:$false',
      '(Test-CsXmppIM -TargetFqdn pool01.contoso.com -UserSipAddress sip:pilar@contoso.com -Receiver someone@jabber.org).Result',
    ]);
    expect(r.stdout).toContain('XMPP gateway is not available on pool pool02.contoso.com.');
    expect(r.stdout).toContain('Success');
    expect(r.stdout).toContain('3 of 3 tasks done.');
  }, 60_000);

  it('done wrongly: left on the 2019 pool, then the whole Dublin pool moved', async () => {
    const lab = diagnosedLab('xmpp-coexistence-2019');
    await lab.run('Grant-CsExternalAccessPolicy -Identity sip:pilar@contoso.com -PolicyName XmppUsers');
    let out = await lab.check();
    expect(why(out, 'Home Pilar Ackerman')).toBe('Pilar Ackerman is homed on pool02.contoso.com, which runs Skype for Business Server 2019 and has no XMPP gateway');
    expect(why(out, 'Test-CsXmppIM from Pilar')).toMatch(/^Test-CsXmppIM on pool01\.contoso\.com fails: User sip:pilar@contoso\.com is not homed on pool01\.contoso\.com\./);
    await lab.run('Get-CsUser | Where-Object { $_.RegistrarPool -eq "pool02.contoso.com" -and $_.SipAddress -in "sip:pilar@contoso.com","sip:cianm@contoso.com" } | Move-CsUser -Target pool01.contoso.com -Confirm:$false');
    out = await lab.check();
    expect(why(out, 'Home Pilar Ackerman')).toBe('Cian Murphy left the Dublin pool too; only Pilar Ackerman needs XMPP');
  });

  it('done wrongly: moved without the XMPP policy', async () => {
    const lab = diagnosedLab('xmpp-coexistence-2019');
    await lab.run('Move-CsUser -Identity sip:pilar@contoso.com -Target pool01.contoso.com -Confirm:$false');
    const out = await lab.check();
    expect(why(out, 'Grant the policy XmppUsers')).toBe('Pilar Ackerman is governed by Global, which does not give her XMPP');
    expect(why(out, 'Test-CsXmppIM from Pilar')).toMatch(/fails: .*Policy Global does not allow XMPP access/);
  });
});

describe('xmpp-outage-triage', () => {
  it('starts broken in three places and is repaired in the lab shell', () => {
    const r = solveInShell('xmpp-outage-triage', [
      '(Test-CsXmppIM -TargetFqdn pool01.contoso.com -UserSipAddress sip:kenmyer@contoso.com -Receiver someone@jabber.org).Diagnosis',
      'Set-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true',
      'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      'Enter-PSSession -ComputerName edge01.contoso.com',
      `Request-CsCertificate -New -Type ${EDGE_USES} -CA ${LAB_CA} -KeySize 1024`,
      `Set-CsCertificate -Type ${EDGE_USES} -Thumbprint (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint`,
      'Exit-PSSession',
    ]);
    expect(r.stdout).toContain('Policy Tag:XmppUsers does not allow XMPP access');
    expect(r.stdout).toContain('4 of 4 tasks done.');
  }, 60_000);

  it('done wrongly: the global policy opened instead, then a certificate only for XmppServer without the domain', async () => {
    const lab = diagnosedLab('xmpp-outage-triage');
    await lab.run('Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true -EnableXmppAccess $true\nSet-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    let out = await lab.check();
    expect(why(out, 'Give Ken Myer XMPP')).toBe('XmppUsers, the policy that governs Ken Myer, has EnableXmppAccess False');
    expect(why(out, 'Give the XmppServer use')).toBe('the XmppServer certificate names sip.contoso.com, webcon.contoso.com but not the SIP domain contoso.com');
    await lab.run('Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName $null');
    out = await lab.check();
    expect(why(out, 'Give Ken Myer XMPP')).toBe('Ken Myer is now governed by Global instead of XmppUsers');
    expect(why(out, 'Test-CsXmppIM from Ken')).toMatch(/^Test-CsXmppIM fails: Certificate [0-9A-F]{40} does not contain contoso\.com/);
  });
});
