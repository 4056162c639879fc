// The commands the panel's Commit buttons build and run: values are quoted so typed text never
// becomes code, only changed fields are given, and they run with the cmdlets' own rules.

import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import { findDocument, getAccessEdgeConfiguration, listXmppAllowedPartners } from '../../../src/store/configRepository.js';
import { PanelShell } from '../../../src/host/panel/panelShell.js';
import { psCommand, psQuote, SWITCH } from '../../../src/host/panel/psText.js';
import { commitCommand, defaultValues, valuesOfDocument, valuesOfForm } from '../../../src/host/panel/formValues.js';
import { EDGE_TAB, POLICY_TAB, USER_POLICY, XMPP_TAB } from '../../../src/host/panel/objectKinds.js';
import '../../../src/cmdlets/index.js';

const session = { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: false };

describe('panel command text', () => {
  it('quotes values as single-quoted strings with every quote doubled', () => {
    expect(psQuote("it's")).toBe("'it''s'");
    expect(psQuote('a\u2019b')).toBe("'a\u2019\u2019b'");
    expect(psCommand('Set-CsSite', { Identity: 'Redmond', Description: null, Enabled: true, Names: ['a', "b'c"], Force: SWITCH, Skip: undefined })).toBe(
      "Set-CsSite -Identity 'Redmond' -Description $null -Enabled $true -Names @('a', 'b''c') -Force",
    );
  });

  it('a name made to break out of its quotes stays a name: nothing else runs', async () => {
    const store = openStore(':memory:');
    const shell = new PanelShell(store, session);
    const name = "x'; New-CsXmppAllowedPartner -Identity evil.example; '";
    await shell.run(commitCommand(USER_POLICY, name, defaultValues(USER_POLICY), defaultValues(USER_POLICY), true));
    await shell.run(`Grant-CsExternalAccessPolicy -Identity ${psQuote("kenmyer@contoso.com'; Remove-CsExternalAccessPolicy -Identity global; '")} -PolicyName $null`);
    expect(listXmppAllowedPartners(store)).toEqual([]);
    store.close();
  });

  it('gives New- the fields that differ from the defaults, Set- the fields that changed', () => {
    const form = new URLSearchParams({ Description: 'XMPP users', EnableFederationAccess: 'on', EnableXmppAccess: 'on' });
    const after = valuesOfForm(USER_POLICY, form);
    expect(commitCommand(USER_POLICY, 'XmppUsers', defaultValues(USER_POLICY), after, true)).toBe(
      "New-CsExternalAccessPolicy -Identity 'XmppUsers' -Description 'XMPP users' -EnableFederationAccess $true -EnableXmppAccess $true",
    );
    const partner = XMPP_TAB.kinds[0]!;
    const before = valuesOfDocument(partner, { Identity: 'jabber.org', Domain: 'jabber.org', AdditionalDomains: ['a.org'], Description: 'x', PartnerType: 'Federated', TlsNegotiation: 'Required', SaslNegotiation: 'Required', SupportDialbackNegotiation: true });
    const edited = { ...before, AdditionalDomains: [], Description: '' };
    expect(commitCommand(partner, 'jabber.org', before, edited, false)).toBe("Set-CsXmppAllowedPartner -Identity 'jabber.org' -Description $null -AdditionalDomains $null");
    expect(POLICY_TAB.kindOf('ExternalAccessPolicy', { Identity: 'Tag:XmppUsers' })).toBe(USER_POLICY);
  });

  it('commits partner domain discovery on the Access Edge (its own parameter set, no identity)', async () => {
    const store = openStore(':memory:');
    const shell = new PanelShell(store, session);
    const edge = EDGE_TAB.kinds[0]!;
    const before = valuesOfDocument(edge, getAccessEdgeConfiguration(store));
    const after = { ...before, AllowFederatedUsers: true, EnablePartnerDiscovery: true };
    const outcome = await shell.run(commitCommand(edge, 'Global', before, after, false));
    expect(outcome.errors).toEqual([]);
    expect(outcome.command).toBe('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -EnablePartnerDiscovery $true -UseDnsSrvRouting');
    expect(getAccessEdgeConfiguration(store).EnablePartnerDiscovery).toBe(true);
    store.close();
  });

  it("shows the cmdlet's own error and changes nothing when a Commit fails", async () => {
    const store = openStore(':memory:');
    const shell = new PanelShell(store, session);
    const make = (description: string) => commitCommand(USER_POLICY, 'XmppUsers', defaultValues(USER_POLICY), { ...defaultValues(USER_POLICY), Description: description }, true);
    expect((await shell.run(make('first'))).errors).toEqual([]);
    const dup = await shell.run(make('second'));
    expect(dup.errors).toEqual(['New-CsExternalAccessPolicy : "ExternalAccessPolicy" with identity "Tag:XmppUsers" already exists. Use the Set- cmdlet to modify it.']);
    expect(findDocument(store, 'ExternalAccessPolicy', 'Tag:XmppUsers')?.doc.Description).toBe('first');
    expect(shell.paneLines).toEqual([
      "New-CsExternalAccessPolicy -Identity 'XmppUsers' -Description 'first'",
      "# failed: New-CsExternalAccessPolicy -Identity 'XmppUsers' -Description 'second'",
    ]);
    store.close();
  });
});
