// Hostile and foreign store files through the built CLI: one line on stderr naming the store and the
// reason, exit 1, no JavaScript stack, and nothing changed or added beside the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import { hostileStores, snapshot, systemPaths, unprivilegedUser, type HostileStore } from './hostileStores.js';

const QUERY = ['-c', 'Get-CsUser | Measure-Object'];
const folders: string[] = [];
let template = '';

function freshFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-hostile-'));
  chmodSync(dir, 0o755); // the unprivileged cases must reach it
  folders.push(dir);
  return dir;
}

function expectRefused(r: CliResult, storePath: string, reason: RegExp): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toContain('internal error');
  const m = /^csshell: cannot open the store '(.*)': (.*)\n$/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  expect(m![1]).toBe(storePath);
  expect(m![2]).toMatch(reason);
  expect(r.stdout).toBe('');
  expect(r.status).toBe(1);
}

/** Makes the case in a fresh folder, runs `args(path)` and checks the refusal and that nothing changed. */
function refusedUnchanged(c: HostileStore, args: (path: string, dir: string) => { argv: string[]; storePath: string }, place?: (path: string, dir: string) => string): void {
  const dir = freshFolder();
  let path = c.make(dir, template);
  if (place) path = place(path, dir);
  const before = snapshot(dir);
  const { argv, storePath } = args(path, dir);
  const r = runCli(argv, c.unprivileged ? unprivilegedUser() : {});
  chmodSync(dir, 0o755);
  expectRefused(r, storePath, c.reason);
  expect(snapshot(dir)).toEqual(before);
}

beforeAll(() => {
  template = join(freshFolder(), 'template.db');
  const r = runCli(['--store', template, '-c', 'New-CsExternalAccessPolicy -Identity Kept | Out-Null']);
  expect(r.stderr).toBe('');
});

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('csshell --store on a hostile or foreign file', () => {
  it.each(hostileStores)('$name', (c) => {
    refusedUnchanged(c, (path) => ({ argv: ['--store', path, ...QUERY], storePath: path }));
  });

  it.each(systemPaths)('$path', ({ path, reason }) => {
    const existed = existsSync(path);
    const r = runCli(['--store', path, ...QUERY], { timeout: 15_000 });
    expectRefused(r, path, reason);
    expect(existsSync(path)).toBe(existed);
  });

  it('an empty file becomes a new store; the csshell store and its data open as before', () => {
    const dir = freshFolder();
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const r = runCli(['--store', empty, '-c', '(Get-CsExternalAccessPolicy).Count']);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('1');
    const kept = runCli(['--store', template, '-c', '(Get-CsExternalAccessPolicy -Identity Kept).Identity']);
    expect(kept.stderr).toBe('');
    expect(kept.stdout.trim()).toBe('Tag:Kept');
  });

  it('a new default store is private: ~/.csshell 0700, default.db 0600', () => {
    const home = freshFolder();
    const r = runCli(['-c', '1'], { env: { HOME: home, CSSHELL_STORE: '' } });
    expect(r.stderr).toBe('');
    expect(statSync(join(home, '.csshell')).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, '.csshell', 'default.db')).mode & 0o777).toBe(0o600);
  });
});

const LAB_CASES = ["another program's database", 'random bytes', 'a named pipe', 'a store written by a newer csshell', 'a file as the parent folder', 'a store truncated to half its size'];

/** The case's file becomes `<dir>/lab.db`; a case whose parent is a file gives that file as the lab folder. */
function asLabStore(path: string, dir: string): string {
  if (dirname(path) !== dir) return path;
  renameSync(path, join(dir, 'lab.db'));
  return join(dir, 'lab.db');
}

describe('csshell lab on a hostile lab store', () => {
  const cases = hostileStores.filter((c) => LAB_CASES.includes(c.name));

  it.each(cases)('lab check: $name', (c) => {
    refusedUnchanged(c, (path) => ({ argv: ['lab', 'check', 'xmpp-federation', '--folder', dirname(path)], storePath: join(dirname(path), 'lab.db') }), asLabStore);
  });

  it.each(cases.slice(0, 2))('lab start --no-shell and --reset: $name', (c) => {
    for (const extra of [[], ['--reset']]) {
      refusedUnchanged(c, (path) => ({ argv: ['lab', 'start', 'xmpp-federation', '--folder', dirname(path), '--no-shell', ...extra], storePath: path }), asLabStore);
    }
  });
});

describe('csshell fixture generate --store on a hostile path', () => {
  const cases = hostileStores.filter((c) => ['a file as the parent folder', 'a symbolic link to a missing file', 'a missing store in a read-only folder'].includes(c.name));

  it.each(cases)('$name', (c) => {
    refusedUnchanged(c, (path) => ({ argv: ['fixture', 'generate', '--users', '1', '--store', path], storePath: path }));
  });

  it('/proc/self/x.db', () => {
    const r = runCli(['fixture', 'generate', '--users', '1', '--store', '/proc/self/x.db'], { timeout: 15_000 });
    expectRefused(r, '/proc/self/x.db', systemPaths[0]!.reason);
  });
});

describe('csshell check needs no store', () => {
  it("leaves another program's database named by --store alone", () => {
    const c = hostileStores[0]!;
    const dir = freshFolder();
    const path = c.make(dir, template);
    writeFileSync(join(dir, 'ok.ps1'), 'Get-CsUser -Identity kenmyer\n');
    const before = snapshot(dir);
    const r = runCli(['--store', path, 'check', join(dir, 'ok.ps1')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(basename(path)).toBe('notes.db');
  });
});
