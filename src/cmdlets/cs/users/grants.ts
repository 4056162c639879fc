// Grant-CsExternalAccessPolicy (assign or unassign a per-user policy) and Get-CsEffectivePolicy
// (the policy that really governs a user: per-user > site > global, DOMAIN.md §1.3).

import { csCmdlet } from '../../../catalog/registry.js';
import type { ErrorSpec } from '../../../engine/cmdlet.js';
import { effectiveExternalAccessPolicy, externalAccessPolicyIdentity } from '../../../store/configRepository.js';
import { getPool } from '../../../store/topologyRepository.js';
import { getUserById, setUserPolicy, type UserRecord } from '../../../store/usersRepository.js';
import type { Store } from '../../../store/store.js';
import { contactObject, effectivePolicyObject, poolIndex } from './objects.js';
import { userKeysForIdentity, usersForIdentity } from './lookup.js';
import { errorShapes, fail, recordHandler } from '../kit/commandError.js';
import { storeOf } from '../kit/commandContext.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** [V text] Only an existing per-user (tag) policy can be granted to a user. */
export function notUserPolicy(name: string): ErrorSpec {
  return errorShapes.invalid(`Policy "${name}" is not a user policy. You can assign only a user policy to a specific user.`, 'PolicyNotUserPolicy', name);
}

/** The per-user policy name to store (without `Tag:`), or null to unassign. Fails for anything else. */
function grantedName(store: Store, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  if (text === '') return null;
  if (/^(global|site:.*|service:.*)$/i.test(text)) fail(notUserPolicy(text));
  const name = text.replace(/^tag:/i, '');
  const identity = externalAccessPolicyIdentity(store, `Tag:${name}`);
  if (!identity) fail(notUserPolicy(text));
  // Keep the name as the policy spells it.
  return identity.replace(/^tag:/i, '');
}

cmdlets.push(csCmdlet('Grant-CsExternalAccessPolicy', () =>
  recordHandler(async (ctx) => {
    const store = storeOf(ctx);
    let granted: number[];
    if (ctx.proceedsUnasked()) {
      // Nothing to ask: the users are found, the policy checked and the change made in one transaction
      // (what a script of one grant per user spends most of its time on is the store's locks).
      granted = commandTransaction(ctx, (s) => {
        const ids = userKeysForIdentity(ctx, true).map((u) => u.id);
        grantAll(s, ids, ctx.params.PolicyName);
        return ids;
      });
    } else {
      const users = userKeysForIdentity(ctx, true);
      grantedName(store, ctx.params.PolicyName); // a policy that cannot be granted is refused before asking
      granted = [];
      for (const u of users) if (await ctx.shouldProcess(u.dn)) granted.push(u.id);
      // Every user the identity names changes in one transaction; the policy must still exist then.
      if (granted.length) commandTransaction(ctx, (s) => grantAll(s, granted, ctx.params.PolicyName));
    }
    if (ctx.params.PassThru === true) for (const id of granted) ctx.writeObject(contactObject(getUserById(store, id)!, poolIndex(store)));
  }),
));

/** Sets (or clears) the per-user policy of every user in `ids`, as the policy is named now. */
function grantAll(store: Store, ids: number[], policyName: unknown): void {
  const current = grantedName(store, policyName);
  for (const id of ids) setUserPolicy(store, id, 'ExternalAccessPolicy', current);
}

/** Identity (`Global`, `Site:Redmond`, `Tag:XmppUsers`) of the external access policy that governs a user. */
export function effectiveExternalAccessPolicyIdentity(store: Store, u: UserRecord): string {
  const site = u.registrarPool ? getPool(store, u.registrarPool)?.site ?? null : null;
  return effectiveExternalAccessPolicy(store, { policyName: u.externalAccessPolicy, site }).Identity;
}

cmdlets.push(csCmdlet('Get-CsEffectivePolicy', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    for (const u of usersForIdentity(ctx, true)) ctx.writeObject(effectivePolicyObject(u, effectiveExternalAccessPolicyIdentity(store, u)));
  }),
));

