// Redirections on a pipeline element: `2>&1` merges error records into the output, `> file` /
// `>> file` write the formatted output (Out-File style) under the working directory, `2>$null`
// discards errors, `*>` takes everything.

import { dirname } from 'node:path';
import type { Extent, RedirectionAst } from '../../lang/ast.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { PathOutsideSandboxError } from '../files/paths.js';
import { sandboxFiles, type SandboxFiles } from '../files/sandbox.js';
import { toStr } from '../runtime/convert.js';
import { evalExpr } from '../eval/expressions.js';
import type { ErrorTarget, EvaluatorApi, Sink } from '../eval/evaluatorApi.js';
import { infoStreamsOf, type InfoStream, type StreamTargets } from './streamRecords.js';

/** Redirected files have Windows line ends, as Out-File writes them. */
export const REDIRECT_NEWLINE = '\r\n';

/** `>` is Out-File: Windows PowerShell 5.1 writes UTF-16 LE with a byte-order mark. */
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/** `>>` onto a file that has content adds text without a second byte-order mark (as Out-File -Append). */
function writeRedirected(files: SandboxFiles, hostPath: string, text: string, append: boolean): void {
  const body = Buffer.from(text, 'utf16le');
  if (append && files.size(hostPath) > 0) files.appendFile(hostPath, body);
  else files.writeFile(hostPath, Buffer.concat([UTF16LE_BOM, body]));
}

/**
 * A redirection to a path leading out of the sandbox: 5.1 runs `>` through Out-File, so the refusal
 * reads as Out-File's (`out-file : Access to the path … is denied.`, FileOpenFailure).
 */
function redirectDenied(psPath: string, extent?: Extent): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `Access to the path '${psPath}' is denied.`,
      errorId: 'FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand',
      category: 'OpenError',
      exceptionType: 'System.UnauthorizedAccessException',
      activity: 'Out-File',
      invocation: { commandName: 'out-file', extent },
    }),
  );
}

export interface RedirectionPlan {
  output: Sink;
  errorTarget?: ErrorTarget;
  mergeErrors: boolean;
  /** Targets of redirected warning/verbose/debug/information writes (files, $null, the output). */
  streams: StreamTargets;
  /** The record streams merged into the output (`3>&1` … `*>&1`). */
  mergedStreams: InfoStream[];
  open(): Promise<void>;
  close(): Promise<void>;
}

export class FileRedirect {
  readonly values: unknown[] = [];
  hostPath = '';
  constructor(
    private readonly ev: EvaluatorApi,
    readonly append: boolean,
    private readonly extent?: Extent,
  ) {}

  write(): void {
    const values = this.values.map((v) => (v instanceof ErrorRecord ? this.ev.renderError(v) : v));
    const lines = this.ev.formatOutput(values);
    const text = lines.length ? lines.join(REDIRECT_NEWLINE) + REDIRECT_NEWLINE : '';
    const files = sandboxFiles(this.ev.services.session);
    try {
      files.mkdir(dirname(this.hostPath));
      writeRedirected(files, this.hostPath, text, this.append);
    } catch (e) {
      throw e instanceof PathOutsideSandboxError ? redirectDenied(e.shownPath, this.extent) : e;
    }
  }
}

function isNullTarget(r: Extract<RedirectionAst, { kind: 'FileRedirection' }>): boolean {
  return r.target.kind === 'Variable' && r.target.name.toLowerCase() === 'null';
}

export function redirectionPlan(ev: EvaluatorApi, redirections: RedirectionAst[], next: Sink): RedirectionPlan {
  const plan: RedirectionPlan = { output: next, mergeErrors: false, streams: {}, mergedStreams: [], open: async () => {}, close: async () => {} };
  if (redirections.length === 0) return plan;
  const files: { redirect: FileRedirect; ast: Extract<RedirectionAst, { kind: 'FileRedirection' }> }[] = [];
  for (const r of redirections) {
    if (r.kind === 'MergingRedirection') {
      if (r.from === 'Error' || r.from === 'All') plan.mergeErrors = true;
      plan.mergedStreams.push(...infoStreamsOf(r.from));
      continue;
    }
    const recordStreams = infoStreamsOf(r.from);
    const takesOutput = r.from === 'Output' || r.from === 'All';
    const takesErrors = r.from === 'Error' || r.from === 'All';
    if (isNullTarget(r)) {
      if (takesOutput) plan.output = () => {};
      if (takesErrors) plan.errorTarget = { write: () => {} };
      for (const stream of recordStreams) plan.streams[stream] = () => {};
      continue;
    }
    const redirect = new FileRedirect(ev, r.append, r.extent);
    files.push({ redirect, ast: r });
    if (takesOutput) plan.output = (v) => void redirect.values.push(v);
    if (takesErrors) plan.errorTarget = { write: (rec) => void redirect.values.push(rec) };
    for (const stream of recordStreams) plan.streams[stream] = (rec) => void redirect.values.push(rec);
  }
  for (const stream of plan.mergedStreams) plan.streams[stream] = (rec) => plan.output(rec);
  if (plan.mergeErrors) {
    const out = () => plan.output;
    plan.errorTarget = { write: (rec) => out()(rec) };
  }
  plan.open = async () => {
    for (const f of files) {
      const target = toStr(await evalExpr(ev, f.ast.target));
      try {
        f.redirect.hostPath = ev.services.resolvePath(target);
      } catch (e) {
        throw e instanceof PathOutsideSandboxError ? redirectDenied(e.shownPath, f.ast.extent) : e;
      }
    }
  };
  plan.close = async () => {
    for (const f of files) f.redirect.write();
  };
  return plan;
}
