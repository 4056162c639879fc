// Rules that span two XDS collections (DOMAIN.md §2.5, §2.6): a domain is either allowed or blocked,
// never both; public and hosting providers share one set of identities and one set of proxy FQDNs.
// Each rule refuses the write with a non-terminating error; the wording is our decision [I].

import { findDocument, listDocuments } from '../../../store/configRepository.js';
import type { ConfigDocument, XdsType } from '../../../store/configSchema.js';
import type { Store } from '../../../store/store.js';
import { errorShapes, fail } from '../kit/commandError.js';

/** How each collection is named in messages and which cmdlet removes from it. [I] */
const COLLECTIONS: Partial<Record<XdsType, { label: string; remove: string }>> = {
  AllowedDomain: { label: 'the allowed domain list', remove: 'Remove-CsAllowedDomain' },
  BlockedDomain: { label: 'the blocked domain list', remove: 'Remove-CsBlockedDomain' },
  PublicProvider: { label: 'public provider', remove: 'Remove-CsPublicProvider' },
  HostingProvider: { label: 'hosting provider', remove: 'Remove-CsHostingProvider' },
};

/** A new allowed (blocked) domain may not already be on the blocked (allowed) list [D]. */
export function refuseDomainOnOtherList(store: Store, doc: ConfigDocument, other: 'AllowedDomain' | 'BlockedDomain'): void {
  const found = findDocument(store, other, doc.Identity);
  if (!found) return;
  const { label, remove } = COLLECTIONS[other]!;
  fail(
    errorShapes.exists(
      `Domain "${found.doc.Identity}" is already on ${label}. A domain cannot be both allowed and blocked: remove it with ${remove} first.`,
      other === 'BlockedDomain' ? 'DomainAlreadyBlocked' : 'DomainAlreadyAllowed',
      doc.Identity,
    ),
  );
}

/** A new public (hosting) provider may not take the identity of a hosting (public) provider [D]. */
export function refuseProviderIdentityInUse(store: Store, doc: ConfigDocument, other: 'PublicProvider' | 'HostingProvider'): void {
  const found = findDocument(store, other, doc.Identity);
  if (!found) return;
  const { label } = COLLECTIONS[other]!;
  fail(
    errorShapes.exists(
      `A ${label} with identity "${found.doc.Identity}" already exists. Public and hosting providers need different identities.`,
      'ProviderIdentityInUse',
      doc.Identity,
    ),
  );
}

const PROVIDER_TYPES: ('PublicProvider' | 'HostingProvider')[] = ['PublicProvider', 'HostingProvider'];

/** No two providers (public or hosting) may use the same proxy FQDN [D]. */
export function refuseProxyFqdnInUse(store: Store, type: XdsType, doc: ConfigDocument): void {
  const proxy = typeof doc.ProxyFqdn === 'string' ? doc.ProxyFqdn.toLowerCase() : '';
  if (!proxy) return;
  for (const otherType of PROVIDER_TYPES) {
    for (const other of listDocuments(store, otherType)) {
      const self = otherType === type && other.doc.Identity.toLowerCase() === doc.Identity.toLowerCase();
      if (self || String(other.doc.ProxyFqdn ?? '').toLowerCase() !== proxy) continue;
      fail(
        errorShapes.exists(
          `The proxy FQDN "${doc.ProxyFqdn}" is already used by ${COLLECTIONS[otherType]!.label} "${other.doc.Identity}". Each provider needs its own proxy FQDN.`,
          'ProxyFqdnInUse',
          doc.ProxyFqdn as string,
        ),
      );
    }
  }
}
