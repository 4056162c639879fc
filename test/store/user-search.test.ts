// The Control Panel's user search: a text anywhere in the display name, SIP address or pool, pages
// in id order, and each column searched on its own index (the page must stay fast at 100k users).

import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { insertGeneratedUsers } from '../../src/store/completion.js';
import { searchUserPage } from '../../src/store/userSearch.js';
import { countUsers } from '../../src/store/usersRepository.js';

/** CSSHELL_PANEL_USERS raises the count (100000 to see the timing at directory scale). */
const GENERATED = Number(process.env.CSSHELL_PANEL_USERS) || 2000;

describe('searchUserPage', () => {
  const store = openStore(':memory:');
  insertGeneratedUsers(store, GENERATED);

  it('finds by part of the display name, SIP address or pool, with * and ?', () => {
    expect(searchUserPage(store, 'ken my', 0, 10).users.map((u) => u.displayName)).toEqual(['Ken Myer']);
    expect(searchUserPage(store, 'kenmyer@', 0, 10).users.map((u) => u.sipAddress)).toEqual(['sip:kenmyer@contoso.com']);
    expect(searchUserPage(store, 'pool02', 0, 100).users.every((u) => u.registrarPool === 'pool02.contoso.com')).toBe(true);
    expect(searchUserPage(store, 'Pilar*man', 0, 10).users.map((u) => u.displayName)).toEqual(['Pilar Ackerman']);
    expect(searchUserPage(store, '100%', 0, 10).users).toEqual([]);
  });

  it('pages through every Skype for Business user once, in id order', () => {
    const seen: number[] = [];
    let after = 0;
    for (;;) {
      const page = searchUserPage(store, '', after, 500);
      seen.push(...page.users.map((u) => u.id));
      if (page.nextAfter === undefined) break;
      after = page.nextAfter;
    }
    expect(seen.length).toBe(countUsers(store, { csOnly: true }));
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const search = searchUserPage(store, 'Generated User', 0, 50);
    expect(search.users).toHaveLength(50);
    expect(searchUserPage(store, 'Generated User', search.nextAfter!, 50).users[0]!.id).toBeGreaterThan(search.users[49]!.id);
  });

  it('answers a search that matches nobody quickly (it reads the indexes, not the rows)', () => {
    const started = performance.now();
    expect(searchUserPage(store, 'no such person', 0, 50).users).toEqual([]);
    // [I] Generous bound against a slow machine; the whole table would take far longer at 100k.
    expect(performance.now() - started).toBeLessThan(GENERATED >= 100_000 ? 150 : 50);
  });
});
