import type { Migration } from './index.js';

// Certificates per computer, pending requests, the lab certification authority.
// Filled in by the certificate work.
export const pki: Migration = {
  version: 3,
  name: 'pki',
  sql: ``,
};
