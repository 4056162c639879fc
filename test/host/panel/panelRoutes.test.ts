// The External Access Policy tab's flows page by page (in process): New → Site policy → Select a
// Site → Commit, Show details → Commit of a change, Delete → OK of a policy still assigned.

import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import { findDocument } from '../../../src/store/configRepository.js';
import { getUserBySip } from '../../../src/store/usersRepository.js';
import { PanelShell } from '../../../src/host/panel/panelShell.js';
import { PANEL_ROUTES } from '../../../src/host/panel/routes.js';
import type { PanelAnswer, PanelContext } from '../../../src/host/panel/routing.js';
import '../../../src/cmdlets/index.js';

function setup() {
  const store = openStore(':memory:');
  const shell = new PanelShell(store, { localComputer: 'fe01.contoso.com', workingDirectory: process.cwd(), interactive: false });
  const ctx: PanelContext = { store, shell, csrf: 'token' };
  const get = (path: string, query: Record<string, string> = {}) => PANEL_ROUTES[path]!.get!(ctx, { method: 'GET', path, query: new URLSearchParams(query), form: new URLSearchParams() });
  const post = (path: string, form: Record<string, string>) => PANEL_ROUTES[path]!.post!(ctx, { method: 'POST', path, query: new URLSearchParams(), form: new URLSearchParams(form) });
  return { store, shell, get, post };
}

const html = (a: PanelAnswer) => ('html' in a ? a.html : '');

describe('External Access Policy tab', () => {
  it('New → Site policy asks for the site first, then creates site:<name>', async () => {
    const { store, shell, get, post } = setup();
    const select = html(await get('/federation/policies/new', { kind: 'site' }));
    expect(select).toContain('Select a Site');
    expect(select).toMatch(/<option value="Redmond"/);
    const form = html(await get('/federation/policies/new', { kind: 'site', name: 'Redmond' }));
    expect(form).toContain('New Site policy');
    expect(await post('/federation/policies/commit', { mode: 'new', kind: 'site', name: 'Redmond', EnableFederationAccess: 'on', EnableXmppAccess: 'on' })).toEqual({ redirect: '/federation/policies' });
    expect(shell.history).toEqual(["New-CsExternalAccessPolicy -Identity 'site:Redmond' -EnableFederationAccess $true -EnableXmppAccess $true"]);
    expect(findDocument(store, 'ExternalAccessPolicy', 'Site:Redmond')?.doc.EnableXmppAccess).toBe(true);
    store.close();
  });

  it('Show details → Commit sets only what changed', async () => {
    const { store, shell, get, post } = setup();
    await shell.run("New-CsExternalAccessPolicy -Identity XmppUsers -Description 'old' -EnableXmppAccess $true");
    const details = html(await get('/federation/policies/edit', { item: 'user|Tag:XmppUsers' }));
    expect(details).toContain('Edit User policy - Tag:XmppUsers');
    expect(details).toMatch(/id="field-EnableXmppAccess" name="EnableXmppAccess" checked=""/);
    await post('/federation/policies/commit', { mode: 'edit', kind: 'user', name: 'Tag:XmppUsers', Description: 'old', EnableXmppAccess: 'on', EnableOutsideAccess: 'on' });
    expect(shell.history.at(-1)).toBe("Set-CsExternalAccessPolicy -Identity 'Tag:XmppUsers' -EnableOutsideAccess $true");
    expect(findDocument(store, 'ExternalAccessPolicy', 'Tag:XmppUsers')?.doc.EnableOutsideAccess).toBe(true);
    store.close();
  });

  it('Delete asks first, says who still has the policy, then removes it', async () => {
    const { store, shell, get, post } = setup();
    await shell.run('New-CsExternalAccessPolicy -Identity XmppUsers; Grant-CsExternalAccessPolicy -Identity kenmyer@contoso.com -PolicyName XmppUsers');
    const confirm = html(await get('/federation/policies/delete', { item: 'user|Tag:XmppUsers' }));
    expect(confirm).toContain('Delete user policy &quot;Tag:XmppUsers&quot;?');
    expect(confirm).toContain('assigned to 1 user(s)');
    expect(await post('/federation/policies/delete', { item: 'user|Tag:XmppUsers' })).toEqual({ redirect: '/federation/policies' });
    expect(shell.history.at(-1)).toBe("Remove-CsExternalAccessPolicy -Identity 'Tag:XmppUsers' -Force");
    expect(findDocument(store, 'ExternalAccessPolicy', 'Tag:XmppUsers')).toBeUndefined();
    expect(getUserBySip(store, 'sip:kenmyer@contoso.com')?.externalAccessPolicy).toBe('XmppUsers');
    store.close();
  });

  it('an item that is gone sends back to the list with a message', async () => {
    const { store, get } = setup();
    expect(html(await get('/federation/xmpp/edit', { item: 'partner|nowhere.example' }))).toContain('Select an item in the list first');
    expect(html(await get('/users/edit', { id: '999999' }))).toBe('');
    store.close();
  });
});
