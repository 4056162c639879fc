import type { Migration } from './index.js';

// Topology (sites, pools, computers, services), SIP domains, users and AD accounts, the simulated
// external DNS zone, and Windows service state per computer.
export const topologyAndUsers: Migration = {
  version: 2,
  name: 'topology_users',
  sql: `
    CREATE TABLE sip_domains (
      name        TEXT PRIMARY KEY COLLATE NOCASE,
      is_default  INTEGER NOT NULL DEFAULT 0,
      seq         INTEGER NOT NULL
    );
    CREATE TABLE sites (
      name                   TEXT PRIMARY KEY COLLATE NOCASE,
      site_id                INTEGER NOT NULL UNIQUE,
      doc                    TEXT NOT NULL
    );
    CREATE TABLE pools (
      fqdn        TEXT PRIMARY KEY COLLATE NOCASE,
      site        TEXT NOT NULL COLLATE NOCASE REFERENCES sites(name),
      doc         TEXT NOT NULL
    );
    CREATE TABLE computers (
      fqdn        TEXT PRIMARY KEY COLLATE NOCASE,
      pool        TEXT NOT NULL COLLATE NOCASE REFERENCES pools(fqdn),
      doc         TEXT NOT NULL
    );
    CREATE TABLE services (
      identity    TEXT PRIMARY KEY COLLATE NOCASE,
      role        TEXT NOT NULL,
      pool        TEXT NOT NULL COLLATE NOCASE REFERENCES pools(fqdn),
      doc         TEXT NOT NULL
    );
    CREATE INDEX services_role ON services (role);
    CREATE INDEX services_pool ON services (pool);
    -- Active Directory accounts; enabled = enabled for Skype for Business (Get-CsUser returns only those).
    CREATE TABLE users (
      id                     INTEGER PRIMARY KEY,
      dn                     TEXT NOT NULL UNIQUE COLLATE NOCASE,
      sam_account_name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
      upn                    TEXT NOT NULL UNIQUE COLLATE NOCASE,
      display_name           TEXT NOT NULL,
      sip_address            TEXT UNIQUE COLLATE NOCASE,
      registrar_pool         TEXT COLLATE NOCASE,
      enabled                INTEGER NOT NULL DEFAULT 0,
      external_access_policy TEXT COLLATE NOCASE,
      doc                    TEXT NOT NULL
    );
    CREATE INDEX users_display_name ON users (display_name COLLATE NOCASE);
    CREATE INDEX users_registrar_pool ON users (registrar_pool);
    CREATE INDEX users_external_access_policy ON users (external_access_policy);
    CREATE TABLE dns_records (
      name        TEXT NOT NULL COLLATE NOCASE,
      type        TEXT NOT NULL,
      target      TEXT NOT NULL,
      port        INTEGER,
      priority    INTEGER,
      weight      INTEGER,
      PRIMARY KEY (name, type, target)
    );
    CREATE TABLE windows_services (
      computer    TEXT NOT NULL COLLATE NOCASE,
      name        TEXT NOT NULL COLLATE NOCASE,
      display_name TEXT NOT NULL,
      status      TEXT NOT NULL,
      PRIMARY KEY (computer, name)
    );
  `,
};
