import { describe, expect, it } from 'vitest';
import { getSite, insertSite } from '../../src/store/topologyRepository.js';
import { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open.js';
import {
  countUsersWithExternalAccessPolicy,
  effectiveExternalAccessPolicy,
  externalAccessPolicyTagNames,
  findSiteName,
  getAccessEdgeConfiguration,
  getExternalAccessPolicy,
  getXmppGatewayConfiguration,
  insertDocument,
  listDocuments,
  listExternalAccessPolicies,
} from '../../src/store/configRepository.js';
import { defaultDocument } from '../../src/store/configDefaults.js';

function storeWithSites(): Store {
  const store = openStore(':memory:');
  for (const [i, name] of ['Redmond', 'Dublin'].entries()) {
    if (!getSite(store, name)) insertSite(store, { name, siteId: i + 1, siteType: 'CentralSite', description: null, displayName: name, federationRoute: null, xmppFederationRoute: null, defaultPersistentChatPool: null, parentSite: null });
  }
  return store;
}

function addUser(store: Store, sam: string, policy: string | null): void {
  store.db
    .prepare(
      'INSERT INTO users (dn, sam_account_name, upn, display_name, sip_address, registrar_pool, enabled, external_access_policy, doc) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)',
    )
    .run(`CN=${sam},OU=Test,DC=contoso,DC=com`, `t_${sam}`, `t_${sam}@contoso.com`, sam, `sip:t_${sam}@contoso.com`, 'pool01.contoso.com', policy, '{}');
}

describe('configuration repository', () => {
  it('seeds the three global documents of a fresh deployment', () => {
    const store = openStore(':memory:');
    const global = getExternalAccessPolicy(store, 'global');
    expect(global).toEqual({
      Identity: 'Global',
      Description: null,
      EnableFederationAccess: false,
      EnableXmppAccess: false,
      EnablePublicCloudAccess: false,
      EnablePublicCloudAudioVideoAccess: false,
      EnableOutsideAccess: false,
    });
    expect(listExternalAccessPolicies(store)).toHaveLength(1);
    expect(getAccessEdgeConfiguration(store).RoutingMethod).toBe('UseDnsSrvRouting');
    expect(getAccessEdgeConfiguration(store).EnableUserReplicator).toBe(true);
    expect(getXmppGatewayConfiguration(store).SubscriptionRefreshInterval).toBe(28800);
  });

  it('lists Global first, then sites, then tags in creation order', () => {
    const store = storeWithSites();
    insertDocument(store, 'ExternalAccessPolicy', 'tag', defaultDocument('ExternalAccessPolicy', 'Tag:B'));
    insertDocument(store, 'ExternalAccessPolicy', 'site', defaultDocument('ExternalAccessPolicy', 'Site:Redmond'));
    insertDocument(store, 'ExternalAccessPolicy', 'tag', defaultDocument('ExternalAccessPolicy', 'Tag:A'));
    expect(listDocuments(store, 'ExternalAccessPolicy').map((d) => d.identity)).toEqual(['Global', 'Site:Redmond', 'Tag:B', 'Tag:A']);
    expect(externalAccessPolicyTagNames(store)).toEqual(['B', 'A']);
    expect(getExternalAccessPolicy(store, 'b')?.Identity).toBe('Tag:B');
    expect(getExternalAccessPolicy(store, 'SITE:redmond')?.Identity).toBe('Site:Redmond');
  });

  it('resolves the effective policy: user tag, then site, then global', () => {
    const store = storeWithSites();
    const tag = { ...defaultDocument('ExternalAccessPolicy', 'Tag:Xmpp'), EnableXmppAccess: true };
    insertDocument(store, 'ExternalAccessPolicy', 'tag', tag);
    insertDocument(store, 'ExternalAccessPolicy', 'site', defaultDocument('ExternalAccessPolicy', 'Site:Dublin'));
    expect(effectiveExternalAccessPolicy(store, { policyName: 'xmpp', site: 'Dublin' }).Identity).toBe('Tag:Xmpp');
    expect(effectiveExternalAccessPolicy(store, { policyName: 'Gone', site: 'Dublin' }).Identity).toBe('Site:Dublin');
    expect(effectiveExternalAccessPolicy(store, { policyName: null, site: 'Redmond' }).Identity).toBe('Global');
  });

  it('finds sites case-insensitively and counts users holding a policy name', () => {
    const store = storeWithSites();
    expect(findSiteName(store, 'redmond')).toBe('Redmond');
    expect(findSiteName(store, 'Paris')).toBeUndefined();
    addUser(store, 'a', 'Sales');
    addUser(store, 'b', 'sales');
    addUser(store, 'c', null);
    expect(countUsersWithExternalAccessPolicy(store, 'SALES')).toBe(2);
    expect(countUsersWithExternalAccessPolicy(store, 'Other')).toBe(0);
  });
});
