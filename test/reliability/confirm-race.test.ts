// While a command waits for its -Confirm answer, another csshell (a second connection to the same store
// file) changes the same record. Answered Yes, the command makes its own change on the record as it is
// stored then: the other change is kept, and the command's rules are judged on the current state.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceDescription } from '../../src/engine/host.js';
import { RecordingHost } from '../../src/host/testHost.js';
import { openStore } from '../../src/store/open.js';
import { runPs } from '../helpers/run.js';

/** An interactive host that, when asked to confirm, first lets the other shell run its command, then answers Yes. */
class InterleavingHost extends RecordingHost {
  constructor(private readonly meanwhile: () => Promise<void>) {
    super(true);
  }

  override async promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): Promise<number> {
    await super.promptForChoice(caption, message, choices, defaultChoice);
    await this.meanwhile();
    return 0;
  }
}

/** Runs `setup`, then `command` (which asks), with `other` run by a second shell on the same file while it asks. */
async function interleave(setup: string, command: string, other: string, check: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'csshell-confirm-')), 'store.db');
  const mine = openStore(path);
  const theirs = openStore(path);
  if (setup) expect((await runPs(setup, { store: mine })).errors).toBe('');
  const host = new InterleavingHost(async () => {
    const r = await runPs(other, { store: theirs });
    expect(r.errors).toBe('');
  });
  const r = await runPs(command, { store: mine, host });
  expect(host.prompts.length).toBeGreaterThan(0);
  const after = await runPs(check, { store: theirs });
  return { errors: r.errors, output: after.output.trim().split(/\r?\n/) };
}

describe('a change made while -Confirm waits is kept', () => {
  it('Set-CsXmppAllowedPartner @{Add=…}: both domains are kept', async () => {
    const r = await interleave(
      'New-CsXmppAllowedPartner -Identity jabber.org | Out-Null',
      'Set-CsXmppAllowedPartner -Identity jabber.org -AdditionalDomains @{Add="mine.example.org"} -Confirm',
      'Set-CsXmppAllowedPartner -Identity jabber.org -AdditionalDomains @{Add="theirs.example.org"}',
      '(Get-CsXmppAllowedPartner -Identity jabber.org).AdditionalDomains',
    );
    expect(r.errors).toBe('');
    expect(r.output).toEqual(['theirs.example.org', 'mine.example.org']);
  });

  it('Set-CsExternalAccessPolicy: the other setting changed meanwhile is kept', async () => {
    const r = await interleave(
      '',
      'Set-CsExternalAccessPolicy -Identity Global -EnableXmppAccess $true -Confirm',
      'Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true',
      '$p = Get-CsExternalAccessPolicy -Identity Global; "$($p.EnableXmppAccess) $($p.EnableFederationAccess)"',
    );
    expect(r.errors).toBe('');
    expect(r.output).toEqual(['True True']);
  });

  it('Set-CsUser: a policy granted meanwhile is kept', async () => {
    const r = await interleave(
      'New-CsExternalAccessPolicy -Identity XmppUsers | Out-Null',
      'Set-CsUser -Identity "Ken Myer" -LineURI "tel:+14255550100" -Confirm',
      'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppUsers',
      '$u = Get-CsUser -Identity "Ken Myer"; "$($u.LineURI) $($u.ExternalAccessPolicy)"',
    );
    expect(r.errors).toBe('');
    expect(r.output).toEqual(['tel:+14255550100 XmppUsers']);
  });

  it('New-CsXmppAllowedPartner: created meanwhile, the command reports "already exists"', async () => {
    const r = await interleave('', 'New-CsXmppAllowedPartner -Identity jabber.org -Confirm', 'New-CsXmppAllowedPartner -Identity jabber.org -ProxyFqdn theirs.jabber.org | Out-Null', '(Get-CsXmppAllowedPartner).ProxyFqdn');
    expect(r.errors).toContain('"XmppAllowedPartner" with identity "jabber.org" already exists. Use the Set- cmdlet to modify it.');
    expect(r.output).toEqual(['theirs.jabber.org']);
  });

  it('Grant-CsExternalAccessPolicy: a policy removed meanwhile is not granted', async () => {
    const r = await interleave(
      'New-CsExternalAccessPolicy -Identity XmppUsers | Out-Null',
      'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppUsers -Confirm',
      'Remove-CsExternalAccessPolicy -Identity Tag:XmppUsers',
      '"[$((Get-CsUser -Identity "Ken Myer").ExternalAccessPolicy)]"',
    );
    expect(r.errors).toContain('Policy "XmppUsers" is not a user policy.');
    expect(r.output).toEqual(['[]']);
  });

  it('Enable-CsUser: a SIP address taken meanwhile is refused, nothing is written', async () => {
    const r = await interleave(
      '',
      'Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddress sip:nora@contoso.com -Confirm',
      'Set-CsUser -Identity "Ken Myer" -SipAddress sip:nora@contoso.com',
      '"[$((Get-CsAdUser -Identity "Nora Lindgren").SipAddress)]"',
    );
    expect(r.errors).toContain('The SIP address "sip:nora@contoso.com" is already assigned to');
    expect(r.output).toEqual(['[]']);
  });

  it('Remove-CsXmppAllowedPartner: removed meanwhile, the command reports it is not found', async () => {
    const r = await interleave(
      'New-CsXmppAllowedPartner -Identity jabber.org | Out-Null',
      'Remove-CsXmppAllowedPartner -Identity jabber.org -Confirm',
      'Remove-CsXmppAllowedPartner -Identity jabber.org',
      '@(Get-CsXmppAllowedPartner).Count',
    );
    expect(r.errors).toContain('Cannot find "XmppAllowedPartner" with identity "jabber.org".');
    expect(r.output).toEqual(['0']);
  });
});
