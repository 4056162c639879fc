// Scale case for per-user writes: a batch script of one Grant-CsExternalAccessPolicy line per
// Skype for Business user of a generated store (90,055 lines for --users 100000), run by the built
// CLI in a child process, against a floor measured the same way in the same run: a plain
// better-sqlite3 loop doing the same single-row updates, one IMMEDIATE transaction each, with the
// pragmas of a csshell store. Nothing here passes or fails: `npm run bench:grants` prints the row;
// the scale benchmark lists the case. The store and script are generated once into
// test/.bench-cache/ (gitignored); each run works on a fresh copy of the store.
// CSSHELL_BENCH_GRANT_USERS changes the number of generated users (default 100000).

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Measure, ScaleCase } from './scaleStartup.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'csshell.js');
const users = Number(process.env.CSSHELL_BENCH_GRANT_USERS ?? 100_000);
const cache = join(root, 'test', '.bench-cache', `grants-${users}`);
const base = join(cache, 'base.db');
const work = join(cache, 'work.db');
const script = join(cache, 'grant.ps1');
const loop = join(cache, 'loop.mjs');
const POLICY = 'XmppUsers';
/** What csshell sets on a file store (src/store/store.ts); the floor uses the same. */
const SYNCHRONOUS = 'NORMAL';

/** One child process under /usr/bin/time (wall, CPU, peak RSS), on a fresh copy of the store. */
function timed(args: string[], program = process.execPath): Measure {
  fresh();
  const out = join(cache, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, program, ...args], { cwd: cache, stdio: 'ignore' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  const [e, u, s, m] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: e!, cpuSeconds: u! + s!, maxRssMb: m! / 1024 };
}

function fresh(): void {
  for (const suffix of ['', '-wal', '-shm', '.key']) rmSync(work + suffix, { force: true });
  copyFileSync(base, work);
  copyFileSync(`${base}.key`, `${work}.key`);
}

function csshell(...args: string[]): void {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: cache, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`csshell ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
}

/** The store (with the policy) and the script, made once; the WAL is folded in so copies are whole. */
function prepare(): void {
  if (existsSync(script) && existsSync(base)) return;
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  csshell('fixture', 'generate', '--users', String(users), '--store', base);
  writeFileSync(join(cache, 'policy.ps1'), `New-CsExternalAccessPolicy -Identity ${POLICY} -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null\n`);
  csshell('--store', base, 'run', 'policy.ps1');
  const db = new Database(base);
  const sips = db.prepare('SELECT sip_address FROM users WHERE sip_address IS NOT NULL ORDER BY id').pluck().all() as string[];
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(loop, floorLoop);
  writeFileSync(script, sips.map((s) => `Grant-CsExternalAccessPolicy -Identity "${s}" -PolicyName ${POLICY}\n`).join(''));
}

// The floor, run as its own process: per script line, BEGIN IMMEDIATE, the SIP address to its row
// id (the same indexed lookup), the same UPDATE the store makes, COMMIT.
const floorLoop = `
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
const [store, script, policy, synchronous] = process.argv.slice(2);
const db = new Database(store, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('foreign_keys = ON');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = ' + synchronous);
const bySip = db.prepare('SELECT id FROM users WHERE sip_address = ?');
const grant = db.prepare('UPDATE users SET external_access_policy = ? WHERE id = ?');
const one = db.transaction((sip) => grant.run(policy, bySip.get(sip).id));
for (const line of readFileSync(script, 'utf8').split('\\n')) {
  const sip = /"([^"]+)"/.exec(line)?.[1];
  if (sip) one.immediate(sip);
}
db.close();
`;

/** Users that hold the policy in the work copy: the run must have granted every line. */
function granted(): { granted: number; lines: number } {
  const db = new Database(work, { readonly: true });
  const n = (db.prepare('SELECT COUNT(*) FROM users WHERE external_access_policy = ?').pluck().get(POLICY) as number);
  db.close();
  return { granted: n, lines: readFileSync(script, 'utf8').split('\n').filter(Boolean).length };
}

export const scaleGrantsCases: ScaleCase[] = [
  {
    name: `\`csshell run\` of one Grant-CsExternalAccessPolicy per user (${users} generated users)`,
    target: `<= 2x a plain better-sqlite3 loop (WAL, synchronous=${SYNCHRONOUS}), peak RSS <= 200 MB`,
    inputMb: 0,
    run: () => {
      prepare();
      // The installed command (the launcher, from the start-up snapshot), as an admin runs it.
      const m = timed(['--store', work, 'run', script], join(root, 'dist', 'csshell'));
      const g = granted();
      if (g.granted !== g.lines) throw new Error(`the script granted ${g.granted} of ${g.lines} users`);
      return m;
    },
    floor: () => {
      prepare();
      return timed([loop, work, script, POLICY, SYNCHRONOUS]);
    },
  },
];

function row(c: ScaleCase): string {
  const m = c.run();
  const f = c.floor();
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : '-');
  return [
    c.name,
    `  wall ${m.seconds.toFixed(3)} s (${ratio(m.seconds, f.seconds)} floor ${f.seconds.toFixed(3)} s)`,
    `  cpu ${m.cpuSeconds.toFixed(3)} s (${ratio(m.cpuSeconds, f.cpuSeconds)} floor ${f.cpuSeconds.toFixed(3)} s)`,
    `  peak RSS ${m.maxRssMb.toFixed(0)} MB (floor ${f.maxRssMb.toFixed(0)} MB)`,
    `  floor: one BEGIN IMMEDIATE / SELECT id by sip_address / UPDATE / COMMIT per line, journal_mode=WAL, synchronous=${SYNCHRONOUS}`,
    `  target: ${c.target}`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(cli)) throw new Error('dist/csshell.js is missing: run npm run build first');
  for (const c of scaleGrantsCases) console.log(row(c));
}
