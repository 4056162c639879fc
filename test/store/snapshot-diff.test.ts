// The topology diff engine (src/store/storeSnapshot.ts + snapshotDiff.ts): what a script changed in a
// store, object by object, with secrets compared but never shown.

import { describe, expect, it } from 'vitest';
import { diffSnapshots, SECRET_MASK } from '../../src/store/snapshotDiff.js';
import { exportSnapshot, readStoreSnapshot } from '../../src/store/storeSnapshot.js';
import { exportConfiguration } from '../../src/store/topologyExport.js';
import { newStore, runPs } from '../helpers/run.js';

async function changesOf(script: string, setup = '') {
  const store = newStore();
  if (setup) expect((await runPs(setup, { store })).errors).toBe('');
  const before = readStoreSnapshot(store);
  const r = await runPs(script, { store });
  expect(r.errors).toBe('');
  const changes = diffSnapshots(before, readStoreSnapshot(store));
  store.close();
  return changes;
}

describe('snapshot diff', () => {
  it('finds nothing when nothing changed (reads and no-op writes)', async () => {
    expect(await changesOf('Get-CsUser | Out-Null; Set-CsAccessEdgeConfiguration -AllowFederatedUsers $false')).toEqual([]);
  });

  it('reports removed objects and changed properties as before and after', async () => {
    const changes = await changesOf(
      'Remove-CsXmppAllowedPartner -Identity jabber.org; Set-CsXmppAllowedPartner gmail.com -TlsNegotiation Optional',
      'New-CsXmppAllowedPartner jabber.org | Out-Null; New-CsXmppAllowedPartner gmail.com -TlsNegotiation Required | Out-Null',
    );
    expect(changes).toEqual([
      { type: 'XmppAllowedPartner', identity: 'gmail.com', change: 'changed', properties: [{ name: 'TlsNegotiation', before: 'Required', after: 'Optional' }] },
      { type: 'XmppAllowedPartner', identity: 'jabber.org', change: 'removed', properties: [] },
    ]);
  });

  it('compares secret settings without showing them', async () => {
    const changes = await changesOf("Set-CsXmppGatewayConfiguration -DialbackPassphrase 'n3w-S3cret!'", "Set-CsXmppGatewayConfiguration -DialbackPassphrase 'old-S3cret!'");
    expect(changes).toEqual([
      { type: 'XmppGatewayConfiguration', identity: 'Global', change: 'changed', properties: [{ name: 'DialbackPassphrase', before: SECRET_MASK, after: SECRET_MASK }] },
    ]);
    expect(JSON.stringify(changes)).not.toContain('S3cret');
  });

  it('sees policy assignments, Windows services and SIP domains', async () => {
    const changes = await changesOf(
      [
        'Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName XmppUsers',
        'Stop-CsWindowsService -Name RTCXMPPTGWPX -ComputerName edge01.contoso.com',
        'New-CsSipDomain -Identity fabrikam.com | Out-Null',
      ].join('\n'),
      'New-CsExternalAccessPolicy -Identity XmppUsers | Out-Null',
    );
    expect(changes.map((c) => `${c.change} ${c.type} ${c.identity}`)).toEqual([
      'added SipDomain fabrikam.com',
      'changed User sip:kenmyer@contoso.com',
      'changed WindowsService RTCXMPPTGWPX on edge01.contoso.com',
    ]);
    expect(changes[2]!.properties).toEqual([{ name: 'Status', before: 'Running', after: 'Stopped' }]);
  });

  it('compares configuration exports as well as stores', async () => {
    const store = newStore();
    const before = exportSnapshot(exportConfiguration(store));
    await runPs('New-CsAllowedDomain -Identity fabrikam.com | Out-Null; Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true', { store });
    const changes = diffSnapshots(before, exportSnapshot(exportConfiguration(store)));
    expect(changes.map((c) => `${c.change} ${c.type} ${c.identity}`)).toEqual(['changed AccessEdgeConfiguration Global', 'added AllowedDomain fabrikam.com']);
    store.close();
  });
});
