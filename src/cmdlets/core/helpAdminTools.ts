// Help for the Windows administration commands admins use around the Skype cmdlets (network tests,
// services, history, certificates, event logs), in our own words.

import { example, type HelpExample } from '../../catalog/help.js';
import type { HelpDeclaration } from '../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const ex = example;

help.push(['Test-NetConnection', {
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
    ex('Is the XMPP port of the Access Edge open?', 'Test-NetConnection sip.contoso.com -Port 5269', 'TcpTestSucceeded is True while XMPP federation is enabled on edge01 and its XMPP proxy runs.', { shows: ['ComputerName     : sip.contoso.com', 'RemotePort       : 5269', 'TcpTestSucceeded : True'] }),
    ex('Just the answer', 'tnc pool01.contoso.com -Port 5061 -InformationLevel Quiet', 'Writes True or False.', { shows: ['True\n'] }),
    ex('Can the Edge be reached at all?', 'Test-NetConnection edge01.contoso.com', 'A ping test: PingSucceeded and the round-trip time.', { shows: ['ComputerName           : edge01.contoso.com', 'PingSucceeded          : True', 'PingReplyDetails (RTT) : '] }),
  ],
  related: ['Resolve-DnsName', 'Get-CsWindowsService'],
}]);

const serviceSelection = {
  Name: 'Service names; wildcards allowed. A literal name also finds a service by its display name.',
  DisplayName: 'Display names; wildcards allowed.',
  InputObject: 'Service objects, usually piped from Get-Service.',
  Include: 'Keeps only the services whose names match these patterns.',
  Exclude: 'Leaves out the services whose names match these patterns.',
};

help.push(['Get-Service', {
  synopsis: 'Lists the Skype for Business services of the computer the shell runs on.',
  description:
    'The services are those Get-CsWindowsService shows, with the same state: a service stopped with Stop-CsWindowsService is Stopped here ' +
    'and the other way round. Enter-PSSession moves the shell to another computer; -ComputerName reads another topology computer. ' +
    'A name without wildcards that matches nothing is an error; a pattern that matches nothing writes nothing.',
  parameters: {
    ...serviceSelection,
    ComputerName: 'Topology computers to read (FQDN or host name); the default is the shell\'s computer.',
    DependentServices: 'Accepted; service dependencies are not modelled, so nothing is listed.',
    RequiredServices: 'Accepted; service dependencies are not modelled, so nothing is listed.',
  },
  examples: [
    ex('The XMPP gateway on this Front End', 'Get-Service RTCXMPPTGW', 'Shows its status, name and display name.', { shows: ['Status   Name               DisplayName\n------   ----               -----------\nRunning  RTCXMPPTGW         Skype for Business Server XMPP Tran...\n'] }),
    ex('Everything stopped', 'Get-Service | Where-Object Status -eq Stopped', 'Lists the services that are not running.', { given: 'Stop-Service RTCXMPPTGW', shows: ['Stopped  RTCXMPPTGW'], after: [['@(Get-Service | Where-Object Status -eq Stopped).Count', '1']] }),
    ex('The XMPP proxy on the Edge', 'Get-Service -ComputerName edge01.contoso.com -DisplayName "*XMPP*"', 'Reads the Edge Server\'s services.', { shows: ['Running  RTCXMPPTGWPX       Skype for Business Server XMPP Tran...'] }),
  ],
  related: ['Start-Service', 'Stop-Service', 'Restart-Service', 'Get-CsWindowsService'],
}]);

const changeHelp = (name: string, synopsis: string, description: string, extra: Record<string, string>, example: HelpExample): void => {
  help.push([name, {
    synopsis,
    description: `${description} The change is the one Get-CsWindowsService shows. -WhatIf and -Confirm are honoured.`,
    parameters: { ...serviceSelection, PassThru: 'Writes the service object after the change.', ...extra },
    examples: [
      example,
      // One service stopped beforehand: -WhatIf must leave it stopped and the others running, whatever the verb.
      ex('Only say what would happen', `Get-Service RTC* | ${name} -WhatIf`, 'Lists each service it would act on and changes nothing.', {
        given: 'Stop-Service RTCXMPPTGW',
        shows: [`What if: Performing the operation "${name}" on target "Skype for Business Server Application Sharing (RTCASMCU)".`],
        after: [['"$((Get-Service RTCXMPPTGW).Status) $((Get-Service RTCASMCU).Status)"', 'Stopped Running']],
      }),
    ],
    related: ['Get-Service', 'Start-Service', 'Stop-Service', 'Restart-Service'],
  }]);
};

changeHelp('Start-Service', 'Starts stopped services on the shell\'s computer.', 'A service that already runs is left as it is.', {}, ex('Start the XMPP gateway again', 'Start-Service RTCXMPPTGW -PassThru', 'Shows it Running.', { given: 'Stop-Service RTCXMPPTGW', shows: ['Running  RTCXMPPTGW         Skype for Business Server XMPP Tran...'], after: [['(Get-Service RTCXMPPTGW).Status', 'Running']] }));
changeHelp('Stop-Service', 'Stops running services on the shell\'s computer.', 'A service that is already stopped is left as it is.', {
  Force: 'Accepted; service dependencies are not modelled.',
  NoWait: 'Accepted; services stop at once here.',
}, ex('Stop the XMPP gateway', 'Stop-Service RTCXMPPTGW', 'XMPP messages stop flowing through this Front End until it starts again.', { silent: true, after: [['(Get-Service RTCXMPPTGW).Status', 'Stopped']] }));
changeHelp('Restart-Service', 'Stops and starts services on the shell\'s computer.', 'A stopped service is simply started.', {
  Force: 'Accepted; service dependencies are not modelled.',
}, ex('Restart the Access Edge after a certificate change', 'Enter-PSSession edge01.contoso.com\nRestart-Service RTCSRV\nExit-PSSession', 'Restarts the Access Edge service of the Edge Server.', { silent: true, after: [['Enter-PSSession edge01.contoso.com; (Get-Service RTCSRV).Status; Exit-PSSession', 'Running']] }));

help.push(['Invoke-History', {
  synopsis: 'Runs a command of the session history again.',
  description:
    'Without -Id it runs the most recent command. A number picks the entry with that Id (see Get-History); any other text picks the newest ' +
    'entry whose command line starts with it. The command line is shown before it runs, it runs in the current scope, and the history ' +
    'records that command line rather than Invoke-History. Outside the interactive shell the history is empty.',
  parameters: { Id: 'The Id of an entry, or the start of its command line.' },
  examples: [
    ex('Repeat the last command', 'r', 'Shows the previous command line and runs it again.', { shows: ['Get-CsWindowsService -Name RTCSRV\n', 'Running  RTCSRV'] }),
    ex('Repeat a check after fixing the configuration', "r 'Get-CsSite'", 'Runs the newest command of the session that starts with Get-CsSite again.', { shows: ['Get-CsSite -Identity Redmond\n', 'Identity                  : Site:Redmond'] }),
    ex('Pick an entry from the list', 'Get-History\nInvoke-History 4', 'Runs the fourth command of the session.', { shows: ['  Id CommandLine', '   4 Get-CsWindowsService -Name RTCSRV', 'Get-CsWindowsService -Name RTCSRV\n', 'Running  RTCSRV'] }),
  ],
  related: ['Get-History'],
}]);

help.push(['Get-PfxCertificate', {
  synopsis: 'Reads a certificate file (PFX, CER, PEM) from the working folder without importing it.',
  description:
    'Use it to check a file before importing it: its thumbprint, subject, names and dates. A PFX protected by a password asks for it in ' +
    'the interactive shell; a batch run cannot answer and stops with the NonInteractive error. Files outside the working folder are refused.',
  parameters: { FilePath: 'Path of the certificate file.', LiteralPath: 'Path taken exactly as written (no wildcards).' },
  examples: [
    ex('Check the certificate from the CA', 'Get-PfxCertificate .\\edge-external.cer', 'Shows its thumbprint and subject.', { shows: ['Thumbprint                                Subject', 'E86DD7F0B0D8A50838F626D91B773327C1E1BC0A  CN=sip.contoso.com, O=Contoso, C=US'] }),
    ex('Which names does it cover?', '(Get-PfxCertificate .\\edge-external.cer).DnsNameList', 'Lists the subject alternative names, for example contoso.com for XMPP.', { shows: ['sip.contoso.com\nwebcon.contoso.com\ncontoso.com\nxmpp.contoso.com'] }),
  ],
  related: ['Import-PfxCertificate', 'Import-CsCertificate'],
}]);

help.push(['Import-PfxCertificate', {
  synopsis: 'Imports a PFX file into the certificate store of the shell\'s computer.',
  description:
    'The certificate goes to Cert:\\LocalMachine\\My of the computer the shell works on (Enter-PSSession to the Edge Server first for Edge ' +
    'certificates), its issuers to Root or CA. Its private key is kept sealed, as with Import-CsCertificate. Set-CsCertificate can then ' +
    'assign it. The password must be a SecureString.',
  parameters: {
    FilePath: 'Path of the PFX file in the working folder.',
    CertStoreLocation: 'Cert:\\LocalMachine\\My, the only store this shell imports into.',
    Password: 'The PFX password, as a SecureString (ConvertTo-SecureString or Read-Host -AsSecureString).',
    Exportable: 'Marks the private key exportable.',
  },
  examples: [
    ex(
      'Import the Edge certificate and use it for XMPP',
      "Enter-PSSession edge01.contoso.com\n$pw = ConvertTo-SecureString 'Contoso!2026' -AsPlainText -Force\n$cert = Import-PfxCertificate .\\edge-external.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password $pw\nSet-CsCertificate -Type XmppServer -Thumbprint $cert.Thumbprint\nExit-PSSession",
      'The certificate is in the Edge Server\'s store and serves the XMPP proxy.',
      { silent: true, after: [['Enter-PSSession edge01.contoso.com; (Get-CsCertificate -Type XmppServer).Thumbprint; Exit-PSSession', 'E86DD7F0B0D8A50838F626D91B773327C1E1BC0A']] },
    ),
  ],
  related: ['Get-PfxCertificate', 'Import-CsCertificate', 'Set-CsCertificate'],
}]);

const eventLogNote =
  'The "Lync Server" log is written from the state of the deployment when it is read: a start entry for each service, a warning for each ' +
  'stopped service (id 30001), and on an Edge Server with XMPP federation the XMPP proxy\'s complaints: no XmppServer certificate (30010), ' +
  'an expired or not yet valid one (30011), one expiring within 30 days (30012), a key that cannot be used (30013), XMPP partners refused ' +
  'while the Access Edge does not allow federated users (30020). Application and System exist but stay empty.';

help.push(['Get-EventLog', {
  synopsis: 'Reads the event logs of the shell\'s computer, newest entries first.',
  description: `${eventLogNote} A query that matches nothing is the No matches found error.`,
  parameters: {
    LogName: 'The log to read, for example "Lync Server".',
    Newest: 'Only the given number of most recent entries.',
    EntryType: 'Only entries of these types: Error, Warning, Information (FailureAudit and SuccessAudit match nothing).',
    Source: 'Only entries written by these sources (wildcards allowed), for example "LS XMPP*".',
    InstanceId: 'Only entries with these event ids.',
    Index: 'Only entries at these positions of the log.',
    Message: 'Only entries whose message matches this pattern.',
    After: 'Only entries written after this time.',
    Before: 'Only entries written before this time.',
    ComputerName: 'Topology computers to read; the default is the shell\'s computer.',
    UserName: 'Accepted; entries carry no user.',
    AsBaseObject: 'Accepted; the entries are the same objects.',
    List: 'Lists the logs and how many entries each has.',
    AsString: 'With -List, writes only the log names.',
  },
  examples: [
    ex('The latest entries', 'Get-EventLog -LogName "Lync Server" -Newest 5', 'Shows the five most recent entries of this computer.', { shows: ['   Index Time          EntryType   Source                 InstanceID Message', 'Information LS XMPP Translati...'], after: [['@(Get-EventLog -LogName "Lync Server" -Newest 5).Count', '5']] }),
    ex('What is wrong on the Edge Server?', 'Get-EventLog "Lync Server" -ComputerName edge01.contoso.com -EntryType Error', 'In the demo deployment: no certificate is assigned to XmppServer yet.', { shows: ['Error       LS XMPP Translati...        30010 No certificate is assigned to the XmppServer us...'] }),
    ex('Which logs are there?', 'Get-EventLog -List', 'Application, Lync Server and System with their entry counts.', { shows: ['  Max(K) Retain OverflowAction        Entries Log', 'Application', 'Lync Server', 'System'] }),
  ],
  related: ['Get-WinEvent', 'Get-Service', 'Test-CsXmppIM'],
}]);

help.push(['Get-WinEvent', {
  synopsis: 'Reads event log records of the shell\'s computer, grouped by provider, newest first.',
  description: `${eventLogNote} -FilterHashtable understands LogName, Id, Level (2 Error, 3 Warning, 4 Information), ProviderName, StartTime and EndTime.`,
  parameters: {
    LogName: 'The logs to read, for example "Lync Server".',
    FilterHashtable: 'Queries as hash tables, for example @{LogName=\'Lync Server\'; Level=2}.',
    MaxEvents: 'At most this many records.',
    Oldest: 'Oldest records first.',
    ComputerName: 'A topology computer to read; the default is the shell\'s computer.',
    Force: 'Accepted.',
    Credential: 'Accepted; this shell does not check it.',
  },
  examples: [
    ex('The last ten records', 'Get-WinEvent -LogName "Lync Server" -MaxEvents 10', 'Shows them under the provider that wrote them.', { shows: ['   ProviderName: LS XMPP Translating Gateway', 'TimeCreated                     Id LevelDisplayName Message'], after: [['@(Get-WinEvent -LogName "Lync Server" -MaxEvents 10).Count', '10']] }),
    ex('Errors on the Edge Server', "Get-WinEvent -ComputerName edge01.contoso.com -FilterHashtable @{LogName='Lync Server'; Level=2}", 'Lists the error records, such as a missing XmppServer certificate.', { shows: ['   ProviderName: LS XMPP Translating Gateway Proxy', '30010 Error            No certificate is assigned to the XmppServer use on edge01.conto...'] }),
  ],
  related: ['Get-EventLog'],
}]);

help.push(['Start-Process', {
  synopsis: 'Refuses to start programs: this shell never runs programs of the computer it runs on.',
  description:
    'The command takes the parameters of Windows PowerShell 5.1 so scripts that use it bind as usual, then stops with an error naming ' +
    'the program it did not start. -WhatIf only says what it would do. Use the cmdlets of this shell instead: Get-Service, Test-NetConnection, ' +
    'Get-EventLog and the Skype for Business cmdlets cover what admins usually start programs for.',
  parameters: {
    FilePath: 'The program that would have been started.',
    ArgumentList: 'Its arguments.',
    Credential: 'Accepted.',
    WorkingDirectory: 'Accepted.',
    LoadUserProfile: 'Accepted.',
    NoNewWindow: 'Accepted.',
    PassThru: 'Accepted; no process object is ever written.',
    RedirectStandardError: 'Accepted; no file is written.',
    RedirectStandardInput: 'Accepted; no file is read.',
    RedirectStandardOutput: 'Accepted; no file is written.',
    Verb: 'Accepted.',
    WindowStyle: 'Normal, Hidden, Minimized or Maximized.',
    Wait: 'Accepted.',
    UseNewEnvironment: 'Accepted.',
  },
  examples: [
    ex('See what a script would start', 'Start-Process setup.exe -ArgumentList "/bootstrap" -WhatIf', 'Says it would start setup.exe; nothing runs.', { shows: ['What if: Performing the operation "Start-Process" on target "setup.exe".'] }),
    ex('A script that starts a program keeps going', 'try { Start-Process notepad } catch { "Skipped: " + $_.Exception.Message }', 'Writes the reason instead of starting Notepad.', { shows: ["Skipped: This command cannot be run due to the error: csshell never runs programs of the computer it runs on, so 'notepad' was not started."] }),
  ],
  related: ['Get-Command'],
}]);
