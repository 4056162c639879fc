// The options of `csshell run <file>` (right after the file: later arguments belong to the script) and
// of `csshell -c "…"` (anywhere after it): --dry-run [--format text|json], --output text|json,
// --transcript <file>.

import type { DiffFormat, DryRunFlags } from './dryRun.js';

export type OutputFormat = 'text' | 'json';

export interface RunFlags {
  /** The arguments that are not options: the script's arguments, or the command text of `-c`. */
  rest: string[];
  dryRun?: DryRunFlags;
  output: OutputFormat;
  transcript?: string;
}

const VALUED = new Set(['--format', '--output', '--transcript']);

/** `--name value` or `--name=value`: the option's name and value, or undefined for anything else. */
function optionAt(args: string[], i: number): { name: string; value?: string; width: number } | undefined {
  const a = args[i]!;
  if (a === '--dry-run') return { name: a, width: 1 };
  if (VALUED.has(a)) return { name: a, value: args[i + 1] ?? '', width: 2 };
  const eq = a.indexOf('=');
  if (eq > 0 && VALUED.has(a.slice(0, eq))) return { name: a.slice(0, eq), value: a.slice(eq + 1), width: 1 };
  return undefined;
}

/**
 * Takes the run options off `args`. `--format` counts only with `--dry-run` (without it the words stay
 * where they are: `-c Write-Output --format json` prints them). Returns an error text for a bad value.
 */
export function takeRunFlags(args: string[], anywhere: boolean): RunFlags | string {
  const options = new Map<string, string | undefined>();
  const kept: string[] = [];
  const taken: { index: number; width: number; name: string }[] = [];
  let i = 0;
  while (i < args.length) {
    const option = optionAt(args, i);
    if (!option) {
      if (!anywhere) break;
      kept.push(args[i]!);
      i += 1;
      continue;
    }
    options.set(option.name, option.value);
    taken.push({ index: i, width: option.width, name: option.name });
    i += option.width;
  }
  const dry = options.has('--dry-run');
  // Without --dry-run, --format is an argument like any other.
  const rest = dry || !options.has('--format') ? [...kept, ...args.slice(i)] : withoutOptions(args, taken.filter((t) => t.name !== '--format'));
  const format = options.get('--format');
  if (dry && format !== undefined && format !== 'text' && format !== 'json') return `csshell: unknown format '${format}' for --dry-run (text or json)`;
  const output = options.get('--output') ?? 'text';
  if (output !== 'text' && output !== 'json') return `csshell: unknown output format '${output}' (text or json)`;
  const transcript = options.get('--transcript');
  if (transcript === '') return 'csshell: --transcript needs a file name';
  return {
    rest,
    output,
    ...(dry ? { dryRun: { format: (format ?? 'text') as DiffFormat } } : {}),
    ...(transcript !== undefined ? { transcript } : {}),
  };
}

function withoutOptions(args: string[], taken: { index: number; width: number }[]): string[] {
  const dropped = new Set(taken.flatMap((t) => Array.from({ length: t.width }, (_, k) => t.index + k)));
  return args.filter((_, k) => !dropped.has(k));
}
