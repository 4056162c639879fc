// Help for the certificate cmdlets, in our own words. Each example runs on a fresh demo store
// (the shell starts on fe01.contoso.com; the Edge examples first enter a session on the Edge Server).

import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const LAB_CA = 'ca.contoso.com\\Contoso Lab CA';

help.push(['Request-CsCertificate', {
  synopsis: 'Creates a certificate request (with a new private key) for the server the shell runs on, lists, checks and clears pending requests.',
  description:
    'With -New, the cmdlet reads the topology to decide which names the certificate needs for the uses given with -Type, creates an RSA key on the ' +
    'computer and a PKCS#10 request signed with it. For Edge external uses the subject is the Access Edge external FQDN, repeated as the first ' +
    'subject alternative name, followed by the Web Conferencing Edge FQDN and sip.<SIP domain>; XMPPServer adds the SIP domain itself. Front End ' +
    'uses are named after the pool, the server and sip.<SIP domain>. -Output writes the request as a PEM file to send to a certification ' +
    `authority. With -CA "${LAB_CA}" the request goes to the lab certification authority built into this store, which issues the ` +
    'certificate at once and installs it with its key; when -Output is also given, the issued certificate is written next to the request ' +
    '(same name, .cer) together with the lab CA certificate (ContosoLabCA.cer), so other tools such as OpenSSL can verify it. ' +
    'Pending requests keep their key until the issued certificate is imported with Import-CsCertificate. -List shows requests (issued ones with the ' +
    'thumbprint of their certificate), -Retrieve reports which ones were issued, -Clear deletes them with their keys.',
  parameters: {
    New: 'Creates a new request. Use with -Type.',
    Type: 'The uses the certificate is for, as a comma-separated list (Default, WebServicesInternal, WebServicesExternal, Internal, AccessEdgeExternal, DataEdgeExternal, AudioVideoAuthentication, XMPPServer, OAuthTokenIssuer).',
    CA: `Sends the request to a certification authority online. The lab certification authority of this shell is "${LAB_CA}".`,
    Output: 'Writes the request (PEM, PKCS#10) to this file, for an offline request.',
    DomainName: 'Extra subject alternative names, as one comma-separated string, for example "xmpp.contoso.com,*.contoso.com".',
    AllSipDomain: 'Adds names for every SIP domain of the deployment, not only the default one.',
    ComputerFqdn: 'Names the certificate for another computer of the topology instead of this one: its FQDN, or its short name (edge01) when no other computer has it.',
    FriendlyName: 'A label kept with the key and the certificate.',
    KeySize: 'RSA key length: 1024, 2048 (default) or 4096 bits.',
    KeyAlg: 'Key algorithm. Only RSA is supported by this shell.',
    PrivateKeyExportable: 'Marks the private key as exportable, needed when the same certificate goes on several servers of a pool.',
    ClientEKU: 'Adds client authentication to the extended key usage, besides server authentication.',
    Organization: 'Organization (O) of the subject.',
    OU: 'Organizational unit (OU) of the subject.',
    City: 'City or locality (L) of the subject.',
    State: 'State or province (S) of the subject.',
    Country: 'Two-letter country code (C) of the subject.',
    List: 'Lists the requests made on this computer.',
    Retrieve: 'Reports for each pending request whether its certificate was issued and imported.',
    Clear: 'Deletes requests and their private keys.',
    RequestId: 'With -List, -Retrieve or -Clear: the request to act on.',
  },
  examples: [
    {
      title: 'Request a Front End certificate from the lab CA',
      code: `Request-CsCertificate -New -Type Default,WebServicesInternal,WebServicesExternal -CA "${LAB_CA}" -FriendlyName "pool01 2026"\nRequest-CsCertificate -List`,
      remarks: 'The lab CA issues the certificate immediately and installs it on fe01.contoso.com; the list shows its thumbprint.',
      expect: { shows: ['Status           : Issued', 'Use              : {Default, WebServicesInternal, WebServicesExternal}', 'Subject          : CN=pool01.contoso.com', 'FriendlyName     : pool01 2026'] },
    },
    {
      title: 'Write an offline request for the Edge external interface with XMPP names',
      code: 'Enter-PSSession -ComputerName edge01.contoso.com\nRequest-CsCertificate -New -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XMPPServer -DomainName "xmpp.contoso.com" -Organization Contoso -Country US -Output .\\edge-external.req\nExit-PSSession',
      remarks: 'The request names sip.contoso.com, webcon.contoso.com, contoso.com and xmpp.contoso.com; send the file to a public certification authority.',
      expect: { silent: true, after: [['Get-Content .\\edge-external.req -TotalCount 1', '-----BEGIN CERTIFICATE REQUEST-----'], ['Enter-PSSession edge01.contoso.com; (Request-CsCertificate -List).AlternativeNames -join ","; Exit-PSSession', 'sip.contoso.com,webcon.contoso.com,contoso.com,xmpp.contoso.com']] },
    },
  ],
  related: ['Import-CsCertificate', 'Set-CsCertificate', 'Get-CsCertificate'],
}]);

help.push(['Import-CsCertificate', {
  synopsis: "Imports a certificate file into the computer's certificate store, or into the Central Management Store.",
  description:
    'Reads a PFX/PKCS#12 file (give its password with -Password), a PEM or DER certificate, or a PKCS#7 chain. A certificate that comes without ' +
    'its private key is accepted when it answers a pending request made with Request-CsCertificate on this computer: the key of that request ' +
    'joins it. Other certificates of a chain are stored next to it. With -Identity Global and -Type the certificate is stored in the Central ' +
    'Management Store and assigned at once (for OAuthTokenIssuer). The command writes nothing to the pipeline; assign the certificate with Set-CsCertificate.',
  parameters: {
    Path: 'The certificate file (.pfx, .p12, .cer, .crt, .pem, .p7b).',
    Password: 'The password protecting a PFX file.',
    PrivateKeyExportable: 'Marks the imported private key as exportable.',
    Identity: 'Global, to import into the Central Management Store.',
    Type: 'With -Identity Global: the uses to assign the certificate to.',
    Roll: 'With -Identity Global: schedule the new certificate to take over at -EffectiveDate.',
    EffectiveDate: 'With -Roll: when the new certificate takes over.',
    Force: 'With -Identity Global: assign even a certificate outside its validity period (with a warning).',
  },
  examples: [
    {
      title: 'Import the issued response to a request',
      code: `Request-CsCertificate -New -Type Default -CA "${LAB_CA}" -Output .\\fe01.req\nImport-CsCertificate -Path .\\fe01.cer`,
      remarks: 'The issued certificate (fe01.cer) is paired with the key kept on fe01.contoso.com.',
      expect: { silent: true, after: [['(Request-CsCertificate -List).Status', 'Issued']] },
    },
    {
      title: 'Make the key of an imported certificate exportable',
      code: 'Import-CsCertificate -Path .\\fe01.cer -PrivateKeyExportable $true -Verbose',
      remarks: 'Importing the same certificate again keeps its key and updates the export flag. A PFX file is imported the same way, with -Password.',
      expect: { given: `Request-CsCertificate -New -Type Default -CA "${LAB_CA}" -Output .\\fe01.req\nImport-CsCertificate -Path .\\fe01.cer`, shows: ['VERBOSE: Certificate ', ' was imported into the certificate store of fe01.contoso.com.'] },
    },
  ],
  related: ['Request-CsCertificate', 'Set-CsCertificate'],
}]);

help.push(['Get-CsCertificate', {
  synopsis: 'Lists the certificates assigned to uses on this computer (and the global ones it uses).',
  description:
    'Returns one CertificateReference object per assigned use: a certificate assigned to three uses appears three times. Each object shows the ' +
    'certificate (Issuer, NotAfter, NotBefore, SerialNumber, Subject, AlternativeNames, Thumbprint) and the assignment (EffectiveDate, ' +
    'PreviousThumbprint, UpdateTime, Use, SourceScope). Global assignments come after the local ones with SourceScope Global. Private keys are never shown.',
  parameters: {
    Type: 'Only these uses.',
    Identity: 'Global, to list only the assignments kept in the Central Management Store.',
  },
  examples: [
    {
      title: 'Show the certificates of this server',
      code: `Request-CsCertificate -New -Type Default,WebServicesInternal -CA "${LAB_CA}"\n$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nSet-CsCertificate -Type Default,WebServicesInternal -Thumbprint $t\nGet-CsCertificate`,
      remarks: 'Two objects, one per use, with the same thumbprint.',
      expect: { shows: ['Issuer             : CN=Contoso Lab CA, O=Contoso', 'Use                : Default', 'Use                : WebServicesInternal'], after: [['@(Get-CsCertificate).Count', '2'], ['@(Get-CsCertificate | Where-Object Thumbprint -eq $t).Count', '2']] },
    },
    {
      title: 'Check the XMPP certificate on the Edge Server',
      code: 'Enter-PSSession -ComputerName edge01.contoso.com\nGet-CsCertificate -Type XMPPServer | Select-Object Thumbprint, NotAfter, AlternativeNames\nExit-PSSession',
      remarks: 'Nothing is listed until a certificate is assigned to XMPPServer on edge01.contoso.com.',
      expect: { silent: true },
    },
  ],
  related: ['Set-CsCertificate', 'Remove-CsCertificate'],
}]);

help.push(['Set-CsCertificate', {
  synopsis: 'Assigns a certificate of the local store to one or more uses.',
  description:
    'The certificate must be in the certificate store of this computer (or of the Central Management Store with -Identity Global), carry its ' +
    'private key and be inside its validity period (-Force assigns an expired or not-yet-valid certificate with a warning). Edge uses ' +
    '(AccessEdgeExternal, DataEdgeExternal, AudioVideoAuthentication, XMPPServer, Internal) are refused on a computer without the EdgeServer role. ' +
    'For XMPPServer and AccessEdgeExternal a warning names each required host the certificate does not cover: the Access Edge external FQDN and, for ' +
    'XMPPServer, every SIP domain. With -Roll -EffectiveDate the current certificate keeps serving until that date; the replaced thumbprint is ' +
    'kept as PreviousThumbprint.',
  parameters: {
    Type: 'The uses, as a comma-separated list.',
    Thumbprint: 'Thumbprint of the certificate (spaces and colons are ignored).',
    Reference: 'A CertificateReference from Get-CsCertificate (pipeline input); its Use is taken when -Type is not given.',
    Identity: 'Global, for certificates of the Central Management Store.',
    Path: 'With -Identity Global: a PFX file to import and assign in one step.',
    Password: 'Password of the -Path file.',
    Roll: 'Schedules the change for -EffectiveDate instead of making it now.',
    EffectiveDate: 'When a rolled certificate takes over.',
    Force: 'Assigns a certificate outside its validity period, with a warning.',
  },
  examples: [
    {
      title: 'Assign a lab certificate to the XMPP proxy on the Edge Server',
      code: `Enter-PSSession -ComputerName edge01.contoso.com\nRequest-CsCertificate -New -Type AccessEdgeExternal,XMPPServer -CA "${LAB_CA}"\n$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nSet-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XMPPServer -Thumbprint $t\nExit-PSSession`,
      remarks: 'One certificate serves the external Edge interface and the XMPP proxy.',
      expect: { silent: true, after: [['Enter-PSSession edge01.contoso.com; (Get-CsCertificate | Where-Object Thumbprint -eq $t | ForEach-Object Use) -join ","; Exit-PSSession', 'AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XMPPServer']] },
    },
    {
      title: 'Roll the Default certificate over next week',
      code: `Request-CsCertificate -New -Type Default -CA "${LAB_CA}"\n$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nSet-CsCertificate -Type Default -Thumbprint $t -Roll -EffectiveDate (Get-Date).AddDays(7)`,
      remarks: 'Until the date, the certificate assigned before keeps serving; Get-CsCertificate shows it as PreviousThumbprint.',
      expect: { given: `Request-CsCertificate -New -Type Default -CA "${LAB_CA}"\n$before = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nSet-CsCertificate -Type Default -Thumbprint $before`, silent: true, after: [['$c = Get-CsCertificate -Type Default; "$($c.Thumbprint -eq $t) $($c.PreviousThumbprint -eq $before) $($c.EffectiveDate.Date -eq (Get-Date).AddDays(7).Date)"', 'True True True']] },
    },
  ],
  related: ['Get-CsCertificate', 'Import-CsCertificate', 'Remove-CsCertificate'],
}]);

help.push(['Remove-CsCertificate', {
  synopsis: 'Removes the assignment of a certificate to a use (the certificate stays in the store).',
  description:
    'Removes what Set-CsCertificate assigned. Because a removed assignment stops the service that uses it, the cmdlet asks for confirmation; ' +
    '-Force skips the question. -Previous only drops the PreviousThumbprint kept by a rollover.',
  parameters: {
    Type: 'The uses to unassign.',
    Identity: 'Global, for assignments of the Central Management Store.',
    Previous: 'Removes only the previous certificate of a rollover.',
    Force: 'Does not ask for confirmation.',
  },
  examples: [
    {
      title: 'Unassign the Web Services certificates',
      code: `Request-CsCertificate -New -Type WebServicesInternal -CA "${LAB_CA}"\nSet-CsCertificate -Type WebServicesInternal -Thumbprint (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nRemove-CsCertificate -Type WebServicesInternal -Force`,
      remarks: 'Get-CsCertificate no longer lists WebServicesInternal.',
      expect: { silent: true, after: [['@(Get-CsCertificate -Type WebServicesInternal).Count', '0']] },
    },
    {
      title: 'Forget the previous certificate after a replacement',
      code: `Request-CsCertificate -New -Type Default -CA "${LAB_CA}"\nSet-CsCertificate -Type Default -Thumbprint (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nRequest-CsCertificate -New -Type Default -CA "${LAB_CA}"\nSet-CsCertificate -Type Default -Thumbprint (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nRemove-CsCertificate -Type Default -Previous`,
      remarks: 'The second assignment keeps the first thumbprint as PreviousThumbprint; -Previous clears it and leaves the current certificate assigned.',
      expect: { silent: true, after: [['$c = Get-CsCertificate -Type Default; "$([bool]$c.Thumbprint) $([bool]$c.PreviousThumbprint)"', 'True False']] },
    },
  ],
  related: ['Set-CsCertificate', 'Get-CsCertificate'],
}]);

help.push(['Test-CsCertificateConfiguration', {
  synopsis: 'Lists the uses this computer needs certificates for and whether each has one.',
  description:
    'Returns one CertificateExists object per use the roles of this computer need: Default, WebServicesInternal, WebServicesExternal and the ' +
    'global OAuthTokenIssuer on a Front End; Internal, AccessEdgeExternal, DataEdgeExternal, AudioVideoAuthentication (and XMPPServer when XMPP ' +
    'federation is enabled) on an Edge Server. Each object has Use, Thumbprint and Exists.',
  parameters: {
    Report: 'Path of a report file written after the run (XML when the name ends in .xml, otherwise HTML), listing each use checked and any error.',
  },
  examples: [
    {
      title: 'Find missing certificates on this Front End',
      code: 'Test-CsCertificateConfiguration | Where-Object { -not $_.Exists }',
      remarks: 'Lists the uses still without a certificate.',
      expect: { shows: ['Use        : Default', 'Exists     : False', 'Use        : WebServicesInternal', 'Use        : OAuthTokenIssuer'], after: [['@(Test-CsCertificateConfiguration | Where-Object Exists).Count', '0']] },
    },
    {
      title: 'Check the Edge Server',
      code: 'Enter-PSSession -ComputerName edge01.contoso.com\nTest-CsCertificateConfiguration\nExit-PSSession',
      remarks: 'Shows the Edge uses, including XMPPServer because XMPP federation is enabled on edge01.',
      expect: { shows: ['Use        : Internal', 'Use        : AccessEdgeExternal', 'Use        : XMPPServer'] },
    },
  ],
  related: ['Get-CsCertificate'],
}]);
