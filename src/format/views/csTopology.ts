// Objects of the topology, service and DNS commands of a Skype for Business deployment.

import type { PSObject } from '../../engine/runtime/values.js';
import type { View } from '../viewTypes.js';

const columns = (...names: string[]) => names.map((property) => ({ property }));

export const views: Record<string, View> = {
  // Get-CsWindowsService
  'Microsoft.Rtc.Management.Deployment.Core.NTService': {
    kind: 'table',
    columns: [{ property: 'Status', width: 8 }, { property: 'Name', width: 20 }, { property: 'ActivityLevel' }],
  },
  // Resolve-DnsName
  'Microsoft.DnsClient.Commands.DnsRecord_SRV': {
    kind: 'table',
    columns: columns('Name', 'Type', 'TTL', 'Section', 'NameTarget', 'Priority', 'Weight', 'Port'),
  },
  'Microsoft.DnsClient.Commands.DnsRecord_A': { kind: 'table', columns: columns('Name', 'Type', 'TTL', 'Section', 'IPAddress') },
  // Get-/Add-/Remove-DnsServerResourceRecord
  'Microsoft.Management.Infrastructure.CimInstance#root/Microsoft/Windows/DNS/DnsServerResourceRecord': {
    kind: 'table',
    columns: columns('HostName', 'RecordType', 'Type', 'Timestamp', 'TimeToLive', 'RecordData'),
  },
  // The synthetic transactions' result (Test-CsXmppIM, Test-CsFederatedPartner, Test-CsTopology), DOMAIN.md §4.6.
  'Microsoft.Rtc.SyntheticTransactions.TaskOutput': {
    kind: 'list',
    items: [
      { property: 'TargetFqdn', label: 'Target Fqdn' },
      { property: 'Result' },
      { property: 'Latency' },
      { property: 'Error', label: 'Error Message' },
      { property: 'Diagnosis' },
    ],
  },
};

/** Topology objects that read as something else than their Identity when shown inside another object. */
export const displays: Record<string, (o: PSObject) => string> = {
  'Microsoft.Rtc.Management.Deploy.Internal.SqlInstance': (o) => `${String(o.get('Fqdn'))}\\${String(o.get('InstanceName'))}`,
  'Microsoft.Rtc.Management.Deploy.Internal.InternalDomain': (o) => String(o.get('Name')),
};
