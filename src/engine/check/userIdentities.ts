// `csshell check --store`: the users a script names by a literal identity (SIP address, UPN,
// DOMAIN\account, display name, distinguished name), looked up in the deployment as the user cmdlets
// do. Accounts the script enables for Skype for Business before (Enable-CsUser) count as users from
// then on, accounts it disables no longer do.

import type { Store } from '../../store/store.js';
import { findUsers } from '../../store/usersRepository.js';

/** User cmdlets -> whether they see only Skype for Business users (accounts with a SIP address). */
const USER_CMDLETS: Record<string, { csOnly: boolean; enables?: boolean; disables?: boolean }> = {
  'get-csuser': { csOnly: true },
  'set-csuser': { csOnly: true },
  'move-csuser': { csOnly: true },
  'grant-csexternalaccesspolicy': { csOnly: true },
  'disable-csuser': { csOnly: true, disables: true },
  'enable-csuser': { csOnly: false, enables: true },
  'get-csaduser': { csOnly: false },
};

export class UserSimulation {
  /** Account ids enabled (true) or disabled (false) by the script so far. */
  private readonly changed = new Map<number, boolean>();

  constructor(private readonly store: Store) {}

  handles(cmdlet: string): boolean {
    return Object.hasOwn(USER_CMDLETS, cmdlet.toLowerCase());
  }

  /** Applies one command; returns false when the identity names no account the cmdlet would see. */
  apply(cmdlet: string, identity: string): boolean {
    if (/[*?]/.test(identity)) return true; // a wildcard may match nothing without an error
    const rule = USER_CMDLETS[cmdlet.toLowerCase()]!;
    const accounts = findUsers(this.store, identity).filter((u) => !rule.csOnly || (this.changed.get(u.id) ?? u.sipAddress !== null));
    for (const u of accounts) {
      if (rule.enables) this.changed.set(u.id, true);
      if (rule.disables) this.changed.set(u.id, false);
    }
    return accounts.length > 0;
  }
}
