// Help for the verification cmdlets, in our own words. Every example runs on a fresh demo store.
import { topologyHelp } from './topologyFamilyHelp.js';
import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const parameters: Record<string, string> = {
  Receiver: 'The XMPP address to send to, such as someone@jabber.org (without sip:). Its domain must be an allowed XMPP partner.',
  UserSipAddress: 'The SIP address of the sending user, such as sip:kenmyer@contoso.com. Without it the pool\'s test users would be used, and the demo pools have none.',
  UserCredential: 'The sending user\'s account and password, for a test run as that user.',
  Authentication: 'How the test signs in: TrustedServer (the default on a server), Negotiate, ClientCertificate, LiveID, OAuth or OAuthInteractive.',
  RegistrarPort: 'The SIP port of the Registrar, if not the one in the topology.',
  Force: 'Runs the test without asking for confirmation.',
  Domain: 'The federated domain to test, such as fabrikam.com.',
  Certificate: 'A certificate to present instead of the Edge\'s own.',
  ProxyFqdn: 'The partner\'s Access Edge FQDN, when it cannot be found through DNS.',
};

help.push(...topologyHelp(parameters, {
  'Test-CsXmppIM': {
    synopsis: 'Tests whether a user can send an instant message to a contact on an XMPP network.',
    description:
      'The test follows every link an XMPP message needs: the sender is enabled and homed on the pool; the pool runs the XMPP gateway; the external access policy that governs the sender allows federation and XMPP; the Edge allows federated users; ' +
      'an allowed XMPP partner covers the receiver\'s domain with usable TLS/SASL/dialback settings; the sender\'s site routes XMPP through an Edge with XMPP federation; the Edge has a valid XMPP certificate naming the SIP domain and the Access Edge FQDN; ' +
      'the _xmpp-server._tcp SRV record points at the Edge on port 5269; and the gateway and proxy services run. The first broken link is reported as Failure, with how to repair it.',
    examples: [
      {
        title: 'Test XMPP for Ken Myer',
        code: 'Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver someone@jabber.org -UserSipAddress sip:kenmyer@contoso.com',
        remarks: 'On a fresh deployment the result is Failure: the global policy does not allow XMPP yet.',
        expect: { shows: ['Target Fqdn   : pool01.contoso.com', 'Result        : Failure', 'Diagnosis     : Policy Global does not allow XMPP access (EnableXmppAccess=False).'] },
      },
      {
        title: 'Keep the log of the test',
        code: 'Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver someone@gmail.com -UserSipAddress sip:kenmyer@contoso.com -OutLoggerVariable xmppLog\n$xmppLog',
        remarks: 'The variable holds the steps the test went through.',
        expect: { shows: ['Result        : Failure', 'Checking pool pool01.contoso.com and sender sip:kenmyer@contoso.com.', 'Failure: The XMPP instant message from sip:kenmyer@contoso.com to someone@gmail.com could not be delivered.'] },
      },
    ],
    related: ['Test-CsFederatedPartner', 'Get-CsXmppAllowedPartner', 'Grant-CsExternalAccessPolicy'],
    parameters: { TargetFqdn: 'The Front End pool the sender is homed on; it must run the XMPP gateway.' },
    outputs: 'A TaskOutput object: Target Fqdn, Result, Latency, Error Message, Diagnosis.',
  },
  'Test-CsFederatedPartner': {
    synopsis: 'Tests whether the Edge can federate with a partner domain.',
    parameters: { TargetFqdn: 'The Edge pool or Edge server the test runs from.' },
    description:
      'The test checks our side of SIP federation: federation is allowed on the Edge, the domain is not blocked and is allowed (or partner discovery is on), the Access Edge has a valid certificate naming its external FQDN and its service runs, ' +
      'and the _sipfederationtls._tcp SRV record of our SIP domain points at the Access Edge on port 5061.',
    examples: [
      { title: 'Test federation with Fabrikam', code: 'Test-CsFederatedPartner -TargetFqdn edge01.contoso.com -Domain fabrikam.com', remarks: 'On a fresh deployment the result is Failure: federation is not allowed on the Edge yet.', expect: { shows: ['Target Fqdn   : edge01.contoso.com', 'Result        : Failure', 'Diagnosis     : Federation is disabled on the Edge (AllowFederatedUsers=False).'] } },
      {
        title: 'After allowing federation',
        code: 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true\nNew-CsAllowedDomain -Identity fabrikam.com\nTest-CsFederatedPartner edge01.contoso.com fabrikam.com',
        remarks: 'The next missing link (the Edge certificate) is reported.',
        expect: { shows: ['Result        : Failure', 'Diagnosis     : No valid AccessEdgeExternal certificate on edge01.contoso.com.'] },
      },
    ],
    related: ['Test-CsXmppIM', 'Get-CsAllowedDomain', 'Get-CsAccessEdgeConfiguration'],
    outputs: 'A TaskOutput object: Target Fqdn, Result, Latency, Error Message, Diagnosis.',
  },
}));
