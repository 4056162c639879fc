// Prefix look-ups for tab completion in the interactive shell. Every query is a range scan on an index
// (`col >= prefix AND col < prefix + U+10FFFF`) with a LIMIT, so a keystroke costs the same with 40
// users or 100,000. Prepared statements come from the store's cache.

import type { Store } from './store.js';

/** [I] Most candidates offered for one completion. */
export const COMPLETION_LIMIT = 100;

const HIGHEST = '\u{10FFFF}';

/** The first column of each row (the statement is shared: its modes are left as they are). */
function column(store: Store, sql: string, ...args: unknown[]): string[] {
  const rows = store.statement(sql).all(...args) as Record<string, unknown>[];
  return rows.map((r) => String(Object.values(r)[0]));
}

function tableExists(store: Store, name: string): boolean {
  const rows = store.statement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").all(name);
  return rows.length > 0;
}

/** SIP addresses of enabled users starting with `prefix` (case-insensitive; `sip:` included in the prefix). */
export function sipAddressesWithPrefix(store: Store, prefix: string, limit = COMPLETION_LIMIT): string[] {
  return column(
    store,
    `SELECT sip_address FROM users WHERE sip_address >= ? AND sip_address < ? AND enabled = 1 ORDER BY sip_address LIMIT ?`,
    prefix,
    prefix + HIGHEST,
    limit,
  );
}

/** Display names of users starting with `prefix` (case-insensitive), enabled ones only unless `allAccounts`. */
export function displayNamesWithPrefix(store: Store, prefix: string, limit = COMPLETION_LIMIT, allAccounts = false): string[] {
  return column(
    store,
    `SELECT display_name FROM users
      WHERE display_name COLLATE NOCASE >= ? AND display_name COLLATE NOCASE < ? ${allAccounts ? '' : 'AND enabled = 1'}
      ORDER BY display_name COLLATE NOCASE LIMIT ?`,
    prefix,
    prefix + HIGHEST,
    limit,
  );
}

/** Identities (as displayed: `Global`, `Site:Redmond`, `Tag:XmppUsers`, `jabber.org`) of one XDS type starting with `prefix`. */
export function configIdentitiesWithPrefix(store: Store, type: string, prefix: string, limit = COMPLETION_LIMIT): string[] {
  const key = prefix.toLowerCase();
  return column(
    store,
    `SELECT identity FROM config_documents WHERE type = ? AND identity_key >= ? AND identity_key < ? ORDER BY identity_key LIMIT ?`,
    type,
    key,
    key + HIGHEST,
    limit,
  );
}

export function siteNamesWithPrefix(store: Store, prefix: string, limit = COMPLETION_LIMIT): string[] {
  return column(store, `SELECT name FROM sites WHERE name >= ? AND name < ? ORDER BY name LIMIT ?`, prefix, prefix + HIGHEST, limit);
}

export function poolFqdnsWithPrefix(store: Store, prefix: string, limit = COMPLETION_LIMIT): string[] {
  return column(store, `SELECT fqdn FROM pools WHERE fqdn >= ? AND fqdn < ? ORDER BY fqdn LIMIT ?`, prefix, prefix + HIGHEST, limit);
}

export function computerFqdnsWithPrefix(store: Store, prefix: string, limit = COMPLETION_LIMIT): string[] {
  return column(store, `SELECT fqdn FROM computers WHERE fqdn >= ? AND fqdn < ? ORDER BY fqdn LIMIT ?`, prefix, prefix + HIGHEST, limit);
}

/** Pools that home users (they run the Registrar service) starting with `prefix`. */
export function registrarPoolsWithPrefix(store: Store, prefix: string, limit = COMPLETION_LIMIT): string[] {
  return column(
    store,
    `SELECT pool FROM services WHERE role = 'Registrar' AND pool >= ? AND pool < ? ORDER BY pool LIMIT ?`,
    prefix,
    prefix + HIGHEST,
    limit,
  );
}

/** Service identities of one role (`EdgeServer:edge01.contoso.com`) starting with `prefix`. */
export function serviceIdentitiesWithPrefix(store: Store, role: string, prefix: string, limit = COMPLETION_LIMIT): string[] {
  return column(
    store,
    `SELECT identity FROM services WHERE role = ? AND identity >= ? AND identity < ? ORDER BY identity LIMIT ?`,
    role,
    prefix,
    prefix + HIGHEST,
    limit,
  );
}

/**
 * Thumbprints of the certificates in one computer's store (or the global one) starting with `prefix`;
 * those with a private key (the ones that can be assigned) first.
 */
export function thumbprintsWithPrefix(store: Store, computer: string, prefix: string, limit = COMPLETION_LIMIT): string[] {
  if (!tableExists(store, 'cert_store')) return [];
  return column(
    store,
    `SELECT thumbprint FROM cert_store WHERE computer = ? AND thumbprint >= ? AND thumbprint < ?
      ORDER BY private_key_pem IS NULL, thumbprint LIMIT ?`,
    computer,
    prefix,
    prefix + HIGHEST,
    limit,
  );
}

/** The query plans of the look-ups above, for the test that keeps them on indexes. */
export function completionQueryPlans(store: Store): Record<string, string> {
  const plan = (sql: string, ...args: unknown[]): string =>
    (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('; ');
  return {
    sip: plan(`SELECT sip_address FROM users WHERE sip_address >= ? AND sip_address < ? AND enabled = 1 ORDER BY sip_address LIMIT 10`, 'a', 'b'),
    displayName: plan(
      `SELECT display_name FROM users WHERE display_name COLLATE NOCASE >= ? AND display_name COLLATE NOCASE < ? AND enabled = 1 ORDER BY display_name COLLATE NOCASE LIMIT 10`,
      'a',
      'b',
    ),
    config: plan(`SELECT identity FROM config_documents WHERE type = ? AND identity_key >= ? AND identity_key < ? ORDER BY identity_key LIMIT 10`, 't', 'a', 'b'),
  };
}

/**
 * Adds `count` generated Skype-enabled users in one transaction (for the completion benchmark when no
 * generated deployment is at hand). Names are deterministic: user000001 … .
 */
export function insertGeneratedUsers(store: Store, count: number, domain = 'contoso.com', pool = 'pool01.contoso.com'): void {
  const insert = store.db.prepare(
    `INSERT INTO users (dn, sam_account_name, upn, display_name, sip_address, registrar_pool, enabled, doc)
     VALUES (?, ?, ?, ?, ?, ?, 1, '{}')`,
  );
  store.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const sam = `user${String(i).padStart(6, '0')}`;
      const display = `Generated User ${String(i).padStart(6, '0')}`;
      insert.run(`CN=${display},OU=Generated,DC=contoso,DC=com`, sam, `${sam}@${domain}`, display, `sip:${sam}@${domain}`, pool);
    }
  });
}
