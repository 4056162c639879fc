import type { Migration } from './index.js';

// Configuration documents of the Central Management Store (XDS): one row per object,
// keyed by document type and lower-cased identity. `doc` holds the properties as a JSON object
// in display order; `seq` keeps creation order for Get- output.
export const core: Migration = {
  version: 1,
  name: 'core',
  sql: `
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE config_documents (
      type         TEXT    NOT NULL,
      identity_key TEXT    NOT NULL,
      identity     TEXT    NOT NULL,
      scope        TEXT    NOT NULL,
      seq          INTEGER NOT NULL,
      doc          TEXT    NOT NULL,
      PRIMARY KEY (type, identity_key)
    );
    CREATE INDEX config_documents_seq ON config_documents (type, seq);
  `,
};
