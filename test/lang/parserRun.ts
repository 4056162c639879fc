// Runs a given parser instance over a whole script (tests that compare two parser set-ups).

import type { PsParser } from '../../grammar/parser.js';
import { lex } from '../../grammar/lexer.js';
import type { ParseError, ScriptBlockAst } from '../../src/lang/ast.js';

export function parseWith(parser: PsParser, text: string): { ast: ScriptBlockAst; errors: ParseError[] } {
  const lexed = lex(text);
  parser.source = { text };
  parser.lines = lexed.lines;
  parser.psErrors = [];
  parser.pending = [];
  parser.input = lexed.tokens;
  const ast = parser.script();
  return { ast, errors: parser.psErrors };
}
