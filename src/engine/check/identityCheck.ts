// `csshell check --store <file>`: identities a script names that will not exist in that deployment
// when the command runs. The script's own creations and removals are simulated in source order, so a
// policy granted after `New-CsExternalAccessPolicy` made it in the same script is fine. [I] Judged
// when named by a literal identity: configuration documents (policies, XMPP partners, allowed and
// blocked domains, providers) and users (userIdentities.ts); topology objects are not.

import type { Store } from '../../store/store.js';
import { listDocuments } from '../../store/configRepository.js';
import type { XdsType } from '../../store/configSchema.js';
import type { CheckFinding } from './findings.js';
import type { CommandSite } from './commandSites.js';
import { UserSimulation } from './userIdentities.js';

/** A command that bound cleanly, with its parameters. */
export interface BoundCommand {
  site: CommandSite;
  cmdlet: string;
  params: Record<string, unknown>;
}

/** Noun -> stored type, and whether identities are scoped (Global / Site: / Tag:) as policies are. */
const NOUNS: Record<string, { type: XdsType; scoped: boolean }> = {
  csexternalaccesspolicy: { type: 'ExternalAccessPolicy', scoped: true },
  csxmppallowedpartner: { type: 'XmppAllowedPartner', scoped: false },
  csalloweddomain: { type: 'AllowedDomain', scoped: false },
  csblockeddomain: { type: 'BlockedDomain', scoped: false },
  cspublicprovider: { type: 'PublicProvider', scoped: false },
  cshostingprovider: { type: 'HostingProvider', scoped: false },
};

/** The key an identity is stored under: `global`, `site:x`, `tag:x` (a bare policy name is a tag), or the name. */
function identityKey(text: string, scoped: boolean): string {
  const t = text.trim().toLowerCase();
  if (!scoped || t === 'global' || /^[a-z]+:/.test(t)) return t;
  return `tag:${t}`;
}

function literalText(v: unknown): string | undefined {
  if (typeof v !== 'string' || /[*?[]/.test(v)) return undefined;
  return v;
}

export class IdentitySimulation {
  private readonly existing = new Map<XdsType, Set<string>>();

  private readonly users: UserSimulation;

  constructor(store: Store) {
    this.users = new UserSimulation(store);
    for (const { type } of Object.values(NOUNS)) {
      this.existing.set(type, new Set(listDocuments(store, type).map((d) => d.identity.toLowerCase())));
    }
  }

  /** Walks the commands in source order; reports names that do not exist (or already exist, for New-). */
  findings(commands: BoundCommand[]): CheckFinding[] {
    const out: CheckFinding[] = [];
    for (const c of commands) {
      const [verb = '', noun = ''] = c.cmdlet.toLowerCase().split('-');
      const user = this.users.handles(c.cmdlet) ? literalText(c.params.Identity) : undefined;
      if (user !== undefined && !this.users.apply(c.cmdlet, user)) {
        out.push(this.finding(c, 'IdentityNotFound', `Management object not found for identity "${user}".`));
      }
      if (verb === 'grant' && noun === 'csexternalaccesspolicy') {
        const name = literalText(c.params.PolicyName);
        if (name !== undefined) this.expect(c, 'ExternalAccessPolicy', identityKey(name, true), name, true, out);
        continue;
      }
      const kind = NOUNS[noun];
      const identity = kind && literalText(c.params.Identity);
      if (!kind || identity === undefined) continue;
      const key = identityKey(identity, kind.scoped);
      const known = this.existing.get(kind.type)!;
      if (verb === 'new') {
        if (known.has(key)) out.push(this.finding(c, 'IdentityAlreadyExists', `${kind.type} '${identity}' already exists in this deployment.`));
        known.add(key);
      } else if (verb === 'set' || verb === 'get' || verb === 'remove') {
        this.expect(c, kind.type, key, identity, false, out);
        if (verb === 'remove') known.delete(key);
      }
    }
    return out;
  }

  private expect(c: BoundCommand, type: XdsType, key: string, shown: string, grant: boolean, out: CheckFinding[]): void {
    if (this.existing.get(type)!.has(key)) return;
    const what = grant ? `policy '${shown}'` : `${type} '${shown}'`;
    out.push(this.finding(c, 'IdentityNotFound', `The ${what} does not exist in this deployment when this command runs.`));
  }

  private finding(c: BoundCommand, errorId: string, message: string): CheckFinding {
    const at = c.site.command.extent;
    return { line: at.line, column: at.column, errorId, severity: 'error', command: c.cmdlet, message };
  }
}
