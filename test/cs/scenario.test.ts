// The XMPP federation procedure as an admin types it, step by step: Test-CsXmppIM names the next
// missing piece after each step and reports Success at the end.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import type { Store } from '../../src/store/store.js';

const TEST = 'Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver friend@jabber.org -UserSipAddress sip:kenmyer@contoso.com';
const EDGE_USES = 'AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer';

async function probe(store: Store, dir: string): Promise<{ result: unknown; error: unknown; diagnosis: unknown }> {
  const { values, errors } = await evalPs(TEST, { store, workingDirectory: dir });
  expect(errors).toBe('');
  const o = values[0] as PSObject;
  return { result: o.get('Result'), error: o.get('Error'), diagnosis: o.get('Diagnosis') };
}

async function step(store: Store, dir: string, script: string): Promise<void> {
  const r = await runPs(script, { store, workingDirectory: dir });
  expect(r.errors, script).toBe('');
}

describe('XMPP federation set up from scratch', () => {
  it('Test-CsXmppIM turns from Failure (right reason at each step) to Success', async () => {
    const store = newStore();
    const dir = mkdtempSync(join(tmpdir(), 'csshell-scenario-'));

    expect((await probe(store, dir)).diagnosis).toMatch(/^Policy Global does not allow XMPP access \(EnableXmppAccess=False\)/);

    await step(store, dir, 'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $false | Out-Null\nGrant-CsExternalAccessPolicy -Identity "sip:kenmyer@contoso.com" -PolicyName XmppUsers');
    expect((await probe(store, dir)).diagnosis).toMatch(/^Policy Tag:XmppUsers does not allow XMPP access/);

    await step(store, dir, 'Set-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true');
    expect((await probe(store, dir)).diagnosis).toMatch(/^Federation is disabled on the Edge \(AllowFederatedUsers=False\)/);

    await step(store, dir, 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    expect((await probe(store, dir)).diagnosis).toMatch(/^Domain jabber\.org is not an allowed XMPP partner/);

    await step(store, dir, 'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $false 3>$null | Out-Null');
    expect((await probe(store, dir)).diagnosis).toMatch(/^Partner jabber\.org negotiation settings are not valid \(TLS=NotSupported, SASL=NotSupported, Dialback=False\)/);

    await step(store, dir, 'Set-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required -SaslNegotiation Required');
    expect((await probe(store, dir)).diagnosis).toMatch(/^No valid XmppServer certificate on edge01\.contoso\.com: no certificate is assigned/);

    await step(
      store,
      dir,
      [
        'Enter-PSSession -ComputerName edge01.contoso.com',
        `Request-CsCertificate -New -Type ${EDGE_USES} -CA "ca.contoso.com\\Contoso Lab CA" -KeySize 1024 -Output C:\\Users\\Administrator\\edge.req | Out-Null`,
        '$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint',
        `Set-CsCertificate -Type ${EDGE_USES} -Thumbprint $t`,
        'Exit-PSSession',
      ].join('\n'),
    );
    const done = await probe(store, dir);
    expect(done).toMatchObject({ result: 'Success', error: null, diagnosis: null });

    await step(store, dir, 'Stop-CsWindowsService -Name RTCXMPPTGWPX -ComputerName edge01.contoso.com');
    expect((await probe(store, dir)).diagnosis).toMatch(/^Service RTCXMPPTGWPX .* is stopped on edge01\.contoso\.com\. Start it with Start-CsWindowsService/);
    await step(store, dir, 'Start-CsWindowsService -Name RTCXMPPTGWPX -ComputerName edge01.contoso.com');

    const shown = await runPs(TEST, { store, workingDirectory: dir });
    expect(shown.output).toMatch(/Target Fqdn   : pool01\.contoso\.com\nResult        : Success\nLatency       : 00:00:0[1-2]\.\d{7}\nError Message :\nDiagnosis     :/);
  });

  it('users on the 2019 pool cannot use XMPP until moved to the 2015 pool', async () => {
    const store = newStore();
    const dir = mkdtempSync(join(tmpdir(), 'csshell-scenario-'));
    const pilar = 'Test-CsXmppIM -TargetFqdn pool02.contoso.com -Receiver friend@jabber.org -UserSipAddress sip:pilar@contoso.com';
    const first = await evalPs(pilar, { store });
    expect((first.values[0] as PSObject).get('Error')).toBe('XMPP gateway is not available on pool pool02.contoso.com.');
    await step(store, dir, 'Move-CsUser -Identity "Pilar Ackerman" -Target pool01.contoso.com -Confirm:$false');
    const moved = await evalPs(pilar.replace('pool02', 'pool01'), { store });
    expect((moved.values[0] as PSObject).get('Diagnosis')).toMatch(/^Policy Global does not allow XMPP access/);
  });
});
