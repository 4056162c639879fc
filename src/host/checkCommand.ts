// `csshell check [--format text|json|sarif] [--store <file>] <files…>`: checks scripts offline against
// the cmdlets' real parameters (src/engine/check/scriptCheck.ts) and, given a store, against that
// deployment. Exit 1 when there is any error (warnings alone exit 0), 2 for a bad command line.

import { existsSync } from 'node:fs';
import { readScriptFile } from './scriptFile.js';
import { checkScript } from '../engine/check/scriptCheck.js';
import { openStoreCopy, type StoreCopy } from '../store/storeCopy.js';
import { StoreOpenError } from '../store/storeErrors.js';
import type { Store } from '../store/store.js';
import { CHECK_FORMATS, jsonReport, sarifReport, textReport, type CheckFormat, type FileFindings } from './checkReport.js';
import pkg from '../../package.json' with { type: 'json' };
import { builtins } from '../cmdlets/index.js';

export const CHECK_USAGE = `usage: csshell check [--format text|json|sarif] [--store <file.db>] <file.ps1>...

Checks scripts without running them: syntax (every error, parsing goes on after each one), unknown
commands (with the nearest names), commands of Windows modules csshell does not emulate (warnings),
every parameter problem of each command (literal hashtable splats included) and, with --store,
identities that will not exist in that deployment when the command runs.
Exit codes: 0 no error (warnings allowed), 1 errors found, 2 bad usage.
`;

interface CheckArgs {
  format: CheckFormat;
  store?: string;
  files: string[];
}

/** [I] Only a `--store` written after `check` counts: checking needs no store, the global one is not read. */
function parseCheckArgs(args: string[]): CheckArgs | string {
  const parsed: CheckArgs = { format: 'text', files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '--format' || name === '--store') {
      const value = inline ?? args[++i];
      if (!value) return `csshell check: ${name} needs a value`;
      if (name === '--store') parsed.store = value;
      else if (CHECK_FORMATS.includes(value as CheckFormat)) parsed.format = value as CheckFormat;
      else return `csshell check: unknown format '${value}' (text, json or sarif)`;
    } else if (a.startsWith('--')) return `csshell check: unknown option '${a}'`;
    else parsed.files.push(a);
  }
  return parsed.files.length ? parsed : CHECK_USAGE.split('\n')[0]!;
}

/** The deployment to check against, as a throw-away copy: checking never writes to a store (not even a migration). */
function openDeployment(path: string): StoreCopy | string {
  if (path !== ':memory:' && !existsSync(path)) return `csshell check: the store '${path}' does not exist`;
  try {
    return openStoreCopy(path);
  } catch (e) {
    if (e instanceof StoreOpenError) return `csshell check: ${e.message}`;
    throw e;
  }
}

export async function checkCommand(args: string[]): Promise<number> {
  const parsed = parseCheckArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n`);
    return 2;
  }
  const deployment = parsed.store === undefined ? undefined : openDeployment(parsed.store);
  if (typeof deployment === 'string') {
    process.stderr.write(`${deployment}\n`);
    return 2;
  }
  try {
    const { results, unreadable } = await checkFiles(parsed.files, deployment?.store);
    const render = { text: textReport, json: jsonReport, sarif: (r: FileFindings[]) => sarifReport(r, pkg.version) }[parsed.format];
    process.stdout.write(render(results));
    const all = results.flatMap((r) => r.findings);
    const errors = all.filter((f) => f.severity === 'error').length + unreadable;
    const warnings = all.length - (errors - unreadable);
    if (all.length + unreadable) process.stderr.write(`${summary(all.length + unreadable, warnings)}\n`);
    return errors ? 1 : 0;
  } finally {
    deployment?.dispose();
  }
}

function summary(problems: number, warnings: number): string {
  const text = `${problems} problem${problems === 1 ? '' : 's'} found`;
  return warnings ? `${text} (${warnings} warning${warnings === 1 ? '' : 's'})` : text;
}

async function checkFiles(files: string[], store: Store | undefined): Promise<{ results: FileFindings[]; unreadable: number }> {
  const results: FileFindings[] = [];
  let unreadable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readScriptFile(file);
    } catch (e) {
      process.stderr.write(`${file}: cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      unreadable++;
      continue;
    }
    results.push({ file, findings: await checkScript(text, file, { cmdlets: builtins().cmdlets, ...(store ? { store } : {}) }) });
  }
  return { results, unreadable };
}
