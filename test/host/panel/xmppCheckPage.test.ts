// The XMPP check page: it runs Test-CsXmppIM through the panel's shell and marks the link where the
// cmdlet's own chain evaluation stopped; as the configuration is repaired, the broken link moves on.

import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import { PanelShell } from '../../../src/host/panel/panelShell.js';
import { PANEL_ROUTES } from '../../../src/host/panel/routes.js';
import type { PanelContext } from '../../../src/host/panel/routing.js';
import '../../../src/cmdlets/index.js';

async function brokenLink(ctx: PanelContext): Promise<string | undefined> {
  const query = new URLSearchParams({ user: 'Ken Myer', domain: 'jabber.org' });
  const answer = await PANEL_ROUTES['/xmpp-check']!.get!(ctx, { method: 'GET', path: '/xmpp-check', query, form: new URLSearchParams() });
  if (!('html' in answer)) throw new Error('expected a page');
  expect(answer.html).toMatch(/<svg[^>]*aria-label="XMPP chain"/);
  return /data-link="(\w+)" data-state="broken"/.exec(answer.html)?.[1];
}

describe('XMPP check page', () => {
  it('marks the link Test-CsXmppIM stopped at, and none once the chain holds as far as policy, Edge and partner go', async () => {
    const store = openStore(':memory:');
    const shell = new PanelShell(store, { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: false });
    const ctx = { store, shell, csrf: 'x' };
    expect(await brokenLink(ctx)).toBe('policy');
    expect(shell.history.at(-1)).toBe("Test-CsXmppIM -TargetFqdn 'pool01.contoso.com' -UserSipAddress 'sip:kenmyer@contoso.com' -Receiver 'xmpp-test@jabber.org'");
    await shell.run('Set-CsExternalAccessPolicy -Identity Global -EnableFederationAccess $true -EnableXmppAccess $true');
    expect(await brokenLink(ctx)).toBe('edge');
    await shell.run('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    expect(await brokenLink(ctx)).toBe('partner');
    await shell.run('New-CsXmppAllowedPartner -Identity jabber.org');
    expect(await brokenLink(ctx)).not.toBe('partner');
    store.close();
  });
});
