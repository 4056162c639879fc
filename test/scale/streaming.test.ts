// Objects stream from the store to the host: a listing reads users page by page as the pipeline asks,
// Select-Object -First stops it, the first lines reach the host before the last user is read, and Ctrl+C
// stops a long listing between objects. Counts are small; nothing here is timed.

import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { generateUsers } from '../../src/store/usersGenerator.js';
import { countUsers } from '../../src/store/usersRepository.js';
import { FIRST_PAGE_ROWS, PAGE_ROWS, userReadProbe } from '../../src/store/userListing.js';
import { RecordingHost } from '../../src/host/testHost.js';
import { newEngine } from '../helpers/run.js';

const GENERATED = 3000;
let store: Store;
let csUsers: number;

beforeAll(() => {
  store = openStore(':memory:');
  generateUsers(store, { users: GENERATED, seed: 7 });
  csUsers = countUsers(store, { csOnly: true });
});

/** Runs `script` on the shared store; returns the rows the listings fetched for it. */
async function run(script: string, host = new RecordingHost()) {
  const probe = userReadProbe(store);
  const before = probe.rowsFetched;
  const { engine } = newEngine({ store, host });
  const result = await engine.execute(script);
  return { result, host, rows: probe.rowsFetched - before, engine };
}

async function values(script: string) {
  const probe = userReadProbe(store);
  const before = probe.rowsFetched;
  const { engine, host } = newEngine({ store });
  const out = await engine.invoke(script);
  return { out, errors: host.errors, rows: probe.rowsFetched - before };
}

describe('Select-Object -First stops the commands upstream', () => {
  it('Get-CsUser | Select-Object -First 1 reads one page, not the directory', async () => {
    const { out, errors, rows } = await values('Get-CsUser | Select-Object -First 1');
    expect(errors).toBe('');
    expect(out).toHaveLength(1);
    expect(rows).toBeLessThanOrEqual(FIRST_PAGE_ROWS);
  });

  it('a larger -First, -Skip with -First and -Index read only as far as they need', async () => {
    expect((await values('Get-CsUser | Select-Object -First 100')).rows).toBeLessThanOrEqual(FIRST_PAGE_ROWS + PAGE_ROWS);
    const skipped = await values('(Get-CsUser | Select-Object -Skip 10 -First 2).SipAddress');
    const direct = await values('(Get-CsUser | Select-Object -First 12).SipAddress');
    expect(skipped.out).toEqual(direct.out.slice(10));
    expect(skipped.rows).toBeLessThanOrEqual(FIRST_PAGE_ROWS);
    const indexed = await values('(Get-CsUser | Select-Object -Index 5,2).SipAddress');
    expect(indexed.out).toEqual([direct.out[2], direct.out[5]]); // input order, as 5.1 writes them
    expect(indexed.rows).toBeLessThanOrEqual(FIRST_PAGE_ROWS);
  });

  it('the commands after Select-Object still end; the ones before it do not, and no error shows', async () => {
    const after = await values("Get-CsUser | Select-Object -First 2 | ForEach-Object -Process { 'user' } -End { 'end' }");
    expect(after.out).toEqual(['user', 'user', 'end']);
    expect(after.errors).toBe('');
    const before = await values("1..5 | ForEach-Object -Process { $_ } -End { 'upstream end' } | Select-Object -First 2");
    expect(before.out).toEqual([1, 2]);
    const chained = await values('1..50 | Select-Object -First 10 | Select-Object -First 3 | Measure-Object | ForEach-Object Count');
    expect(chained.out).toEqual([3]);
  });

  it('a pipeline inside ForEach-Object stops only itself', async () => {
    const { out, rows } = await values('1..3 | ForEach-Object { Get-CsUser | Select-Object -First 1 } | ForEach-Object SipAddress');
    expect(out).toHaveLength(3);
    expect(new Set(out).size).toBe(1);
    expect(rows).toBeLessThanOrEqual(3 * FIRST_PAGE_ROWS);
    expect((await values("& { 1..10 | Select-Object -First 2; 'after' }")).out).toEqual([1, 2, 'after']);
    expect((await values("function f { 'a'; 'b'; 'c' }; try { f | Select-Object -First 1 } finally { 'finally' }")).out).toEqual(['a', 'finally']);
  });

  it('what a ForEach-Object block writes goes downstream at once: Select-Object -First stops the listing inside it', async () => {
    const { out, rows } = await values('1..3 | ForEach-Object { Get-CsUser } | Select-Object -First 2 | ForEach-Object SipAddress');
    expect(out).toHaveLength(2);
    expect(rows).toBeLessThanOrEqual(FIRST_PAGE_ROWS);
    const { out: begun } = await values("1..2 | ForEach-Object -Begin { 'b1'; 'b2' } -Process { $_ } -End { 'e' } | Select-Object -First 3");
    expect(begun).toEqual(['b1', 'b2', 1]);
  });

  it("a command's begin-block output reaches the next command after that one's begin block", async () => {
    const { out } = await values("function f { begin { 'fb' } process { $_ } }; function g { begin { 'gb' } process { \"g:$_\" } }; 1..2 | f | g");
    expect(out).toEqual(['gb', 'g:fb', 'g:1', 'g:2']);
    expect((await values("function f { begin { 'fb' } process { $_ } }; 1..2 | f | Select-Object -First 2")).out).toEqual(['fb', 1]);
  });

  it('without Select-Object every user is read once', async () => {
    const { out, rows } = await values('(Get-CsUser).Count');
    expect(out).toEqual([csUsers]);
    expect(rows).toBe(csUsers);
  });
});

describe('output reaches the host while the store is still being read', () => {
  /** Runs a listing; returns how many output writes the host had when `rowsRead` users had been listed. */
  async function writesWhenRead(script: string, rowsRead: number) {
    const host = new RecordingHost();
    const probe = userReadProbe(store);
    const start = probe.rowsListed;
    let seen = -1;
    probe.onRow = (n) => {
      if (n - start === rowsRead) seen = host.writes.filter((w) => w.stream === 'output').length;
    };
    try {
      await run(script, host);
    } finally {
      probe.onRow = undefined;
    }
    return { seen, host };
  }

  it('a table: the first rows are written before the last user is read', async () => {
    const { seen, host } = await writesWhenRead('Get-CsUser | Format-Table DisplayName,SipAddress', csUsers - 1);
    expect(seen).toBeGreaterThan(0);
    const lines = host.output.split('\n');
    expect(lines.slice(0, 3)).toEqual(['', expect.stringMatching(/^DisplayName +SipAddress$/), expect.stringMatching(/^-+ +-+$/)]);
    expect(lines.filter((l) => l.includes('sip:'))).toHaveLength(csUsers);
  });

  it('the default view and a filtered selection stream too', async () => {
    expect((await writesWhenRead('Get-CsUser', 500)).seen).toBeGreaterThan(0);
    expect((await writesWhenRead("Get-CsUser | Where-Object { $_.RegistrarPool -like 'pool0*' } | Select-Object DisplayName", csUsers - 1)).seen).toBeGreaterThan(0);
  });

  it('Sort-Object collects: nothing is written before the last user is read', async () => {
    const { seen, host } = await writesWhenRead('Get-CsUser | Sort-Object DisplayName | Format-Table DisplayName', csUsers - 1);
    expect(seen).toBe(0);
    expect(host.output).toContain('DisplayName');
  });

  it('Ctrl+C (stop) ends a listing between objects and keeps what was written', async () => {
    const host = new RecordingHost();
    const { engine } = newEngine({ store, host });
    const probe = userReadProbe(store);
    const start = probe.rowsListed;
    probe.onRow = (n) => {
      if (n - start === 1000) engine.stop();
    };
    let result;
    try {
      result = await engine.execute('Get-CsUser | Format-Table DisplayName,SipAddress');
    } finally {
      probe.onRow = undefined;
    }
    expect(result.success).toBe(false);
    expect(host.errors).toBe('');
    expect(probe.rowsListed - start).toBeLessThan(1000 + PAGE_ROWS);
    const rows = host.output.split('\n').filter((l) => l.includes('sip:'));
    expect(rows.length).toBeGreaterThanOrEqual(900);
    expect(rows.length).toBeLessThan(csUsers);
  });
});

describe('listed users read their stored columns only when a property is read', () => {
  const loadedBy = async (script: string) => {
    const probe = userReadProbe(store);
    const before = probe.rowsLoaded;
    const { out, errors } = await values(script);
    return { out, errors, loaded: probe.rowsLoaded - before };
  };

  it('(Get-CsUser).Count reads the ids only', async () => {
    const { out, errors, loaded } = await loadedBy('(Get-CsUser).Count');
    expect(errors).toBe('');
    expect(out).toEqual([csUsers]);
    expect(loaded).toBe(0);
  });

  it('reading a property reads the columns of that page only', async () => {
    const { out, loaded } = await loadedBy('$u = Get-CsUser; $u[1].SipAddress');
    expect(out[0]).toMatch(/^sip:/);
    expect(loaded).toBeGreaterThan(0);
    expect(loaded).toBeLessThanOrEqual(FIRST_PAGE_ROWS);
  });

  it('a table of columns stored outside the document reads no document; a document field reads one page of them', async () => {
    const probe = userReadProbe(store);
    const docs = probe.docsLoaded;
    const { host } = await run('Get-CsUser | Format-Table DisplayName,SipAddress,RegistrarPool');
    expect(host.errors).toBe('');
    expect(host.output.split('\n').filter((l) => l.includes('sip:'))).toHaveLength(csUsers);
    expect(probe.docsLoaded).toBe(docs);
    const { out } = await values('(Get-CsUser)[2].FirstName');
    expect(out[0]).toMatch(/\w/);
    expect(probe.docsLoaded - docs).toBeLessThanOrEqual(FIRST_PAGE_ROWS);
  });

  it('users kept in a variable show what was stored when they were listed, after a change to them', async () => {
    const { out, errors } = await values(
      [
        '$all = Get-CsUser',
        '$last = $all[-1]',
        "Set-CsUser -Identity $last.Identity -LineURI 'tel:+15550100' -Enabled $false",
        "$last.LineURI -ne 'tel:+15550100'",
        '$last.Enabled',
        '(Get-CsUser -Identity $last.Identity).LineURI',
      ].join('\n'),
    );
    expect(errors).toBe('');
    expect(out).toEqual([true, true, 'tel:+15550100']);
  });
});

describe('a listing on a store another process changes', () => {
  it('an account removed before its page was read shows as empty, without an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-listing-'));
    const path = join(dir, 'store.db');
    const mine = openStore(path);
    generateUsers(mine, { users: 100, seed: 3 });
    const other = openStore(path);
    try {
      const { engine, host } = newEngine({ store: mine, host: new RecordingHost() });
      await engine.execute('$all = Get-CsUser; $n = $all.Count');
      // Another program removes the 21st account listed before this process read any of its columns.
      other.db.prepare('DELETE FROM users WHERE id = (SELECT id FROM users WHERE sip_address IS NOT NULL ORDER BY id LIMIT 1 OFFSET 20)').run();
      const out = await engine.invoke('$all[20].SipAddress; $all[20].DisplayName; $all[21].SipAddress; $all.Count -eq $n');
      expect(host.errors).toBe('');
      expect(out[0]).toBeNull();
      expect(out[1]).toBe('');
      expect(out[2]).toMatch(/^sip:/);
      expect(out[3]).toBe(true);
    } finally {
      other.close();
      mine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
