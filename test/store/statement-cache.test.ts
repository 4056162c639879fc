// The prepared-statement cache of a store: reused on one connection, never shared between stores,
// never handed out once its connection is closed. And the durability setting every file store runs with.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open.js';
import { getUserBySip, setUserPolicy } from '../../src/store/usersRepository.js';

const META = 'SELECT value FROM meta WHERE key = ?';

function storePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'csshell-statements-')), 'store.db');
}

describe('Store.statement', () => {
  it('prepares a SQL text once per connection', () => {
    const store = Store.open(':memory:');
    expect(store.statement(META)).toBe(store.statement(META));
    store.close();
  });

  it('is not shared between two stores: each statement reads its own database', () => {
    const a = Store.open(':memory:');
    const b = Store.open(':memory:');
    a.setMeta('which', 'a');
    b.setMeta('which', 'b');
    expect(a.statement(META)).not.toBe(b.statement(META));
    expect(a.getMeta('which')).toBe('a');
    expect(b.getMeta('which')).toBe('b');
    a.close();
    b.close();
  });

  it('is not shared between two connections to one file', () => {
    const path = storePath();
    const first = Store.open(path);
    const second = Store.open(path);
    expect(first.statement(META)).not.toBe(second.statement(META));
    first.setMeta('k', 'written by first');
    expect(second.getMeta('k')).toBe('written by first');
    first.close();
    second.close();
  });

  it('refuses to hand out statements of a closed store, and a reopened store prepares its own', () => {
    const path = storePath();
    const store = Store.open(path);
    store.setMeta('k', 'v');
    const before = store.statement(META);
    store.close();
    expect(() => store.statement(META)).toThrow(/not open/);
    expect(() => store.getMeta('k')).toThrow(/not open/);
    const again = Store.open(path);
    const after = again.statement(META);
    expect(after).not.toBe(before);
    expect(again.getMeta('k')).toBe('v');
    again.close();
  });

  it('drops the cache when the connection was closed underneath it', () => {
    const store = Store.open(':memory:');
    store.statement(META);
    store.db.close();
    expect(() => store.statement(META)).toThrow(/not open/);
  });

  it('repository writes through cached statements land in the right store', () => {
    const a = openStore(':memory:');
    const b = openStore(':memory:');
    const user = getUserBySip(a, 'sip:kenmyer@contoso.com')!;
    setUserPolicy(a, user.id, 'ExternalAccessPolicy', 'OnlyA');
    setUserPolicy(b, user.id, 'ExternalAccessPolicy', 'OnlyB');
    expect(getUserBySip(a, 'kenmyer@contoso.com')!.externalAccessPolicy).toBe('OnlyA');
    expect(getUserBySip(b, 'kenmyer@contoso.com')!.externalAccessPolicy).toBe('OnlyB');
    a.close();
    b.close();
  });
});

describe('store durability setting', () => {
  it('a file store runs in WAL mode with synchronous = NORMAL (1)', () => {
    const store = Store.open(storePath());
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
    store.close();
  });
});
