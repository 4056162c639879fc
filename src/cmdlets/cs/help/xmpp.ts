// Help for the XMPP federation cmdlets, in our own words. Every example runs on a fresh demo store.
import { familyHelp } from './configFamilyHelp.js';
import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const partnerParameters: Record<string, string> = {
  Identity: 'The primary XMPP domain of the partner, for example jabber.org. It is also the partner\'s identity.',
  Domain: 'Another way to give the primary domain when creating a partner. Use either -Domain or -Identity, not both.',
  AdditionalDomains:
    'Further domains served by the same partner. Subdomains are not covered automatically, so list each one. Accepts a list (replaces the current one), a hashtable with Add, Remove or Replace keys, or $null to empty the list.',
  ConnectionLimit: 'How many connections the gateway may hold open to this partner at the same time (20 when not given).',
  Description: 'Free text kept with the partner entry.',
  EnableKeepAlive: 'When $true (the default) the partner is expected to send keep-alive traffic on idle connections.',
  PartnerType:
    'How far the partner is trusted: Federated (a trusted deployment), PublicVerified (a provider that verifies its users) or PublicUnverified (the default; a partner user can only add one of your users after being invited).',
  ProxyFqdn: 'Fully qualified name of the partner\'s XMPP server, used instead of a DNS SRV lookup.',
  SaslNegotiation: 'Whether SASL authentication is Required (the default), Optional or NotSupported. SASL is only used inside a TLS session.',
  SupportDialbackNegotiation: 'When $true (the default) server dialback may be used to check the partner\'s identity.',
  TlsNegotiation: 'Whether the connection must be encrypted with TLS: Required (the default), Optional or NotSupported.',
};

const gatewayParameters: Record<string, string> = {
  Identity: 'Always Global: the gateway settings exist once per deployment.',
  ConnectionLimit: 'Total number of simultaneous connections to all partners together (1000 by default).',
  DialbackPassphrase: 'Secret the gateway uses to build dialback keys. Keep it the same on every gateway of the deployment.',
  EnableLoggingAllMessageBodies: 'When $true, the text of every XMPP message is written to the gateway log. Off by default.',
  KeepAliveInterval: 'Seconds a partner connection may stay silent before a keep-alive is expected (300 by default).',
  PartnerConnectionLimit: 'Simultaneous connections allowed to any single partner (20 by default).',
  StreamEstablishmentTimeout: 'Seconds allowed for setting up an XMPP stream (60 by default).',
  StreamInactivityTimeout: 'Seconds after which an idle stream is closed (600 by default).',
  SubscriptionRefreshInterval: 'Seconds between refreshes of presence subscriptions (28800, eight hours, by default).',
};

const partnerRelated = ['Get-CsXmppAllowedPartner', 'New-CsXmppAllowedPartner', 'Set-CsXmppAllowedPartner', 'Remove-CsXmppAllowedPartner', 'Test-CsXmppIM'];
const partnerOutputs = 'XmppAllowedPartner objects.';

help.push(...familyHelp(partnerParameters, {
  'Get-CsXmppAllowedPartner': {
    synopsis: 'Lists the XMPP networks your users may exchange messages and presence with.',
    description:
      'The allowed partner list is the allow-list of XMPP federation: a domain that is neither the primary domain nor an additional domain of some partner cannot be reached. ' +
      'Without parameters every partner is returned; -Identity picks one domain and -Filter matches domains with wildcards.',
    examples: [
      {
        title: 'List all partners',
        code: 'New-CsXmppAllowedPartner -Identity jabber.org\nGet-CsXmppAllowedPartner',
        remarks: 'A fresh deployment has no partners; this adds one and lists it.',
        expect: { shows: ['Identity                   : jabber.org', 'PartnerType                : PublicUnverified', 'Identity                   : jabber.org'], after: [['@(Get-CsXmppAllowedPartner).Count', '1']] },
      },
      {
        title: 'Partners under .org',
        code: 'New-CsXmppAllowedPartner -Identity jabber.org\nNew-CsXmppAllowedPartner -Identity chat.example.net\nGet-CsXmppAllowedPartner -Filter "*.org"',
        remarks: 'Only jabber.org matches the pattern.',
        expect: { after: [['Get-CsXmppAllowedPartner -Filter "*.org" | ForEach-Object Identity', 'jabber.org']] },
      },
    ],
    related: partnerRelated,
    outputs: partnerOutputs,
  },
  'New-CsXmppAllowedPartner': {
    synopsis: 'Adds an XMPP network to the list of allowed partners.',
    description:
      'Each partner entry names a primary domain and optionally more domains, how much the partner is trusted, and how connections are secured (TLS, SASL, server dialback). ' +
      'Any combination of the negotiation settings is saved. One that leaves no way to connect (no TLS, no SASL and no dialback) is reported with a warning; Test-CsXmppIM reports the lesser problems, such as SASL without TLS.',
    examples: [
      {
        title: 'A partner that only speaks unencrypted dialback',
        code: 'New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true -EnableKeepAlive $false',
        remarks: 'The domain is given by position. No TLS and no SASL: the partner is checked with server dialback over TCP.',
        expect: { shows: ['Identity                   : gmail.com', 'TlsNegotiation             : NotSupported', 'SaslNegotiation            : NotSupported', 'SupportDialbackNegotiation : True', 'EnableKeepAlive            : False'], after: [['(Get-CsXmppAllowedPartner gmail.com).TlsNegotiation', 'NotSupported']] },
      },
      {
        title: 'A trusted partner with several domains',
        code: 'New-CsXmppAllowedPartner -Domain fabrikam.com -PartnerType Federated -AdditionalDomains "im.fabrikam.com","chat.fabrikam.com" -ProxyFqdn xmpp.fabrikam.com',
        remarks: 'Users of all three domains are reachable; connections go to xmpp.fabrikam.com.',
        expect: { shows: ['Identity                   : fabrikam.com', 'AdditionalDomains          : {im.fabrikam.com, chat.fabrikam.com}', 'ProxyFqdn                  : xmpp.fabrikam.com', 'PartnerType                : Federated'], after: [['(Get-CsXmppAllowedPartner fabrikam.com).ProxyFqdn', 'xmpp.fabrikam.com']] },
      },
    ],
    related: partnerRelated,
    outputs: partnerOutputs,
  },
  'Set-CsXmppAllowedPartner': {
    synopsis: 'Changes an allowed XMPP partner.',
    description:
      'Only the settings named on the command change. -AdditionalDomains takes a hashtable to add or remove single domains while keeping the others, a plain list to replace them all, or $null to remove them all.',
    examples: [
      {
        title: 'Add and remove additional domains',
        code: 'New-CsXmppAllowedPartner -Identity fabrikam.com -AdditionalDomains "old.fabrikam.com"\nSet-CsXmppAllowedPartner -Identity fabrikam.com -AdditionalDomains @{Add="im.fabrikam.com"; Remove="old.fabrikam.com"}',
        remarks: 'Afterwards the partner covers fabrikam.com and im.fabrikam.com.',
        expect: { after: [["(Get-CsXmppAllowedPartner fabrikam.com).AdditionalDomains -join ','", 'im.fabrikam.com']] },
      },
      {
        title: 'Require encryption from every partner',
        code: 'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Optional\nGet-CsXmppAllowedPartner | Set-CsXmppAllowedPartner -TlsNegotiation Required',
        remarks: 'Each piped partner is written back with TLS required.',
        expect: { after: [['(Get-CsXmppAllowedPartner jabber.org).TlsNegotiation', 'Required']] },
      },
    ],
    related: partnerRelated,
  },
  'Remove-CsXmppAllowedPartner': {
    synopsis: 'Removes an XMPP network from the allowed partners.',
    description:
      'After removal, messages and presence to and from that network stop. Removing every partner is the way to turn XMPP federation off, since the gateway itself has no on/off switch.',
    examples: [
      {
        title: 'Remove one partner',
        code: 'New-CsXmppAllowedPartner -Identity jabber.org\nRemove-CsXmppAllowedPartner -Identity jabber.org',
        remarks: 'jabber.org users can no longer be reached.',
        expect: { after: [['@(Get-CsXmppAllowedPartner -Filter jabber.org).Count', '0']] },
      },
      {
        title: 'Remove every partner',
        code: 'New-CsXmppAllowedPartner -Identity jabber.org\nNew-CsXmppAllowedPartner -Identity gmail.com\nGet-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner',
        remarks: 'Piped partners bind -Identity by property name; XMPP federation is effectively off afterwards.',
        expect: { after: [['@(Get-CsXmppAllowedPartner).Count', '0']] },
      },
    ],
    related: partnerRelated,
  },
}));

const gatewayRelated = ['Get-CsXmppGatewayConfiguration', 'Set-CsXmppGatewayConfiguration', 'Get-CsXmppAllowedPartner'];

help.push(...familyHelp(gatewayParameters, {
  'Get-CsXmppGatewayConfiguration': {
    synopsis: 'Shows the settings of the XMPP gateway.',
    description:
      'The gateway translates between SIP and XMPP on the Front End pool. Its settings (connection limits, timeouts, dialback secret, message logging) exist once, at the global scope.',
    examples: [
      { title: 'Show the gateway settings', code: 'Get-CsXmppGatewayConfiguration', remarks: 'Returns the single Global instance.', expect: { shows: ['Identity                      : Global', 'ConnectionLimit               : 1000', 'KeepAliveInterval             : 300', 'SubscriptionRefreshInterval   : 28800'] } },
      {
        title: 'Show only the timeouts',
        code: 'Get-CsXmppGatewayConfiguration -Identity Global | Select-Object StreamEstablishmentTimeout, StreamInactivityTimeout',
        remarks: 'Picks two properties of the global settings.',
        expect: { shows: ['StreamEstablishmentTimeout StreamInactivityTimeout', '-------------------------- -----------------------', '                        60                     600'] },
      },
    ],
    related: gatewayRelated,
    outputs: 'XmppGatewaySettings objects.',
  },
  'Set-CsXmppGatewayConfiguration': {
    synopsis: 'Changes the settings of the XMPP gateway.',
    description:
      'Only the settings named on the command change; without -Identity the global settings are changed. There is no setting to switch XMPP off: remove the allowed partners instead.',
    examples: [
      {
        title: 'Shorter keep-alive, fewer connections per partner',
        code: 'Set-CsXmppGatewayConfiguration -KeepAliveInterval 120 -PartnerConnectionLimit 10',
        remarks: 'Idle partners must send keep-alives every two minutes; each may hold ten connections.',
        expect: { silent: true, after: [['$g = Get-CsXmppGatewayConfiguration; "$($g.KeepAliveInterval) $($g.PartnerConnectionLimit)"', '120 10']] },
      },
      {
        title: 'Set the dialback secret',
        code: 'Set-CsXmppGatewayConfiguration -Identity Global -DialbackPassphrase "Xmpp-Dialback-2024"',
        remarks: 'Use the same secret on every gateway so dialback keys match.',
        expect: { silent: true, after: [['(Get-CsXmppGatewayConfiguration).DialbackPassphrase', 'Xmpp-Dialback-2024']] },
      },
    ],
    related: gatewayRelated,
  },
}));
