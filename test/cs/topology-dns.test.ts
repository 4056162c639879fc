// The simulated external DNS zone through the DNS cmdlets, and its effect on Test-CsXmppIM.
import { describe, expect, it } from 'vitest';
import { evalPs, newStore, runPs } from '../helpers/run.js';
import { PSObject } from '../../src/engine/runtime/values.js';
import { resolveSrv } from '../../src/store/dnsRepository.js';

describe('DNS cmdlets', () => {
  it('Resolve-DnsName returns the SRV record XMPP partners use', async () => {
    const r = await evalPs('Resolve-DnsName -Name _xmpp-server._tcp.contoso.com -Type SRV');
    const srv = r.values[0] as PSObject;
    expect(srv.typeNames[0]).toBe('Microsoft.DnsClient.Commands.DnsRecord_SRV');
    expect([srv.get('NameTarget'), srv.get('Port'), srv.get('Priority'), srv.get('Weight')]).toEqual(['sip.contoso.com', 5269, 0, 0]);
    const a = await evalPs('(Resolve-DnsName sip.contoso.com).IPAddress');
    expect(a.values).toEqual(['131.107.10.10']);
    const missing = await runPs('Resolve-DnsName _xmpp-server._tcp.fabrikam.com -Type SRV');
    expect(missing.errors).toContain('Resolve-DnsName : _xmpp-server._tcp.fabrikam.com : DNS name does not exist');
  });

  it('Add- and Remove-DnsServerResourceRecord edit the zone of a SIP domain only', async () => {
    const store = newStore();
    const r = await runPs(
      [
        'New-CsSipDomain -Identity fabrikam.com | Out-Null',
        'Add-DnsServerResourceRecord -ZoneName fabrikam.com -Srv -Name _xmpp-server._tcp -DomainName sip.contoso.com -Priority 0 -Weight 10 -Port 5269',
        '(Get-DnsServerResourceRecord -ZoneName fabrikam.com -RRType SRV).RecordData',
      ].join('\n'),
      { store },
    );
    expect(r.errors).toBe('');
    expect(r.output.trim()).toBe('[0][10][5269][sip.contoso.com.]');
    expect(resolveSrv(store, '_xmpp-server._tcp.fabrikam.com')[0]).toMatchObject({ target: 'sip.contoso.com', port: 5269, weight: 10 });
    const dup = await runPs('Add-DnsServerResourceRecord -ZoneName fabrikam.com -Srv -Name _xmpp-server._tcp -DomainName sip.contoso.com -Priority 0 -Weight 10 -Port 5269', { store });
    expect(dup.errors).toContain('Failed to create resource record _xmpp-server._tcp in fabrikam.com zone');
    const other = await runPs('Add-DnsServerResourceRecord -ZoneName example.org -A -Name www -IPv4Address 10.0.0.1', { store });
    expect(other.errors).toContain('Failed to get the zone information for example.org');
    await runPs('Remove-DnsServerResourceRecord -ZoneName fabrikam.com -Name _xmpp-server._tcp -RRType SRV -Force', { store });
    expect(resolveSrv(store, '_xmpp-server._tcp.fabrikam.com')).toEqual([]);
  });

  it('Remove-DnsServerResourceRecord removes; with -WhatIf it only reports', async () => {
    const store = newStore();
    await runPs('Remove-DnsServerResourceRecord -ZoneName contoso.com -Name _xmpp-server._tcp -RRType SRV -Force', { store });
    expect(resolveSrv(store, '_xmpp-server._tcp.contoso.com')).toEqual([]);
    const w = await runPs('Remove-DnsServerResourceRecord -ZoneName contoso.com -Name sip -RRType A -WhatIf', { store });
    expect(w.text).toContain('What if: Performing the operation "Remove-DnsServerResourceRecord" on target "sip A".');
    expect((await evalPs('(Resolve-DnsName sip.contoso.com).Name', { store })).values).toEqual(['sip.contoso.com']);
  });
});
