// `csshell -c "…"` and `csshell run <file>`: the text or script runs once on a batch host, with the
// run options (runFlags.ts): a dry run, JSON output, a transcript of the whole run.

import { readFileSync } from 'node:fs';
import type { SessionInfo } from '../engine/cmdlet.js';
import { PathOutsideSandboxError, resolveSandboxPath } from '../engine/files/paths.js';
import type { Store } from '../store/store.js';
import { BatchRun } from './batchRun.js';
import type { DryRun } from './dryRun.js';
import type { RunFlags } from './runFlags.js';
import { readRunScript } from './scriptFile.js';

/** What to run: the text of `-c` (`-` reads stdin), or a script file with its arguments. */
export type RunSource = { command: string } | { file: string | undefined; args: string[] };

/** Runs the source; returns the exit code. */
export async function runCommand(store: Store, session: SessionInfo, flags: RunFlags, source: RunSource, dryRun?: DryRun): Promise<number> {
  const script = 'command' in source ? { text: source.command === '-' ? readFileSync(0, 'utf8') : source.command } : readScript(source.file, dryRun);
  if (typeof script === 'number') return script;
  const run = new BatchRun(store, session, flags, dryRun?.scriptOutput);
  if (flags.transcript !== undefined && !(await run.startTranscript(flags.transcript))) return 1;
  try {
    const r = await run.execute(script.text, 'file' in script ? { file: script.file, args: 'args' in source ? source.args : [] } : {});
    if (r.exitCode !== undefined) return r.exitCode;
    // [I] As before: `-c` also fails when its last statement failed; a script only on a terminating error.
    return r.terminatingError || r.parseErrors || ('command' in source && !r.success) ? 1 : 0;
  } finally {
    if (flags.transcript !== undefined) {
      await run.stopTranscript();
      // A dry run's transcript is the run's record, not one of the script's files: it is kept.
      if (dryRun) dryRun.keepFile(resolveSandboxPath(session.workingDirectory, flags.transcript));
    }
  }
}

/** The script of `run <file>` (in a dry run, its path in the copy of the working folder), or the exit code. */
function readScript(file: string | undefined, dryRun: DryRun | undefined): { text: string; file: string } | number {
  if (!file) {
    process.stderr.write('csshell run: missing script file\n');
    return 2;
  }
  try {
    const script = readRunScript(process.cwd(), file);
    return { text: script.text, file: dryRun ? dryRun.inCopy(script.path) : script.path };
  } catch (e) {
    if (e instanceof PathOutsideSandboxError) process.stderr.write(`Access to the path '${e.shownPath}' is denied.\n`);
    else process.stderr.write(`The argument '${file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`);
    return 1;
  }
}
