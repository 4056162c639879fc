// Syntax-highlighting tokens for the REPL, from the same scanner the parser uses. Never throws; the
// returned spans cover every character of the text, in order.

import { tokenMatcher, type TokenType } from 'chevrotain';
import { lex } from '../../grammar/lexer.js';
import * as T from '../../grammar/tokens.js';
import type { PsToken, StringPart } from '../../grammar/tokenInfo.js';
import { parse } from './parser.js';

export type HighlightKind =
  | 'command' | 'parameter' | 'string' | 'variable' | 'number' | 'operator' | 'keyword' | 'comment' | 'type' | 'member'
  | 'argument' | 'punctuation' | 'error' | 'whitespace';

export interface HighlightToken {
  kind: HighlightKind;
  start: number;
  end: number;
}

const direct = new Map<TokenType, HighlightKind>([
  [T.CommandName, 'command'], [T.Parameter, 'parameter'], [T.StringLit, 'string'], [T.ExpandableStringLit, 'string'],
  [T.Variable, 'variable'], [T.SplatVariable, 'variable'], [T.NumberLit, 'number'], [T.TypeLiteral, 'type'],
  [T.AttributeStart, 'type'], [T.MemberName, 'member'], [T.Bareword, 'argument'], [T.Label, 'keyword'],
  [T.ErrorToken, 'error'], [T.UnsupportedOperator, 'error'], [T.NewLine, 'whitespace'], [T.Redirection, 'operator'],
  [T.Ampersand, 'operator'], [T.DotSource, 'operator'], [T.Pipe, 'operator'], [T.Exclaim, 'operator'],
  [T.PlusPlus, 'operator'], [T.MinusMinus, 'operator'], [T.DashNot, 'operator'],
]);

function kindOf(type: TokenType): HighlightKind {
  const k = direct.get(type);
  if (k) return k;
  const probe = { tokenTypeIdx: type.tokenTypeIdx } as never;
  if (tokenMatcher(probe, T.KeywordCat)) return 'keyword';
  if (tokenMatcher(probe, T.BinaryOp) || tokenMatcher(probe, T.AssignOp)) return 'operator';
  return 'punctuation';
}

export function tokenize(text: string): HighlightToken[] {
  try {
    const { tokens, comments } = lex(text);
    const spans: HighlightToken[] = [];
    pushTokens(text, tokens, spans);
    for (const c of comments) spans.push({ kind: 'comment', start: c.start, end: c.end });
    spans.sort((a, b) => a.start - b.start);
    return fillGaps(text, spans);
  } catch {
    return text.length ? [{ kind: 'error', start: 0, end: text.length }] : [];
  }
}

function pushTokens(text: string, tokens: PsToken[], spans: HighlightToken[]): void {
  for (const t of tokens) {
    const kind = kindOf(t.tokenType);
    const parts = t.payload?.kind === 'string' ? t.payload.parts : undefined;
    if (parts && (kind === 'string' || kind === 'argument')) pushExpandable(text, t, kind, parts, spans);
    else spans.push({ kind, start: t.startOffset, end: t.endOffset! + 1 });
  }
}

/**
 * An expandable string (or bare argument) in pieces, as the console's highlighting shows it: literal
 * text in the token's own colour, `$var` as a variable, `$( … )` as its own tokens between brackets.
 */
function pushExpandable(text: string, t: PsToken, kind: HighlightKind, parts: StringPart[], spans: HighlightToken[]): void {
  const end = t.endOffset! + 1;
  let pos = t.startOffset;
  for (const part of parts) {
    if (typeof part === 'string') continue;
    if (part.start > pos) spans.push({ kind, start: pos, end: part.start });
    if (part.kind === 'var') {
      spans.push({ kind: 'variable', start: part.start, end: part.end });
    } else {
      spans.push({ kind: 'punctuation', start: part.start, end: part.start + 2 });
      pushTokens(text, part.tokens, spans);
      if (part.end > part.start + 2 && text[part.end - 1] === ')') spans.push({ kind: 'punctuation', start: part.end - 1, end: part.end });
    }
    pos = Math.max(pos, part.end);
  }
  if (pos < end) spans.push({ kind, start: pos, end });
}

/** Whitespace (and anything the scanner skipped) between tokens becomes its own span. */
function fillGaps(text: string, spans: HighlightToken[]): HighlightToken[] {
  const out: HighlightToken[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    if (start > pos) out.push({ kind: /^\s*$/.test(text.slice(pos, start)) || text.slice(pos, start).trim() === '`' ? 'whitespace' : 'error', start: pos, end: start });
    out.push({ kind: s.kind, start, end: s.end });
    pos = s.end;
  }
  if (pos < text.length) out.push({ kind: /^\s*$/.test(text.slice(pos)) ? 'whitespace' : 'error', start: pos, end: text.length });
  return out;
}

/**
 * True when the text needs another line: an open bracket, string, here-string or block comment, a
 * trailing pipe or backtick, or a statement cut short at the end (`if ($x)`, `1 +`).
 */
export function isIncomplete(text: string): boolean {
  try {
    const trimmed = text.replace(/[ \t]+$/, '');
    if (/`\r?\n?$/.test(trimmed) && !/``$/.test(trimmed)) return true;
    const lexed = lex(text);
    if (lexed.unclosed > 0) return true;
    if (lexed.errors.some((e) => e.errorId === 'TerminatorExpectedAtEndOfString' || e.errorId === 'MissingTerminatorMultiLineComment')) return true;
    const contentEnd = text.replace(/\s+$/, '').length;
    if (contentEnd === 0) return false;
    const { errors } = parse(text);
    return errors.some((e) => e.extent.start >= contentEnd && e.errorId !== 'UnexpectedToken');
  } catch {
    return false;
  }
}
