// External access policies (DOMAIN.md §1.3, §2.1): Get-, New-, Set-, Remove-CsExternalAccessPolicy.
// Scopes Global / Site:<site> / Tag:<name>; Grant- and the effective-policy lookup live with the users.

import { countUsersWithExternalAccessPolicy } from '../../../store/configRepository.js';
import { externalAccessPolicySchema } from '../../../store/configSchema.js';
import { configCmdlets, xdsEnumProperties, type XdsKind } from './configCmdlets.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

export const EXTERNAL_ACCESS_POLICY_TYPE = 'Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy';

/** [V] the three lines of the prompt, in the order the console shows them (caption first). */
export function policyInUsePrompt(name: string): { caption: string; query: string } {
  return {
    caption: `The policy "${name}" is currently assigned to one or more users. Assign a different policy to the users before removing this one.`,
    query: 'The policy is in use.',
  };
}

export const externalAccessPolicyKind: XdsKind = {
  schema: externalAccessPolicySchema,
  typeNames: [EXTERNAL_ACCESS_POLICY_TYPE, 'System.Object'],
  noun: 'CsExternalAccessPolicy',
  async beforeRemove(ctx, store, existing) {
    if (existing.scope !== 'tag') return true;
    const name = existing.doc.Identity.replace(/^tag:/i, '');
    if (countUsersWithExternalAccessPolicy(store, name) === 0) return true;
    // Confirmed removal leaves the users' attribute naming a policy that no longer exists [D].
    const prompt = policyInUsePrompt(name);
    return ctx.shouldContinue(prompt.query, prompt.caption);
  },
};

cmdlets.push(...configCmdlets(externalAccessPolicyKind, 'collection'));

/** The enum properties of this family's output objects, gathered by the family index. */
export const enumProperties = xdsEnumProperties(externalAccessPolicyKind);
