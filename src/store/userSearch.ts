// The Control Panel's user list: Skype for Business users whose display name, SIP address or pool
// contains the searched text, one page at a time in id order (keyset paging: a page costs the same
// on a 100k-user store wherever it starts).

import type { Store } from './store.js';
import { wildcardToLike } from './usersRepository.js';

export interface UserSummary {
  id: number;
  displayName: string;
  sipAddress: string;
  registrarPool: string | null;
  enabled: boolean;
  /** The per-user policy name, or null (<Automatic>: site or global applies). */
  externalAccessPolicy: string | null;
}

export interface UserPage {
  users: UserSummary[];
  /** The id to start the next page after, when there is one. */
  nextAfter?: number;
}

interface Row {
  id: number;
  display_name: string;
  sip_address: string;
  registrar_pool: string | null;
  enabled: number;
  external_access_policy: string | null;
}

const COLUMNS = 'id, display_name, sip_address, registrar_pool, enabled, external_access_policy';

/**
 * A search is answered one of two ways, both cheap on 100k users. First the next ids in order are read
 * (WINDOW_ROWS of them, a few ms): a text that many users match fills the page there. A rarer text
 * is looked up in each column's covering index (display name, SIP address, pool: about 10 ms each)
 * and the ids joined; that join is small exactly when the first way was not enough. (One OR over the
 * three columns, in id order, reads every whole row with its JSON document when few users match.)
 */
const WINDOW_ROWS = 5000;

const MATCH = "(display_name LIKE @like ESCAPE '\\' OR sip_address LIKE @like ESCAPE '\\' OR registrar_pool LIKE @like ESCAPE '\\')";

const WINDOW_SQL = `SELECT ${COLUMNS} FROM users WHERE id > @after AND id <= @after + ${WINDOW_ROWS} AND sip_address IS NOT NULL AND ${MATCH} ORDER BY id LIMIT @limit`;

const INDEXES_SQL = `SELECT ${COLUMNS} FROM users WHERE id IN (
    SELECT id FROM users WHERE display_name LIKE @like ESCAPE '\\'
    UNION SELECT id FROM users WHERE sip_address LIKE @like ESCAPE '\\'
    UNION SELECT id FROM users WHERE registrar_pool LIKE @like ESCAPE '\\')
  AND sip_address IS NOT NULL AND id > @after ORDER BY id LIMIT @limit`;

const LIST_SQL = `SELECT ${COLUMNS} FROM users WHERE sip_address IS NOT NULL AND id > @after ORDER BY id LIMIT @limit`;

export function searchUserPage(store: Store, search: string, afterId: number, size: number): UserPage {
  const text = search.trim();
  const args = { after: afterId, limit: size + 1 };
  let rows: Row[];
  if (!text) rows = store.statement(LIST_SQL).all(args) as Row[];
  else {
    // `*` and `?` work as in Get-CsUser -Identity; anything else is matched as typed, anywhere in the value.
    const like = { ...args, like: `%${wildcardToLike(text)}%` };
    rows = store.statement(WINDOW_SQL).all(like) as Row[];
    if (rows.length <= size) rows = store.statement(INDEXES_SQL).all(like) as Row[];
  }
  const users = rows.slice(0, size).map((r) => ({
    id: r.id,
    displayName: r.display_name,
    sipAddress: r.sip_address,
    registrarPool: r.registrar_pool,
    enabled: r.enabled === 1,
    externalAccessPolicy: r.external_access_policy,
  }));
  return rows.length > size ? { users, nextAfter: users[users.length - 1]!.id } : { users };
}
