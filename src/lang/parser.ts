// parse(text) -> AST + every parse error, PowerShell style. The chevrotain parser is built once
// (building it analyses the whole grammar) and reused; parsing never throws.

import { lex } from '../../grammar/lexer.js';
import { PsParser } from '../../grammar/parser.js';
import type { LineMap } from '../../grammar/lineMap.js';
import type { LexError, PsToken } from '../../grammar/tokenInfo.js';
import type { Extent, ParseError, ParseResult, ScriptBlockAst, Source, StatementAst } from './ast.js';

let shared: PsParser | undefined;

/** The parser instance (exposed for the railroad diagram). */
export function grammarParser(): PsParser {
  shared ??= new PsParser();
  return shared;
}

export function parse(text: string, file?: string): ParseResult {
  const source: Source = file === undefined ? { text } : { text, file };
  return guarded(source, () => {
    const lexed = lex(source.text);
    const { result, errors } = parseTokens(source, lexed.lines, lexed.tokens, lexed.errors, 'script');
    return { ast: result, errors };
  });
}

/** One chunk of top-level statements of a larger script (src/lang/scriptChunks.ts). */
export interface ChunkParse<R> {
  result: R;
  errors: ParseError[];
}

/**
 * Parses already scanned tokens: a whole script block, or the statements of one chunk of a script.
 * `checkOnly` wants the errors alone: statements that cannot hold one are not built, so the result is
 * then only partly there (the whole-script check of src/lang/scriptChunks.ts uses it).
 */
export function parseTokens(source: Source, lines: LineMap, tokens: PsToken[], lexErrors: LexError[], entry: 'script', checkOnly?: boolean): ChunkParse<ScriptBlockAst>;
export function parseTokens(source: Source, lines: LineMap, tokens: PsToken[], lexErrors: LexError[], entry: 'statements', checkOnly?: boolean): ChunkParse<StatementAst[]>;
export function parseTokens(
  source: Source, lines: LineMap, tokens: PsToken[], lexErrors: LexError[], entry: 'script' | 'statements', checkOnly = false,
): ChunkParse<ScriptBlockAst | StatementAst[]> {
  const parser = grammarParser();
  parser.source = source;
  parser.lines = lines;
  parser.psErrors = [];
  parser.pending = [];
  parser.input = tokens;
  parser.checkOnly = checkOnly;
  try {
    const result = entry === 'script' ? parser.script() : (parser.subStatements() ?? []);
    // Subexpressions inside strings were lexed with the string; parse them now, with the same parser.
    for (let i = 0; i < parser.pending.length; i++) {
      const { node, tokens } = parser.pending[i];
      parser.input = tokens;
      node.statements = parser.subStatements() ?? [];
    }
    const errors: ParseError[] = lexErrors.map((e) => lexErrorToParseError(e, source, lines));
    errors.push(...parser.psErrors);
    errors.sort((a, b) => a.extent.start - b.extent.start);
    return { result, errors: dedupe(errors) };
  } finally {
    // The shared parser must not keep the last script's tokens (or its pending strings) alive.
    parser.input = [];
    parser.pending = [];
    parser.checkOnly = false;
  }
}

/** Runs a parse; a defect in the parser is reported as a parse error at the start, never thrown. */
export function guarded(source: Source, run: () => ParseResult): ParseResult {
  try {
    return run();
  } catch (e) {
    const extent = extentAt(source, 0);
    return { ast: emptyScript(extent), errors: [parserFailure(e, extent)] };
  }
}

export function parserFailure(e: unknown, extent: Extent): ParseError {
  const tooDeep = e instanceof RangeError;
  const errorId = tooDeep ? 'ScriptTooComplicated' : 'ParserFailure';
  const message = tooDeep
    ? 'The script is nested too deeply to be parsed.'
    : `The script could not be parsed: ${e instanceof Error ? e.message : String(e)}`;
  return { errorId, message, extent };
}

export function emptyScript(extent: Extent): ScriptBlockAst {
  return { kind: 'ScriptBlock', attributes: [], extent, end: { kind: 'NamedBlock', name: 'end', statements: [], extent } };
}

function lexErrorToParseError(e: LexError, source: Source, lines: LineMap): ParseError {
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

export function extentAt(source: Source, offset: number): Extent {
  return { source, start: offset, end: offset, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
