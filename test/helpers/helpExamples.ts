// Runs Get-Help examples as an admin would type them and checks each against its own expectation
// (HelpExample.expect): the text it shows, that it shows nothing, and the checks run after it.

import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HelpDeclaration, HelpExample } from '../../src/catalog/help.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { SessionHistory } from '../../src/engine/session/history.js';
import type { CmdletDefinition } from '../../src/engine/cmdlet.js';
import type { Store } from '../../src/store/store.js';
import { newEngine } from './run.js';
import { builtins } from '../../src/cmdlets/index.js';

export interface NamedExample {
  /** `Get-CsSite #2 Change a site's description`. */
  label: string;
  cmdlet: string;
  example: HelpExample;
}

/** Every example of every help entry (the built-in ones unless given) whose cmdlet name passes `select`, in declaration order. */
export function helpExamples(select: (cmdlet: string) => boolean, entries: readonly HelpDeclaration[] = builtins().help.all()): NamedExample[] {
  return entries
    .map(([name, entry]): HelpDeclaration => [name.toLowerCase(), entry])
    .filter(([name]) => select(name))
    .flatMap(([cmdlet, entry]) => entry.examples.map((example, i) => ({ label: `${cmdlet} #${i + 1} ${example.title}`, cmdlet, example })));
}

/** Invoke-History examples need a session history, as the interactive shell keeps one. */
const SEEDED_HISTORY = ['Get-CsSite -Identity Redmond', 'Get-CsPool -Identity pool01.contoso.com', '$x = 1', 'Get-CsWindowsService -Name RTCSRV'];

/**
 * A working folder as an admin's server has it: the sample certificates copied in, and the folders
 * the code names (C:\Backup\...) present.
 */
function workingFolder(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-help-'));
  for (const f of ['edge-external.cer', 'edge-external.pfx']) copyFileSync(join('fixtures/certs', f), join(dir, f));
  for (const m of code.matchAll(/C:\\(\w+)\\/g)) mkdirSync(join(dir, m[1]!), { recursive: true });
  return dir;
}

export interface ExampleRun {
  output: string;
  errors: string;
  /** Each progress record written, as `activity: status`. */
  progress: string[];
  /** Each `after` command with the text it printed (trimmed). */
  after: [command: string, prints: string][];
}

function textSince(host: RecordingHost, start: number, error: boolean): string {
  return host.writes
    .slice(start)
    .filter((w) => (w.stream === 'error') === error)
    .map((w) => w.text + (w.stream === 'host' && w.options?.noNewline ? '' : '\n'))
    .join('');
}

/** Runs one example in a fresh session (on `store`, or a fresh demo store), then its `after` checks. */
export async function runExample(example: HelpExample, store?: Store, workingDirectory?: string, cmdlets?: CmdletDefinition[]): Promise<ExampleRun> {
  // Prompting examples get scripted answers; the rest run in batch (where Start-Sleep does not wait).
  const interactive = /Read-Host|Get-Credential/i.test(example.code);
  const host = new RecordingHost(interactive);
  host.lineAnswers.push('jabber.org');
  host.promptAnswers.push({ Password: 'x' });
  const history = new SessionHistory();
  for (const line of SEEDED_HISTORY) history.record(line, 'Completed', new Date(), new Date());
  const { engine } = newEngine({ store, host, interactive, history, cmdlets, workingDirectory: workingDirectory ?? workingFolder(example.code) });
  if (example.expect.given) await engine.execute(example.expect.given);
  const start = host.writes.length;
  await engine.execute(example.code);
  const output = textSince(host, start, false);
  const errors = textSince(host, 0, true);
  const after: [string, string][] = [];
  for (const [command] of example.expect.after ?? []) {
    const from = host.writes.length;
    await engine.execute(command);
    after.push([command, (textSince(host, from, false) + textSince(host, from, true)).trim()]);
  }
  const progress = host.progressRecords.filter((p) => !p.completed).map((p) => `${p.activity}: ${p.status}`);
  return { output, errors, progress, after };
}

/** Where the expected texts are not found in order in `output`: the first one missing, or undefined. */
export function firstMissing(output: string, shows: string[]): string | undefined {
  let from = 0;
  for (const text of shows) {
    const at = output.indexOf(text, from);
    if (at < 0) return text;
    from = at + text.length;
  }
  return undefined;
}
