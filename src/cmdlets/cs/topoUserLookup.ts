// Finding the accounts a user cmdlet acts on.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { findUsers, type UserRecord } from '../../store/usersRepository.js';
import { fail, identityText, storeOf, topoErrors } from './topoCommon.js';

/**
 * Every account the -Identity parameter names (a wildcard display name may name several); fails with
 * `Management object not found for identity "<value>".` when none. `csOnly` limits the search to
 * Skype for Business users (accounts with a SIP address).
 */
export function usersForIdentity(ctx: CmdletContext, csOnly: boolean): UserRecord[] {
  const identity = identityText(ctx.params.Identity);
  if (identity === undefined) return [];
  const found = findUsers(storeOf(ctx), identity, { csOnly });
  if (!found.length) fail(topoErrors.userNotFound(identity));
  return found;
}

