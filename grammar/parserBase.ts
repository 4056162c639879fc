// Shared state and helpers of the parser: extents, PowerShell-style error reports, token tests.
// The grammar rules live in the classes that extend this one (expressions, commands, statements, scripts).

import { EmbeddedActionsParser, EOF, tokenMatcher, type ILookaheadStrategy, type IToken, type TokenType, type ParserMethod } from 'chevrotain';
import * as T from './tokens.js';
import type { LineMap } from './lineMap.js';
import { PrecomputedLookahead } from './lookahead.js';
import { lookaheadData } from './lookaheadData.js';
import type { PsToken } from './tokenInfo.js';
import type {
  Extent, ExpressionAst, ParseError, PipelineAst, ScriptBlockAst, Source, StatementAst, StatementBlockAst, SubExpressionAst,
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
  protected noComma = 0;
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
  protected get shortcutsOn(): boolean {
    return this.shortcuts && !this.RECORDING_PHASE;
  }

  declare statement: ParserMethod<[], StatementAst>;
  declare pipelineStatement: ParserMethod<[], StatementAst>;
  declare statementList: ParserMethod<[Closer], StatementAst[]>;
  declare statementBlock: ParserMethod<[], StatementBlockAst>;
  declare scriptBlockBody: ParserMethod<[Closer], Omit<ScriptBlockAst, 'extent' | 'kind'>>;

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

  protected la(k = 1): PsToken {
    return this.LA(k) as PsToken;
  }

  protected is(tok: IToken, ...types: TokenType[]): boolean {
    for (const t of types) if (tokenMatcher(tok, t)) return true;
    return false;
  }

  protected next(...types: TokenType[]): boolean {
    return this.is(this.LA(1), ...types);
  }

  protected atEof(): boolean {
    return this.LA(1).tokenType === EOF;
  }

  /** The next token after any newlines. */
  protected peekPastNewlines(): IToken {
    let k = 1;
    while (tokenMatcher(this.LA(k), T.NewLine)) k++;
    return this.LA(k);
  }

  protected canStartOperand(tok: IToken = this.LA(1)): boolean {
    return tokenMatcher(tok, T.OperandStart);
  }

  /** Tokens that end a pipeline: terminators, `|` handled by callers, closers, end of input. */
  protected atStatementEnd(tok: IToken = this.LA(1)): boolean {
    return tok.tokenType === EOF || tokenMatcher(tok, T.StatementEnd);
  }

  // ---------------------------------------------------------------------------------------------
  // Extents

  protected extentAt(start: number, end: number): Extent {
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
  protected span(first: IToken, last: IToken = this.LA(0)): Extent {
    const start = first.tokenType === EOF || Number.isNaN(first.startOffset) ? this.endOfText() : first.startOffset;
    const lastEnd = last && !Number.isNaN(last.endOffset!) && last.tokenType !== EOF ? last.endOffset! + 1 : start;
    return this.extentAt(start, Math.max(start, lastEnd));
  }

  protected extentOfToken(tok: IToken): Extent {
    if (tok.tokenType === EOF || Number.isNaN(tok.startOffset)) return this.extentAt(this.endOfText(), this.endOfText());
    return this.extentAt(tok.startOffset, tok.endOffset! + 1);
  }

  /** The empty extent right after a token: where PowerShell reports most "missing ..." errors. */
  protected after(tok: IToken = this.LA(0)): Extent {
    if (!tok || tok.tokenType === EOF || Number.isNaN(tok.endOffset!)) return this.extentAt(0, 0);
    return this.extentAt(tok.endOffset! + 1, tok.endOffset! + 1);
  }

  protected endOfText(): number {
    return this.source.text.length;
  }

  protected extentBetween(a: Extent, b: Extent): Extent {
    return this.extentAt(a.start, Math.max(a.start, b.end));
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  protected report(errorId: string, message: string, extent: Extent): void {
    if (this.RECORDING_PHASE) return;
    this.psErrors.push({ errorId, message, extent });
  }

  protected unexpected(tok: IToken = this.LA(1)): void {
    if (this.RECORDING_PHASE || tok.tokenType === T.ErrorToken) return;
    if (tok.tokenType === T.UnsupportedOperator) return this.unsupportedOperator(tok);
    const image = tok.tokenType === EOF ? '' : tok.image;
    this.report('UnexpectedToken', `Unexpected token '${image}' in expression or statement.`, this.extentOfToken(tok));
  }

  protected unsupportedOperator(tok: IToken): void {
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

  protected errorCount(): number {
    return this.psErrors.length;
  }

  // ---------------------------------------------------------------------------------------------
  // Placeholders for missing pieces (the script is not run when it has errors)

  protected missingExpression(at: Extent): ExpressionAst {
    return { kind: 'StringConstant', value: '', quote: 'bare', extent: at };
  }

  protected missingPipeline(at: Extent): PipelineAst {
    return { kind: 'Pipeline', elements: [], extent: at };
  }

  protected emptyBlock(at: Extent): StatementBlockAst {
    return { kind: 'StatementBlock', statements: [], extent: at };
  }

  protected asPipeline(s: StatementAst | undefined, at: Extent): PipelineAst {
    if (!s) return this.missingPipeline(at);
    if (s.kind === 'Pipeline') return s;
    // An assignment or other statement in a condition: wrap it so the evaluator sees a pipeline shape.
    return { kind: 'Pipeline', elements: [{ kind: 'CommandExpression', expression: { kind: 'Paren', pipeline: s, extent: s.extent }, redirections: [], extent: s.extent }], extent: s.extent };
  }
}
