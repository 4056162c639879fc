// XDS identities as admins type them and as the shell displays them (DOMAIN.md §1.1–1.2):
// `global` → `Global`, `site:Redmond` → `Site:Redmond`, `tag:Sales` or `Sales` → `Tag:Sales`,
// and global-relative names (`gmail.com`) kept as written. Matching is case-insensitive.

import { fqdnErrorMessage, fqdnProblem } from '../../../engine/runtime/fqdn.js';
import type { ConfigDocument, DocumentScope, ScopeModel } from '../../../store/configSchema.js';
import { fail } from '../kit/commandError.js';
import { identityText } from '../kit/commandContext.js';
import { xdsErrors } from './configErrors.js';

export interface ParsedIdentity {
  scope: DocumentScope | 'service' | 'invalid';
  /** The name after the scope prefix (site name, tag name, domain); empty for Global. */
  name: string;
  /** How the shell shows it: `Global`, `Site:Redmond`, `Tag:Sales`, `gmail.com`. */
  display: string;
}

const GLOBAL: ParsedIdentity = { scope: 'global', name: '', display: 'Global' };

/** An XDS identity as given: the kit's identity text without surrounding spaces, '' when absent. */
export function xdsIdentityText(value: unknown): string {
  return identityText(value)?.trim() ?? '';
}

/** Parses an identity for a type with the given scope model. */
export function parseIdentity(text: string, model: ScopeModel): ParsedIdentity {
  const t = text.trim();
  if (model === 'relative') return t ? { scope: 'relative', name: t, display: t } : { scope: 'invalid', name: t, display: t };
  if (t.toLowerCase() === 'global') return GLOBAL;
  const m = /^([a-z]+):(.*)$/i.exec(t);
  if (m) {
    const prefix = m[1]!.toLowerCase();
    const name = m[2]!.trim();
    if (!name) return { scope: 'invalid', name, display: t };
    if (prefix === 'site') return { scope: 'site', name, display: `Site:${name}` };
    if (prefix === 'tag') return { scope: model === 'policy' ? 'tag' : 'invalid', name, display: `Tag:${name}` };
    if (prefix === 'service') return { scope: 'service', name, display: `Service:${name}` };
    return { scope: 'invalid', name: t, display: t };
  }
  // A bare name is a per-user policy: `Sales` means `Tag:Sales` [D].
  if (model === 'policy' && t) return { scope: 'tag', name: t, display: `Tag:${t}` };
  return { scope: 'invalid', name: t, display: t };
}

/**
 * initNew of the objects named by a domain (allowed and blocked domains, XMPP partners): the name must be
 * a domain name, as their Domain property is one in the product. [I] the FQDN rules of src/engine/runtime/fqdn.ts
 */
export function domainFromIdentity(type: string): (doc: ConfigDocument, id: ParsedIdentity) => void {
  return (doc, id) => {
    if (fqdnProblem(id.name)) fail(xdsErrors.invalidScope(type, id.display, fqdnErrorMessage(id.name)));
    doc.Domain = id.display;
  };
}

/** -Filter patterns: PowerShell wildcards, case-insensitive (the engine's one matcher). */
export { wildcardMatcher } from '../../../engine/runtime/wildcard.js';
