// While a command waits for its -Confirm answer, another csshell (a second connection to the same store
// file) changes the same record. Answered Yes, the command makes its own change on the record as it is
// stored then: the other change is kept, and the command's rules are judged on the current state.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceDescription } from '../../src/engine/host.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
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

interface Case {
  name: string;
  setup?: string;
  /** The command that asks (-Confirm). */
  command: string;
  /** What the other shell runs while it asks. */
  other: string;
  /** Read afterwards, through the other shell. */
  check: string;
  expected: string[];
  /** The error the command reports, if it must fail. */
  error?: string;
}

const cases: Case[] = [
  {
    name: 'Set-CsXmppAllowedPartner @{Add=…}: both domains are kept',
    setup: 'New-CsXmppAllowedPartner -Identity jabber.org | Out-Null',
    command: 'Set-CsXmppAllowedPartner -Identity jabber.org -AdditionalDomains @{Add="mine.example.org"} -Confirm',
    other: 'Set-CsXmppAllowedPartner -Identity jabber.org -AdditionalDomains @{Add="theirs.example.org"}',
    check: '(Get-CsXmppAllowedPartner -Identity jabber.org).AdditionalDomains',
    expected: ['theirs.example.org', 'mine.example.org'],
  },
  {
    name: 'Set-CsExternalAccessPolicy: the other setting changed meanwhile is kept',
    command: 'Set-CsExternalAccessPolicy -Identity Global -EnableXmppAccess $true -Confirm',
    other: 'Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true',
    check: '$p = Get-CsExternalAccessPolicy -Identity Global; "$($p.EnableXmppAccess) $($p.EnableFederationAccess)"',
    expected: ['True True'],
  },
  {
    name: 'Set-CsUser: a policy granted meanwhile is kept',
    setup: 'New-CsExternalAccessPolicy -Identity XmppUsers | Out-Null',
    command: 'Set-CsUser -Identity "Ken Myer" -LineURI "tel:+14255550100" -Confirm',
    other: 'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppUsers',
    check: '$u = Get-CsUser -Identity "Ken Myer"; "$($u.LineURI) $($u.ExternalAccessPolicy)"',
    expected: ['tel:+14255550100 XmppUsers'],
  },
  {
    name: 'New-CsXmppAllowedPartner: created meanwhile, the command reports "already exists"',
    command: 'New-CsXmppAllowedPartner -Identity jabber.org -Confirm',
    other: 'New-CsXmppAllowedPartner -Identity jabber.org -ProxyFqdn theirs.jabber.org | Out-Null',
    check: '(Get-CsXmppAllowedPartner).ProxyFqdn',
    expected: ['theirs.jabber.org'],
    error: '"XmppAllowedPartner" with identity "jabber.org" already exists. Use the Set- cmdlet to modify it.',
  },
  {
    name: 'Grant-CsExternalAccessPolicy: a policy removed meanwhile is not granted',
    setup: 'New-CsExternalAccessPolicy -Identity XmppUsers | Out-Null',
    command: 'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName XmppUsers -Confirm',
    other: 'Remove-CsExternalAccessPolicy -Identity Tag:XmppUsers',
    check: '"[$((Get-CsUser -Identity "Ken Myer").ExternalAccessPolicy)]"',
    expected: ['[]'],
    error: 'Policy "XmppUsers" is not a user policy.',
  },
  {
    name: 'Enable-CsUser: a SIP address taken meanwhile is refused, nothing is written',
    command: 'Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddress sip:nora@contoso.com -Confirm',
    other: 'Set-CsUser -Identity "Ken Myer" -SipAddress sip:nora@contoso.com',
    check: '"[$((Get-CsAdUser -Identity "Nora Lindgren").SipAddress)]"',
    expected: ['[]'],
    error: 'The SIP address "sip:nora@contoso.com" is already assigned to',
  },
  {
    name: 'Remove-CsXmppAllowedPartner: removed meanwhile, the command reports it is not found',
    setup: 'New-CsXmppAllowedPartner -Identity jabber.org | Out-Null',
    command: 'Remove-CsXmppAllowedPartner -Identity jabber.org -Confirm',
    other: 'Remove-CsXmppAllowedPartner -Identity jabber.org',
    check: '@(Get-CsXmppAllowedPartner).Count',
    expected: ['0'],
    error: 'Cannot find "XmppAllowedPartner" with identity "jabber.org".',
  },
];

describe('a change made while -Confirm waits is kept', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const r = await interleave(c.setup ?? '', c.command, c.other, c.check);
      if (c.error) expect(r.errors).toContain(c.error);
      else expect(r.errors).toBe('');
      expect(r.output).toEqual(c.expected);
    });
  }
});
