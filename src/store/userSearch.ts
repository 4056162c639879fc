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

export function searchUserPage(store: Store, search: string, afterId: number, size: number): UserPage {
  const text = search.trim();
  const where = ['sip_address IS NOT NULL', 'id > ?'];
  const args: (string | number)[] = [afterId];
  if (text) {
    where.push("(display_name LIKE ? ESCAPE '\\' OR sip_address LIKE ? ESCAPE '\\' OR registrar_pool LIKE ? ESCAPE '\\')");
    const like = `%${wildcardToLike(text)}%`; // `*` and `?` work as in Get-CsUser -Identity
    args.push(like, like, like);
  }
  const rows = store
    .statement(`SELECT id, display_name, sip_address, registrar_pool, enabled, external_access_policy FROM users WHERE ${where.join(' AND ')} ORDER BY id LIMIT ?`)
    .all(...args, size + 1) as Row[];
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
