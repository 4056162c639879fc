// Masking secrets in command text with what the parser and the catalog know: history lines, the
// lines error views echo, transcripts. [I] A secret becomes REDACTED; quotes stay, so a masked line
// still parses (recalled from history it runs with the mask, not the secret). A line that does not
// parse is masked from what its partial tree shows plus every quoted string on its lines that hint
// at a secret (SECRET_HINT).

import type { ParseError, Source } from '../../lang/ast.js';
import { parse } from '../../lang/parser.js';
import { tokenize } from '../../lang/highlight.js';
import { disjoint, maskLine, type SourceLineView, type SourceSpan } from '../../lang/maskedLine.js';
import type { ErrorLineView } from '../../lang/parseErrorView.js';
import { findCsMetadata } from '../../catalog/registry.js';
import { BUILTIN_ALIASES } from '../session/aliases.js';
import type { CmdletMetadata, MetadataLookup } from '../commandMetadata.js';
import { scanSecrets, type ScanContext, type SecretScan } from './secretScan.js';

/** [I] What a secret is replaced with. */
export const REDACTED = '********';

/**
 * Commands `cmdlets` holds (a session's; built-in aliases followed), else the Skype for Business
 * catalog's. [I] Without `cmdlets` (no session at hand) the Skype catalog alone judges: the engine
 * never imports the core cmdlet modules.
 */
export function catalogMetadata(name: string, cmdlets?: MetadataLookup): CmdletMetadata | undefined {
  const resolved = BUILTIN_ALIASES[name.toLowerCase()] ?? name;
  return cmdlets?.get(resolved)?.metadata ?? findCsMetadata(resolved);
}

/** Lines judged by `cmdlets` and the catalog, with no variable known to hold a secret. */
export function cmdletContext(cmdlets?: MetadataLookup): ScanContext {
  return { commandMetadata: (name) => catalogMetadata(name, cmdlets), isSecretVariable: () => false };
}

/** Scans text; when it does not parse, the quoted strings are added to what the partial tree shows. */
export function scanText(text: string, context: ScanContext): SecretScan {
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

/** A command line with its secrets masked, judged by `cmdlets` (a session's) and the catalog, no session's variables. */
export function redactSecrets(text: string, cmdlets?: MetadataLookup): string {
  return applySpans(text, scanText(text, cmdletContext(cmdlets)).spans);
}

/**
 * The lines of parsed sources as `context` judges them; each source's spans are worked out once (an
 * error view may show many lines of one script).
 */
export function sourceLineView(context: ScanContext): SourceLineView {
  const spansBySource = new WeakMap<Source, SourceSpan[]>();
  return (source, line) => {
    let spans = spansBySource.get(source);
    if (!spans) spansBySource.set(source, (spans = scanText(source.text, context).spans));
    return maskLine(source.text, line, spans, REDACTED);
  };
}

/**
 * [I] A source line where no session is at hand (an error record no session reported, the parse
 * errors of `[scriptblock]::Create`): the Skype for Business catalog alone judges it.
 */
export const maskedSourceLine: SourceLineView = sourceLineView(cmdletContext());

/** For the parse error view: each error's line as `view` shows it. */
export function parseErrorLines(view: SourceLineView): ErrorLineView {
  return (e: ParseError) => view(e.extent.source, e.extent.line);
}
