// Masking secrets in command text with what the parser and the catalog know: history lines, the
// lines error views echo, transcripts. [I] A secret becomes REDACTED; quotes stay, so a masked line
// still parses (recalled from history it runs with the mask, not the secret). A line that does not
// parse is masked from what its partial tree shows plus every quoted string on its lines that hint
// at a secret (SECRET_HINT).

import type { ParseError, Source } from '../../lang/ast.js';
import { parse } from '../../lang/parser.js';
import { tokenize } from '../../lang/highlight.js';
import { disjoint, maskLine, type MaskedLine, type SourceSpan } from '../../lang/maskedLine.js';
import { findCsMetadata, type CmdletLookup } from '../../catalog/registry.js';
import { BUILTIN_ALIASES } from '../session/aliases.js';
import type { CmdletMetadata } from '../cmdlet.js';
import { scanSecrets, type ScanContext, type SecretScan } from './secretScan.js';

/** [I] What a secret is replaced with. */
export const REDACTED = '********';

/**
 * The built-in cmdlets, for masking where no session is at hand (an error view's source line, a line
 * written before the shell's session exists). [I] Each session hands them over as it starts (every
 * session has the same built-in list), so the engine never imports the cmdlet modules.
 */
let builtinCmdlets: CmdletLookup | undefined;

export function maskWithBuiltins(cmdlets: CmdletLookup): void {
  builtinCmdlets = cmdlets;
}

/** Commands `cmdlets` holds (built-in aliases followed), else the Skype for Business catalog's. */
export function catalogMetadata(name: string, cmdlets: CmdletLookup | undefined = builtinCmdlets): CmdletMetadata | undefined {
  const resolved = BUILTIN_ALIASES[name.toLowerCase()] ?? name;
  return cmdlets?.get(resolved)?.metadata ?? findCsMetadata(resolved);
}

export const catalogContext: ScanContext = { commandMetadata: (name) => catalogMetadata(name), isSecretVariable: () => false };

/** Scans text; when it does not parse, the quoted strings are added to what the partial tree shows. */
export function scanText(text: string, context: ScanContext = catalogContext): SecretScan {
  const parsed = parse(text);
  let scan: SecretScan;
  try {
    scan = scanSecrets(parsed.ast, context);
  } catch {
    // A defect in the scan must neither stop a command nor let a secret through: every line is masked.
    return { spans: wholeLines(text), values: [], variables: new Set() };
  }
  if (parsed.errors.length) scan.spans.push(...quotedStrings(text).filter((s) => SECRET_HINT.test(lineAround(text, s.start))));
  return scan;
}

/**
 * [I] A line of text that does not parse may hold a secret where it names one: a password or
 * passphrase parameter however abbreviated, a credential, a SecureString, a key, a `$pw`. Its quoted
 * strings are masked; the strings of other broken lines (most parse errors) are shown as typed.
 */
const SECRET_HINT = /pass|pw|secret|cred|secure|key|token/i;

function lineAround(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const breakAt = text.slice(offset).search(/[\r\n]/);
  return text.slice(start, breakAt < 0 ? text.length : offset + breakAt);
}

function wholeLines(text: string): SourceSpan[] {
  return [...text.matchAll(/[^\r\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Every quoted string's content, from the scanner's tokens (a fallback that never misses one). */
function quotedStrings(text: string): SourceSpan[] {
  return tokenize(text)
    .filter((t) => t.kind === 'string')
    .map((t) => ({
      start: /^['"\u2018\u2019\u201c\u201d]/.test(text[t.start] ?? '') ? t.start + 1 : t.start,
      end: /['"\u2018\u2019\u201c\u201d]$/.test(text.slice(t.start + 1, t.end)) ? t.end - 1 : t.end,
    }))
    .filter((s) => s.end > s.start);
}

/** The text with every span replaced by REDACTED. */
export function applySpans(text: string, spans: readonly SourceSpan[]): string {
  let out = '';
  let pos = 0;
  for (const s of disjoint(spans)) {
    out += text.slice(pos, s.start) + REDACTED;
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** A command line with its secrets masked, judged by the built-in cmdlets and the catalog (no session). */
export function redactSecrets(text: string, cmdlets?: CmdletLookup): string {
  const context = cmdlets ? { ...catalogContext, commandMetadata: (name: string) => catalogMetadata(name, cmdlets) } : catalogContext;
  return applySpans(text, scanText(text, context).spans);
}

const sourceSpans = new WeakMap<Source, SourceSpan[]>();

/** The secret spans of a parsed source (cached: an error view may show many lines of one script). */
export function secretSpansOf(source: Source): SourceSpan[] {
  let spans = sourceSpans.get(source);
  if (!spans) {
    spans = scanText(source.text).spans;
    sourceSpans.set(source, spans);
  }
  return spans;
}

/** Line `line` (1-based) of a source as an error view shows it: secrets masked. */
export function maskedSourceLine(source: Source, line: number): MaskedLine {
  return maskLine(source.text, line, secretSpansOf(source), REDACTED);
}

/** For the parse error view: the masked line of each error. */
export function maskedParseErrorLine(e: ParseError): MaskedLine {
  return maskedSourceLine(e.extent.source, e.extent.line);
}
