// Test-NetConnection against the emulated deployment: names from the DNS zone and the topology, ports
// open only where the service behind them runs (XMPP 5269 only while XMPP federation is enabled).
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../../helpers/run.js';
import { cleanValues } from './adminHarness.js';
import { updateServiceProperties } from '../../../src/store/topologyRepository.js';

const quiet = (script: string, store = newStore()) => cleanValues(script, { store });

describe('Test-NetConnection', () => {
  it('reaches the Access Edge XMPP port with the default 5.1 list', async () => {
    const r = await runPs('Test-NetConnection sip.contoso.com -Port 5269');
    expect(r.text).toContain(
      ['ComputerName     : sip.contoso.com', 'RemoteAddress    : 131.107.10.10', 'RemotePort       : 5269', 'InterfaceAlias   : Ethernet', 'SourceAddress    : 10.0.1.11', 'TcpTestSucceeded : True'].join('\n'),
    );
    expect(r.text).not.toContain('WARNING');
  });

  it('-InformationLevel Quiet returns a Boolean, through the alias tnc too', async () => {
    expect(await quiet('tnc sip.contoso.com -Port 5269 -InformationLevel Quiet')).toEqual([true]);
    expect(await quiet('(Test-NetConnection sip.contoso.com -Port 5269 -InformationLevel Quiet).GetType().Name')).toEqual(['Boolean']);
    expect(await quiet('Test-NetConnection fe02 -InformationLevel Quiet')).toEqual([true]);
  });

  it('5269 is closed when XMPP federation is disabled on the Edge service', async () => {
    const store = newStore();
    updateServiceProperties(store, 'EdgeServer:edge01.contoso.com', { XmppFederationEnabled: false });
    const r = await runPs('Test-NetConnection sip.contoso.com -Port 5269', { store });
    expect(r.text).toContain('WARNING: TCP connect to (131.107.10.10 : 5269) failed');
    expect(r.text).toMatch(/PingSucceeded\s+: True\nPingReplyDetails \(RTT\) : 1 ms\nTcpTestSucceeded\s+: False/);
    // SIP federation still answers on the same interface.
    expect(await quiet('Test-NetConnection sip.contoso.com -Port 5061 -InformationLevel Quiet', store)).toEqual([true]);
  });

  it('5269 is closed while the XMPP proxy service is stopped on the Edge, open again once started', async () => {
    const store = newStore();
    await quiet('Stop-CsWindowsService -ComputerName edge01.contoso.com -Name RTCXMPPTGWPX', store);
    expect(await quiet('tnc sip.contoso.com -Port 5269 -InformationLevel Quiet', store)).toEqual([false]);
    await quiet('Start-CsWindowsService -ComputerName edge01.contoso.com -Name RTCXMPPTGWPX', store);
    expect(await quiet('tnc sip.contoso.com -Port 5269 -InformationLevel Quiet', store)).toEqual([true]);
  });

  it('an unknown host gives the name-resolution warning and TcpTestSucceeded False', async () => {
    const r = await runPs('Test-NetConnection jabber.example.org -Port 5269');
    expect(r.text).toContain('WARNING: Name resolution of jabber.example.org failed -- Status: No such host is known');
    expect(r.text).toMatch(/ComputerName\s+: jabber.example.org\nRemoteAddress\s+:\nRemotePort\s+: 5269\nInterfaceAlias\s+:\nSourceAddress\s+:\nTcpTestSucceeded : False/);
    expect(r.errors).toBe('');
  });

  it('a pool name reaches SIP 5061 until RTCSRV stops on every computer of the pool', async () => {
    const store = newStore();
    const test = 'Test-NetConnection pool01.contoso.com -Port 5061 -InformationLevel Quiet';
    await quiet('Stop-CsWindowsService -ComputerName fe01.contoso.com -Name RTCSRV', store);
    expect(await quiet(test, store)).toEqual([true]);
    await quiet('Stop-CsWindowsService -ComputerName fe02.contoso.com -Name RTCSRV', store);
    expect(await quiet(test, store)).toEqual([false]);
  });

  it('a record added to the zone resolves: xmpp.contoso.com on the Access Edge address', async () => {
    const store = newStore();
    expect(await quiet('tnc xmpp.contoso.com -Port 5269 -InformationLevel Quiet', store)).toEqual([false]);
    await quiet('Add-DnsServerResourceRecord -ZoneName contoso.com -A -Name xmpp -IPv4Address 131.107.10.10', store);
    expect(await quiet('tnc xmpp.contoso.com -Port 5269 -InformationLevel Quiet', store)).toEqual([true]);
  });

  it('ping only by default; -CommonTCPPort RDP; an address outside the lab times out', async () => {
    const ping = await runPs('Test-NetConnection edge01');
    expect(ping.text).toMatch(/RemoteAddress\s+: 172.16.0.10\n.*\n.*\nPingSucceeded\s+: True\nPingReplyDetails \(RTT\) : 1 ms/);
    expect(ping.text).not.toContain('RemotePort');
    expect(await quiet('Test-NetConnection fe03.contoso.com -CommonTCPPort RDP -InformationLevel Quiet')).toEqual([true]);
    const outside = await runPs('Test-NetConnection 192.0.2.7');
    expect(outside.text).toContain('WARNING: Ping to 192.0.2.7 failed with status: TimedOut');
    expect(outside.text).toMatch(/PingSucceeded\s+: False/);
  });

  it('-InformationLevel Detailed adds name resolution and the next hop', async () => {
    const r = await runPs('Test-NetConnection sip.contoso.com -Port 443 -InformationLevel Detailed');
    expect(r.text).toMatch(/NameResolutionResults\s+: 131.107.10.10/);
    expect(r.text).toMatch(/NetRoute \(NextHop\)\s+: 10.0.1.1\nTcpTestSucceeded\s+: True/);
  });

  it('bad arguments get 5.1 binding errors', async () => {
    const level = await runPs('Test-NetConnection sip.contoso.com -InformationLevel Loud');
    expect(level.errors).toContain('Cannot validate argument on parameter \'InformationLevel\'');
    const common = await runPs('Test-NetConnection sip.contoso.com -CommonTCPPort XMPP');
    expect(common.errors).toContain('Cannot validate argument on parameter \'CommonTCPPort\'');
    const both = await runPs('Test-NetConnection sip.contoso.com -Port 5269 -CommonTCPPort RDP');
    expect(both.errors).toContain('ParameterBindingException');
    const port = await runPs('Test-NetConnection sip.contoso.com -Port abc');
    expect(port.errors).toContain('Cannot convert value "abc" to type "System.Int32"');
  });
});
