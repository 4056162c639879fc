// csshell's command line: argv -> interactive shell, `-c`, `run`, `parse`, `fixture generate`.
// Two entries start it: cli.ts (the ES module bundle) and the start-up snapshot's main
// (src/build/snapshotMain.ts).

import { resolve } from 'node:path';
import { openStore, defaultStorePath } from '../store/open.js';
import { getComputer, listComputers } from '../store/topologyRepository.js';
import { parseCommand } from './parseCommand.js';
import { generateFixtureCommand } from './fixtureCommand.js';
import { checkCommand } from './checkCommand.js';
import { subcommandHelp } from './subcommandHelp.js';
import { DryRun } from './dryRun.js';
import { takeRunFlags, type RunFlags } from './runFlags.js';
import { runCommand } from './runCommand.js';
import { WorkingFolderTooLargeError } from './workingFolderCopy.js';
import { diffCommand } from './diffCommand.js';
import { describeFailure } from './failure.js';
import pkg from '../../package.json' with { type: 'json' };

export const DEFAULT_COMPUTER = 'fe01.contoso.com';

const HELP = `csshell ${pkg.version} - Skype for Business Server Management Shell emulator

Usage:
  csshell [options]                      open the interactive shell
  csshell [options] -c "<commands>"      run commands and exit (like pwsh -Command)
  csshell [options] run <file.ps1> [args] run a script file (like pwsh -File)
  csshell [options] run <file.ps1> --output json   (or -c "<commands>" --output json)
                                         output objects as JSON lines on stdout, errors and
                                         other streams as JSON lines on stderr
  csshell [options] run <file.ps1> --transcript <file>   (or -c "<commands>" --transcript <file>)
                                         record the run as Start-Transcript does
  csshell [options] run <file.ps1> --dry-run [--format json]   (or -c "<commands>" --dry-run)
                                         run against a throw-away copy of the store and print
                                         what would change
  csshell diff <before> <after>          what changed between two stores or configuration exports
  csshell parse [--ast] <file.ps1>...    check syntax only; prints file:line:col: message
  csshell check [--format text|json|sarif] [--store <file.db>] <file.ps1>...
                                         check scripts offline: syntax, commands, parameters,
                                         identities in a deployment
  csshell lab list | start | check | hint <name> [--folder <dir>]  (see csshell lab --help)
  csshell lab validate <file>... | report <folder>...
                                         training labs: tasks, checks, diagnoses, hints,
                                         lab files, reports for trainers
  csshell panel [--port N] [--store <file.db>]
                                         the Control Panel in a local web page (127.0.0.1 only)
  csshell fixture generate --users N --store <file.db> [--seed S]
                                         create a store with a large generated deployment

'csshell <command> --help' shows the usage of one command.

Options:
  --store <path>      SQLite store to use (default ~/.csshell/default.db, or $CSSHELL_STORE);
                      ':memory:' gives a throw-away store. New stores hold the demo deployment.
  --computer <fqdn>   the topology computer the shell runs on (default ${DEFAULT_COMPUTER})
  --help, -h          show this help
  --version, -v       show the version

Exit codes: 0 success, 1 after a terminating error or parse error, N after 'exit N'.
`;

interface CliOptions {
  store?: string;
  computer?: string;
  command?: string;
  /** The arguments after `-c`, as given (joined, they are the command text). */
  commandArgs?: string[];
  rest: string[];
}

function parseArgs(argv: string[]): CliOptions | { help: true } | { version: true } {
  const opts: CliOptions = { rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (opts.rest.length > 0) {
      opts.rest.push(a);
      continue;
    }
    if (a === '--help' || a === '-h' || a === '-?') return { help: true };
    if (a === '--version' || a === '-v') return { version: true };
    if (a === '--store') opts.store = argv[++i];
    else if (a.startsWith('--store=')) opts.store = a.slice('--store='.length);
    else if (a === '--computer') opts.computer = argv[++i];
    else if (a.startsWith('--computer=')) opts.computer = a.slice('--computer='.length);
    else if (a === '-c' || a.toLowerCase() === '-command') {
      opts.commandArgs = argv.slice(i + 1);
      opts.command = opts.commandArgs.join(' ');
    }
    else opts.rest.push(a);
    if (opts.command !== undefined) break;
  }
  return opts;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('help' in parsed) {
    process.stdout.write(HELP);
    return 0;
  }
  if ('version' in parsed) {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const opts = parsed;
  const [sub, ...subArgs] = opts.rest;

  const usage = opts.command === undefined && sub !== undefined ? subcommandHelp(sub, subArgs) : undefined;
  if (usage) {
    process.stdout.write(usage);
    return 0;
  }
  if (opts.command === undefined && sub === 'parse') return parseCommand(subArgs);
  if (opts.command === undefined && sub === 'check') return checkCommand(subArgs);
  if (opts.command === undefined && sub === 'diff') return diffCommand(subArgs);
  // The labs (and the YAML reader of their files) load only for `csshell lab`.
  if (opts.command === undefined && sub === 'lab') return (await import('./labCommand.js')).labCommand(subArgs, opts.computer);
  if (opts.command === undefined && sub === 'fixture') return generateFixtureCommand(subArgs, opts.store);
  if (opts.command === undefined && sub === 'panel') return (await import('./panel/index.js')).panelCommand(subArgs, opts.store, opts.computer);

  const flags = runFlagsOf(opts, sub, subArgs);
  if (typeof flags === 'string') {
    process.stderr.write(`${flags}\n`);
    return 2;
  }
  const storePath = opts.store ?? defaultStorePath();
  let dryRun: DryRun | undefined;
  try {
    dryRun = flags.dryRun ? new DryRun(storePath, process.cwd(), flags.dryRun) : undefined;
  } catch (e) {
    if (!(e instanceof WorkingFolderTooLargeError)) throw e;
    process.stderr.write(`csshell: the working folder is too large for --dry-run (${e.message}); run it from a smaller folder\n`);
    return 2;
  }
  const store = dryRun ? dryRun.store : openStore(storePath === ':memory:' ? ':memory:' : resolve(storePath));
  if (opts.computer !== undefined && !getComputer(store, opts.computer)) {
    const known = listComputers(store).map((c) => c.fqdn).join(', ');
    process.stderr.write(`csshell: computer '${opts.computer}' is not in the topology. Computers: ${known}\n`);
    if (dryRun) dryRun.dispose();
    else store.close();
    return 2;
  }
  const session = {
    localComputer: (opts.computer && getComputer(store, opts.computer)?.fqdn) || DEFAULT_COMPUTER,
    workingDirectory: dryRun?.workingDirectory ?? process.cwd(),
    interactive: opts.command === undefined && sub === undefined,
  };

  try {
    if (opts.command !== undefined) return await runCommand(store, session, flags, { command: flags.rest.join(' ') }, dryRun);
    if (sub === 'run') return await runCommand(store, session, flags, { file: subArgs[0], args: flags.rest }, dryRun);
    if (sub !== undefined) {
      process.stderr.write(`csshell: unknown command '${sub}'. See 'csshell --help'.\n`);
      return 2;
    }
    const { runRepl } = await import('./repl/index.js');
    return await runRepl({ store, session, storePath });
  } finally {
    if (dryRun) {
      dryRun.report();
      dryRun.dispose();
    } else store.close();
  }
}

/** The run options of `-c` (anywhere after it) or `run <file>` (right after the file). */
function runFlagsOf(opts: CliOptions, sub: string | undefined, subArgs: string[]): RunFlags | string {
  if (opts.command !== undefined) return takeRunFlags(opts.commandArgs ?? [], true);
  if (sub === 'run') return takeRunFlags(subArgs.slice(1), false);
  return { rest: [], output: 'text' };
}

/** Runs the command line and sets the process's exit code; failures become one clear line. */
export function runCli(argv: string[]): Promise<void> {
  quietWhenReaderCloses(process.stdout);
  quietWhenReaderCloses(process.stderr);
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const failure = describeFailure(err, process.env.CSSHELL_DEBUG === '1');
      process.stderr.write(failure.text);
      process.exitCode = failure.exitCode;
    },
  );
}

/**
 * A reader that stops early (`csshell parse --ast x.ps1 | head`) closes the pipe: what is still written
 * there is dropped and the command ends as it would have, with no stack. (The batch host also stops a
 * run whose output is closed; this covers every other writer.)
 */
function quietWhenReaderCloses(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
}
