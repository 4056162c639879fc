// Schema migrations, applied in order; the applied version is kept in `PRAGMA user_version`.
// Each migration runs in one transaction. Never edit a migration that has shipped: add a new one.

import { core } from './001_core.js';
import { topologyAndUsers } from './002_topology_users.js';
import { pki } from './003_pki.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [core, topologyAndUsers, pki];
