// Loads the demo deployment (fixtures/topologies/contoso.json): SIP domains, sites, pools, computers,
// services, users, AD accounts, DNS records, Windows services.
import type { Store } from './store.js';

export function seedDemoTopology(_store: Store): void {
  // filled in by the topology/users work
}
