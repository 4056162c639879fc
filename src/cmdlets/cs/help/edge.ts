// Help for the Access Edge configuration and federated domain cmdlets, in our own words.
// Every example runs on a fresh demo store.
import { familyHelp } from './configFamilyHelp.js';
import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const edgeParameters: Record<string, string> = {
  Identity: 'Always Global: the Access Edge settings exist once per deployment.',
  AllowAnonymousUsers: 'When $true, people without an account (for example meeting guests) can connect through the Edge.',
  AllowFederatedUsers:
    'When $true, the Edge passes traffic from federated organisations, public providers and XMPP partners. Federation of any kind, XMPP included, needs it.',
  AllowOutsideUsers: 'When $true (the default), your own users can sign in from the internet through the Edge.',
  BeClearingHouse: 'When $true, the Edge relays traffic between federated partners that connect through it. DNS SRV routing only.',
  CertificatesDeletedPercentage: 'Share of stored partner certificates dropped when the store of accepted or rejected certificates is full (20 by default).',
  DefaultRouteFqdn: 'With default routing, the fully qualified name of the server that receives all federated traffic.',
  DiscoveredPartnerReportPeriodMinutes: 'Minutes between reports about the traffic of discovered partners (60 by default).',
  DiscoveredPartnerStandardRate: 'Messages per second allowed from a discovered partner before it is treated as suspicious (20 by default).',
  DiscoveredPartnerVerificationLevel: 'How much traffic from discovered partners is trusted: AlwaysVerifiable, AlwaysUnverifiable or UseSourceVerification. DNS SRV routing only.',
  DnsSrvCacheRecordCount: 'How many DNS SRV answers the Edge keeps in its cache.',
  EnableArchivingDisclaimer: 'When $true, federated partners are told that conversations may be archived.',
  EnableDiscoveredPartnerContactsLimit: 'When $true (the default), a discovered partner may only reach a limited number of your users.',
  EnablePartnerDiscovery: 'When $true, partners found through DNS SRV records may federate without being in the allowed domain list. DNS SRV routing only.',
  EnableUserReplicator: 'When $true (the default), user data needed by the Edge is replicated to it.',
  IsPublicProvider: 'With default routing, whether the next hop is a public IM provider.',
  KeepCrlsUpToDateForPeers: 'When $true (the default), certificate revocation lists of federated partners are refreshed.',
  MarkSourceVerifiableOnOutgoingMessages: 'When $true (the default), outgoing messages are marked as coming from a verified source.',
  MaxAcceptedCertificatesStored: 'How many accepted partner certificates the Edge remembers (1000 by default).',
  MaxContactsPerDiscoveredPartner: 'How many of your users a discovered partner may reach (1000 by default).',
  MaxRejectedCertificatesStored: 'How many rejected partner certificates the Edge remembers (500 by default).',
  OutgoingTlsCountForFederatedPartners: 'Number of outgoing TLS connections per federated partner; from 1 to 4 (4 by default).',
  SkypeSearchUrl: 'Address of the directory search service for consumer contacts.',
  UseDefaultRouting: 'Sends all federated traffic to one server, named with -DefaultRouteFqdn. Not possible while public or hosting providers exist.',
  UseDnsSrvRouting: 'Finds each federated partner through DNS SRV records (the default routing method).',
  VerificationLevel: 'How much the traffic of the default route\'s next hop is trusted. Given while DNS SRV routing is in use, it is kept for the day a default route is chosen (shown then; AlwaysVerifiable when never given).',
};

const domainParameters: Record<string, string> = {
  Identity: 'The domain name, for example fabrikam.com. It is also the entry\'s identity.',
  Domain: 'Another way to give the domain when creating an entry. Use either -Domain or -Identity, not both.',
  Comment: 'Free text kept with the entry.',
  MarkForMonitoring: 'When $true, the connection to this domain is watched by monitoring.',
  ProxyFqdn: 'Fully qualified name of the partner\'s Access Edge, used instead of a DNS SRV lookup.',
  VerificationLevel: 'How much traffic from the domain is trusted: AlwaysVerifiable, AlwaysUnverifiable or UseSourceVerification (the default).',
};

const edgeRelated = ['Get-CsAccessEdgeConfiguration', 'Set-CsAccessEdgeConfiguration', 'Get-CsAllowedDomain', 'Get-CsBlockedDomain'];

help.push(...familyHelp(edgeParameters, {
  'Get-CsAccessEdgeConfiguration': {
    synopsis: 'Shows how the Access Edge handles remote users, anonymous users and federation.',
    description:
      'The Access Edge settings exist once, at the global scope. The properties shown depend on the routing method: DNS SRV routing lists the partner discovery settings, default routing lists the route.',
    examples: [
      { title: 'Show the settings', code: 'Get-CsAccessEdgeConfiguration', remarks: 'On a fresh deployment federation is off and DNS SRV routing is used.', expect: { shows: ['Identity                               : Global', 'AllowFederatedUsers                    : False', 'EnablePartnerDiscovery                 : False'] } },
      {
        title: 'Check whether federation is allowed',
        code: '(Get-CsAccessEdgeConfiguration).AllowFederatedUsers',
        remarks: 'Prints True or False. XMPP federation needs True.',
        expect: { shows: ['False'] },
      },
    ],
    related: edgeRelated,
    outputs: 'Access Edge settings objects.',
  },
  'Set-CsAccessEdgeConfiguration': {
    synopsis: 'Changes the Access Edge settings: federation, remote access and routing.',
    description:
      'Only the settings named on the command change; without -Identity the global settings are changed. ' +
      'The routing method follows the parameters: -UseDnsSrvRouting (with -EnablePartnerDiscovery, -BeClearingHouse) or -UseDefaultRouting with -DefaultRouteFqdn. A default route is refused while public or hosting providers exist.',
    examples: [
      {
        title: 'Allow federation through the Edge',
        code: 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
        remarks: 'Needed for SIP federation, public providers and XMPP partners alike.',
        expect: { silent: true, after: [['(Get-CsAccessEdgeConfiguration).AllowFederatedUsers', 'True']] },
      },
      {
        title: 'Discover partners through DNS',
        code: 'Set-CsAccessEdgeConfiguration -UseDnsSrvRouting -EnablePartnerDiscovery $true -DiscoveredPartnerVerificationLevel UseSourceVerification',
        remarks: 'Organisations that publish federation SRV records can connect without being listed as allowed domains.',
        expect: { silent: true, after: [['$e = Get-CsAccessEdgeConfiguration; "$($e.EnablePartnerDiscovery) $($e.DiscoveredPartnerVerificationLevel) $($e.RoutingMethod)"', 'True UseSourceVerification UseDnsSrvRouting']] },
      },
      {
        title: 'Route all federated traffic through one server',
        code: 'Set-CsAccessEdgeConfiguration -UseDefaultRouting -DefaultRouteFqdn proxy.fabrikam.com -IsPublicProvider $false',
        remarks: 'Works only while no public or hosting provider is configured.',
        expect: { silent: true, after: [['$e = Get-CsAccessEdgeConfiguration; "$($e.DefaultRouteFqdn) $($e.RoutingMethod)"', 'proxy.fabrikam.com UseDefaultRouting']] },
      },
    ],
    related: edgeRelated,
  },
}));

const allowedRelated = ['Get-CsAllowedDomain', 'New-CsAllowedDomain', 'Set-CsAllowedDomain', 'Remove-CsAllowedDomain', 'Set-CsAccessEdgeConfiguration'];
const blockedRelated = ['Get-CsBlockedDomain', 'New-CsBlockedDomain', 'Set-CsBlockedDomain', 'Remove-CsBlockedDomain', 'Set-CsAccessEdgeConfiguration'];

help.push(...familyHelp(domainParameters, {
  'Get-CsAllowedDomain': {
    synopsis: 'Lists the domains your users may federate with.',
    description: 'When partner discovery is off, only the domains in this list can federate with you. A fresh deployment has none.',
    examples: [
      { title: 'List all allowed domains', code: 'New-CsAllowedDomain -Identity fabrikam.com\nGet-CsAllowedDomain', remarks: 'Shows fabrikam.com.', expect: { shows: ['Identity          : fabrikam.com', 'VerificationLevel : UseSourceVerification', 'Identity          : fabrikam.com'], after: [['@(Get-CsAllowedDomain).Count', '1']] } },
      {
        title: 'Allowed domains ending in .net',
        code: 'New-CsAllowedDomain -Identity litwareinc.net\nNew-CsAllowedDomain -Identity fabrikam.com\nGet-CsAllowedDomain -Filter "*.net"',
        remarks: 'Only litwareinc.net matches.',
        expect: { after: [['Get-CsAllowedDomain -Filter "*.net" | ForEach-Object Identity', 'litwareinc.net']] },
      },
    ],
    related: allowedRelated,
    outputs: 'AllowedDomain objects.',
  },
  'New-CsAllowedDomain': {
    synopsis: 'Adds a domain to the list of allowed federated domains.',
    description: 'Each domain can appear once. Give -ProxyFqdn when the partner\'s Edge cannot be found through DNS.',
    examples: [
      { title: 'Allow a partner', code: 'New-CsAllowedDomain -Identity fabrikam.com', remarks: 'Users can now federate with fabrikam.com.', expect: { shows: ['Identity          : fabrikam.com', 'Domain            : fabrikam.com'], after: [['(Get-CsAllowedDomain fabrikam.com).Domain', 'fabrikam.com']] } },
      {
        title: 'Allow a partner with a known Edge and monitoring',
        code: 'New-CsAllowedDomain -Domain litwareinc.com -ProxyFqdn sip.litwareinc.com -MarkForMonitoring $true -Comment "Supplier"',
        remarks: 'Traffic goes straight to sip.litwareinc.com.',
        expect: { shows: ['Identity          : litwareinc.com', 'ProxyFqdn         : sip.litwareinc.com', 'Comment           : Supplier', 'MarkForMonitoring : True'], after: [['(Get-CsAllowedDomain litwareinc.com).ProxyFqdn', 'sip.litwareinc.com']] },
      },
    ],
    related: allowedRelated,
    outputs: 'AllowedDomain objects.',
  },
  'Set-CsAllowedDomain': {
    synopsis: 'Changes an allowed federated domain.',
    description: 'Only the settings named on the command change.',
    examples: [
      {
        title: 'Add a comment',
        code: 'New-CsAllowedDomain -Identity fabrikam.com\nSet-CsAllowedDomain -Identity fabrikam.com -Comment "Contract until 2026"',
        remarks: 'The comment is stored with the entry.',
        expect: { after: [['(Get-CsAllowedDomain fabrikam.com).Comment', 'Contract until 2026']] },
      },
      {
        title: 'Trust every allowed domain fully',
        code: 'New-CsAllowedDomain -Identity fabrikam.com\nGet-CsAllowedDomain | Set-CsAllowedDomain -VerificationLevel AlwaysVerifiable',
        remarks: 'Piped entries bind -Instance.',
        expect: { after: [['(Get-CsAllowedDomain fabrikam.com).VerificationLevel', 'AlwaysVerifiable']] },
      },
    ],
    related: allowedRelated,
  },
  'Remove-CsAllowedDomain': {
    synopsis: 'Removes a domain from the allowed federated domains.',
    description: 'When partner discovery is off, users can no longer federate with the removed domain.',
    examples: [
      { title: 'Remove one domain', code: 'New-CsAllowedDomain -Identity fabrikam.com\nRemove-CsAllowedDomain -Identity fabrikam.com', remarks: 'The list is empty again.', expect: { after: [['@(Get-CsAllowedDomain).Count', '0']] } },
      {
        title: 'Remove every .org domain',
        code: 'New-CsAllowedDomain -Identity example.org\nGet-CsAllowedDomain -Filter "*.org" | Remove-CsAllowedDomain',
        remarks: 'Piped entries bind -Identity by property name.',
        expect: { after: [['@(Get-CsAllowedDomain -Filter "*.org").Count', '0']] },
      },
    ],
    related: allowedRelated,
  },
  'Get-CsBlockedDomain': {
    synopsis: 'Lists the domains your users may never federate with.',
    description: 'Blocked domains are refused even when partner discovery is on. A fresh deployment has none.',
    examples: [
      { title: 'List blocked domains', code: 'New-CsBlockedDomain -Identity tailspintoys.com\nGet-CsBlockedDomain', remarks: 'Shows tailspintoys.com.', expect: { shows: ['Identity : tailspintoys.com', 'Comment  :', 'Identity : tailspintoys.com'], after: [['@(Get-CsBlockedDomain).Count', '1']] } },
      {
        title: 'Look up one domain',
        code: 'New-CsBlockedDomain -Identity tailspintoys.com\nGet-CsBlockedDomain -Identity tailspintoys.com',
        remarks: 'An error is written when the domain is not blocked.',
        expect: { shows: ['Identity : tailspintoys.com', 'Identity : tailspintoys.com'] },
      },
    ],
    related: blockedRelated,
    outputs: 'BlockedDomain objects.',
  },
  'New-CsBlockedDomain': {
    synopsis: 'Adds a domain to the list of blocked federated domains.',
    description: 'Each domain can appear once.',
    examples: [
      { title: 'Block a domain', code: 'New-CsBlockedDomain -Identity tailspintoys.com', remarks: 'Nobody at tailspintoys.com can federate with you.', expect: { shows: ['Identity : tailspintoys.com', 'Domain   : tailspintoys.com'], after: [['(Get-CsBlockedDomain tailspintoys.com).Domain', 'tailspintoys.com']] } },
      {
        title: 'Block a domain and say why',
        code: 'New-CsBlockedDomain -Domain wingtiptoys.com -Comment "Spam source"',
        remarks: 'The comment is kept with the entry.',
        expect: { shows: ['Identity : wingtiptoys.com', 'Comment  : Spam source'], after: [['(Get-CsBlockedDomain wingtiptoys.com).Comment', 'Spam source']] },
      },
    ],
    related: blockedRelated,
    outputs: 'BlockedDomain objects.',
  },
  'Set-CsBlockedDomain': {
    synopsis: 'Changes the comment of a blocked domain.',
    description: 'The comment is the only setting of a blocked domain besides its name.',
    examples: [
      {
        title: 'Update the comment',
        code: 'New-CsBlockedDomain -Identity tailspintoys.com\nSet-CsBlockedDomain -Identity tailspintoys.com -Comment "Blocked after review"',
        remarks: 'The entry keeps its name.',
        expect: { after: [['$b = Get-CsBlockedDomain tailspintoys.com; "$($b.Identity) $($b.Comment)"', 'tailspintoys.com Blocked after review']] },
      },
      {
        title: 'Clear the comment',
        code: 'New-CsBlockedDomain -Identity tailspintoys.com -Comment "temporary"\nSet-CsBlockedDomain -Identity tailspintoys.com -Comment $null',
        remarks: 'The comment is empty afterwards.',
        expect: { after: [['$null -eq (Get-CsBlockedDomain tailspintoys.com).Comment', 'True']] },
      },
    ],
    related: blockedRelated,
  },
  'Remove-CsBlockedDomain': {
    synopsis: 'Removes a domain from the blocked federated domains.',
    description: 'The domain can federate again if it is allowed or discovered.',
    examples: [
      { title: 'Unblock a domain', code: 'New-CsBlockedDomain -Identity tailspintoys.com\nRemove-CsBlockedDomain -Identity tailspintoys.com', remarks: 'The list is empty again.', expect: { after: [['@(Get-CsBlockedDomain).Count', '0']] } },
      {
        title: 'Unblock everything',
        code: 'New-CsBlockedDomain -Identity tailspintoys.com\nNew-CsBlockedDomain -Identity wingtiptoys.com\nGet-CsBlockedDomain | Remove-CsBlockedDomain',
        remarks: 'Piped entries bind -Identity by property name.',
        expect: { after: [['@(Get-CsBlockedDomain).Count', '0']] },
      },
    ],
    related: blockedRelated,
  },
}));
