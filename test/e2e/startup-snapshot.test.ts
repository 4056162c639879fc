// The `csshell` command (dist/csshell) starts Node from the start-up snapshot for batch commands,
// from the ES module bundle for the rest or when the snapshot cannot be used; and a run from the
// snapshot reads its working folder, arguments, environment, time zone, clock and randomness at
// run time, not as they were when the snapshot was built.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCommand, cliPath, repoRoot, runCli } from '../helpers/cli.js';

const dist = join(repoRoot, 'dist');
const blob = join(dist, 'csshell.blob');
const stamp = join(dist, 'csshell.blob.node');

/** How the launcher at `command` started Node for `args` (its `exec` line, traced by sh -x), and what it printed. */
function launched(command: string, args: string[], env: NodeJS.ProcessEnv = {}): { exec: string; stdout: string; status: number | null } {
  const r = spawnSync('sh', ['-x', command, ...args], { encoding: 'utf8', input: '', env: { ...process.env, CSSHELL_STORE: ':memory:', ...env } });
  const exec = r.stderr.split('\n').filter((l) => /^\++ exec /.test(l)).pop() ?? '';
  return { exec, stdout: r.stdout, status: r.status };
}

/**
 * A copy of the launcher in a folder of its own, with a stand-in `node` first on PATH that prints
 * how it was started; `snapshot` says which snapshot files the folder holds, for that stand-in.
 */
function launcherCopy(snapshot: 'none' | 'built by this node' | 'built by another node' | 'node changed since' | 'node replaced by an older file') {
  const folder = mkdtempSync(join(tmpdir(), 'csshell-launcher-'));
  const bin = join(folder, 'bin');
  mkdirSync(bin);
  const node = join(bin, 'node');
  writeFileSync(node, '#!/bin/sh\necho "node $*"\n', { mode: 0o755 });
  copyFileSync(cliCommand, join(folder, 'csshell'));
  const stamp = join(folder, 'csshell.blob.node');
  if (snapshot !== 'none') {
    writeFileSync(join(folder, 'csshell.blob'), '');
    writeFileSync(stamp, `${snapshot === 'built by another node' ? '/opt/other-node/bin/node' : node}\n`);
    spawnSync('touch', ['-r', node, stamp]);
    // The stamp carries the builder's modification time: a newer or an older binary is another one.
    if (snapshot === 'node changed since') utimesSync(stamp, new Date(2001, 0, 1), new Date(2001, 0, 1));
    if (snapshot === 'node replaced by an older file') utimesSync(stamp, new Date(2099, 0, 1), new Date(2099, 0, 1));
  }
  const run = (args: string[], stdinTerminal = false): string => {
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    const line = [join(folder, 'csshell'), ...args].map((a) => `'${a}'`).join(' ');
    // A terminal on stdin comes from script(1), which runs the command in a pseudo-terminal.
    const r = stdinTerminal
      ? spawnSync('script', ['-qec', line, '/dev/null'], { encoding: 'utf8', env })
      : spawnSync(join(folder, 'csshell'), args, { encoding: 'utf8', env, input: '' });
    return r.stdout.trim();
  };
  return { folder, run };
}

describe('the csshell command', () => {
  it('was built with its snapshot, stamped with the Node that built it, and starts batch runs from it', () => {
    expect(existsSync(blob)).toBe(true);
    expect(readFileSync(stamp, 'utf8').trim()).toBe(process.execPath);
    const r = launched(cliCommand, ['-c', '1+1']);
    expect(r.exec).toContain(`--snapshot-blob ${blob} -- -c 1+1`);
    expect([r.stdout.trim(), r.status]).toEqual(['2', 0]);
  });

  it('starts the shell, batch commands and labs from the snapshot, the Control Panel from the ES module bundle', () => {
    const { folder, run } = launcherCopy('built by this node');
    const fromSnapshot = (args: string[]) => `node --snapshot-blob ${folder}/csshell.blob -- ${args.join(' ')}`;
    const fromBundle = (args: string[]) => `node ${folder}/csshell.js ${args.join(' ')}`;
    const batch = [['-c', '1+1'], ['--store', 'x.db', 'run', 'a.ps1', 'panel'], ['--version'], ['parse', 'a.ps1'], ['--computer=x', 'check', 'a.ps1']];
    for (const args of [...batch, ['--store', 'x.db'], ['lab', 'list'], ['--computer=x', 'lab', 'start', 'a', '--folder', 'panel']]) {
      expect(run(args)).toBe(fromSnapshot(args));
    }
    for (const args of [['--store', 'x.db', 'panel', '--help'], ['--computer', 'x', 'lab', 'start', 'a', '--panel']]) expect(run(args)).toBe(fromBundle(args));
    // The interactive shell: a terminal on stdin.
    if (existsSync('/usr/bin/script')) expect(run(['--store', 'x.db'], true)).toBe(fromSnapshot(['--store', 'x.db']));
  });

  it('falls back to the ES module bundle when the snapshot is missing or was built by another Node', () => {
    for (const snapshot of ['none', 'built by another node', 'node changed since', 'node replaced by an older file'] as const) {
      const { folder, run } = launcherCopy(snapshot);
      expect(run(['-c', '6*7']), snapshot).toBe(`node ${folder}/csshell.js -c 6*7`);
    }
    // And the bundle it falls back to runs the command.
    const { folder } = launcherCopy('none');
    symlinkSync(cliPath, join(folder, 'csshell.js'));
    const r = launched(join(folder, 'csshell'), ['-c', '6*7']);
    expect(r.exec).toMatch(/^\++ exec node .*csshell\.js -c 6\*7$/);
    expect([r.stdout.trim(), r.status]).toEqual(['42', 0]);
  });

  it('runs from the ES module bundle when NODE_OPTIONS is set: Node refuses a snapshot under other V8 flags', () => {
    const r = launched(cliCommand, ['-c', '6*7'], { NODE_OPTIONS: '--max-old-space-size=300' });
    expect(r.exec).toBe(`+ exec node ${cliPath} -c 6*7`);
    expect([r.stdout.trim(), r.status]).toEqual(['42', 0]);
  });

  it('passes arguments, standard streams and the exit code through', () => {
    const folder = mkdtempSync(join(tmpdir(), 'csshell-launcher-run-'));
    writeFileSync(join(folder, 'args.ps1'), '"[$($args -join \'|\')]"\nWrite-Error "to stderr"\nexit 7\n');
    const r = runCli(['run', 'args.ps1', 'two words', "it's", '--store'], { cwd: folder });
    expect(r.stdout).toBe("[two words|it's|--store]\n");
    expect(r.stderr).toContain('to stderr');
    expect(r.status).toBe(7);
    // Standard input reaches the piped shell.
    expect(runCli(['--store', ':memory:'], { input: '"piped " + (20 + 22)\n' }).stdout).toContain('piped 42');
  });
});

describe('a run from the snapshot', () => {
  const probe = [
    '"args: $($args -join \',\')"',
    'Get-Content probe.txt',
    '"zone: $((Get-Date).ToString(\'zzz\'))"',
    '"utc: $((Get-Date).ToUniversalTime().ToString(\'yyyy-MM-ddTHH:mm:ss\'))"',
    '"random: $(Get-Random)"',
  ].join('\n');

  function runIn(text: string, zone: string, args: string[]) {
    const folder = mkdtempSync(join(tmpdir(), 'csshell-snapshot-run-'));
    mkdirSync(join(folder, 'home'));
    writeFileSync(join(folder, 'probe.ps1'), probe);
    writeFileSync(join(folder, 'probe.txt'), text);
    const env = { TZ: zone, HOME: join(folder, 'home'), CSSHELL_STORE: '' };
    const before = Date.now();
    const r = runCli(['run', 'probe.ps1', ...args], { cwd: folder, env });
    const lines = Object.fromEntries(r.stdout.trim().split('\n').map((l) => l.split(': ') as [string, string]));
    return { r, lines, folder, before, after: Date.now() };
  }

  it('follows the working folder, arguments, environment, time zone, clock and randomness of the run', () => {
    const tokyo = runIn('text: in the first folder', 'Asia/Tokyo', ['a', 'b']);
    const kolkata = runIn('text: in the second folder', 'Asia/Kolkata', ['c']);
    for (const run of [tokyo, kolkata]) {
      expect(run.r.stderr).toBe('');
      expect(run.r.status).toBe(0);
      // The store is made in the run's home folder (~/.csshell/default.db).
      expect(existsSync(join(run.folder, 'home', '.csshell', 'default.db'))).toBe(true);
      const utc = Date.parse(`${run.lines.utc}Z`);
      expect(utc).toBeGreaterThanOrEqual(Math.floor(run.before / 1000) * 1000);
      expect(utc).toBeLessThanOrEqual(run.after);
    }
    expect([tokyo.lines.args, tokyo.lines.text, tokyo.lines.zone]).toEqual(['a,b', 'in the first folder', '+09:00']);
    expect([kolkata.lines.args, kolkata.lines.text, kolkata.lines.zone]).toEqual(['c', 'in the second folder', '+05:30']);
    expect(tokyo.lines.random).not.toBe(kolkata.lines.random);
  });
});
