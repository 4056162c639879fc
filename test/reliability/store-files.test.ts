// Hostile and foreign store files through the built CLI: one line on stderr naming the store and the
// reason, exit 1, no JavaScript stack, and nothing changed or added beside the file. Every case goes
// through `-c`; a few go through `lab` and `fixture generate` too (all of them with
// CSSHELL_STORE_MATRIX=full). The CLI runs are independent, so they run concurrently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, lstatSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runCli, startCli, type CliResult } from '../helpers/cli.js';
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
async function refusedUnchanged(c: HostileStore, args: (path: string) => { argv: string[]; storePath: string }, place?: (path: string, dir: string) => string): Promise<void> {
  const dir = freshFolder();
  let path = c.make(dir, template);
  if (place) path = place(path, dir);
  const before = snapshot(dir);
  const { argv, storePath } = args(path);
  const r = await startCli(argv, c.unprivileged ? unprivilegedUser() : {});
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
  it.concurrent.each(hostileStores)('$name', async (c) => {
    await refusedUnchanged(c, (path) => ({ argv: ['--store', path, ...QUERY], storePath: path }));
  });

  it.concurrent.each(systemPaths)('$path', async ({ path, reason }) => {
    const existed = existsSync(path);
    const r = await startCli(['--store', path, ...QUERY], { timeout: 15_000 });
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

const FULL = process.env.CSSHELL_STORE_MATRIX === 'full';
const pick = (...names: string[]) => (FULL ? hostileStores : hostileStores.filter((c) => names.includes(c.name)));

/** The case's file becomes `<dir>/lab.db`; a case whose parent is a file gives that file as the lab folder. */
function asLabStore(path: string, dir: string): string {
  const labStore = join(dirname(path), 'lab.db');
  if (dirname(path) === dir && lexists(path)) renameSync(path, labStore);
  return labStore;
}

function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

const labArgs = (verb: string, ...extra: string[]) => (path: string) => ({
  argv: ['lab', verb, 'xmpp-federation', '--folder', dirname(path), ...extra],
  storePath: join(dirname(path), 'lab.db'),
});

describe('csshell lab on a hostile lab store', () => {
  it.concurrent.each(pick("another program's database", 'a named pipe'))('lab check: $name', async (c) => {
    await refusedUnchanged(c, labArgs('check'), asLabStore);
  });

  // A file where the lab's folder should be holds no lab: check says so and changes nothing.
  it.concurrent.each(pick('a file as the parent folder'))('lab check: $name', async (c) => {
    const dir = freshFolder();
    const path = c.make(dir, template);
    const before = snapshot(dir);
    const r = await startCli(labArgs('check')(path).argv);
    expect(r.stderr).toMatch(/^csshell lab: .*plain is not a lab folder \(no lab was started there\); start the lab with: csshell lab start xmpp-federation --folder .*plain\n$/);
    expect(r.status).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it.concurrent.each(pick("another program's database"))('lab start --resume --no-shell: $name', async (c) => {
    await refusedUnchanged(c, labArgs('start', '--resume', '--no-shell'), asLabStore);
  });

  // A reset deletes the lab's store: never a file that is not a csshell store.
  it.concurrent.each(hostileStores.filter((c) => ["another program's database", 'random bytes'].includes(c.name)))('lab start --reset: $name', async (c) => {
    await refusedUnchanged(c, labArgs('start', '--reset', '--no-shell'), asLabStore);
  });
});

describe('csshell fixture generate --store on a hostile path', () => {
  it.concurrent.each(hostileStores.filter((c) => c.absent))('$name', async (c) => {
    await refusedUnchanged(c, (path) => ({ argv: ['fixture', 'generate', '--users', '1', '--store', path], storePath: path }));
  });

  it.concurrent('/proc/self/x.db', async () => {
    const r = await startCli(['fixture', 'generate', '--users', '1', '--store', '/proc/self/x.db'], { timeout: 15_000 });
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
