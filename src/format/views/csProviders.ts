// Get-CsHostingProvider: SipClientPort is not shown unless asked for (Select-Object *) [D].

import type { View } from '../viewTypes.js';

const HOSTING_PROVIDER_SHOWN = ['Identity', 'Name', 'ProxyFqdn', 'VerificationLevel', 'Enabled', 'EnabledSharedAddressSpace', 'HostsOCSUsers', 'IsLocal', 'AutodiscoverUrl'];

export const views: Record<string, View> = {
  'Microsoft.Rtc.Management.WritableConfig.Settings.Edge.DisplayHostingProvider': {
    kind: 'list',
    items: HOSTING_PROVIDER_SHOWN.map((property) => ({ property })),
  },
};
