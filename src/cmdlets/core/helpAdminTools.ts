// Help for the Windows administration commands admins use around the Skype cmdlets (network tests,
// services, history, certificates, event logs), in our own words.

import { registerHelp, type HelpExample } from '../../catalog/help.js';

const ex = (title: string, code: string, remarks: string): HelpExample => ({ title, code, remarks });

registerHelp('Test-NetConnection', {
  synopsis: 'Tests whether a host of the deployment answers, and whether a TCP port on it is open.',
  description:
    'The name is resolved through the simulated DNS zone (Resolve-DnsName shows the same records) or as a topology computer. ' +
    'A port is open when the service behind it runs on the computer that owns the address: on the Access Edge external address, ' +
    '443 and 5061 need the Access Edge service (RTCSRV) and 5269 needs XMPP federation enabled on the Edge service and the XMPP ' +
    'proxy service (RTCXMPPTGWPX) running; a pool name answers 5061 while RTCSRV runs on one of its computers. A name that does ' +
    'not resolve gives a warning and TcpTestSucceeded False.',
  parameters: {
    ComputerName: 'Host name, FQDN or IPv4 address to test.',
    Port: 'TCP port to try (alias RemotePort).',
    CommonTCPPort: 'A well-known port by name: HTTP (80), RDP (3389), SMB (445) or WINRM (5985).',
    InformationLevel: 'Quiet writes only True or False; Detailed adds name resolution and routing fields.',
    TraceRoute: 'Accepted; routes are not traced in the emulated network.',
    Hops: 'Accepted with -TraceRoute.',
    DiagnoseRouting: 'Accepted; routing is not diagnosed in the emulated network.',
    ConstrainSourceAddress: 'Accepted with -DiagnoseRouting.',
    ConstrainInterface: 'Accepted with -DiagnoseRouting.',
  },
  examples: [
    ex('Is the XMPP port of the Access Edge open?', 'Test-NetConnection sip.contoso.com -Port 5269', 'TcpTestSucceeded is True while XMPP federation is enabled on edge01 and its XMPP proxy runs.'),
    ex('Just the answer', 'tnc pool01.contoso.com -Port 5061 -InformationLevel Quiet', 'Writes True or False.'),
    ex('Can the Edge be reached at all?', 'Test-NetConnection edge01.contoso.com', 'A ping test: PingSucceeded and the round-trip time.'),
  ],
  related: ['Resolve-DnsName', 'Get-CsWindowsService'],
});
