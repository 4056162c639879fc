// Scans a script in chunks of whole top-level statements, so a very large script can be checked and
// run without holding every token at once. A chunk ends after a statement terminator (newline or `;`)
// outside any bracket, and only where the next token surely begins a new statement: not before a
// keyword that continues the previous one (`else`, `catch`, `while` of do-while …), nor before `{` or
// `(` (a block or condition written on its own line, Allman style), nor before `param`. A cut is never needed for
// correctness, so the rules may stay conservative.

import type { TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { Scanner } from './lexer.js';
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

class ChunkScanner extends Scanner {
  constructor(text: string, lines: LineMap, errors: LexError[]) {
    super(text, lines, errors, [] as CommentSpan[], 0, false);
  }

  *chunks(minTokens: number): Generator<ScriptChunk> {
    const len = this.text.length;
    let namedBlocks = false;
    let first = true;
    while (!this.done) {
      this.skipTrivia();
      // Comments are kept for syntax highlighting only; a chunked run has no use for them.
      if (this.comments.length) this.comments.length = 0;
      if (this.pos >= len) break;
      const before = this.pos;
      const count = this.tokens.length;
      const topLevel = this.stack.length === 0;
      const atStatementStart = topLevel && isTerminator(this.tokens[count - 1]);
      this.step();
      if (this.pos === before) this.error(T.ErrorToken, 1, 'UnexpectedToken');
      const next = this.tokens[count];
      if (topLevel) namedBlocks ||= this.topLevelNamedBlock(count, first);
      if (atStatementStart && count >= minTokens && next && !isTerminator(next) && !noCutBefore.has(next.tokenType)) {
        yield { tokens: this.tokens.splice(0, count), errors: this.errors.splice(0), namedBlocks };
        first = false;
        namedBlocks = false;
      }
    }
    yield { tokens: this.tokens.splice(0), errors: this.errors.splice(0), namedBlocks };
  }

  private topLevelNamedBlock(from: number, firstChunk: boolean): boolean {
    for (let i = from; i < this.tokens.length; i++) {
      const type = this.tokens[i]!.tokenType;
      if (namedBlockKeywords.has(type) || (!firstChunk && type === T.Param)) return true;
    }
    return false;
  }
}

/** The chunks of `text` in order; tokens keep their offsets, lines and columns in the whole text. */
export function scanChunks(text: string, lines: LineMap, minTokens: number): Generator<ScriptChunk> {
  return new ChunkScanner(text, lines, []).chunks(minTokens);
}
