// Scans a script in chunks of whole top-level statements, so a very large script can be checked and
// run without holding every token at once. A chunk ends after a statement terminator (newline or `;`)
// outside any bracket, and only where the next token surely begins a new statement: not before a
// keyword that continues the previous one (`else`, `catch`, `while` of do-while …), nor before `{` or
// `(` (a block or condition written on its own line, Allman style), nor before `param`. A cut is never needed for
// correctness, so the rules may stay conservative.

import type { TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { Scanner } from './scanner.js';
import type { LineMap } from './lineMap.js';
import type { CommentSpan, LexError, PsToken } from './tokenInfo.js';

export interface ScriptChunk {
  tokens: PsToken[];
  /** Lexical errors found while scanning this chunk. */
  errors: LexError[];
  /** The chunk holds a top-level `begin`/`process`/`end` (or a `param` after the first chunk). */
  namedBlocks: boolean;
}

/**
 * Tokens a chunk never starts with: keywords that continue the statement before them even after a
 * newline, a block or condition on its own line, and `param` (it belongs to the first chunk, with
 * the attributes before it).
 */
const noCutBefore = new Set<TokenType>([T.Else, T.ElseIf, T.Catch, T.Finally, T.While, T.Until, T.LCurly, T.LParen, T.Param]);
const namedBlockKeywords = new Set<TokenType>([T.Begin, T.Process, T.End]);

function isTerminator(t: PsToken | undefined): boolean {
  return t !== undefined && (t.tokenType === T.NewLine || t.tokenType === T.Semi);
}

/** The chunks of `text` in order; tokens keep their offsets, lines and columns in the whole text. */
export function* scanChunks(text: string, lines: LineMap, minTokens: number): Generator<ScriptChunk> {
  // Comments are kept for syntax highlighting only; a chunked run has no use for them.
  const comments: CommentSpan[] = [];
  const scanner = new Scanner(text, lines, [], comments, 0, false);
  const { tokens, errors } = scanner;
  let namedBlocks = false;
  let first = true;
  for (;;) {
    const count = tokens.length;
    const topLevel = scanner.stack.length === 0;
    const atStatementStart = topLevel && isTerminator(tokens[count - 1]);
    if (!scanner.scanToken()) break;
    if (comments.length) comments.length = 0;
    const next = tokens[count];
    if (topLevel) namedBlocks ||= topLevelNamedBlock(tokens, count, first);
    if (atStatementStart && count >= minTokens && next && !isTerminator(next) && !noCutBefore.has(next.tokenType)) {
      yield { tokens: tokens.splice(0, count), errors: errors.splice(0), namedBlocks };
      first = false;
      namedBlocks = false;
    }
  }
  yield { tokens: tokens.splice(0), errors: errors.splice(0), namedBlocks };
}

function topLevelNamedBlock(tokens: PsToken[], from: number, firstChunk: boolean): boolean {
  for (let i = from; i < tokens.length; i++) {
    const type = tokens[i]!.tokenType;
    if (namedBlockKeywords.has(type) || (!firstChunk && type === T.Param)) return true;
  }
  return false;
}
