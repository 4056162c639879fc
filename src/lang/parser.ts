// parse(text) -> AST + every parse error, PowerShell style. The chevrotain parser is built once
// (building it analyses the whole grammar) and reused; parsing never throws.

import { lex } from '../../grammar/lexer.js';
import { PsParser } from '../../grammar/scriptRules.js';
import type { LexError } from '../../grammar/tokenInfo.js';
import type { Extent, ParseError, ParseResult, ScriptBlockAst, Source } from './ast.js';

let shared: PsParser | undefined;

/** The parser instance (exposed for the railroad diagram). */
export function grammarParser(): PsParser {
  shared ??= new PsParser();
  return shared;
}

export function parse(text: string, file?: string): ParseResult {
  const source: Source = file === undefined ? { text } : { text, file };
  try {
    return parseUnsafe(source);
  } catch (e) {
    // A defect in the parser must not escape as a crash; report it as a parse error at the start.
    const extent = extentAt(source, 0);
    const tooDeep = e instanceof RangeError;
    const errorId = tooDeep ? 'ScriptTooComplicated' : 'ParserFailure';
    const message = tooDeep
      ? 'The script is nested too deeply to be parsed.'
      : `The script could not be parsed: ${e instanceof Error ? e.message : String(e)}`;
    const ast: ScriptBlockAst = { kind: 'ScriptBlock', attributes: [], extent, end: { kind: 'NamedBlock', name: 'end', statements: [], extent } };
    return { ast, errors: [{ errorId, message, extent }] };
  }
}

function parseUnsafe(source: Source): ParseResult {
  const lexed = lex(source.text);
  const parser = grammarParser();
  parser.source = source;
  parser.lines = lexed.lines;
  parser.psErrors = [];
  parser.pending = [];
  parser.input = lexed.tokens;
  const ast = parser.script();
  // Subexpressions inside strings were lexed with the string; parse them now, with the same parser.
  for (let i = 0; i < parser.pending.length; i++) {
    const { node, tokens } = parser.pending[i];
    parser.input = tokens;
    node.statements = parser.subStatements() ?? [];
  }
  const errors: ParseError[] = lexed.errors.map((e) => lexErrorToParseError(e, source, parser));
  errors.push(...parser.psErrors);
  errors.sort((a, b) => a.extent.start - b.extent.start);
  return { ast, errors: dedupe(errors) };
}

function lexErrorToParseError(e: LexError, source: Source, parser: PsParser): ParseError {
  const lines = parser.lines;
  const line = lines.line(e.start);
  const endLine = lines.line(e.end);
  const extent: Extent = { source, start: e.start, end: e.end, line, column: lines.column(e.start, line), endLine, endColumn: lines.column(e.end, endLine) };
  return { errorId: e.errorId, message: e.message, extent };
}

/** The lexer and the parser can both notice the same bad token; keep one report per id and place. */
function dedupe(errors: ParseError[]): ParseError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.errorId}@${e.extent.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function extentAt(source: Source, offset: number): Extent {
  return { source, start: offset, end: offset, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
