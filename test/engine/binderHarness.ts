// Test harness: turns a small command-line string into the CommandArgument list the evaluator would give the
// binder (bare words, quoted strings, numbers, $true/$false/$null, comma lists, @{k=v} hashtables,
// -Name:value), with real extents, so binder tests read like the commands an admin types.

import type { Extent, Source } from '../../src/lang/ast.js';
import type { CmdletMetadata, CommandArgument } from '../../src/engine/cmdlet.js';
import { csMetadata } from '../../src/catalog/registry.js';
import { bindArguments, type BindOptions, type ParameterBinder } from '../../src/engine/binder/index.js';
import { PSRuntimeError, type ErrorRecord } from '../../src/engine/errors.js';
import { PSHashtable } from '../../src/engine/runtime/values.js';

export type Vars = Record<string, unknown>;

function extentOf(source: Source, start: number, end: number): Extent {
  return { source, start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1 };
}

/** Splits at top-level whitespace, keeping quotes and @{…} / @(…) together. */
function splitTokens(text: string, from: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let i = from;
  while (i < text.length) {
    while (i < text.length && text[i] === ' ') i++;
    if (i >= text.length) break;
    const start = i;
    let depth = 0;
    let quote: string | null = null;
    while (i < text.length) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '{' || c === '(') depth++;
      else if (c === '}' || c === ')') depth--;
      else if (c === ' ' && depth === 0) break;
      i++;
    }
    out.push({ text: text.slice(start, i), start });
  }
  return out;
}

/** Splits at top-level commas or semicolons. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '{' || c === '(') depth++;
    else if (c === '}' || c === ')') depth--;
    else if (c === sep && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts;
}

/** The value of one argument token, as the evaluator would produce it. */
export function argumentValue(token: string, vars: Vars = {}): { value: unknown; bare: boolean } {
  const t = token.trim();
  const elements = splitTop(t, ',');
  if (elements.length > 1) return { value: elements.map((e) => argumentValue(e, vars).value), bare: false };
  if (t.startsWith('@{') && t.endsWith('}')) {
    const h = new PSHashtable();
    for (const entry of splitTop(t.slice(2, -1), ';')) {
      if (!entry.trim()) continue;
      const eq = entry.indexOf('=');
      h.set(entry.slice(0, eq).trim(), argumentValue(entry.slice(eq + 1), vars).value);
    }
    return { value: h, bare: false };
  }
  if (t.startsWith('@(') && t.endsWith(')')) {
    const inner = t.slice(2, -1).trim();
    return { value: inner ? splitTop(inner, ',').map((e) => argumentValue(e, vars).value) : [], bare: false };
  }
  if ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"'))) return { value: t.slice(1, -1), bare: false };
  const lower = t.toLowerCase();
  if (lower === '$true') return { value: true, bare: false };
  if (lower === '$false') return { value: false, bare: false };
  if (lower === '$null') return { value: null, bare: false };
  if (t.startsWith('$')) return { value: vars[t.slice(1)], bare: false };
  if (/^-?\d+(\.\d+)?$/.test(t)) return { value: Number(t), bare: false };
  if (/^0x[0-9a-f]+$/i.test(t)) return { value: parseInt(t.slice(2), 16), bare: false };
  if (/^\d+kb$/i.test(t)) return { value: parseInt(t, 10) * 1024, bare: false };
  return { value: t, bare: true };
}

/** `Cmd -A x -B:$false y` -> CommandArguments with extents into the whole command text. */
export function parseCommandLine(command: string, vars: Vars = {}): { name: string; args: CommandArgument[]; source: Source; extent: Extent } {
  const source: Source = { text: command };
  const first = command.indexOf(' ');
  const name = first < 0 ? command : command.slice(0, first);
  const args: CommandArgument[] = [];
  for (const tok of first < 0 ? [] : splitTokens(command, first)) {
    const extent = extentOf(source, tok.start, tok.start + tok.text.length);
    const m = /^-([A-Za-z_?][\w-]*)(:)?(.*)$/s.exec(tok.text);
    if (m && !/^-\d/.test(tok.text)) {
      if (m[2]) {
        args.push({ kind: 'parameter', name: m[1]!, hasColonValue: true, value: argumentValue(m[3]!, vars).value, extent, text: tok.text });
      } else {
        args.push({ kind: 'parameter', name: m[1]!, hasColonValue: false, extent, text: tok.text });
      }
      continue;
    }
    const { value, bare } = argumentValue(tok.text, vars);
    args.push({ kind: 'argument', value, extent, text: tok.text, bare });
  }
  return { name, args, source, extent: extentOf(source, 0, command.length) };
}

export type BindOutcome =
  | { ok: true; set: string; params: Record<string, unknown>; binder: ParameterBinder }
  | { ok: false; message: string; errorId: string; record: ErrorRecord; underlined: string };

/** Binds a Cs cmdlet command line (or one with given metadata) and reports the set and values, or the error. */
export async function bindLine(command: string, opts: { vars?: Vars; metadata?: CmdletMetadata; options?: BindOptions } = {}): Promise<BindOutcome> {
  const { name, args, extent, source } = parseCommandLine(command, opts.vars);
  const metadata = opts.metadata ?? csMetadata(name);
  try {
    const binder = await bindArguments(metadata, args, { extent, ...opts.options });
    return { ok: true, set: binder.parameterSetName, params: { ...binder.params }, binder };
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    const ex = e.record.invocation.extent;
    return {
      ok: false,
      message: e.record.message,
      errorId: e.record.fullyQualifiedErrorId.split(',')[0]!,
      record: e.record,
      underlined: ex ? source.text.slice(ex.start, ex.end) : '',
    };
  }
}

/** Binds and expects success. */
export async function bound(command: string, opts: Parameters<typeof bindLine>[1] = {}) {
  const r = await bindLine(command, opts);
  if (!r.ok) throw new Error(`expected ${command} to bind, got: ${r.message}`);
  return r;
}

/** Binds and expects failure. */
export async function failed(command: string, opts: Parameters<typeof bindLine>[1] = {}) {
  const r = await bindLine(command, opts);
  if (r.ok) throw new Error(`expected ${command} to fail, bound set ${r.set} ${JSON.stringify(r.params)}`);
  return r;
}
