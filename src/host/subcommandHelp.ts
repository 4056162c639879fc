// `csshell <subcommand> --help`: each subcommand's usage, printed to stdout with exit 0.

import { CHECK_USAGE } from './checkCommand.js';
import { FIXTURE_USAGE } from './fixtureCommand.js';
import { LAB_USAGE } from './labCommand.js';
import { PANEL_USAGE } from './panel/usage.js';

const RUN_USAGE = `usage: csshell [--store <file.db>] run <file.ps1> [--dry-run [--format text|json]] [--output text|json] [--transcript <file>] [args...]

Runs a script file, like pwsh -File. Arguments after the file are the script's arguments; the options
are written right after the file.
With --output json each output object is one JSON line on stdout (ConvertTo-Json -Compress, depth 2),
and each error, warning, verbose or information message one JSON line on stderr with a "stream" field.
With --transcript <file> the whole run is recorded as Start-Transcript records it, in the working folder.
When stderr is a terminal, a run longer than a second shows a progress line there (erased at the end).
With --dry-run the script runs against a throw-away copy of the store
and of the working folder, and the changes it would make are printed: topology objects, then the
files it would write (+), rewrite (~) or remove (-). Neither the store nor any file is changed.
With --dry-run --format json, stdout carries only the JSON diff ({changes, summary, files}) and the
script's own output goes to stderr. Also: csshell -c "..." --dry-run.
Exit codes: 0 success, 1 after a terminating error or parse error, N after 'exit N'.
`;

const PARSE_USAGE = `usage: csshell parse [--ast] <file.ps1>...

Checks syntax only and prints every parse error as file:line:col: message (exit 1 when there is any);
with --ast, prints the syntax tree as JSON.
`;

const DIFF_USAGE = `usage: csshell diff [--format text|json] <before> <after>

Shows what changed between two deployments: each argument is a store file (.db) or a file written by
Export-CsConfiguration. Exit codes: 0 no change, 1 changes found, 2 bad usage or unreadable input.
`;

const USAGES: Record<string, string> = {
  run: RUN_USAGE,
  parse: PARSE_USAGE,
  check: CHECK_USAGE,
  diff: DIFF_USAGE,
  lab: LAB_USAGE,
  fixture: FIXTURE_USAGE,
  panel: PANEL_USAGE,
};

function isHelp(a: string | undefined): boolean {
  return a === '--help' || a === '-h' || a === '-?';
}

/**
 * The usage to print when the subcommand's arguments ask for help. For `run`, only right after `run`:
 * later arguments belong to the script.
 */
export function subcommandHelp(sub: string, args: string[]): string | undefined {
  const usage = USAGES[sub];
  if (!usage) return undefined;
  const asked = sub === 'run' ? isHelp(args[0]) : args.some(isHelp);
  return asked ? usage : undefined;
}
