import type { Migration } from './index.js';

// Topology (sites, pools, computers, services), SIP domains, users, DNS records, Windows services.
// Filled in by the topology/users work.
export const topologyAndUsers: Migration = {
  version: 2,
  name: 'topology_users',
  sql: ``,
};
