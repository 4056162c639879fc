// Helpers of the reliability tests: real csshell processes (the built CLI) sharing one store file.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { cliCommand, type CliResult } from '../helpers/cli.js';
import { runPs } from '../helpers/run.js';

/** Multiplies the counts of the reliability tests (`CSSHELL_RELIABILITY_SCALE=10` for a long run). */
export const SCALE = Math.max(1, Number(process.env.CSSHELL_RELIABILITY_SCALE) || 1);

export interface Workspace {
  dir: string;
  store: string;
}

/** A temporary folder with a seeded store file in it, after `setup` ran on it (in this process, before any race). */
export async function workspace(setup = ''): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-reliability-'));
  const path = join(dir, 'store.db');
  const store = openStore(path);
  try {
    const r = await runPs(setup, { store, workingDirectory: dir });
    if (r.errors) throw new Error(`store setup failed: ${r.errors}`);
  } finally {
    store.close();
  }
  return { dir, store: path };
}

/** Runs PowerShell against the workspace's store, once the racing processes are done, and returns its output. */
export async function query(ws: Workspace, command: string): Promise<string> {
  const store = openStore(ws.store);
  try {
    const r = await runPs(command, { store, workingDirectory: ws.dir });
    if (r.errors) throw new Error(`query failed: ${r.errors}`);
    return r.output;
  } finally {
    store.close();
  }
}

export interface Finished extends CliResult {
  signal: NodeJS.Signals | null;
}

/** Starts `csshell run <script>` on the workspace's store; resolves when the process ends. */
export function startScript(ws: Workspace, name: string, script: string): { child: ChildProcess; done: Promise<Finished> } {
  writeFileSync(join(ws.dir, name), script);
  const child = spawn(cliCommand, ['--store', ws.store, 'run', name], { cwd: ws.dir, env: { ...process.env, CSSHELL_STORE: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ status: code ?? -1, signal, stdout, stderr })));
  return { child, done };
}

/**
 * The lines a racing script starts with: it says it is ready, then waits for the go file, so the
 * processes' loops overlap however long each one took to start.
 */
export function startingLine(name: string): string {
  return `'ready' | Set-Content ${name}.ready\nwhile (-not (Test-Path go)) { Start-Sleep -Milliseconds 5 }\n`;
}

async function waitFor(test: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Runs scripts at the same time: each starts its loop once every process is ready. */
export async function race(ws: Workspace, scripts: Record<string, string>): Promise<Record<string, Finished>> {
  const names = Object.keys(scripts);
  const running = names.map((n) => startScript(ws, `${n}.ps1`, startingLine(n) + scripts[n]));
  await waitFor(() => names.every((n) => existsSync(join(ws.dir, `${n}.ready`))), 'the racing processes to start');
  writeFileSync(join(ws.dir, 'go'), 'go');
  const results = await Promise.all(running.map((r) => r.done));
  return Object.fromEntries(names.map((n, i) => [n, results[i]!]));
}

/** Lines of a CLI output, without blanks. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
