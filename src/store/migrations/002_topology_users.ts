import type { Migration } from './index.js';

// Topology (sites, pools, computers, services), SIP domains, users and AD accounts, the simulated
// external DNS zone, Windows service state per computer and CMS replica status.
// `doc` columns hold the remaining properties as JSON; `seq` keeps the published (fixture) order.
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
      seq         INTEGER NOT NULL DEFAULT 0,
      doc         TEXT NOT NULL
    );
    CREATE TABLE computers (
      fqdn        TEXT PRIMARY KEY COLLATE NOCASE,
      pool        TEXT NOT NULL COLLATE NOCASE REFERENCES pools(fqdn),
      seq         INTEGER NOT NULL DEFAULT 0,
      doc         TEXT NOT NULL
    );
    CREATE TABLE services (
      identity    TEXT PRIMARY KEY COLLATE NOCASE,
      role        TEXT NOT NULL COLLATE NOCASE,
      pool        TEXT NOT NULL COLLATE NOCASE REFERENCES pools(fqdn),
      seq         INTEGER NOT NULL DEFAULT 0,
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
      display_name           TEXT NOT NULL COLLATE NOCASE,
      sip_address            TEXT UNIQUE COLLATE NOCASE,
      registrar_pool         TEXT COLLATE NOCASE,
      enabled                INTEGER NOT NULL DEFAULT 0,
      external_access_policy TEXT COLLATE NOCASE,
      doc                    TEXT NOT NULL
    );
    CREATE INDEX users_display_name ON users (display_name);
    CREATE INDEX users_registrar_pool ON users (registrar_pool);
    CREATE INDEX users_external_access_policy ON users (external_access_policy);
    CREATE TABLE dns_records (
      name        TEXT NOT NULL COLLATE NOCASE,
      type        TEXT NOT NULL COLLATE NOCASE,
      target      TEXT NOT NULL COLLATE NOCASE,
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
      seq         INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (computer, name)
    );
    -- CMS replicas (every computer of the topology) and when they last applied the configuration.
    CREATE TABLE replicas (
      fqdn                 TEXT PRIMARY KEY COLLATE NOCASE,
      up_to_date           INTEGER NOT NULL DEFAULT 1,
      last_status_report   TEXT,
      last_update_creation TEXT
    );
  `,
};
