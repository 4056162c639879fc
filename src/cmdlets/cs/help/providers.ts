// Help for the public and hosting provider cmdlets, in our own words. Every example runs on a fresh demo store.
import { familyHelp } from './configFamilyHelp.js';
import type { HelpDeclaration } from '../../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const publicParameters: Record<string, string> = {
  Identity: 'Name of the provider entry, for example Skype. It is also shown as Name.',
  ProxyFqdn: 'Fully qualified name of the provider\'s federation server.',
  Enabled: 'When $true, users may exchange messages and presence with the provider\'s users.',
  VerificationLevel: 'How much traffic from the provider is trusted: AlwaysVerifiable (the default), AlwaysUnverifiable or UseSourceVerification.',
  IconUrl: 'Address of an icon clients show next to the provider\'s contacts.',
  NameDecorationDomain: 'Domain added to the provider\'s user names so they can be routed.',
  NameDecorationRoutingDomain: 'Domain used to route decorated names to the provider.',
  NameDecorationExcludedDomainList: 'Comma-separated domains whose names are not decorated.',
  EnableSkypeIdRouting: 'When $true, contacts can be reached by their consumer Skype name.',
  EnableSkypeDirectorySearch: 'When $true, users can search the consumer Skype directory.',
};

const hostingParameters: Record<string, string> = {
  Identity: 'Name of the hosting provider entry. It is also shown as Name.',
  ProxyFqdn: 'Fully qualified name of the hosting provider\'s Edge or proxy.',
  Enabled: 'When $true, traffic to and from the hosting provider is allowed.',
  EnabledSharedAddressSpace: 'When $true, the provider hosts some users of your own SIP domains (split domain).',
  HostsOCSUsers: 'When $true, the provider hosts Lync or Skype for Business users rather than, for example, voice mail only.',
  IsLocal: 'When $true, the provider\'s proxy is trusted inside your own topology.',
  VerificationLevel: 'How much traffic from the provider is trusted: AlwaysVerifiable (the default), AlwaysUnverifiable or UseSourceVerification.',
  AutodiscoverUrl: 'Address of the provider\'s autodiscover service.',
  SipClientPort: 'Port clients use to reach the provider (443 by default).',
};

const publicRelated = ['Get-CsPublicProvider', 'New-CsPublicProvider', 'Set-CsPublicProvider', 'Remove-CsPublicProvider', 'Enable-CsPublicProvider', 'Disable-CsPublicProvider'];
const hostingRelated = ['Get-CsHostingProvider', 'New-CsHostingProvider', 'Set-CsHostingProvider', 'Remove-CsHostingProvider', 'Enable-CsHostingProvider', 'Disable-CsHostingProvider'];

const newSkype = 'New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled $false';
const newHosted = 'New-CsHostingProvider -Identity Hosted -ProxyFqdn proxy.hosted.example.com -Enabled $false -EnabledSharedAddressSpace $true -HostsOCSUsers $true';

help.push(...familyHelp(publicParameters, {
  'Get-CsPublicProvider': {
    synopsis: 'Lists the public IM providers your users may connect to.',
    description: 'A public provider is a consumer IM network reached through the Edge. A fresh deployment lists none.',
    examples: [
      { title: 'List all providers', code: `${newSkype}\nGet-CsPublicProvider`, remarks: 'Shows the Skype entry.', expect: { shows: ['Identity                         : Skype', 'ProxyFqdn                        : federation.messenger.msn.com', 'Enabled                          : False', 'Identity                         : Skype'] } },
      {
        title: 'Only enabled providers',
        code: `${newSkype}\nGet-CsPublicProvider | Where-Object { $_.Enabled -eq $true }`,
        remarks: 'Returns nothing until a provider is enabled.',
        expect: { after: [['@(Get-CsPublicProvider | Where-Object { $_.Enabled -eq $true }).Count', '0', ]] },
      },
    ],
    related: publicRelated,
    outputs: 'PublicProvider objects.',
  },
  'New-CsPublicProvider': {
    synopsis: 'Adds a public IM provider.',
    description: 'The proxy FQDN and whether the provider is enabled must be given. Providers cannot be added while the Edge uses a default route.',
    examples: [
      { title: 'Add a provider, disabled for now', code: newSkype, remarks: 'The entry exists but carries no traffic yet.', expect: { shows: ['Identity                         : Skype', 'ProxyFqdn                        : federation.messenger.msn.com', 'Enabled                          : False'], after: [['(Get-CsPublicProvider Skype).Enabled', 'False']] } },
      {
        title: 'Add a provider with an icon',
        code: 'New-CsPublicProvider -Identity Consumer -ProxyFqdn sip.consumer.example.com -Enabled $true -IconUrl "https://consumer.example.com/icon.png"',
        remarks: 'Clients show the icon beside the provider\'s contacts.',
        expect: { shows: ['Identity                         : Consumer', 'Enabled                          : True', 'IconUrl                          : https://consumer.example.com/icon.png'], after: [['(Get-CsPublicProvider Consumer).IconUrl', 'https://consumer.example.com/icon.png']] },
      },
    ],
    related: publicRelated,
    outputs: 'PublicProvider objects.',
  },
  'Set-CsPublicProvider': {
    synopsis: 'Changes a public IM provider.',
    description: 'Only the settings named on the command change.',
    examples: [
      { title: 'Enable a provider', code: `${newSkype}\nSet-CsPublicProvider -Identity Skype -Enabled $true`, remarks: 'Traffic to Skype is now allowed.', expect: { after: [['(Get-CsPublicProvider Skype).Enabled', 'True']] } },
      {
        title: 'Lower the trust of every provider',
        code: `${newSkype}\nGet-CsPublicProvider | Set-CsPublicProvider -VerificationLevel AlwaysUnverifiable`,
        remarks: 'Piped entries bind -Instance.',
        expect: { after: [['(Get-CsPublicProvider Skype).VerificationLevel', 'AlwaysUnverifiable']] },
      },
    ],
    related: publicRelated,
  },
  'Remove-CsPublicProvider': {
    synopsis: 'Removes a public IM provider.',
    description: 'Removing every public and hosting provider is required before the Edge can use a default route.',
    examples: [
      { title: 'Remove one provider', code: `${newSkype}\nRemove-CsPublicProvider -Identity Skype`, remarks: 'The list is empty again.', expect: { after: [['@(Get-CsPublicProvider).Count', '0']] } },
      {
        title: 'Remove all providers',
        code: `${newSkype}\nGet-CsPublicProvider | Remove-CsPublicProvider`,
        remarks: 'Piped entries bind -Identity by property name.',
        expect: { after: [['@(Get-CsPublicProvider).Count', '0']] },
      },
    ],
    related: publicRelated,
  },
  'Enable-CsPublicProvider': {
    synopsis: 'Turns on federation with a public IM provider.',
    description: 'Sets Enabled to True; the other settings stay as they are. A provider that is enabled already is reported as an error.',
    examples: [
      { title: 'Enable by name', code: `${newSkype}\nEnable-CsPublicProvider -Identity Skype`, remarks: 'Skype contacts can now be reached.', expect: { after: [['(Get-CsPublicProvider Skype).Enabled', 'True']] } },
      { title: 'Enable every disabled provider', code: `${newSkype}\nGet-CsPublicProvider | Where-Object {$_.Enabled -eq $false} | Enable-CsPublicProvider`, remarks: 'Piped entries bind -Instance; the filter skips providers that are on already, which would be reported as errors.', expect: { after: [['(Get-CsPublicProvider Skype).Enabled', 'True']] } },
    ],
    related: publicRelated,
  },
  'Disable-CsPublicProvider': {
    synopsis: 'Turns off federation with a public IM provider without deleting it.',
    description: 'Sets Enabled to False; the entry and its settings are kept. A provider that is disabled already is reported as an error.',
    examples: [
      {
        title: 'Disable by name',
        code: 'New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled $true\nDisable-CsPublicProvider -Identity Skype',
        remarks: 'The entry stays, with Enabled False.',
        expect: { after: [['(Get-CsPublicProvider Skype).Enabled', 'False']] },
      },
      {
        title: 'Disable every enabled provider',
        code: 'New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled $true\nGet-CsPublicProvider | Where-Object {$_.Enabled} | Disable-CsPublicProvider',
        remarks: 'Piped entries bind -Instance; a provider that is off already would be reported as an error.',
        expect: { after: [['(Get-CsPublicProvider Skype).Enabled', 'False']] },
      },
    ],
    related: publicRelated,
  },
}));

help.push(...familyHelp(hostingParameters, {
  'Get-CsHostingProvider': {
    synopsis: 'Lists hosting providers: services that host users or voice mail for your domains.',
    description: 'A fresh deployment lists none.',
    examples: [
      { title: 'List all hosting providers', code: `${newHosted}\nGet-CsHostingProvider`, remarks: 'Shows the Hosted entry.', expect: { shows: ['Identity                  : Hosted', 'ProxyFqdn                 : proxy.hosted.example.com', 'EnabledSharedAddressSpace : True', 'Identity                  : Hosted'], after: [['@(Get-CsHostingProvider).Count', '1']] } },
      { title: 'Look up one provider', code: `${newHosted}\nGet-CsHostingProvider -Identity Hosted`, remarks: 'Returns the single entry named Hosted.', expect: { shows: ['Identity                  : Hosted', 'Identity                  : Hosted'], after: [['(Get-CsHostingProvider -Identity Hosted).Name', 'Hosted']] } },
    ],
    related: hostingRelated,
    outputs: 'HostingProvider objects.',
  },
  'New-CsHostingProvider': {
    synopsis: 'Adds a hosting provider.',
    description:
      'The proxy FQDN, Enabled, EnabledSharedAddressSpace and HostsOCSUsers must be given. Providers cannot be added while the Edge uses a default route.',
    examples: [
      { title: 'A provider that shares your SIP domain', code: newHosted, remarks: 'Created disabled; enable it once its Edge is ready.', expect: { shows: ['Identity                  : Hosted', 'Enabled                   : False', 'EnabledSharedAddressSpace : True', 'HostsOCSUsers             : True'], after: [['(Get-CsHostingProvider Hosted).Enabled', 'False']] } },
      {
        title: 'A voice mail service',
        code: 'New-CsHostingProvider -Identity VoiceMail -ProxyFqdn um.voicemail.example.com -Enabled $true -EnabledSharedAddressSpace $true -HostsOCSUsers $false -IsLocal $false',
        remarks: 'Hosts no Skype for Business users, only voice mail.',
        expect: { shows: ['Identity                  : VoiceMail', 'ProxyFqdn                 : um.voicemail.example.com', 'Enabled                   : True', 'HostsOCSUsers             : False'], after: [['(Get-CsHostingProvider VoiceMail).HostsOCSUsers', 'False']] },
      },
    ],
    related: hostingRelated,
    outputs: 'HostingProvider objects.',
  },
  'Set-CsHostingProvider': {
    synopsis: 'Changes a hosting provider.',
    description: 'Only the settings named on the command change.',
    examples: [
      { title: 'Use another port', code: `${newHosted}\nSet-CsHostingProvider -Identity Hosted -SipClientPort 5061`, remarks: 'Clients reach the provider on port 5061.', expect: { after: [['(Get-CsHostingProvider Hosted).SipClientPort', '5061']] } },
      {
        title: 'Set the autodiscover address',
        code: `${newHosted}\nSet-CsHostingProvider -Identity Hosted -AutodiscoverUrl "https://autodiscover.hosted.example.com"`,
        remarks: 'Clients use it to find the provider\'s services.',
        expect: { after: [['(Get-CsHostingProvider Hosted).AutodiscoverUrl', 'https://autodiscover.hosted.example.com']] },
      },
    ],
    related: hostingRelated,
  },
  'Remove-CsHostingProvider': {
    synopsis: 'Removes a hosting provider.',
    description: 'Removing every public and hosting provider is required before the Edge can use a default route.',
    examples: [
      { title: 'Remove one provider', code: `${newHosted}\nRemove-CsHostingProvider -Identity Hosted`, remarks: 'The list is empty again.', expect: { after: [['@(Get-CsHostingProvider).Count', '0']] } },
      { title: 'Remove all providers', code: `${newHosted}\nGet-CsHostingProvider | Remove-CsHostingProvider`, remarks: 'Piped entries bind -Identity by property name.', expect: { after: [['@(Get-CsHostingProvider).Count', '0']] } },
    ],
    related: hostingRelated,
  },
  'Enable-CsHostingProvider': {
    synopsis: 'Turns on traffic with a hosting provider.',
    description: 'Sets Enabled to True; the other settings stay as they are. A provider that is enabled already is reported as an error.',
    examples: [
      { title: 'Enable by name', code: `${newHosted}\nEnable-CsHostingProvider -Identity Hosted`, remarks: 'The provider now carries traffic.', expect: { after: [['(Get-CsHostingProvider Hosted).Enabled', 'True']] } },
      { title: 'Enable every disabled provider', code: `${newHosted}\nGet-CsHostingProvider | Where-Object {$_.Enabled -eq $false} | Enable-CsHostingProvider`, remarks: 'Piped entries bind -Instance; providers that are on already are skipped by the filter.', expect: { after: [['(Get-CsHostingProvider Hosted).Enabled', 'True']] } },
    ],
    related: hostingRelated,
  },
  'Disable-CsHostingProvider': {
    synopsis: 'Turns off traffic with a hosting provider without deleting it.',
    description: 'Sets Enabled to False; the entry and its settings are kept. A provider that is disabled already is reported as an error.',
    examples: [
      { title: 'Disable by name', code: `${newHosted}\nEnable-CsHostingProvider -Identity Hosted\nDisable-CsHostingProvider -Identity Hosted`, remarks: 'The entry stays, with Enabled False.', expect: { after: [['(Get-CsHostingProvider Hosted).Enabled', 'False']] } },
      { title: 'Disable every enabled provider', code: `${newHosted}\nEnable-CsHostingProvider Hosted\nGet-CsHostingProvider | Where-Object {$_.Enabled} | Disable-CsHostingProvider`, remarks: 'Piped entries bind -Instance; providers that are off already are skipped by the filter.', expect: { after: [['(Get-CsHostingProvider Hosted).Enabled', 'False']] } },
    ],
    related: hostingRelated,
  },
}));
