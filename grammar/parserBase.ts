// Shared state and helpers of the parser: extents, PowerShell-style error reports, token tests.
// The grammar rules are installed on the one parser (parser.ts) by the rule modules (*Rules.ts), which
// reach these helpers and each other's rules through the rule table of ruleTable.ts.

import { EmbeddedActionsParser, EOF, tokenMatcher, type ILookaheadStrategy, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import type { LineMap } from './lineMap.js';
import { PrecomputedLookahead } from './lookahead.js';
import { lookaheadData } from './lookaheadData.js';
import type { PsToken } from './tokenInfo.js';
import type {
  Extent, ExpressionAst, ParseError, PipelineAst, Source, StatementAst, StatementBlockAst, SubExpressionAst,
} from '../src/lang/ast.js';

export type Closer = 'eof' | 'curly' | 'paren';

export interface PendingSubExpression {
  node: SubExpressionAst;
  tokens: PsToken[];
}

export abstract class ParserBase extends EmbeddedActionsParser {
  source: Source = { text: '' };
  lines!: LineMap;
  psErrors: ParseError[] = [];
  pending: PendingSubExpression[] = [];
  /** > 0 while parsing method or attribute arguments, where a comma separates arguments. */
  noComma = 0;
  /** True while parsing a command argument, where `@name` splats. */
  splatAllowed = false;
  /**
   * Shortcuts read the commonest shapes (a lone variable or string operand, a simple command element,
   * a command at the start of a statement) straight from the tokens instead of through the rule chain,
   * building the same nodes. Off only in tests that prove the two ways agree.
   */
  shortcuts = true;
  /**
   * A check-only parse wants the errors, not the tree: statements that cannot hold an error are stepped
   * over without building their nodes (the result is then not a whole AST).
   */
  checkOnly = false;

  /** True when a shortcut may run: never while chevrotain records the grammar (it must see every rule). */
  get shortcutsOn(): boolean {
    return this.shortcuts && !this.RECORDING_PHASE;
  }

  /** `LA` as a plain function, for the token readers outside the parser (plainStatements.ts). */
  readonly lookahead = (k: number): IToken => this.LA(k);

  /** `lookaheadStrategy` defaults to the precomputed first-token sets (tests compare it with chevrotain's own). */
  constructor(lookaheadStrategy?: ILookaheadStrategy) {
    super(T.allTokens, {
      maxLookahead: 1,
      skipValidations: true,
      recoveryEnabled: false,
      lookaheadStrategy: lookaheadStrategy ?? new PrecomputedLookahead(lookaheadData, T.allTokens),
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  la(k = 1): PsToken {
    return this.LA(k) as PsToken;
  }

  is(tok: IToken, ...types: TokenType[]): boolean {
    for (const t of types) if (tokenMatcher(tok, t)) return true;
    return false;
  }

  next(...types: TokenType[]): boolean {
    return this.is(this.LA(1), ...types);
  }

  atEof(): boolean {
    return this.LA(1).tokenType === EOF;
  }

  /** The next token after any newlines. */
  peekPastNewlines(): IToken {
    let k = 1;
    while (tokenMatcher(this.LA(k), T.NewLine)) k++;
    return this.LA(k);
  }

  canStartOperand(tok: IToken = this.LA(1)): boolean {
    return tokenMatcher(tok, T.OperandStart);
  }

  /** Tokens that end a pipeline: terminators, `|` handled by callers, closers, end of input. */
  atStatementEnd(tok: IToken = this.LA(1)): boolean {
    return tok.tokenType === EOF || tokenMatcher(tok, T.StatementEnd);
  }

  /** Brackets reset argument-list state: `$x.M((1,2))` has one argument, an array. */
  enterNested(): [number, boolean] {
    const saved: [number, boolean] = [this.noComma, this.splatAllowed];
    this.noComma = 0;
    this.splatAllowed = false;
    return saved;
  }

  leaveNested(saved: [number, boolean]): void {
    [this.noComma, this.splatAllowed] = saved;
  }

  // ---------------------------------------------------------------------------------------------
  // Extents

  extentAt(start: number, end: number): Extent {
    if (this.RECORDING_PHASE || !this.lines) return { source: this.source, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const line = this.lines.line(start);
    const endLine = end > start ? this.lines.line(end) : line;
    return {
      source: this.source,
      start,
      end,
      line,
      column: this.lines.column(start, line),
      endLine,
      endColumn: this.lines.column(end, endLine),
    };
  }

  /** From the start of `first` to the end of the last consumed token. */
  span(first: IToken, last: IToken = this.LA(0)): Extent {
    const start = first.tokenType === EOF || Number.isNaN(first.startOffset) ? this.endOfText() : first.startOffset;
    const lastEnd = last && !Number.isNaN(last.endOffset!) && last.tokenType !== EOF ? last.endOffset! + 1 : start;
    return this.extentAt(start, Math.max(start, lastEnd));
  }

  extentOfToken(tok: IToken): Extent {
    if (tok.tokenType === EOF || Number.isNaN(tok.startOffset)) return this.extentAt(this.endOfText(), this.endOfText());
    return this.extentAt(tok.startOffset, tok.endOffset! + 1);
  }

  /** The empty extent right after a token: where PowerShell reports most "missing ..." errors. */
  after(tok: IToken = this.LA(0)): Extent {
    if (!tok || tok.tokenType === EOF || Number.isNaN(tok.endOffset!)) return this.extentAt(0, 0);
    return this.extentAt(tok.endOffset! + 1, tok.endOffset! + 1);
  }

  endOfText(): number {
    return this.source.text.length;
  }

  extentBetween(a: Extent, b: Extent): Extent {
    return this.extentAt(a.start, Math.max(a.start, b.end));
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  report(errorId: string, message: string, extent: Extent): void {
    if (this.RECORDING_PHASE) return;
    this.psErrors.push({ errorId, message, extent });
  }

  unexpected(tok: IToken = this.LA(1)): void {
    if (this.RECORDING_PHASE || tok.tokenType === T.ErrorToken) return;
    if (tok.tokenType === T.UnsupportedOperator) return this.unsupportedOperator(tok);
    const image = tok.tokenType === EOF ? '' : tok.image;
    this.report('UnexpectedToken', `Unexpected token '${image}' in expression or statement.`, this.extentOfToken(tok));
  }

  unsupportedOperator(tok: IToken): void {
    const op = tok.image;
    const what =
      op === '&&' || op === '||'
        ? `The '${op}' pipeline chain operator`
        : op === '??'
          ? "The '??' null-coalescing operator"
          : op === '?.' || op === '?['
            ? `The '${op}' null-conditional operator`
            : "The '? :' ternary operator";
    this.report('UnsupportedFeature', `${what} is not supported by csshell: it is a PowerShell 7 feature. Use an if statement instead.`, this.extentOfToken(tok));
  }

  errorCount(): number {
    return this.psErrors.length;
  }

  /** Reports an error (after the last consumed token by default) and returns an empty statement spanning from `first`. */
  fail(errorId: string, message: string, first: IToken, at = this.after()): StatementAst {
    this.report(errorId, message, at);
    return this.missingPipeline(this.span(first));
  }

  // ---------------------------------------------------------------------------------------------
  // Placeholders for missing pieces (the script is not run when it has errors)

  missingExpression(at: Extent): ExpressionAst {
    return { kind: 'StringConstant', value: '', quote: 'bare', extent: at };
  }

  missingPipeline(at: Extent): PipelineAst {
    return { kind: 'Pipeline', elements: [], extent: at };
  }

  emptyBlock(at: Extent): StatementBlockAst {
    return { kind: 'StatementBlock', statements: [], extent: at };
  }

  asPipeline(s: StatementAst | undefined, at: Extent): PipelineAst {
    if (!s) return this.missingPipeline(at);
    if (s.kind === 'Pipeline') return s;
    // An assignment or other statement in a condition: wrap it so the evaluator sees a pipeline shape.
    return { kind: 'Pipeline', elements: [{ kind: 'CommandExpression', expression: { kind: 'Paren', pipeline: s, extent: s.extent }, redirections: [], extent: s.extent }], extent: s.extent };
  }
}
