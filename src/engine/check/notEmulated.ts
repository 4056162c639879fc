// Commands of Windows modules that admin scripts often call next to the Skype for Business cmdlets
// but csshell does not emulate. `csshell check` reports them as a warning ("not emulated"), not as an
// unknown command: the script may be right, it just cannot be judged (or run) here.

/** [I] Module -> a test on the command's noun (the part after the dash). Small on purpose; extend as needed. */
const FOREIGN_MODULES: { module: string; noun: RegExp }[] = [
  { module: 'ActiveDirectory', noun: /^AD(User|Group|Computer|Object|OrganizationalUnit|Domain|Forest|ServiceAccount|Account|Principal|DefaultDomain|FineGrained|Replication|Trust|Root|Optional|Central|Claim|Resource|Authentication)/i },
  { module: 'Exchange', noun: /^(Mailbox|CASMailbox|DistributionGroup|DynamicDistributionGroup|MailUser|MailContact|MailPublicFolder|Exchange|TransportRule|AcceptedDomain|SendConnector|ReceiveConnector|UMMailbox|UMDialPlan|UMMailboxPolicy|EmailAddressPolicy|OrganizationConfig|Recipient|MoveRequest|OwaVirtualDirectory)/i },
  { module: 'DnsServer', noun: /^DnsServer/i },
  { module: 'DnsClient', noun: /^DnsClient/i },
  { module: 'WebAdministration', noun: /^(Web(site|Binding|AppPool|Application|Configuration)|IIS)/i },
  { module: 'PKI', noun: /^(PfxCertificate|SelfSignedCertificate|Certificate(NotificationTask|EnrollmentPolicyServer|AutoEnrollmentPolicy)?$)/i },
  { module: 'ServerManager', noun: /^WindowsFeature$/i },
  { module: 'NetTCPIP', noun: /^Net(IPAddress|IPConfiguration|Route|TCPConnection)/i },
  { module: 'MSOnline', noun: /^Msol/i },
];

/** The Windows module a command comes from, when it is one csshell does not emulate. */
export function foreignModuleOf(command: string): string | undefined {
  const dash = command.indexOf('-');
  if (dash <= 0) return undefined;
  const noun = command.slice(dash + 1);
  return FOREIGN_MODULES.find((m) => m.noun.test(noun))?.module;
}
