// What the shell needs from the language, taken from src/lang (the same scanner and parser the engine
// uses): highlight spans for the input line, parse errors to mark, and "is this input unfinished?".

import { isIncomplete, parse, tokenize, type HighlightKind as LangKind } from '../../lang/index.js';

export type HighlightKind =
  | 'command'
  | 'parameter'
  | 'string'
  | 'variable'
  | 'number'
  | 'operator'
  | 'keyword'
  | 'comment'
  | 'type'
  | 'member'
  | 'argument'
  | 'error'
  | 'unknownCommand'
  | 'text';

export interface HighlightSpan {
  kind: HighlightKind;
  start: number;
  end: number;
}

function shellKind(kind: LangKind): HighlightKind {
  return kind === 'punctuation' || kind === 'whitespace' ? 'text' : kind;
}

/**
 * Spans covering `text` completely. Parse errors of a finished input are marked 'error'; an input
 * that is merely unfinished (an open string or brace) is not an error while it is being typed.
 */
export function highlightSpans(text: string): HighlightSpan[] {
  const spans: HighlightSpan[] = tokenize(text).map((t) => ({ kind: shellKind(t.kind), start: t.start, end: t.end }));
  if (!text.trim()) return spans;
  let errors: { start: number; end: number }[];
  try {
    errors = parse(text).errors.map((e) => ({ start: e.extent.start, end: Math.max(e.extent.end, e.extent.start + 1) }));
  } catch {
    return spans;
  }
  // Most lines being typed parse cleanly; only lines with errors pay for the "unfinished?" check.
  if (errors.length === 0 || isIncomplete(text)) return spans;
  for (const span of spans) {
    if (span.kind === 'text' && !text.slice(span.start, span.end).trim()) continue;
    if (errors.some((e) => e.start < span.end && e.end > span.start)) span.kind = 'error';
  }
  return spans;
}

/** True when the input cannot end here (Enter continues it on a `>> ` line). */
export function inputIsIncomplete(text: string): boolean {
  return isIncomplete(text);
}
