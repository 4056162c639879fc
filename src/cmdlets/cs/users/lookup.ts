// Finding the accounts a user cmdlet acts on.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { findUserKeys, findUsers, type UserKey, type UserRecord } from '../../../store/usersRepository.js';
import { fail } from '../kit/commandError.js';
import { identityText, storeOf } from '../kit/commandContext.js';
import { topoErrors } from '../topology/errors.js';

/**
 * Every account the -Identity parameter names (a wildcard display name may name several); fails with
 * `Management object not found for identity "<value>".` when none. `csOnly` limits the search to
 * Skype for Business users (accounts with a SIP address).
 */
export function usersForIdentity(ctx: CmdletContext, csOnly: boolean): UserRecord[] {
  return named(ctx, (identity) => findUsers(storeOf(ctx), identity, { csOnly }));
}

/** The same accounts as usersForIdentity, keys only (id, DN, SIP address): for one-column writes. */
export function userKeysForIdentity(ctx: CmdletContext, csOnly: boolean): UserKey[] {
  return named(ctx, (identity) => findUserKeys(storeOf(ctx), identity, { csOnly }));
}

function named<T>(ctx: CmdletContext, find: (identity: string) => T[]): T[] {
  const identity = identityText(ctx.params.Identity);
  if (identity === undefined) return [];
  const found = find(identity);
  if (!found.length) fail(topoErrors.userNotFound(identity));
  return found;
}

