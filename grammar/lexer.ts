// `lex(text)`: the whole text scanned at once, for the parser, syntax highlighting and error recovery.
// chunkScanner.ts scans a big script a chunk of statements at a time instead.

import { LineMap } from './lineMap.js';
import { Scanner } from './scanner.js';
import type { CommentSpan, LexError, PsToken } from './tokenInfo.js';

export interface LexResult {
  tokens: PsToken[];
  errors: LexError[];
  comments: CommentSpan[];
  lines: LineMap;
  /** Brackets still open at the end of the text (the input continues on another line). */
  unclosed: number;
}

export function lex(text: string): LexResult {
  const lines = new LineMap(text);
  const errors: LexError[] = [];
  const comments: CommentSpan[] = [];
  const scanner = new Scanner(text, lines, errors, comments, 0, false);
  const tokens = scanner.run();
  return { tokens, errors, comments, lines, unclosed: scanner.openBrackets };
}
