// Redirections on a pipeline element: `2>&1` merges error records into the output, `> file` /
// `>> file` write the formatted output (Out-File style) under the working directory, `2>$null`
// discards errors, `*>` takes everything.

import { appendFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RedirectionAst } from '../lang/ast.js';
import { ErrorRecord } from './errors.js';
import { toStr } from './convert.js';
import { evalExpr } from './evaluatorExpressions.js';
import type { ErrorTarget, Evaluator, Sink } from './evaluator.js';

/** Redirected files have Windows line ends, as Out-File writes them. */
export const REDIRECT_NEWLINE = '\r\n';

/** `>` is Out-File: Windows PowerShell 5.1 writes UTF-16 LE with a byte-order mark. */
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/** `>>` onto a file that has content adds text without a second byte-order mark (as Out-File -Append). */
function writeRedirected(hostPath: string, text: string, append: boolean): void {
  const body = Buffer.from(text, 'utf16le');
  if (append && existsSync(hostPath) && statSync(hostPath).size > 0) appendFileSync(hostPath, body);
  else writeFileSync(hostPath, Buffer.concat([UTF16LE_BOM, body]));
}

export interface RedirectionPlan {
  output: Sink;
  errorTarget?: ErrorTarget;
  mergeErrors: boolean;
  open(): Promise<void>;
  close(): Promise<void>;
}

export class FileRedirect {
  readonly values: unknown[] = [];
  hostPath = '';
  constructor(
    private readonly ev: Evaluator,
    readonly append: boolean,
  ) {}

  write(): void {
    const values = this.values.map((v) => (v instanceof ErrorRecord ? this.ev.renderError(v) : v));
    const lines = this.ev.formatOutput(values);
    const text = lines.length ? lines.join(REDIRECT_NEWLINE) + REDIRECT_NEWLINE : '';
    mkdirSync(dirname(this.hostPath), { recursive: true });
    writeRedirected(this.hostPath, text, this.append);
  }
}

function isNullTarget(r: Extract<RedirectionAst, { kind: 'FileRedirection' }>): boolean {
  return r.target.kind === 'Variable' && r.target.name.toLowerCase() === 'null';
}

export function redirectionPlan(ev: Evaluator, redirections: RedirectionAst[], next: Sink): RedirectionPlan {
  const plan: RedirectionPlan = { output: next, mergeErrors: false, open: async () => {}, close: async () => {} };
  if (redirections.length === 0) return plan;
  const files: { redirect: FileRedirect; ast: Extract<RedirectionAst, { kind: 'FileRedirection' }> }[] = [];
  for (const r of redirections) {
    if (r.kind === 'MergingRedirection') {
      if (r.from === 'Error' || r.from === 'All') plan.mergeErrors = true;
      continue;
    }
    const takesOutput = r.from === 'Output' || r.from === 'All';
    const takesErrors = r.from === 'Error' || r.from === 'All';
    if (isNullTarget(r)) {
      if (takesOutput) plan.output = () => {};
      if (takesErrors) plan.errorTarget = { write: () => {} };
      continue;
    }
    const redirect = new FileRedirect(ev, r.append);
    files.push({ redirect, ast: r });
    if (takesOutput) plan.output = (v) => void redirect.values.push(v);
    if (takesErrors) plan.errorTarget = { write: (rec) => void redirect.values.push(rec) };
  }
  if (plan.mergeErrors) {
    const out = () => plan.output;
    plan.errorTarget = { write: (rec) => out()(rec) };
  }
  plan.open = async () => {
    for (const f of files) f.redirect.hostPath = ev.services.resolvePath(toStr(await evalExpr(ev, f.ast.target)));
  };
  plan.close = async () => {
    for (const f of files) f.redirect.write();
  };
  return plan;
}
