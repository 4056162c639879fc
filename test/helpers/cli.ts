// Test helper: spawn the built CLI as users run it: the `csshell` command (dist/csshell, the launcher
// that starts Node from the start-up snapshot, or the ES module bundle dist/csshell.js).

import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The ES module bundle, which `node dist/csshell.js` and `npm start` run. */
export const cliPath = join(repoRoot, 'dist', 'csshell.js');
/** The installed command (package.json's bin), which the spawn helpers below run. */
export const cliCommand = join(repoRoot, 'dist', 'csshell');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Run as this user and group (a test running as root uses it to see permission checks bite). */
  uid?: number;
  gid?: number;
  timeout?: number;
}

function spawnOptions(options: CliOptions) {
  return {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, CSSHELL_STORE: ':memory:', ...options.env },
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  };
}

export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const r = spawnSync(cliCommand, args, {
    ...spawnOptions(options),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The same as runCli without waiting: several CLI processes can run at the same time. */
export function startCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    const child = spawn(cliCommand, args, { ...spawnOptions(options), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ status: code ?? -1, stdout, stderr });
    });
  });
}
