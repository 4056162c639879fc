// Help for the user cmdlets, in our own words. Every example runs on a fresh demo store.
import { topologyHelp } from './topologyFamilyHelp.js';
import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const parameters: Record<string, string> = {
  Identity:
    'The user, in any of the forms admins type: the SIP address (sip:kenmyer@contoso.com, with or without sip:), the user principal name (kenmyer@contoso.com), DOMAIN\\account (CONTOSO\\kenmyer), the display name (Ken Myer, with * wildcards such as "Ken*" or "* Ackerman"), or the distinguished name.',
  Filter:
    'A filter on the user properties, written like a script block: {ExternalAccessPolicy -eq $null}, {RegistrarPool -eq "pool01.contoso.com"}, {DisplayName -like "K*" -and EnterpriseVoiceEnabled -eq $true}. Directory attributes such as Department, City and Title can be named too. Operators: -eq -ne -like -notlike -lt -gt -le -ge -and -or -not.',
  LdapFilter:
    'An LDAP filter on the Active Directory attributes of the account, such as (department=Sales), (l=Redmond) or (&(department=Finance)(title=*Analyst)); the outer parentheses may be left out (l=Redmond). Attribute names are not case-sensitive; * matches any text, (title=*) any account with a title, and ! negates.',
  LDAPFilter:
    'An LDAP filter on the Active Directory attributes of the account, such as (department=Sales), (l=Redmond) or (&(department=Finance)(title=*Analyst)); the outer parentheses may be left out (l=Redmond). Attribute names are not case-sensitive; * matches any text, (title=*) any account with a title, and ! negates.',
  OU: 'Returns only accounts in this organizational unit (and below), for example OU=Redmond,DC=contoso,DC=com.',
  UnAssignedUser: 'Returns only users enabled for Skype for Business but not homed on any Registrar pool.',
  OnOfficeCommunicationServer: 'Returns only users homed on the on-premises deployment; every emulated user is.',
  OnLyncServer: 'Returns only users homed on the on-premises deployment; every emulated user is.',
  OnModernServer: 'Returns only users homed on a current on-premises pool; every emulated user is.',
  RegistrarPool: 'The Front End pool that will home the user (its FQDN); it must run a Registrar.',
  SipAddressType: 'How to build the SIP address when -SipAddress is not given: FirstLastName (first and last name joined, with -SipDomain), EmailAddress, UserPrincipalName, or SamAccountName (with -SipDomain).',
  SipDomain: 'The SIP domain used with -SipAddressType FirstLastName or SamAccountName.',
  SipAddress: 'The SIP address, for example sip:nora@contoso.com. Its domain must be a SIP domain of the deployment and no other user may have it.',
  HostingProviderProxyFqdn: 'For users homed with a hosting provider: the provider\'s proxy FQDN.',
  ProxyPool: 'A pool that relays the user\'s traffic; not used by the emulator.',
  Enabled: 'When $false the user keeps the SIP address and settings but cannot sign in; $true allows sign-in again.',
  AudioVideoDisabled: 'When $true the user cannot make audio or video calls.',
  EnterpriseVoiceEnabled: 'When $true the user can place and receive phone calls through Enterprise Voice.',
  HostedVoiceMail: 'When $true voice mail is provided by a hosted Exchange service.',
  LineURI: 'The user\'s phone number as a tel: URI, for example tel:+14255550123; an empty value removes it.',
  LineServerURI: 'The URI of the user\'s remote call control gateway.',
  PrivateLine: 'A private phone line, as a tel: URI.',
  OnPremLineURI: 'The phone number assigned on premises, as a tel: URI.',
  RemoteCallControlTelephonyEnabled: 'When $true the user controls a desk phone from the client.',
  ExchangeArchivingPolicy: 'Where instant messages are archived: Uninitialized, UseLyncArchivingPolicy, NoArchiving, ArchivingToExchange.',
  AcpInfo: 'Audio conferencing provider details; not used by the emulator.',
  Target: 'The Registrar pool to move the users to (its FQDN).',
  UserList: 'A text file with one user identity per line, all moved to -Target.',
  MoveToTeams: 'Moves the user to the online service; not available in an on-premises-only deployment.',
  MoveConferenceData: 'Moves the user\'s scheduled meetings along with the user.',
  Force: 'Moves the user even when the user\'s data cannot be moved (it is then lost).',
  HostedMigrationOverrideUrl: 'Online migration endpoint; not used on premises.',
  UseOAuth: 'Uses OAuth for an online move; not used on premises.',
  BypassAudioConferencingCheck: 'Skips the audio conferencing check of an online move.',
  BypassEnterpriseVoiceCheck: 'Skips the Enterprise Voice check of an online move.',
  TenantAdminUserName: 'Online administrator account for an online move.',
  IgnoreBackendStoreException: 'Continues a move when the user store of the old pool cannot be reached.',
  AccessTokens: 'Tokens for an online move.',
  UseLegacyMode: 'Uses the older move procedure.',
  PolicyName: 'The per-user policy to assign, without or with the tag: prefix (XmppUsers or tag:XmppUsers). $null removes the assignment, so the site or global policy applies again.',
};

const related = ['Get-CsUser', 'Enable-CsUser', 'Set-CsUser', 'Move-CsUser', 'Disable-CsUser'];

help.push(...topologyHelp(parameters, {
  'Get-CsUser': {
    synopsis: 'Returns the users enabled for Skype for Business.',
    description:
      'Only accounts with a SIP address are returned; use Get-CsAdUser for every Active Directory account. Without parameters every user is returned. ' +
      'Narrow the list with -Identity, a property -Filter, an -LdapFilter on directory attributes such as department or city, an -OU, or -ResultSize.',
    examples: [
      { title: 'One user', code: 'Get-CsUser -Identity "sip:kenmyer@contoso.com"', remarks: 'The same user is found with kenmyer@contoso.com, "Ken Myer" or CONTOSO\\kenmyer.', expect: { shows: ['Identity                : CN=Ken Myer,OU=Redmond,DC=contoso,DC=com', 'SipAddress              : sip:kenmyer@contoso.com', 'DisplayName             : Ken Myer'], after: [['(Get-CsUser "CONTOSO\\kenmyer").DisplayName', 'Ken Myer']] } },
      { title: 'Users without a per-user external access policy', code: 'Get-CsUser -Filter {ExternalAccessPolicy -eq $null} | Select-Object DisplayName, RegistrarPool', remarks: 'They follow their site\'s policy, or the global one.', expect: { shows: ['DisplayName      RegistrarPool', 'Ken Myer         pool01.contoso.com'], after: [['@(Get-CsUser -Filter {ExternalAccessPolicy -eq $null}).Count -eq @(Get-CsUser).Count', 'True']] } },
      { title: 'Everyone in Sales', code: 'Get-CsUser -LdapFilter "(department=Sales)" | Select-Object DisplayName, SipAddress', remarks: 'Department is a directory attribute, so it is searched with an LDAP filter.', expect: { shows: ['DisplayName     SipAddress', 'Ken Myer        sip:kenmyer@contoso.com', 'David Longmuir  sip:davidl@contoso.com'] } },
      { title: 'Everyone in Redmond with a title ending in Engineer', code: 'Get-CsUser -LdapFilter "&(l=Redmond)(title=*Engineer)" | Select-Object DisplayName', remarks: 'The outer parentheses of the filter may be left out.', expect: { shows: ['DisplayName', 'Jeff Phillips', 'Marcus Webb'], after: [['@(Get-CsUser -LdapFilter "(&(l=Redmond)(title=*Engineer))").Count', '8']] } },
      { title: 'The first five users of pool02', code: 'Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"} -ResultSize 5', remarks: 'At most five users are returned.', expect: { shows: ['Identity                : CN=Pilar Ackerman,OU=Dublin,DC=contoso,DC=com', 'RegistrarPool           : pool02.contoso.com'], after: [['@(Get-CsUser -Filter {RegistrarPool -eq "pool02.contoso.com"} -ResultSize 5).Count', '5']] } },
    ],
    related,
    outputs: 'User objects (Microsoft.Rtc.Management.ADConnect.Schema.ADUser).',
  },
  'Get-CsAdUser': {
    synopsis: 'Returns Active Directory accounts, whether or not they are enabled for Skype for Business.',
    description: 'Useful to find accounts to enable: those whose SipAddress is empty are not enabled yet.',
    examples: [
      { title: 'Accounts not enabled yet', code: 'Get-CsAdUser | Where-Object { -not $_.SipAddress } | Select-Object DisplayName, Department', remarks: 'The demo directory has four such accounts.', expect: { shows: ['DisplayName   Department', 'Nora Lindgren Sales', 'Tomas Hruby   Engineering', 'Lena Fischer  Finance', 'Ravi Patel    Support'] } },
      { title: 'Accounts in Dublin', code: 'Get-CsAdUser -LDAPFilter "(l=Dublin)"', remarks: 'City is the l attribute.', expect: { shows: ['Identity            : CN=Pilar Ackerman,OU=Dublin,DC=contoso,DC=com', 'City                : Dublin'], after: [['@(Get-CsAdUser -LDAPFilter "(l=Dublin)" | Where-Object City -ne Dublin).Count', '0']] } },
    ],
    related: ['Get-CsUser', 'Enable-CsUser'],
    outputs: 'Account objects (Microsoft.Rtc.Management.ADConnect.Schema.CSADUser).',
  },
  'Enable-CsUser': {
    synopsis: 'Enables an Active Directory account for Skype for Business.',
    description:
      'The account gets a SIP address and a home pool. Give the SIP address with -SipAddress, or say how to build it with -SipAddressType (and -SipDomain where needed). ' +
      'An account that is already enabled is left as it is, with a warning.',
    examples: [
      { title: 'Enable with an explicit address', code: 'Enable-CsUser -Identity "Nora Lindgren" -RegistrarPool pool01.contoso.com -SipAddress sip:noral@contoso.com', remarks: 'Nora can now sign in to pool01.', expect: { silent: true, after: [['$u = Get-CsUser "Nora Lindgren"; "$($u.SipAddress) $($u.RegistrarPool)"', 'sip:noral@contoso.com pool01.contoso.com']] } },
      { title: 'Build the address from the names', code: 'Enable-CsUser -Identity "Tomas Hruby" -RegistrarPool pool02.contoso.com -SipAddressType FirstLastName -SipDomain contoso.com -PassThru', remarks: 'The new address is sip:tomashruby@contoso.com; -PassThru shows the user.', expect: { shows: ['Identity                : CN=Tomas Hruby,OU=Dublin,DC=contoso,DC=com', 'RegistrarPool           : pool02.contoso.com', 'SipAddress              : sip:tomashruby@contoso.com'] } },
    ],
    related,
    outputs: 'None, or the user with -PassThru.',
  },
  'Disable-CsUser': {
    synopsis: 'Removes a user\'s Skype for Business settings.',
    description: 'The account stays in Active Directory but loses its SIP address, home pool, phone number and policy assignments. Compare Set-CsUser -Enabled $false, which keeps them.',
    examples: [
      { title: 'Disable a user', code: 'Disable-CsUser -Identity "Olivia Grant"', remarks: 'Get-CsUser no longer returns her; Get-CsAdUser still does.', expect: { silent: true, after: [['@(Get-CsUser -Filter {DisplayName -eq "Olivia Grant"}).Count', '0'], ['(Get-CsAdUser "Olivia Grant").DisplayName', 'Olivia Grant']] } },
      { title: 'Preview first', code: 'Disable-CsUser -Identity "sip:davidl@contoso.com" -WhatIf', remarks: 'Shows what would be removed and changes nothing.', expect: { shows: ['What if: Performing the operation "Disable-CsUser" on target "CN=David Longmuir,OU=Redmond,DC=contoso,DC=com".'], after: [['(Get-CsUser sip:davidl@contoso.com).DisplayName', 'David Longmuir']] } },
    ],
    related,
    outputs: 'None, or the account with -PassThru.',
  },
  'Set-CsUser': {
    synopsis: 'Changes a user\'s Skype for Business settings.',
    description: 'Changes the Enabled flag, the SIP address, Enterprise Voice, the phone number and similar settings of a user who is already enabled.',
    examples: [
      { title: 'Give a user a phone number', code: 'Set-CsUser -Identity "Jeff Phillips" -EnterpriseVoiceEnabled $true -LineURI "tel:+14255550177"', remarks: 'Jeff can now make phone calls.', expect: { silent: true, after: [['$u = Get-CsUser "Jeff Phillips"; "$($u.EnterpriseVoiceEnabled) $($u.LineURI)"', 'True tel:+14255550177']] } },
      { title: 'Stop a user from signing in', code: 'Set-CsUser -Identity "sip:anat@contoso.com" -Enabled $false', remarks: 'The account keeps its settings; Enabled becomes False.', expect: { silent: true, after: [['(Get-CsUser sip:anat@contoso.com).Enabled', 'False']] } },
    ],
    related,
    outputs: 'None, or the user with -PassThru.',
  },
  'Move-CsUser': {
    synopsis: 'Moves users to another Registrar pool.',
    description:
      'The user is re-homed on the -Target pool. Note that a user moved to a Skype for Business Server 2019 pool loses XMPP federation, which only Lync Server 2013 and Skype for Business Server 2015 pools provide.',
    examples: [
      { title: 'Move one user', code: 'Move-CsUser -Identity "Pilar Ackerman" -Target pool01.contoso.com -Confirm:$false', remarks: 'Pilar is now homed on pool01 in Redmond.', expect: { silent: true, after: [['(Get-CsUser "Pilar Ackerman").RegistrarPool', 'pool01.contoso.com']] } },
      { title: 'Move every Finance user of Dublin', code: 'Get-CsUser -LdapFilter "(&(department=Finance)(l=Dublin))" | Move-CsUser -Target pool01.contoso.com -Confirm:$false', remarks: 'Each user piped in is moved.', expect: { silent: true, after: [['Get-CsUser -LdapFilter "(&(department=Finance)(l=Dublin))" | Where-Object RegistrarPool -ne pool01.contoso.com | Measure-Object | ForEach-Object Count', '0']] } },
    ],
    related,
    outputs: 'None, or the users with -PassThru.',
  },
  'Grant-CsExternalAccessPolicy': {
    synopsis: 'Assigns a per-user external access policy to users, or removes the assignment.',
    description:
      'Only per-user policies (tag:<name>) can be granted; granting Global, a site policy or a name that does not exist is refused. ' +
      'A user with a per-user policy follows it instead of the site or global policy; -PolicyName $null removes the assignment. Users can be piped in from Get-CsUser.',
    examples: [
      {
        title: 'Let Ken Myer use XMPP',
        code: 'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true\nGrant-CsExternalAccessPolicy -Identity "sip:kenmyer@contoso.com" -PolicyName XmppUsers',
        remarks: 'Ken\'s ExternalAccessPolicy property now shows XmppUsers.',
        expect: { after: [['(Get-CsUser "Ken Myer").ExternalAccessPolicy', 'XmppUsers']] },
      },
      {
        title: 'Grant a policy to a whole department',
        code: 'New-CsExternalAccessPolicy -Identity SalesXmpp -EnableFederationAccess $true -EnableXmppAccess $true\nGet-CsUser -LdapFilter "(department=Sales)" | Grant-CsExternalAccessPolicy -PolicyName SalesXmpp',
        remarks: 'Every Sales user gets the policy.',
        expect: { after: [['Get-CsUser -LdapFilter "(department=Sales)" | Where-Object { $_.ExternalAccessPolicy -ne "SalesXmpp" } | Measure-Object | ForEach-Object Count', '0']] },
      },
      {
        title: 'Remove an assignment',
        code: 'New-CsExternalAccessPolicy -Identity Temporary\nGrant-CsExternalAccessPolicy "Ken Myer" Temporary\nGrant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName $null',
        remarks: 'Ken follows the Redmond site policy (if any) or the global policy again.',
        expect: { after: [['$null -eq (Get-CsUser "Ken Myer").ExternalAccessPolicy', 'True']] },
      },
    ],
    related: ['Get-CsExternalAccessPolicy', 'Get-CsEffectivePolicy', 'Get-CsUser'],
    outputs: 'None, or the user with -PassThru.',
  },
  'Get-CsEffectivePolicy': {
    synopsis: 'Shows which external access policy really governs a user.',
    description: 'A per-user policy assigned to the user wins; without one (or if it was deleted) the policy of the user\'s site applies if there is one; otherwise the global policy.',
    examples: [
      { title: 'The policy of a user', code: 'Get-CsEffectivePolicy -Identity "sip:kenmyer@contoso.com"', remarks: 'On a fresh deployment this is Global.', expect: { shows: ['Identity             : CN=Ken Myer,OU=Redmond,DC=contoso,DC=com', 'ExternalAccessPolicy : Global'] } },
      {
        title: 'A site policy takes over',
        code: 'New-CsExternalAccessPolicy -Identity site:Dublin -EnableFederationAccess $true\nGet-CsEffectivePolicy -Identity "Pilar Ackerman"',
        remarks: 'Pilar is homed in Dublin, so Site:Dublin governs her.',
        expect: { shows: ['Identity             : CN=Pilar Ackerman,OU=Dublin,DC=contoso,DC=com', 'ExternalAccessPolicy : Site:Dublin'] },
      },
    ],
    related: ['Grant-CsExternalAccessPolicy', 'Get-CsExternalAccessPolicy'],
    outputs: 'An object naming the effective ExternalAccessPolicy of the user.',
  },
}));
