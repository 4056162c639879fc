// Scale cases for start-up, parsing and big scripts. Each case runs the built CLI in a child process
// (the installed `csshell` command, dist/csshell, which starts Node from the start-up snapshot, or
// the ES module bundle dist/csshell.js) and reports its wall time and peak RSS, with a floor measured
// the same way in the same run (a bare `node`), so the figures read as ratios on a noisy machine.
// Nothing here passes or fails: `npm run bench:startup` prints the table; the scale benchmark lists the cases.
// Set CSSHELL_BENCH_FULL=1 for the full 50 MB script (it takes minutes).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminScript } from './adminScript.js';

export interface Measure {
  seconds: number;
  maxRssMb: number;
  /** User + system CPU seconds (steadier than wall time on a shared machine). */
  cpuSeconds: number;
}

export interface ScaleCase {
  name: string;
  target: string;
  /** Size of the input in MB, for throughput and memory ratios (0 when there is none). */
  inputMb: number;
  run(): Measure;
  floor(): Measure;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'csshell.js');
/** The installed command (package.json's bin). */
const command = join(root, 'dist', 'csshell');
const work = mkdtempSync(join(tmpdir(), 'csshell-scale-startup-'));
const REPEAT = 5;
/** Start-up is short and noisy: more runs for its median. */
const START_REPEAT = 11;

/** `node <args>`: wall, CPU and peak RSS; the medians of `repeat` runs. */
function timed(args: string[], repeat = 1): Measure {
  return timedProgram(process.execPath, args, repeat);
}

// bash's `time` gives wall and CPU to the millisecond (/usr/bin/time only to 10 ms, a sixth of a
// bare Node's start); /usr/bin/time inside it gives the peak RSS.
const TIMING = 'TIMEFORMAT="%3R %3U %3S"; { time /usr/bin/time -f %M -o "$0" "$@" >/dev/null 2>&1; } 2>&1';

/** One child process, `repeat` times; wall, CPU and peak RSS are each the median of the runs. */
function timedProgram(program: string, args: string[], repeat: number): Measure {
  const runs: Measure[] = [];
  for (let i = 0; i < repeat; i++) {
    const rssFile = join(work, 'rss.txt');
    const r = spawnSync('bash', ['-c', TIMING, rssFile, program, ...args], {
      cwd: work, env: { ...process.env, CSSHELL_STORE: join(work, 'store.db') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (r.error) throw r.error;
    const [wall, user, sys] = r.stdout.trim().split('\n').pop()!.split(' ').map(Number);
    const rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    runs.push({ seconds: wall!, cpuSeconds: user! + sys!, maxRssMb: rssKb / 1024 });
  }
  const median = (pick: (m: Measure) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { seconds: median((m) => m.seconds), cpuSeconds: median((m) => m.cpuSeconds), maxRssMb: median((m) => m.maxRssMb) };
}

function file(name: string, make: () => string): string {
  const path = join(work, name);
  if (!existsSync(path)) writeFileSync(path, make());
  return path;
}

const bareNode = (): Measure => timed(['-e', '0'], START_REPEAT);

/** Seconds until the interactive shell shows its prompt in a pseudo-terminal (median of `repeat`). */
function untilPrompt(program: string, args: string[], prompt: RegExp, repeat = REPEAT): Measure {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const script = join(work, 'prompt.mjs');
    writeFileSync(script, promptProbe);
    const r = spawnSync(process.execPath, [script, prompt.source, program, ...args], {
      cwd: work, env: { ...process.env, CSSHELL_STORE: join(work, 'store.db'), TERM: 'xterm' }, encoding: 'utf8',
    });
    times.push(Number(r.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)]!, cpuSeconds: NaN, maxRssMb: NaN };
}

// A tiny probe run as its own process: starts the command in a pty (util-linux `script`) and prints
// the seconds until the prompt pattern appears on the terminal.
const promptProbe = `
import { spawn } from 'node:child_process';
const [pattern, ...cmd] = process.argv.slice(2);
const started = performance.now();
const quoted = cmd.map((a) => "'" + a.replace(/'/g, "'\\\\''") + "'").join(' ');
const child = spawn('script', ['-qfec', 'stty cols 120 rows 40; exec ' + quoted, '/dev/null'], { stdio: ['pipe', 'pipe', 'ignore'] });
let out = '';
const re = new RegExp(pattern);
child.stdout.on('data', (d) => {
  out += d;
  if (re.test(out)) { console.log(((performance.now() - started) / 1000).toFixed(3)); child.kill('SIGKILL'); process.exit(0); }
});
setTimeout(() => { console.log('NaN'); child.kill('SIGKILL'); process.exit(1); }, 30000);
`;

const MB = 1024 * 1024;
const fullRun = process.env.CSSHELL_BENCH_FULL === '1';
const oneLineStatements = fullRun ? 50 * MB : 5 * MB;

export const scaleStartupCases: ScaleCase[] = [
  {
    name: 'cold `csshell run` of a one-line script (the installed command)',
    target: '<= 2x `node -e 0`',
    inputMb: 0,
    run: () => timedProgram(command, ['run', file('one.ps1', () => '$a = 1\n')], START_REPEAT),
    floor: bareNode,
  },
  {
    name: 'first prompt of the interactive shell (pty)',
    target: '<= 3x `node -e 0` in the same pty',
    inputMb: 0,
    run: () => untilPrompt(command, [], /PS C:\\.*>/, START_REPEAT),
    floor: () => untilPrompt(process.execPath, ['-e', 'console.log("PS C:\\\\>")'], /PS C:\\.*>/, START_REPEAT),
  },
  {
    name: '`csshell parse` of a 7.4 MB admin script',
    target: '>= 5 MB/s whole process, peak RSS <= 20x the input',
    inputMb: 7.4,
    run: () => timed([cli, 'parse', file('admin.ps1', () => adminScript(7.4e6))]),
    floor: () => timed(['-e', `require('fs').readFileSync(${JSON.stringify(join(work, 'admin.ps1'))}, 'utf8')`]),
  },
  {
    name: `\`csshell run\` of a ${oneLineStatements / MB} MB one-line script of $a=1;`,
    target: 'runs to the end, memory bounded (not growing with the file)',
    inputMb: oneLineStatements / MB,
    run: () => timed([cli, 'run', file(`statements-${oneLineStatements}.ps1`, () => '$a=1;'.repeat(oneLineStatements / 5))]),
    floor: () => timed(['-e', `require('fs').readFileSync(${JSON.stringify(join(work, `statements-${oneLineStatements}.ps1`))}, 'utf8')`]),
  },
];

function row(c: ScaleCase): string {
  const m = c.run();
  const f = c.floor();
  const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '-');
  const parts = [
    c.name,
    `  wall ${m.seconds.toFixed(3)} s (${ratio(m.seconds, f.seconds)} floor ${f.seconds.toFixed(3)} s)`,
    Number.isFinite(m.cpuSeconds) ? `  cpu ${m.cpuSeconds.toFixed(3)} s (${ratio(m.cpuSeconds, f.cpuSeconds)} floor ${f.cpuSeconds.toFixed(3)} s)` : '',
    Number.isFinite(m.maxRssMb) ? `  peak RSS ${m.maxRssMb.toFixed(0)} MB${c.inputMb ? ` (${(m.maxRssMb / c.inputMb).toFixed(1)}x the input)` : ''}` : '',
    c.inputMb ? `  throughput ${(c.inputMb / m.seconds).toFixed(2)} MB/s wall, ${(c.inputMb / m.cpuSeconds).toFixed(2)} MB/s cpu` : '',
    `  target: ${c.target}`,
  ];
  return parts.filter(Boolean).join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(cli) || !existsSync(command)) throw new Error('dist/csshell.js or dist/csshell is missing: run npm run build first');
  const only = process.argv.slice(2);
  for (const c of scaleStartupCases) {
    if (only.length && !only.some((o) => c.name.includes(o))) continue;
    console.log(row(c));
  }
}
