// A grant with nothing to ask reads, checks and writes inside one write transaction: another shell on
// the store cannot change the user or the policy in between, and a script of one grant per user pays
// for one transaction per line, not for extra reads around it. With -WhatIf nothing is written at all.
import { describe, expect, it } from 'vitest';
import { newStore, runPs } from '../helpers/run.js';
import type { Store } from '../../src/store/store.js';

/** Counts the SQL statements run outside a transaction and the write transactions opened. */
function spy(store: Store): { outside: string[]; transactions: number } {
  const seen = { outside: [] as string[], transactions: 0 };
  const statement = store.statement.bind(store);
  store.statement = (sql: string) => {
    if (!store.db.inTransaction) seen.outside.push(sql);
    return statement(sql);
  };
  const transaction = store.transaction.bind(store);
  store.transaction = <T>(fn: () => T): T => {
    if (!store.db.inTransaction) seen.transactions++;
    return transaction(fn);
  };
  return seen;
}

describe('Grant-CsExternalAccessPolicy and the store', () => {
  it('finds the user, checks the policy and writes in one transaction when nothing is asked', async () => {
    const store = newStore();
    expect((await runPs('New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true | Out-Null', { store })).errors).toBe('');
    const seen = spy(store);
    const r = await runPs('Grant-CsExternalAccessPolicy -Identity "sip:kenmyer@contoso.com" -PolicyName XmppUsers', { store });
    expect(r.errors).toBe('');
    expect(seen.outside).toEqual([]);
    expect(seen.transactions).toBe(1);
    const after = await runPs('(Get-CsUser -Identity "sip:kenmyer@contoso.com").ExternalAccessPolicy', { store });
    expect(after.output.trim()).toBe('XmppUsers');
  });

  it('refuses a missing user and a missing policy in that order, writing nothing', async () => {
    const store = newStore();
    const seen = spy(store);
    const r = await runPs('Grant-CsExternalAccessPolicy -Identity "sip:nobody@contoso.com" -PolicyName Missing', { store });
    expect(r.errors).toMatch(/nobody@contoso\.com/);
    const p = await runPs('Grant-CsExternalAccessPolicy -Identity "sip:kenmyer@contoso.com" -PolicyName Missing', { store });
    expect(p.errors).toMatch(/Policy "Missing" is not a user policy/);
    expect(seen.outside).toEqual([]);
  });

  it('under -WhatIf reads outside any transaction and writes nothing', async () => {
    const store = newStore();
    expect((await runPs('New-CsExternalAccessPolicy -Identity XmppUsers | Out-Null', { store })).errors).toBe('');
    const seen = spy(store);
    const r = await runPs('Grant-CsExternalAccessPolicy -Identity "sip:kenmyer@contoso.com" -PolicyName XmppUsers -WhatIf', { store });
    expect(r.output).toMatch(/What if: Performing the operation "Grant-CsExternalAccessPolicy"/);
    expect(seen.transactions).toBe(0);
    expect(seen.outside.length).toBeGreaterThan(0);
  });
});
