// Generated large deployments: deterministic for a seed, written in one transaction, fast lookups.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { generateUsers } from '../../src/store/usersGenerator.js';
import { countUsers, findUsers, listUsers } from '../../src/store/usersRepository.js';
import { generateFixtureCommand, generateFixtureStore } from '../../src/host/fixtureCommand.js';

describe('user generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const rows = (seed: number) => {
      const s = openStore(':memory:');
      generateUsers(s, { users: 500, seed });
      return listUsers(s).slice(-500).map((u) => [u.dn, u.sipAddress, u.registrarPool, u.department]);
    };
    expect(rows(42)).toEqual(rows(42));
    expect(rows(42)).not.toEqual(rows(43));
  });

  it('spreads users over both pools, mostly enabled, unique and resolvable', () => {
    const s = openStore(':memory:');
    const before = countUsers(s);
    expect(generateUsers(s, { users: 2000, seed: 5 })).toBe(2000);
    expect(countUsers(s)).toBe(before + 2000);
    const generated = listUsers(s).slice(-2000);
    const pools = new Set(generated.map((u) => u.registrarPool).filter(Boolean));
    expect(pools).toEqual(new Set(['pool01.contoso.com', 'pool02.contoso.com']));
    const enabled = generated.filter((u) => u.sipAddress).length;
    expect(enabled).toBeGreaterThan(1600);
    expect(enabled).toBeLessThan(2000);
    const one = generated.find((u) => u.sipAddress)!;
    expect(findUsers(s, one.sipAddress!)[0]?.id).toBe(one.id);
    expect(findUsers(s, one.displayName)[0]?.id).toBe(one.id);
  });

  it('gives every generated account a job title that fits its department (LDAP title filters)', () => {
    const s = openStore(':memory:');
    generateUsers(s, { users: 300, seed: 9 });
    const generated = listUsers(s).slice(-300);
    expect(generated.every((u) => u.title && u.title !== 'Employee')).toBe(true);
    expect(new Set(generated.map((u) => u.title)).size).toBeGreaterThan(10);
    expect(generated.filter((u) => u.department === 'Finance').every((u) => ['Financial Analyst', 'Accountant', 'Controller'].includes(u.title!))).toBe(true);
  });

  it('the fixture command creates a new store file and refuses an existing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-fixture-'));
    const path = join(dir, 'big.db');
    const r = generateFixtureStore(path, 1000, 3);
    expect(r.generated).toBe(1000);
    expect(existsSync(path)).toBe(true);
    const s = openStore(path);
    expect(countUsers(s)).toBe(r.totalUsers);
    expect(findUsers(s, 'sip:kenmyer@contoso.com')).toHaveLength(1);
    s.close();
    expect(await generateFixtureCommand(['generate', '--users', '10', '--store', path])).toBe(1);
    expect(await generateFixtureCommand(['generate', '--users', 'many', '--store', join(dir, 'x.db')])).toBe(2);
    expect(await generateFixtureCommand(['generate', '--users', '10'], join(dir, 'y.db'))).toBe(0);
    expect(existsSync(join(dir, 'y.db'))).toBe(true);
  });
});
