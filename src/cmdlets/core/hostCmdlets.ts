// Clear-Host, Start-Sleep, Read-Host, Start-Transcript / Stop-Transcript.

import { dirname } from 'node:path';
import type { CmdletContext, EngineServices } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { OS_BUILD, versionTable } from '../../engine/session/automaticVariables.js';
import type { Host, HostStream, WriteOptions } from '../../engine/host.js';
import { PSObject, SecureString } from '../../engine/runtime/values.js';
import { cultureInfo } from '../../engine/statics/system.js';
import { absolutePsPath, filesOf, resolveFile } from './location.js';
import type { SandboxFiles } from '../../engine/files/sandbox.js';
import { CORE, define, MANAGEMENT, UTILITY } from './meta.js';
import { NEWLINE } from './encoding.js';
import { redactSecrets } from '../../engine/secrets/redact.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

cmdlets.push(define('Clear-Host', { module: CORE, params: {} }, () => ({
  process: (ctx) => ctx.engine.host.clear(),
})));

/** [I] Batch runs and tests do not wait: a sleep is recorded and lasts at most this long. */
export const BATCH_SLEEP_CAP_MS = 5;

/** Total sleep requested per session (milliseconds), for tests and diagnostics. */
export const requestedSleep = new WeakMap<object, number>();

cmdlets.push(define(
  'Start-Sleep',
  {
    module: UTILITY,
    defaultSet: 'Seconds',
    params: {
      Seconds: { type: 'Int32', pipeline: 'True (ByPropertyName, ByValue)', sets: { Seconds: [true, 0] } },
      Milliseconds: { type: 'Int32', aliases: ['ms'], pipeline: 'True (ByPropertyName)', sets: { Milliseconds: [true, null] } },
    },
  },
  () => ({
    async process(ctx) {
      const ms = ctx.params.Milliseconds !== undefined ? Number(ctx.params.Milliseconds) : Number(ctx.params.Seconds ?? 0) * 1000;
      requestedSleep.set(ctx.engine.session, (requestedSleep.get(ctx.engine.session) ?? 0) + ms);
      let left = ctx.engine.host.interactive ? ms : Math.min(ms, BATCH_SLEEP_CAP_MS);
      // Sleep in small steps so Ctrl+C stops it.
      while (left > 0 && !ctx.stopping) {
        const step = Math.min(left, 100);
        await new Promise((r) => setTimeout(r, step));
        left -= step;
      }
    },
  }),
));

export function nonInteractive(ctx: CmdletContext): never {
  ctx.throwTerminatingError({
    message: 'Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
    errorId: 'InvalidOperation',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.PSInvalidOperationException',
  });
}

// Get-Culture: the shell's culture is en-US (dates print as M/d/yyyy h:mm:ss tt). [I] the patterns scripts read.
cmdlets.push(define('Get-Culture', { module: UTILITY, params: {} }, () => ({
  process(ctx) {
    ctx.writeObject(cultureInfo());
  },
})));

// Get-Host: the same host object as $Host (scripts read (Get-Host).Version and its UI colours).
cmdlets.push(define('Get-Host', { module: UTILITY, params: {} }, () => ({
  process(ctx) {
    ctx.writeObject(ctx.engine.getVariable('Host'));
  },
})));

cmdlets.push(define(
  'Read-Host',
  {
    module: UTILITY,
    params: {
      Prompt: { type: 'Object', position: 0, pipeline: 'True (ByValue)' },
      AsSecureString: { type: 'SwitchParameter' },
    },
  },
  () => ({
    async process(ctx) {
      if (!ctx.engine.host.interactive) nonInteractive(ctx);
      const prompt = ctx.params.Prompt !== undefined ? `${toStr(ctx.params.Prompt)}: ` : '';
      const secure = !!ctx.params.AsSecureString;
      const line = await ctx.engine.host.readLine(prompt, { secure });
      if (line === null) return;
      ctx.writeObject(secure ? new SecureString(line) : line);
    },
  }),
));

interface Transcript {
  file: string;
  files: SandboxFiles;
  display: string;
  original: Host['write'];
  /** Stops rewriting the file when the session learns a secret. */
  stopScrubbing?: () => void;
}

/**
 * Adds text to a running transcript. Each line is checked again on its way to the file, so a link
 * put in the transcript's place later does not carry it out of the sandbox. [I] A line that cannot
 * be written is left out rather than breaking the command that printed it.
 */
function appendTranscript(t: Pick<Transcript, 'file' | 'files'>, text: string): void {
  try {
    t.files.appendFile(t.file, text);
  } catch {
    // The console output itself was already shown.
  }
}

const transcripts = new WeakMap<EngineServices, Transcript>();

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

const PREFIX: Partial<Record<HostStream, string>> = { warning: 'WARNING: ', verbose: 'VERBOSE: ', debug: 'DEBUG: ' };

/** The $PSVersionTable entries as the transcript header lists them (`PSEdition: Desktop`). */
function versionTableLines(): string[] {
  return [...versionTable().entries()].map(([k, v]) => `${toStr(k)}: ${Array.isArray(v) ? v.map(toStr).join(', ') : toStr(v)}`);
}

function header(ctx: CmdletContext, start: Date): string {
  const machine = ctx.engine.session.localComputer.split('.')[0]!.toUpperCase();
  return [
    '**********************',
    'Windows PowerShell transcript start',
    `Start time: ${stamp(start)}`,
    'Username: CONTOSO\\Administrator',
    'RunAs User: CONTOSO\\Administrator',
    'Configuration Name: ',
    `Machine: ${machine} (Microsoft Windows NT ${OS_BUILD.replace(/\.\d+$/, '.0')})`,
    'Host Application: C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\powershell.exe',
    `Process ID: ${toStr(ctx.engine.getVariable('PID'))}`,
    ...versionTableLines(),
    '**********************',
  ].join(NEWLINE) + NEWLINE;
}

cmdlets.push(define(
  'Start-Transcript',
  {
    module: MANAGEMENT,
    defaultSet: 'ByPath',
    shouldProcess: true,
    params: {
      Path: { type: 'String', sets: { ByPath: [false, 0] } },
      LiteralPath: { type: 'String', aliases: ['PSPath'], sets: { ByLiteralPath: [true, null] } },
      OutputDirectory: { type: 'String', sets: { ByOutputDirectory: [false, null] } },
      Append: { type: 'SwitchParameter' },
      Force: { type: 'SwitchParameter' },
      NoClobber: { type: 'SwitchParameter', aliases: ['NoOverwrite'] },
      IncludeInvocationHeader: { type: 'SwitchParameter' },
    },
  },
  () => ({
    async process(ctx) {
      const host = ctx.engine.host;
      const now = new Date();
      const machine = ctx.engine.session.localComputer.split('.')[0]!.toUpperCase();
      const name = `PowerShell_transcript.${machine}.${Math.random().toString(36).slice(2, 10)}.${stamp(now)}.txt`;
      const dir = ctx.params.OutputDirectory !== undefined ? toStr(ctx.params.OutputDirectory) : 'C:\\Users\\Administrator\\Documents';
      const psPath = absolutePsPath(ctx.engine, toStr(ctx.params.Path ?? ctx.params.LiteralPath ?? `${dir}\\${name}`));
      const file = resolveFile(ctx, psPath);
      const files = filesOf(ctx);
      if (!(await ctx.shouldProcess(psPath, 'Start-Transcript'))) return;
      if (ctx.params.NoClobber && files.exists(file)) {
        ctx.throwTerminatingError({ message: `The file '${psPath}' already exists.`, errorId: 'NoClobber', category: 'ResourceExists', targetObject: psPath });
      }
      stopTranscript(ctx.engine);
      files.mkdir(dirname(file));
      files.writeFile(file, header(ctx, now), !!ctx.params.Append);
      const original = host.write;
      const secrets = ctx.engine.secrets;
      const scrub = (text: string) => secrets?.scrub(text) ?? text;
      // Everything shown on the console from now on is also appended to the file, without the secrets
      // the session knows. Prompts and secure input never pass through write(), so passwords typed at
      // a prompt are not logged.
      (host as { write: Host['write'] }).write = function (stream: HostStream, text: string, options?: WriteOptions) {
        original.call(host, stream, text, options);
        const line = (PREFIX[stream] ?? '') + text + (stream === 'host' && options?.noNewline ? '' : NEWLINE);
        appendTranscript({ file, files }, scrub(line.replace(/\r?\n/g, (m, off: number, s: string) => (off + m.length === s.length ? m : NEWLINE))));
      };
      // A secret learned later (a variable used as a password after it was shown) leaves the file then.
      const stopScrubbing = secrets?.onLearn(() => rewriteScrubbed({ file, files }, scrub));
      transcripts.set(ctx.engine, { file, files, display: psPath, original, stopScrubbing });
      ctx.writeObject(`Transcript started, output file is ${psPath}`);
    },
  }),
));

/**
 * For the interactive shell: logs a typed command line (`PS C:\Users\Administrator> Get-CsUser`) to a
 * running transcript, as the real console does. Does nothing when no transcript is running.
 */
export function recordTranscriptInput(engine: EngineServices, prompt: string, commandText: string): void {
  const t = transcripts.get(engine);
  if (t) appendTranscript(t, `${prompt}${engine.secrets?.redact(commandText) ?? redactSecrets(commandText, engine.state.cmdlets)}${NEWLINE}`);
}

function rewriteScrubbed(t: Pick<Transcript, 'file' | 'files'>, scrub: (text: string) => string): void {
  try {
    const before = t.files.readFile(t.file).toString('utf8');
    const after = scrub(before);
    if (after !== before) t.files.writeFile(t.file, after);
  } catch {
    // The transcript was moved or removed meanwhile: nothing to rewrite.
  }
}

/** Stops transcription; returns the transcript's display path, or undefined when none was running. */
function stopTranscript(engine: EngineServices): string | undefined {
  const t = transcripts.get(engine);
  if (!t) return undefined;
  (engine.host as { write: Host['write'] }).write = t.original;
  t.stopScrubbing?.();
  transcripts.delete(engine);
  appendTranscript(t, ['**********************', `Windows PowerShell transcript end`, `End time: ${stamp(new Date())}`, '**********************'].join(NEWLINE) + NEWLINE);
  return t.display;
}

cmdlets.push(define('Stop-Transcript', { module: MANAGEMENT, params: {} }, () => ({
  process(ctx) {
    const display = stopTranscript(ctx.engine);
    if (!display) {
      ctx.throwTerminatingError({
        message: 'An error occurred stopping transcription: The host is not currently transcribing.',
        errorId: 'InvalidOperation',
        category: 'InvalidOperation',
        exceptionType: 'System.Management.Automation.PSInvalidOperationException',
      });
    }
    ctx.writeObject(`Transcript stopped, output file is ${display}`);
  },
})));
