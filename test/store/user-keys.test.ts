// findUserKeys (what Grant-* reads to act on an account) names exactly the accounts findUsers does,
// for every identity form and with or without the Skype for Business filter.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { findUserKeys, findUsers } from '../../src/store/usersRepository.js';

const IDENTITIES = [
  'sip:kenmyer@contoso.com',
  'SIP:KenMyer@Contoso.com',
  'kenmyer@contoso.com',
  'noral@contoso.com',
  'Ken Myer',
  'ken myer',
  '*a*',
  'Nora*',
  'CONTOSO\\pilar',
  'FABRIKAM\\pilar',
  'CN=Ken Myer,OU=Redmond,DC=contoso,DC=com',
  'lenaf',
  'Lena Fischer',
  'sip:nobody@contoso.com',
  'nobody',
];

describe('findUserKeys', () => {
  const store = openStore(':memory:');
  for (const csOnly of [false, true]) {
    for (const identity of IDENTITIES) {
      it(`names the same accounts as findUsers for ${JSON.stringify(identity)}${csOnly ? ' (Skype for Business users only)' : ''}`, () => {
        const full = findUsers(store, identity, { csOnly }).map((u) => ({ id: u.id, dn: u.dn, sipAddress: u.sipAddress }));
        expect(findUserKeys(store, identity, { csOnly })).toEqual(full);
      });
    }
  }

  it('finds several accounts for a wildcard and none for an unknown name', () => {
    expect(findUserKeys(store, '*a*').length).toBeGreaterThan(10);
    expect(findUserKeys(store, 'Nora*', { csOnly: true })).toEqual([]);
    expect(findUserKeys(store, 'Nora*').map((k) => k.dn)).toEqual(['CN=Nora Lindgren,OU=Redmond,DC=contoso,DC=com']);
  });
});
