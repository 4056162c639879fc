// Help for the DNS cmdlets that show and edit the simulated external zone of the SIP domains.
import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

help.push(['Resolve-DnsName', {
  synopsis: 'Looks a name up in the external DNS zone of the deployment\'s SIP domains.',
  description: 'Shows the records partners on the internet would find: the SRV records that point XMPP servers and federated partners at the Access Edge, and the A records of the Edge interfaces.',
  parameters: {
    Name: 'The name to look up, for example _xmpp-server._tcp.contoso.com or sip.contoso.com.',
    Type: 'The record type: A_AAAA (the default), A, AAAA, SRV, CNAME, MX, NS, PTR, SOA, TXT or ALL.',
    Server: 'The DNS server to ask. Accepted; the emulated zone has one copy.',
    DnsOnly: 'Uses DNS only, not other name resolution methods.',
  },
  examples: [
    { title: 'Where do XMPP servers connect?', code: 'Resolve-DnsName -Name _xmpp-server._tcp.contoso.com -Type SRV', remarks: 'Shows sip.contoso.com, port 5269.', expect: { shows: ['Name                          Type TTL  Section NameTarget      Priority Weight Port', '_xmpp-server._tcp.contoso.com SRV  3600 Answer  sip.contoso.com 0        0      5269'] } },
    { title: 'The Access Edge address', code: 'Resolve-DnsName sip.contoso.com', remarks: 'Shows the public address of the Access Edge.', expect: { shows: ['Name            Type TTL  Section IPAddress', 'sip.contoso.com A    3600 Answer  131.107.10.10'] } },
  ],
  related: ['Get-DnsServerResourceRecord', 'Test-CsXmppIM'],
}]);

help.push(['Get-DnsServerResourceRecord', {
  synopsis: 'Lists the records of an external zone (one per SIP domain).',
  description: 'Each SIP domain of the deployment has an external zone; its SRV and A records are what XMPP and SIP federation partners use to find the Edge.',
  parameters: { ZoneName: 'The zone, a SIP domain such as contoso.com.', Name: 'One name in the zone, relative (sip) or full (sip.contoso.com).', RRType: 'Only records of this type (A, SRV, …).', ComputerName: 'The DNS server. Accepted; the emulated zone has one copy.' },
  examples: [
    { title: 'Every record of contoso.com', code: 'Get-DnsServerResourceRecord -ZoneName contoso.com', remarks: 'SRV records for XMPP, SIP federation and remote sign-in, and the A records of the Edge.', expect: { shows: ['HostName               RecordType Type Timestamp TimeToLive RecordData', '_xmpp-server._tcp      SRV        33             01:00:00   [0][0][5269][sip.contoso.com.]', '_sipfederationtls._tcp SRV', '_sip._tls              SRV', 'sip                    A          1              01:00:00   131.107.10.10'] } },
    { title: 'Only SRV records', code: 'Get-DnsServerResourceRecord -ZoneName contoso.com -RRType SRV', remarks: 'Three SRV records on the demo deployment.', expect: { shows: ['_xmpp-server._tcp      SRV', '_sipfederationtls._tcp SRV', '_sip._tls              SRV'], after: [['@(Get-DnsServerResourceRecord -ZoneName contoso.com -RRType SRV).Count', '3']] } },
  ],
  related: ['Add-DnsServerResourceRecord', 'Remove-DnsServerResourceRecord'],
}]);

help.push(['Add-DnsServerResourceRecord', {
  synopsis: 'Adds an SRV or A record to the external zone of a SIP domain.',
  description: 'Use it to publish the records a new SIP domain needs before its users can federate: _xmpp-server._tcp (port 5269) and _sipfederationtls._tcp (port 5061) pointing at the Access Edge.',
  parameters: {
    ZoneName: 'The zone, a SIP domain such as contoso.com.',
    Name: 'The record name relative to the zone (_xmpp-server._tcp, sip) or @ for the zone itself.',
    Srv: 'Adds an SRV record.',
    DomainName: 'Target host of the SRV record, for example sip.contoso.com.',
    Port: 'Port of the SRV record: 5269 for XMPP, 5061 for SIP federation, 443 for remote sign-in.',
    Priority: 'Priority of the SRV record (lower is preferred).',
    Weight: 'Weight of the SRV record among records of the same priority.',
    A: 'Adds an A (IPv4 address) record.',
    IPv4Address: 'The address of the A record.',
    ComputerName: 'The DNS server. Accepted; the emulated zone has one copy.',
    PassThru: 'Writes the new record to the pipeline.',
  },
  examples: [
    {
      title: 'XMPP for a second SIP domain',
      code: 'New-CsSipDomain -Identity fabrikam.com\nAdd-DnsServerResourceRecord -ZoneName fabrikam.com -Srv -Name _xmpp-server._tcp -DomainName sip.contoso.com -Priority 0 -Weight 0 -Port 5269',
      remarks: 'XMPP servers looking for fabrikam.com are sent to the Access Edge.',
      expect: { shows: ['Identity  : fabrikam.com'], after: [['(Resolve-DnsName _xmpp-server._tcp.fabrikam.com -Type SRV).NameTarget', 'sip.contoso.com']] },
    },
    { title: 'An address record', code: 'Add-DnsServerResourceRecord -ZoneName contoso.com -A -Name xmpp -IPv4Address 131.107.10.10 -PassThru', remarks: 'xmpp.contoso.com points at the Access Edge address.', expect: { shows: ['HostName RecordType Type Timestamp TimeToLive RecordData', 'xmpp     A          1              01:00:00   131.107.10.10'], after: [['(Resolve-DnsName xmpp.contoso.com).IPAddress', '131.107.10.10']] } },
  ],
  related: ['Get-DnsServerResourceRecord', 'Remove-DnsServerResourceRecord', 'Resolve-DnsName'],
}]);

help.push(['Remove-DnsServerResourceRecord', {
  synopsis: 'Removes records from the external zone of a SIP domain.',
  description: 'Removes every record of the name and type, or only the one whose data is -RecordData.',
  parameters: {
    ZoneName: 'The zone, a SIP domain such as contoso.com.',
    Name: 'The record name relative to the zone, or @.',
    RRType: 'The type of the records to remove (A, SRV, …).',
    RecordData: 'Only the record with this data (the SRV target or the address).',
    ComputerName: 'The DNS server. Accepted; the emulated zone has one copy.',
    Force: 'Removes without asking for confirmation.',
  },
  examples: [
    { title: 'Remove an address record', code: 'Add-DnsServerResourceRecord -ZoneName contoso.com -A -Name test -IPv4Address 10.9.9.9\nRemove-DnsServerResourceRecord -ZoneName contoso.com -Name test -RRType A -Force', remarks: 'test.contoso.com no longer resolves.', expect: { silent: true, after: [['@(Get-DnsServerResourceRecord -ZoneName contoso.com -Name test -ErrorAction SilentlyContinue).Count', '0']] } },
    { title: 'Preview a removal', code: 'Remove-DnsServerResourceRecord -ZoneName contoso.com -Name _xmpp-server._tcp -RRType SRV -WhatIf', remarks: 'Shows what would be removed; the XMPP record stays.', expect: { shows: ['What if: Performing the operation "Remove-DnsServerResourceRecord" on target "_xmpp-server._tcp SRV".'], after: [['@(Get-DnsServerResourceRecord -ZoneName contoso.com -RRType SRV -Name _xmpp-server._tcp).Count', '1']] } },
  ],
  related: ['Get-DnsServerResourceRecord', 'Add-DnsServerResourceRecord'],
}]);
