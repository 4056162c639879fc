// How the scale cases measure a child process: wall time, CPU time and peak RSS, each case in its own
// process so one case's memory does not count for the next. Peak RSS comes from /usr/bin/time when it
// is installed, otherwise from a preloaded script that prints the child's own resource usage at exit.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cli = join(repoRoot, 'dist', 'csshell.js');
/** The installed `csshell` command: the launcher that starts from the start-up snapshot. */
export const command = join(repoRoot, 'dist', 'csshell');
export const benchWork = mkdtempSync(join(tmpdir(), 'csshell-scale-'));

export interface Measure {
  seconds: number;
  /** User + system CPU seconds (steadier than wall time on a shared machine); NaN when not measured. */
  cpuSeconds: number;
  maxRssMb: number;
}

const TIME = '/usr/bin/time';
const usagePreload = join(benchWork, 'usage.cjs');
writeFileSync(
  usagePreload,
  "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.CSSHELL_BENCH_USAGE, `${(u.userCPUTime + u.systemCPUTime) / 1e6} ${u.maxRSS}`); });\n",
);

function once(nodeArgs: string[], env: NodeJS.ProcessEnv, program = process.execPath): Measure {
  const out = join(benchWork, 'usage.txt');
  const started = performance.now();
  // The launcher cannot take a preload (NODE_OPTIONS turns the snapshot off): it needs /usr/bin/time.
  const useTime = existsSync(TIME);
  if (!useTime && program !== process.execPath) throw new Error(`${TIME} is needed to measure ${program}`);
  const r = useTime
    ? spawnSync(TIME, ['-f', '%e %U %S %M', '-o', out, program, ...nodeArgs], { cwd: benchWork, env, stdio: 'ignore' })
    : spawnSync(process.execPath, ['-r', usagePreload, ...nodeArgs], { cwd: benchWork, env: { ...env, CSSHELL_BENCH_USAGE: out }, stdio: 'ignore' });
  const wall = (performance.now() - started) / 1000;
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`exit status ${r.status}: node ${nodeArgs.join(' ').slice(0, 200)}`);
  const fields = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  if (useTime) return { seconds: fields[0]!, cpuSeconds: fields[1]! + fields[2]!, maxRssMb: fields[3]! / 1024 };
  return { seconds: wall, cpuSeconds: fields[0]!, maxRssMb: fields[1]! / 1024 };
}

/** `node <args>` as a child process; the run with the median CPU time of `repeat`. */
export function timedNode(nodeArgs: string[], repeat = 3, env: NodeJS.ProcessEnv = process.env, program = process.execPath): Measure {
  const runs: Measure[] = [];
  for (let i = 0; i < repeat; i++) runs.push(once(nodeArgs, env, program));
  runs.sort((a, b) => a.cpuSeconds - b.cpuSeconds);
  return runs[Math.floor(runs.length / 2)]!;
}

/** The median of a few numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The installed `csshell` command with `args`, as an admin types it; the run with the median CPU time. */
export function timedCommand(args: string[], repeat = 3): Measure {
  return timedNode(args, repeat, process.env, command);
}

/** Runs the built CLI once (setup work such as generating a store); throws with its output on failure. */
export function runCliOrThrow(args: string[]): void {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`csshell ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
}
