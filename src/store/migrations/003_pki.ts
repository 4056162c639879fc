import type { Migration } from './index.js';

// Certificates per computer (the local machine store of each topology computer, plus `global` for
// certificates kept in the Central Management Store), their assignments by use, pending certificate
// requests with their private keys, and the embedded lab certification authority.
// Private keys are stored as PKCS#8 PEM and are only ever read by src/pki (never shown).
export const pki: Migration = {
  version: 3,
  name: 'pki',
  sql: `
    CREATE TABLE cert_store (
      computer          TEXT    NOT NULL COLLATE NOCASE,
      thumbprint        TEXT    NOT NULL COLLATE NOCASE,
      der               BLOB    NOT NULL,
      private_key_pem   TEXT,
      key_exportable    INTEGER NOT NULL DEFAULT 0,
      friendly_name     TEXT,
      chain_pem         TEXT,
      added             TEXT    NOT NULL,
      PRIMARY KEY (computer, thumbprint)
    );
    CREATE TABLE cert_assignments (
      scope               TEXT NOT NULL COLLATE NOCASE,
      use                 TEXT NOT NULL COLLATE NOCASE,
      thumbprint          TEXT NOT NULL COLLATE NOCASE,
      previous_thumbprint TEXT COLLATE NOCASE,
      effective_date      TEXT,
      update_time         TEXT NOT NULL,
      source_scope        TEXT NOT NULL,
      seq                 INTEGER NOT NULL,
      PRIMARY KEY (scope, use)
    );
    CREATE TABLE cert_requests (
      request_id        INTEGER PRIMARY KEY AUTOINCREMENT,
      computer          TEXT    NOT NULL COLLATE NOCASE,
      types             TEXT    NOT NULL,
      subject           TEXT    NOT NULL,
      alternative_names TEXT    NOT NULL,
      csr_pem           TEXT    NOT NULL,
      private_key_pem   TEXT    NOT NULL,
      key_exportable    INTEGER NOT NULL DEFAULT 0,
      friendly_name     TEXT,
      key_size          INTEGER NOT NULL,
      modulus           TEXT    NOT NULL,
      status            TEXT    NOT NULL DEFAULT 'Pending',
      created           TEXT    NOT NULL
    );
    CREATE INDEX cert_requests_modulus ON cert_requests (modulus);
    CREATE TABLE cert_lab_ca (
      id           INTEGER PRIMARY KEY CHECK (id = 1),
      name         TEXT    NOT NULL,
      cert_pem     TEXT    NOT NULL,
      key_pem      TEXT    NOT NULL,
      next_serial  INTEGER NOT NULL
    );
  `,
};
