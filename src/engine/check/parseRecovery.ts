// Parsing for `csshell check` that keeps going after a syntax error. The parser's own recovery reports
// several errors at once but may swallow the rest of a script (an unclosed `@{` or `(` takes every
// line after it). Here the script is parsed whole first (its errors are PowerShell's list); then,
// after each error, parsing starts again at a resynchronisation point: the next line whose first
// token sits in column 1 and surely begins a statement. Scripts indent what is nested, so such a line
// is almost always a top-level statement. Each later part contributes its commands and its first
// error (with the others on that line: later ones may only echo it).

import type { TokenType } from 'chevrotain';
import { lex } from '../../../grammar/lexer.js';
import * as T from '../../../grammar/tokens.js';
import type { PsToken } from '../../../grammar/tokenInfo.js';
import type { ParseError, ScriptBlockAst, Source } from '../../lang/ast.js';
import { guarded, parse, parseTokens } from '../../lang/parser.js';

export interface RecoveredParse {
  /**
   * The whole-script AST (possibly partial) then the AST of each part parsed again from a
   * resynchronisation point. Each owns the source from its `from` offset to the next part's: after
   * an error, the part parsed afresh is the better reading of what follows.
   */
  roots: { ast: ScriptBlockAst; from: number }[];
  errors: ParseError[];
}

/** Tokens a statement never starts with (they continue or close something opened before). */
const neverStarts = new Set<TokenType>([
  T.Else, T.ElseIf, T.Catch, T.Finally, T.While, T.Until, T.LCurly, T.LParen, T.RCurly, T.RParen, T.RBracket, T.Param,
  T.NewLine, T.Semi, T.Begin, T.Process, T.End,
]);

/** [I] At most this many resynchronised parts per script (each is a parse of the rest of the file). */
const MAX_PARTS = 50;

export function parseWithRecovery(text: string, file?: string): RecoveredParse {
  const source: Source = file === undefined ? { text } : { text, file };
  const whole = parse(text, file);
  const roots: RecoveredParse['roots'] = [{ ast: whole.ast, from: 0 }];
  const errors = [...whole.errors];
  if (!errors.length || errors.some((e) => e.errorId === 'ParserFailure' || e.errorId === 'ScriptTooComplicated')) {
    return { roots, errors };
  }
  const wholeTokens = lex(text).tokens;
  let afterLine = errors[0]!.extent.line;
  for (let part = 0; part < MAX_PARTS; part++) {
    const from = nextResyncPoint(wholeTokens, afterLine);
    if (from === undefined) break;
    const parsed = parseFrom(source, from);
    roots.push({ ast: parsed.ast, from });
    const first = parsed.errors[0];
    if (!first) break;
    for (const e of parsed.errors.filter((x) => x.extent.line === first.extent.line)) {
      if (!errors.some((k) => k.extent.start === e.extent.start && k.errorId === e.errorId)) errors.push(e);
    }
    afterLine = first.extent.line;
  }
  errors.sort((a, b) => a.extent.start - b.extent.start);
  return { roots, errors };
}

/**
 * Parses the script from `offset` on, as if it began there. The text before is blanked (newlines
 * kept) rather than cut, so lines, columns and offsets stay those of the whole file; it is scanned
 * again because an unclosed bracket before changes how the scanner reads everything after it.
 */
function parseFrom(source: Source, offset: number): { ast: ScriptBlockAst; errors: ParseError[] } {
  const blanked = source.text.slice(0, offset).replace(/[^\r\n]/g, ' ') + source.text.slice(offset);
  return guarded(source, () => {
    const lexed = lex(blanked);
    const r = parseTokens(source, lexed.lines, lexed.tokens, lexed.errors, 'script');
    return { ast: r.result, errors: r.errors };
  }) as { ast: ScriptBlockAst; errors: ParseError[] };
}

/** The offset of the first token after `line` that begins its line in column 1 and can begin a statement. */
function nextResyncPoint(tokens: PsToken[], line: number): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.startLine ?? 0) <= line || t.startColumn !== 1 || neverStarts.has(t.tokenType)) continue;
    const prev = tokens[i - 1];
    if (!prev || (prev.endLine ?? 0) < (t.startLine ?? 0)) return t.startOffset;
  }
  return undefined;
}
