// Help for the topology cmdlets, in our own words. Every example runs on a fresh demo store.
import { topologyHelp } from './topologyFamilyHelp.js';
import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const ROLES = [
  'ApplicationDatabase', 'ApplicationServer', 'ArchivingDatabase', 'ArchivingServer', 'CentralManagement', 'CentralManagementDatabase',
  'ConferencingServer', 'Director', 'EdgeServer', 'FileStore', 'ManagementServer', 'MediationServer', 'MonitoringServer', 'MonitoringDatabase',
  'ProvisionServer', 'ProvisionDatabase', 'PstnGateway', 'Registrar', 'TrustedApplicationPool', 'UserDatabase', 'UserServer', 'WebServer',
  'BackupServer', 'LegalInterceptServer', 'PersistentChatComplianceDatabase', 'PersistentChatDatabase', 'PersistentChatServer', 'WacServer',
  'VideoGateway', 'VideoInteropServer',
];

const EDGE_PORTS: Record<string, string> = {
  AccessEdgeClientSipPort: 'Port remote users\' clients use to reach the Access Edge (shown as AccessEdgeClientPort, usually 443).',
  AccessEdgeExternalSipPort: 'External SIP port of the Access Edge that federated partners connect to (usually 5061).',
  AccessEdgeInternalSipPort: 'Internal SIP port the Front End pools and Directors use to reach the Edge (usually 5061).',
  DataPsomClientPort: 'Port external clients use for web conferencing data (usually 444).',
  DataPsomServerPort: 'Port the conferencing servers use to reach the Web Conferencing Edge (usually 8057).',
  MediaCommunicationPortCount: 'How many ports, starting at MediaCommunicationPortStart, media may use.',
  MediaCommunicationPortStart: 'First port of the range used for audio and video media.',
  MediaRelayAuthEdgePort: 'Port of the audio/video authentication service (usually 5062).',
  MediaRelayExternalTurnTcpPort: 'External TCP port of the media relay.',
  MediaRelayExternalTurnUdpPort: 'External UDP port of the media relay (usually 3478).',
  MediaRelayInternalTurnTcpPort: 'Internal TCP port of the media relay.',
  MediaRelayInternalTurnUdpPort: 'Internal UDP port of the media relay (usually 3478).',
  XmppInternalPort: 'Port the XMPP gateway on the Front End pool uses to reach the Edge\'s XMPP proxy (usually 23456).',
  XmppListeningPort: 'External port on which the Edge\'s XMPP proxy accepts XMPP servers (usually 5269).',
  SkypeSearchProxyPort: 'Port of the Skype directory search proxy.',
  Registrar: 'The next-hop Registrar of the Edge, written Registrar:<pool fqdn>; it must be a Registrar service of the topology.',
};

const parameters: Record<string, string> = {
  ...Object.fromEntries(ROLES.map((r) => [r, `Returns only the ${r} services.`])),
  ...EDGE_PORTS,
  AsXml: 'Returns the topology as an XML document (a string) that can be edited and handed to Publish-CsTopology.',
  Service: 'Tests one service, written <Role>:<pool fqdn> (for example Registrar:pool01.contoso.com), instead of the whole topology.',
  FileName: 'Path of the file to read or write. Paths stay inside the shell\'s working folder.',
  BackupFileName: 'Before publishing, the current topology is saved to this file.',
  Document: 'The topology document itself, as text, instead of a file.',
  FinalizeUninstall: 'Finishes removing servers that a previous publication took out of the topology.',
  SkipPrepareCheck: 'Skips the check that Active Directory was prepared.',
  Identity: 'Which object: a site name (Redmond), a pool or computer FQDN, a service written <Role>:<pool fqdn>, or a SIP domain name, depending on the cmdlet.',
  Filter: 'A wildcard pattern (* ? [a-z]) matched against the identity, without regard to case.',
  Site: 'Returns only the pools of this site (its name, for example Dublin).',
  Pool: 'Returns only the computers of this pool (its FQDN).',
  PoolFqdn: 'Returns only the services of this pool (its FQDN).',
  Local: 'Returns the computer the shell runs on (see Enter-PSSession to work on another one).',
  Description: 'Free text describing the site.',
  DisplayName: 'The name shown for the site.',
  FederationRoute: 'The Edge service that carries SIP federation traffic for the site, written EdgeServer:<edge pool fqdn>; $null removes the route.',
  XmppFederationRoute: 'The Edge service that carries XMPP federation traffic for the site, written EdgeServer:<edge pool fqdn>; $null removes the route.',
  DefaultPersistentChatPool: 'The Persistent Chat pool the site uses by default.',
  IsDefault: 'When $true, this SIP domain becomes the default one (the previous default loses the flag).',
  Name: 'The short name of a Windows service, for example RTCSRV or RTCXMPPTGWPX; wildcards are allowed with Get-CsWindowsService.',
  ComputerName: 'The topology computer whose services are read or changed; by default the computer the shell runs on.',
  InputObject: 'A service object from Get-CsWindowsService, usually sent through the pipeline.',
  NoWait: 'Returns at once instead of waiting for the service to change state.',
  Graceful: 'Lets existing sessions finish before the service stops.',
  LeaveClsAgentRunning: 'Keeps the Centralized Logging Service agent running when every service is stopped.',
  LeaveWebServerRunning: 'Keeps the web server running when every service is stopped.',
  ExcludeActivityLevel: 'Leaves out the activity level of each service, which is quicker.',
  ReplicaFqdn: 'The computer (replica) to report on or replicate to; by default all of them.',
  CentralManagementStoreStatus: 'Returns the state of the Central Management Store itself (master, file transfer agents, replicas) instead of one object per replica.',
  AsBytes: 'Returns the exported configuration as an array of bytes instead of writing a file.',
  ByteInput: 'An exported configuration as an array of bytes, from Export-CsConfiguration -AsBytes.',
};

const related = ['Get-CsTopology', 'Get-CsSite', 'Get-CsPool', 'Get-CsService', 'Get-CsComputer'];

help.push(...topologyHelp(parameters, {
  'Get-CsTopology': {
    synopsis: 'Returns the published topology: sites, pools, computers, services and SIP domains.',
    description:
      'The topology is what Topology Builder publishes to the Central Management Store: which sites exist, which pools serve them, which computers make up each pool and which services each pool runs. ' +
      'By default the cmdlet returns a summary object. With -AsXml it returns a document that lists every setting, which can be edited and published again with Publish-CsTopology.',
    examples: [
      { title: 'Summarise the topology', code: 'Get-CsTopology', remarks: 'Shows the sites, pools (clusters), computers, services and SIP domains of the deployment.', expect: { shows: ['Sites           : {Site:Redmond, Site:Dublin}', 'Clusters        : {pool01.contoso.com, pool02.contoso.com, edge01.contoso.com}', 'SipDomains      : {contoso.com}'] } },
      { title: 'Save the topology document', code: 'Get-CsTopology -AsXml | Set-Content -Path .\\topology.xml', remarks: 'Writes the topology as XML to a file in the working folder.', expect: { silent: true, after: [["(Get-Content .\\topology.xml -Raw) -match '<Topology'", 'True']] } },
    ],
    related: [...related, 'Publish-CsTopology'],
    outputs: 'A topology object, or an XML string with -AsXml.',
  },
  'Test-CsTopology': {
    synopsis: 'Checks that the published topology is consistent and its services can be reached.',
    description:
      'The test looks for broken links: site routes that name no Edge service, pools without computers, users homed on pools that are not Registrars. ' +
      'The result says Success, or Failure with the first problem found and how to repair it. With -Service only that service is tested.',
    examples: [
      { title: 'Test the whole topology', code: 'Test-CsTopology', remarks: 'On the demo deployment the result is Success.', expect: { shows: ['Target Fqdn   : pool01.contoso.com', 'Result        : Success'] } },
      { title: 'Test one service', code: 'Test-CsTopology -Service Registrar:pool01.contoso.com', remarks: 'Reports on the Registrar of pool01.', expect: { shows: ['Target Fqdn   : pool01.contoso.com', 'Result        : Success'] } },
    ],
    related: ['Get-CsTopology', 'Get-CsService'],
    outputs: 'A TaskOutput object with TargetFqdn, Result, Latency, Error and Diagnosis.',
  },
  'Publish-CsTopology': {
    synopsis: 'Publishes an edited topology document to the Central Management Store.',
    description:
      'Publishing replaces the settings of the sites and services with those in the document: the SIP domains, site descriptions and federation routes, Edge ports and external names, and whether the Edge pool federates with XMPP servers. ' +
      'Sites, pools, computers and services cannot be added or removed this way in the emulator. The change then replicates to every server; see Get-CsManagementStoreReplicationStatus.',
    examples: [
      {
        title: 'Publish the current topology again',
        code: 'Get-CsTopology -AsXml | Set-Content -Path .\\topology.xml\nPublish-CsTopology -FileName .\\topology.xml',
        remarks: 'Exports the topology, then publishes the same document unchanged.',
        expect: { silent: true, after: [['(Get-CsSite Redmond).XmppFederationRoute', 'EdgeServer:edge01.contoso.com']] },
      },
      {
        title: 'Keep a backup while publishing',
        code: 'Get-CsTopology -AsXml | Set-Content -Path .\\new-topology.xml\nPublish-CsTopology -FileName .\\new-topology.xml -BackupFileName .\\backup-topology.xml',
        remarks: 'The topology in force before publishing is written to backup-topology.xml first.',
        expect: { silent: true, after: [["(Get-Content .\\backup-topology.xml -Raw) -match '<Topology'", 'True']] },
      },
    ],
    related: ['Get-CsTopology', 'Enable-CsTopology'],
    outputs: 'None.',
  },
  'Enable-CsTopology': {
    synopsis: 'Puts a newly published topology into effect.',
    description: 'After Publish-CsTopology, enabling the topology creates the objects the servers need to start. Run it after every publication; running it again does no harm.',
    examples: [
      { title: 'Enable the topology', code: 'Enable-CsTopology', remarks: 'Use -Verbose to see what was enabled.', expect: { silent: true } },
      { title: 'See what would happen', code: 'Enable-CsTopology -WhatIf', remarks: 'Prints what the command would do and changes nothing.', expect: { shows: ['What if: Performing the operation "Enable-CsTopology" on target "Topology".'] } },
    ],
    related: ['Publish-CsTopology'],
    outputs: 'None.',
  },
  'Get-CsSite': {
    synopsis: 'Lists the sites of the topology with their pools and federation routes.',
    description:
      'A site groups pools in one location. Its FederationRoute and XmppFederationRoute name the Edge service that carries SIP and XMPP federation traffic for users homed in the site. ' +
      'Give the bare site name to -Identity (Redmond, not site:Redmond); the object shows itself as Site:Redmond.',
    examples: [
      { title: 'List the sites', code: 'Get-CsSite', remarks: 'The demo deployment has Redmond (SiteId 1) and Dublin (SiteId 2).', expect: { shows: ['Identity                  : Site:Redmond', 'SiteId                    : 1', 'Identity                  : Site:Dublin', 'SiteId                    : 2'] } },
      { title: 'Which Edge carries XMPP for Redmond?', code: 'Get-CsSite -Identity Redmond | Select-Object Identity, XmppFederationRoute', remarks: 'Shows EdgeServer:edge01.contoso.com.', expect: { shows: ['Identity     XmppFederationRoute', '--------     -------------------', 'Site:Redmond EdgeServer:edge01.contoso.com'] } },
    ],
    related: ['Set-CsSite', 'Get-CsPool'],
    outputs: 'Site objects.',
  },
  'Set-CsSite': {
    synopsis: 'Changes a site\'s description, display name, federation routes or Persistent Chat pool.',
    description:
      'The routes must name an Edge service of the topology, written EdgeServer:<edge pool fqdn>; any other value is refused and nothing changes. Give $null to remove a route. ' +
      'Without -Identity the site of the computer the shell runs on is changed.',
    examples: [
      { title: 'Route Dublin\'s XMPP traffic through the Edge', code: 'Set-CsSite -Identity Dublin -XmppFederationRoute EdgeServer:edge01.contoso.com', remarks: 'Dublin users can now reach XMPP partners through edge01 (their pool must still run the XMPP gateway).', expect: { silent: true, after: [['(Get-CsSite Dublin).XmppFederationRoute', 'EdgeServer:edge01.contoso.com']] } },
      { title: 'Describe a site', code: 'Set-CsSite -Identity Redmond -Description "Headquarters and Edge"', remarks: 'Only the description changes.', expect: { silent: true, after: [['$s = Get-CsSite Redmond; "$($s.Description)|$($s.XmppFederationRoute)"', 'Headquarters and Edge|EdgeServer:edge01.contoso.com']] } },
    ],
    related: ['Get-CsSite', 'Get-CsService'],
    outputs: 'None.',
  },
  'Get-CsPool': {
    synopsis: 'Lists the pools of the topology with their computers and services.',
    description: 'Front End pools home users; Edge pools connect the deployment to the internet. Each pool lists the computers it is made of and the services it runs.',
    examples: [
      { title: 'List every pool', code: 'Get-CsPool', remarks: 'pool01 and edge01 are in Redmond, pool02 is in Dublin.', expect: { shows: ['Identity  : pool01.contoso.com', 'Site      : Site:Redmond', 'Identity  : pool02.contoso.com', 'Site      : Site:Dublin', 'Identity  : edge01.contoso.com', 'Site      : Site:Redmond'] } },
      { title: 'Pools of one site', code: 'Get-CsPool -Site Dublin', remarks: 'Returns pool02.contoso.com only.', expect: { shows: ['Identity  : pool02.contoso.com', 'Computers : {fe03.contoso.com}', 'Site      : Site:Dublin'], after: [['@(Get-CsPool -Site Dublin).Count', '1']] } },
    ],
    related,
    outputs: 'Pool objects.',
  },
  'Get-CsService': {
    synopsis: 'Lists the services of the topology, or those of one role or pool.',
    description:
      'Every pool runs services such as Registrar, UserServer, WebServer or EdgeServer. A role switch (-EdgeServer, -Registrar, …) returns only that role; -PoolFqdn limits the list to one pool. ' +
      'The Edge service shows its ports, its external FQDNs and its XMPP settings.',
    examples: [
      { title: 'The Edge services', code: 'Get-CsService -EdgeServer', remarks: 'Shows edge01 with AccessEdgeExternalFqdn sip.contoso.com and XMPP port 5269.', expect: { shows: ['Identity                          : EdgeServer:edge01.contoso.com', 'AccessEdgeExternalFqdn            : sip.contoso.com', 'XmppListeningPort                 : 5269'] } },
      { title: 'Services of one pool', code: 'Get-CsService -PoolFqdn pool02.contoso.com | Select-Object Identity, Version', remarks: 'pool02 runs Skype for Business Server 2019 (Version 8).', expect: { shows: ['Identity                              Version', 'UserServer:pool02.contoso.com               8', 'Registrar:pool02.contoso.com                8'] } },
    ],
    related,
    outputs: 'Service objects.',
  },
  'Get-CsComputer': {
    synopsis: 'Lists the computers of the topology.',
    description: 'Each computer belongs to one pool. -Local returns the computer the shell runs on; -Pool the computers of one pool.',
    examples: [
      { title: 'Where am I?', code: 'Get-CsComputer -Local', remarks: 'The shell starts on fe01.contoso.com.', expect: { shows: ['Identity : fe01.contoso.com', 'Pool     : pool01.contoso.com'] } },
      { title: 'Computers of pool01', code: 'Get-CsComputer -Pool pool01.contoso.com', remarks: 'Returns fe01 and fe02.', expect: { shows: ['Identity : fe01.contoso.com', 'Identity : fe02.contoso.com'], after: [['@(Get-CsComputer -Pool pool01.contoso.com).Count', '2']] } },
      { title: 'A wildcard search', code: 'Get-CsComputer -Filter "fe*"', remarks: 'Every Front End computer.', expect: { shows: ['Identity : fe01.contoso.com', 'Identity : fe02.contoso.com', 'Identity : fe03.contoso.com', 'Pool     : pool02.contoso.com'] } },
    ],
    related,
    outputs: 'Computer objects.',
  },
  'Set-CsEdgeServer': {
    synopsis: 'Changes the ports and next-hop Registrar of an Edge service.',
    description: 'The Edge is identified as EdgeServer:<edge pool fqdn> or by its pool FQDN; without -Identity the only Edge service of the topology is changed. The change replicates to the Edge server.',
    examples: [
      { title: 'Use the standard XMPP port', code: 'Set-CsEdgeServer -Identity EdgeServer:edge01.contoso.com -XmppListeningPort 5269', remarks: 'XMPP servers on the internet connect to port 5269.', expect: { given: 'Set-CsEdgeServer -Identity edge01.contoso.com -XmppListeningPort 5270', silent: true, after: [['(Get-CsService -EdgeServer).XmppListeningPort', '5269']] } },
      { title: 'Change the next-hop pool', code: 'Set-CsEdgeServer -Identity edge01.contoso.com -Registrar Registrar:pool01.contoso.com', remarks: 'Traffic from the Edge goes to pool01.', expect: { given: 'Set-CsEdgeServer -Identity edge01.contoso.com -Registrar Registrar:pool02.contoso.com', silent: true, after: [['(Get-CsService -EdgeServer).Registrar', 'Registrar:pool01.contoso.com']] } },
    ],
    related: ['Get-CsService'],
    outputs: 'None.',
  },
  'Get-CsSipDomain': {
    synopsis: 'Lists the SIP domains of the deployment.',
    description: 'Users\' SIP addresses must use one of these domains; one of them is the default.',
    examples: [
      { title: 'List the SIP domains', code: 'Get-CsSipDomain', remarks: 'The demo deployment has contoso.com, the default.', expect: { shows: ['Identity  : contoso.com', 'Name      : contoso.com', 'IsDefault : True'], after: [['@(Get-CsSipDomain).Count', '1']] } },
      { title: 'Find the default domain', code: 'Get-CsSipDomain | Where-Object { $_.IsDefault }', remarks: 'Returns contoso.com.', expect: { shows: ['Identity  : contoso.com', 'IsDefault : True'] } },
    ],
    related: ['New-CsSipDomain', 'Set-CsSipDomain', 'Remove-CsSipDomain'],
    outputs: 'SipDomain objects.',
  },
  'New-CsSipDomain': {
    synopsis: 'Adds a SIP domain.',
    description: 'After adding a domain, users can get SIP addresses in it (Enable-CsUser, Set-CsUser). For federation the Edge certificate and external DNS must cover the new domain too.',
    examples: [
      { title: 'Add a domain', code: 'New-CsSipDomain -Identity fabrikam.com', remarks: 'fabrikam.com is added; contoso.com stays the default.', expect: { shows: ['Identity  : fabrikam.com', 'IsDefault : False'], after: [['Get-CsSipDomain | Where-Object IsDefault | ForEach-Object Identity', 'contoso.com']] } },
      { title: 'Add a domain and make it the default', code: 'New-CsSipDomain -Identity litware.com -IsDefault $true', remarks: 'litware.com becomes the default domain.', expect: { shows: ['Identity  : litware.com', 'IsDefault : True'], after: [['Get-CsSipDomain | Where-Object IsDefault | ForEach-Object Identity', 'litware.com']] } },
    ],
    related: ['Get-CsSipDomain', 'Set-CsSipDomain'],
    outputs: 'The new SipDomain object.',
  },
  'Set-CsSipDomain': {
    synopsis: 'Makes a SIP domain the default one.',
    description: 'There is always exactly one default SIP domain: to change it, set IsDefault on the new one. Clearing the flag of the current default is refused.',
    examples: [
      { title: 'Change the default domain', code: 'New-CsSipDomain -Identity fabrikam.com\nSet-CsSipDomain -Identity fabrikam.com -IsDefault $true', remarks: 'fabrikam.com becomes the default; contoso.com loses the flag.', expect: { after: [['Get-CsSipDomain | ForEach-Object { "$($_.Identity) $($_.IsDefault)" }', 'contoso.com False\nfabrikam.com True']] } },
      { title: 'Keep contoso.com as the default', code: 'Set-CsSipDomain -Identity contoso.com -IsDefault $true', remarks: 'Nothing changes: it is already the default.', expect: { silent: true, after: [['Get-CsSipDomain | Where-Object IsDefault | ForEach-Object Identity', 'contoso.com']] } },
    ],
    related: ['Get-CsSipDomain'],
    outputs: 'None.',
  },
  'Remove-CsSipDomain': {
    synopsis: 'Removes a SIP domain.',
    description: 'The default domain cannot be removed, nor a domain that users still have SIP addresses in.',
    examples: [
      { title: 'Remove an unused domain', code: 'New-CsSipDomain -Identity fabrikam.com\nRemove-CsSipDomain -Identity fabrikam.com', remarks: 'Adds then removes fabrikam.com.', expect: { after: [['@(Get-CsSipDomain -Identity fabrikam.com -ErrorAction SilentlyContinue).Count', '0']] } },
      { title: 'Preview a removal', code: 'New-CsSipDomain -Identity litware.com\nRemove-CsSipDomain -Identity litware.com -WhatIf', remarks: 'Shows what would be removed and keeps the domain.', expect: { shows: ['What if: Performing the operation "Remove-CsSipDomain" on target "litware.com".'], after: [['(Get-CsSipDomain litware.com).Name', 'litware.com']] } },
    ],
    related: ['Get-CsSipDomain', 'New-CsSipDomain'],
    outputs: 'None.',
  },
  'Get-CsWindowsService': {
    synopsis: 'Shows the state of the Skype for Business services on a computer.',
    description:
      'Lists the Windows services of the local computer, or of the computer given with -ComputerName: the Front-End (RTCSRV), the XMPP gateway (RTCXMPPTGW) on Front End servers, the XMPP proxy (RTCXMPPTGWPX) on the Edge, and others.',
    examples: [
      { title: 'Services of this computer', code: 'Get-CsWindowsService', remarks: 'Lists the services of fe01.contoso.com.', expect: { shows: ['Status   Name                 ActivityLevel', '------   ----                 -------------', 'Running  RTCSRV'], after: [['(Get-CsComputer -Local).Identity', 'fe01.contoso.com']] } },
      { title: 'The XMPP proxy on the Edge', code: 'Get-CsWindowsService -Name RTCXMPPTGWPX -ComputerName edge01.contoso.com', remarks: 'Shows whether the XMPP proxy is running.', expect: { shows: ['Status   Name                 ActivityLevel', 'Running  RTCXMPPTGWPX'] } },
      { title: 'Roles of the Front-End service', code: 'Get-CsWindowsService -Name RTCSRV | Select-Object -ExpandProperty RoleName', remarks: 'RoleName lists the topology roles a service hosts (Registrar and UserServer for RTCSRV).', expect: { shows: ['Registrar\nUserServer'] } },
      { title: 'Services of the application server role', code: 'Get-CsWindowsService | Where-Object {$_.RoleName -contains "ApplicationServer"}', remarks: 'Response Group, Call Park, the conferencing attendant and announcement services and others.', expect: { shows: ['Running  RTCHOST', 'Running  RTCRGS', 'Running  RTCCPS'] } },
    ],
    related: ['Start-CsWindowsService', 'Stop-CsWindowsService'],
    outputs: 'Service objects with Status, Name, ActivityLevel, DisplayName, RoleName and ComputerName.',
  },
  'Start-CsWindowsService': {
    synopsis: 'Starts Skype for Business services on a computer.',
    description: 'Without -Name every stopped Skype for Business service of the computer is started. Services piped from Get-CsWindowsService are started on their own computer.',
    examples: [
      { title: 'Start the XMPP proxy', code: 'Start-CsWindowsService -Name RTCXMPPTGWPX -ComputerName edge01.contoso.com', remarks: 'Nothing happens if it is already running.', expect: { given: 'Stop-CsWindowsService -Name RTCXMPPTGWPX -ComputerName edge01.contoso.com', silent: true, after: [['(Get-CsWindowsService -Name RTCXMPPTGWPX -ComputerName edge01.contoso.com).Status', 'Running']] } },
      { title: 'Start everything that is stopped', code: 'Get-CsWindowsService | Where-Object { $_.Status -eq "Stopped" } | Start-CsWindowsService', remarks: 'Starts every stopped service of this computer.', expect: { given: 'Stop-CsWindowsService -Name RTCIMMCU', silent: true, after: [['@(Get-CsWindowsService | Where-Object { $_.Status -eq "Stopped" }).Count', '0']] } },
    ],
    related: ['Get-CsWindowsService', 'Stop-CsWindowsService'],
    outputs: 'None.',
  },
  'Stop-CsWindowsService': {
    synopsis: 'Stops Skype for Business services on a computer.',
    description: 'Without -Name every Skype for Business service of the computer is stopped. Stopping the XMPP gateway or proxy breaks XMPP federation until they run again (see Test-CsXmppIM).',
    examples: [
      { title: 'Stop the XMPP gateway on fe02', code: 'Stop-CsWindowsService -Name RTCXMPPTGW -ComputerName fe02.contoso.com', remarks: 'The service shows Stopped afterwards.', expect: { silent: true, after: [['(Get-CsWindowsService -Name RTCXMPPTGW -ComputerName fe02.contoso.com).Status', 'Stopped']] } },
      { title: 'Preview a stop', code: 'Stop-CsWindowsService -Name RTCSRV -WhatIf', remarks: 'Shows what would be stopped and changes nothing.', expect: { shows: ['What if: Performing the operation "Stop-CsWindowsService" on target "RTCSRV (fe01.contoso.com)".'], after: [['(Get-CsWindowsService -Name RTCSRV).Status', 'Running']] } },
    ],
    related: ['Get-CsWindowsService', 'Start-CsWindowsService'],
    outputs: 'None.',
  },
  'Get-CsManagementStoreReplicationStatus': {
    synopsis: 'Shows whether every server has the latest copy of the configuration.',
    description:
      'Each server keeps a replica of the Central Management Store. UpToDate is False while a change (a publication, a site or Edge change) has not reached it yet; Invoke-CsManagementStoreReplication pushes it.',
    examples: [
      { title: 'Status of every replica', code: 'Get-CsManagementStoreReplicationStatus', remarks: 'One object per server.', expect: { shows: ['UpToDate           : True', 'ReplicaFqdn        : fe01.contoso.com', 'ReplicaFqdn        : fe02.contoso.com', 'ReplicaFqdn        : fe03.contoso.com', 'ReplicaFqdn        : edge01.contoso.com'] } },
      { title: 'Status of the Edge', code: 'Get-CsManagementStoreReplicationStatus -ReplicaFqdn edge01.contoso.com', remarks: 'The Edge receives the configuration over HTTPS from the master.', expect: { shows: ['UpToDate           : True', 'ReplicaFqdn        : edge01.contoso.com', 'ProductVersion     : 6.0.9319.0'] } },
      { title: 'The store itself', code: 'Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus', remarks: 'Shows the master and the list of replicas.', expect: { shows: ['ActiveMasterFqdn           : fe01.contoso.com', 'ActiveReplicas             : {fe01.contoso.com, fe02.contoso.com, fe03.contoso.com, edge01.contoso.com}'] } },
    ],
    related: ['Invoke-CsManagementStoreReplication'],
    outputs: 'Replica state objects.',
  },
  'Invoke-CsManagementStoreReplication': {
    synopsis: 'Replicates the configuration to the servers now.',
    description: 'Normally replication happens on its own within a minute; this cmdlet asks for it at once, for every server or for the one given with -ReplicaFqdn.',
    examples: [
      { title: 'Replicate everywhere', code: 'Invoke-CsManagementStoreReplication', remarks: 'Every replica becomes UpToDate.', expect: { given: 'Set-CsSite -Identity Redmond -Description "Redmond campus"', silent: true, after: [['Get-CsManagementStoreReplicationStatus | ForEach-Object { "$($_.ReplicaFqdn) $($_.UpToDate)" }', 'fe01.contoso.com True\nfe02.contoso.com True\nfe03.contoso.com True\nedge01.contoso.com True']] } },
      { title: 'Replicate to the Edge', code: 'Invoke-CsManagementStoreReplication -ReplicaFqdn edge01.contoso.com', remarks: 'Only the Edge is updated.', expect: { given: 'Set-CsSite -Identity Redmond -Description "Redmond campus"', silent: true, after: [['Get-CsManagementStoreReplicationStatus | ForEach-Object { "$($_.ReplicaFqdn) $($_.UpToDate)" }', 'fe01.contoso.com False\nfe02.contoso.com False\nfe03.contoso.com False\nedge01.contoso.com True']] } },
    ],
    related: ['Get-CsManagementStoreReplicationStatus'],
    outputs: 'None.',
  },
  'Export-CsConfiguration': {
    synopsis: 'Saves the configuration to a file that Import-CsConfiguration can restore.',
    description: 'The file holds every configuration document (policies, XMPP partners, Edge settings, …), the SIP domains and the sites\' routes. Keep it as a backup before large changes.',
    examples: [
      { title: 'Back up the configuration', code: 'Export-CsConfiguration -FileName C:\\Backup\\config.zip', remarks: 'Writes the backup into the folder C:\\Backup, which must already exist.', expect: { silent: true, after: [['Test-Path C:\\Backup\\config.zip', 'True']] } },
      { title: 'Keep the backup in a variable', code: '$backup = Export-CsConfiguration -AsBytes', remarks: 'The bytes can be given to Import-CsConfiguration -ByteInput.', expect: { silent: true, after: [['$backup.GetType().FullName', 'System.Byte[]']] } },
    ],
    related: ['Import-CsConfiguration'],
    outputs: 'None, or an array of bytes with -AsBytes.',
  },
  'Import-CsConfiguration': {
    synopsis: 'Restores the configuration from an export.',
    description: 'Everything the export holds replaces the current configuration, in one step: if the file cannot be read, nothing changes.',
    examples: [
      {
        title: 'Undo changes made after a backup',
        code: 'Export-CsConfiguration -FileName C:\\Backup\\config.zip\nNew-CsXmppAllowedPartner -Identity jabber.org\nImport-CsConfiguration -FileName C:\\Backup\\config.zip',
        remarks: 'The partner created after the backup is gone again.',
        expect: { shows: ['Identity                   : jabber.org'], after: [['@(Get-CsXmppAllowedPartner).Count', '0']] },
      },
      { title: 'Restore from bytes', code: '$backup = Export-CsConfiguration -AsBytes\nImport-CsConfiguration -ByteInput $backup -LocalStore', remarks: 'Restores the configuration kept in a variable.', expect: { given: 'New-CsAllowedDomain -Identity fabrikam.com | Out-Null', silent: true, after: [['(Get-CsAllowedDomain).Identity', 'fabrikam.com']] } },
    ],
    related: ['Export-CsConfiguration'],
    outputs: 'None.',
  },
}));
