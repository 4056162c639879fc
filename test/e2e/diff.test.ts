// `csshell diff <before> <after>` through the built CLI: "what changed since the snapshot", between two
// store files, two configuration exports, or one of each.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { runPs } from '../helpers/run.js';
import { openStore } from '../../src/store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'csshell-diff-'));
const snapshot = join(dir, 'snapshot.db');
const live = join(dir, 'live.db');
const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeAll(() => {
  // The snapshot: a store and the export of its configuration, taken before the changes.
  expect(runCli(['--store', snapshot, '-c', 'Export-CsConfiguration -FileName before.json'], { cwd: dir }).status).toBe(0);
  copyFileSync(snapshot, live);
  copyFileSync(`${snapshot}.key`, `${live}.key`);
  const change = [
    'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required | Out-Null',
    'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
    'Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName $null',
    'Remove-CsAllowedDomain -Identity contoso-partner.com -ErrorAction SilentlyContinue',
  ].join('\n');
  expect(runCli(['--store', live, '-c', change], { cwd: dir }).stderr).toBe('');
});

describe('csshell diff', () => {
  it('lists what changed between two stores, exit 1, and leaves both files as they were', () => {
    const before = [hash(snapshot), hash(live)];
    const r = runCli(['diff', snapshot, live]);
    expect(r.stdout).toContain('XmppAllowedPartner\n  + jabber.org\n');
    expect(r.stdout).toContain('      TlsNegotiation: Required\n');
    expect(r.stdout).toContain('AccessEdgeConfiguration\n  ~ Global\n      AllowFederatedUsers: False → True\n');
    expect(r.stdout).toMatch(/\n2 objects: 1 added, 1 changed, 0 removed\n$/);
    expect(r.status).toBe(1);
    expect([hash(snapshot), hash(live)]).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
  });

  it('sees changes still in the write-ahead log of a store another process has open', async () => {
    const busy = join(dir, 'busy.db');
    copyFileSync(snapshot, busy);
    copyFileSync(`${snapshot}.key`, `${busy}.key`);
    const store = openStore(busy);
    try {
      await runPs('New-CsBlockedDomain -Identity spam.example | Out-Null', { store });
      expect(existsSync(`${busy}-wal`)).toBe(true);
      const r = runCli(['diff', snapshot, busy]);
      expect(r.stdout).toContain('BlockedDomain\n  + spam.example\n');
    } finally {
      store.close();
    }
  });

  it('says so and exits 0 when nothing changed', () => {
    const r = runCli(['diff', snapshot, snapshot]);
    expect([r.stdout, r.status]).toEqual(['No changes.\n', 0]);
  });

  it('compares an Export-CsConfiguration file with a store, in JSON for tools', () => {
    const r = runCli(['diff', '--format', 'json', join(dir, 'before.json'), live]);
    const { changes, summary } = JSON.parse(r.stdout);
    expect(changes.map((c: { change: string; type: string; identity: string }) => `${c.change} ${c.type} ${c.identity}`)).toEqual([
      'added XmppAllowedPartner jabber.org',
      'changed AccessEdgeConfiguration Global',
    ]);
    expect(summary).toEqual({ added: 1, changed: 1, removed: 0 });
    expect(r.status).toBe(1);
  });

  it('reverses the roles when the arguments are swapped', () => {
    const r = runCli(['diff', live, snapshot]);
    expect(r.stdout).toContain('XmppAllowedPartner\n  - jabber.org\n');
    expect(r.stdout).toContain('AllowFederatedUsers: True → False');
  });

  it('refuses bad input with a clear message and exit 2', () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a store\n');
    const cases: [string[], RegExp][] = [
      [['diff', snapshot], /^usage: csshell diff/],
      [['diff', snapshot, join(dir, 'missing.db')], /^csshell diff: cannot read '.*missing\.db': ENOENT\n$/],
      [['diff', snapshot, text], /^csshell diff: '.*notes\.txt' is neither a csshell store nor a configuration export\n$/],
      [['diff', '--format', 'xml', snapshot, live], /^csshell diff: unknown format 'xml'/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.stderr).toMatch(message);
      expect(r.status).toBe(2);
    }
  });
});
