// Literals and bracketed expressions: strings (with their expandable parts), ( ), $( ), @( ), hashtables
// and script blocks.

import * as T from './tokens.js';
import { ExpressionRules } from './expressionRules.js';
import type { PsToken, StringPart } from './tokenInfo.js';
import type { ExpandableStringAst, ExpressionAst, HashtableAst, ScriptBlockExpressionAst, StatementAst } from '../src/lang/ast.js';

export abstract class LiteralRules extends ExpressionRules {
  override stringLiteral = this.RULE('stringLiteral', (): ExpressionAst =>
    this.OR((this.stringAlts ??= [
      {
        ALT: () => {
          const tok = this.CONSUME(T.StringLit) as PsToken;
          return this.ACTION(() => this.stringLiteralOf(tok));
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.ExpandableStringLit) as PsToken;
          return this.ACTION(() => this.stringLiteralOf(tok));
        },
      },
    ])),
  );

  /** The node of a quoted string token: a constant, or an expandable string when it has `$` parts. */
  protected override stringLiteralOf(tok: PsToken): ExpressionAst {
    const p = tok.payload as { value: string; quote: 'single' | 'singleHere' | 'double' | 'doubleHere' };
    if (tok.tokenType === T.ExpandableStringLit) return this.expandable(tok, p.quote as 'double' | 'doubleHere');
    return { kind: 'StringConstant', value: p.value, quote: p.quote, extent: this.extentOfToken(tok) } as ExpressionAst;
  }

  private stringAlts?: { ALT: () => ExpressionAst }[];

  /** A double-quoted string or bare word with `$var` / `$( )` parts. Subexpressions are parsed after the main pass. */
  protected override expandable(tok: PsToken, quote: 'double' | 'doubleHere' | 'bare'): ExpressionAst {
    const p = tok.payload as { value: string; parts?: StringPart[] };
    const parts: (string | ExpressionAst)[] = [];
    for (const part of p.parts ?? []) {
      if (typeof part === 'string') parts.push(part);
      else if (part.kind === 'var') {
        parts.push({ kind: 'Variable', name: part.name, scope: part.scope, splatted: false, braced: part.braced, extent: this.extentAt(part.start, part.end) });
      } else {
        const node = { kind: 'SubExpression' as const, statements: [] as StatementAst[], extent: this.extentAt(part.start, part.end) };
        this.pending.push({ node, tokens: part.tokens });
        parts.push(node);
      }
    }
    if (!parts.some((x) => typeof x !== 'string')) {
      return { kind: 'StringConstant', value: parts.join(''), quote, extent: this.extentOfToken(tok) };
    }
    const node: ExpandableStringAst = { kind: 'ExpandableString', value: p.value, parts, quote, extent: this.extentOfToken(tok) };
    return node;
  }

  override parenExpr = this.RULE('parenExpr', (): ExpressionAst => {
    const open = this.CONSUME(T.LParen);
    const saved = this.enterNested();
    this.MANY(() => this.CONSUME(T.NewLine));
    const inner = this.OPTION({ GATE: () => !this.next(T.RParen), DEF: () => this.SUBRULE(this.pipelineStatement) });
    this.MANY2(() => this.CONSUME2(T.NewLine));
    this.leaveNested(saved);
    const close = this.OPTION2(() => this.CONSUME(T.RParen));
    return this.ACTION(() => {
      if (!inner) this.report('ExpectedExpression', "An expression was expected after '('.", this.after(open));
      else if (!close) this.report('MissingEndParenthesisInExpression', "Missing closing ')' in expression.", this.after());
      return { kind: 'Paren', pipeline: inner ?? this.missingPipeline(this.after(open)), extent: this.span(open) } as ExpressionAst;
    });
  });

  override subExpression = this.RULE('subExpression', (): ExpressionAst => {
    const open = this.OR([{ ALT: () => this.CONSUME(T.DollarParen) }, { ALT: () => this.CONSUME(T.AtParen) }]);
    const saved = this.enterNested();
    const statements = this.SUBRULE(this.statementList, { ARGS: ['paren'] });
    this.leaveNested(saved);
    const close = this.OPTION(() => this.CONSUME(T.RParen));
    return this.ACTION(() => {
      if (!close) this.report('MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", this.after());
      const extent = this.span(open);
      return open.tokenType === T.AtParen ? { kind: 'ArrayExpression', statements, extent } : ({ kind: 'SubExpression', statements, extent } as ExpressionAst);
    });
  });

  override hashtable = this.RULE('hashtable', (): HashtableAst => {
    const open = this.CONSUME(T.AtCurly);
    const saved = this.enterNested();
    const entries: HashtableAst['entries'] = [];
    let broken = false;
    this.MANY({
      GATE: () => !broken && !this.next(T.RCurly) && !this.atEof(),
      DEF: () =>
        this.OR([
          { ALT: () => this.CONSUME(T.Terminator) },
          {
            ALT: () => {
              const entry = this.SUBRULE(this.hashEntry);
              this.ACTION(() => {
                if (entry) entries.push(entry);
                else broken = true;
              });
            },
          },
        ]),
    });
    this.leaveNested(saved);
    this.ACTION(() => broken && this.skipToCloser());
    const close = this.OPTION(() => this.CONSUME(T.RCurly));
    return this.ACTION(() => {
      if (!close && !broken) this.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", this.after(open));
      return { kind: 'Hashtable', entries, extent: this.span(open) };
    });
  });

  hashEntry = this.RULE('hashEntry', (): HashtableAst['entries'][number] | undefined => {
    const first = this.LA(1);
    const key = this.OR([
      { ALT: () => this.stringOf(this.CONSUME(T.Bareword)) },
      { GATE: () => this.canStartOperand(), ALT: () => this.SUBRULE(this.unaryExpr) },
      {
        ALT: () => {
          this.CONSUME(T.Equals);
          this.report('MissingKeyInHashLiteral', "Missing key before '=' in hash literal.", this.extentOfToken(first));
          return undefined;
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.AnyToken);
          this.unexpected(tok);
          return undefined;
        },
      },
    ]);
    if (!this.RECORDING_PHASE && !key) return undefined;
    const eq = this.OPTION(() => this.CONSUME2(T.Equals));
    if (!this.RECORDING_PHASE && !eq) {
      this.report('MissingEqualsInHashLiteral', "Missing '=' operator after key in hash literal.", this.extentOfToken(this.LA(1)));
      return undefined;
    }
    const value = this.OPTION2({
      GATE: () => !this.atStatementEnd() && !this.next(T.Pipe),
      DEF: () => this.SUBRULE(this.statement),
    });
    if (!this.RECORDING_PHASE && !value) {
      this.report('MissingStatementInHashLiteral', "Missing statement after '=' in hash literal.", this.after());
      return undefined;
    }
    if (!this.RECORDING_PHASE && !this.atStatementEnd()) {
      this.unexpected();
      return undefined;
    }
    return this.ACTION(() => ({ key: key!, value: value!, extent: this.span(first) }));
  });

  /** After a bad entry: drop tokens up to this hashtable's `}` (brackets balanced) so one error is reported. */
  private skipToCloser(): void {
    let depth = 0;
    while (!this.atEof()) {
      const t = this.LA(1);
      if (this.is(t, T.LCurly, T.AtCurly, T.LParen, T.AtParen, T.DollarParen, T.LBracket)) depth++;
      else if (this.is(t, T.RCurly, T.RParen, T.RBracket)) {
        if (depth === 0) return;
        depth--;
      }
      this.SKIP_TOKEN();
    }
  }

  override scriptBlockExpr = this.RULE('scriptBlockExpr', (): ScriptBlockExpressionAst => {
    const open = this.CONSUME(T.LCurly);
    const saved = this.enterNested();
    const body = this.SUBRULE(this.scriptBlockBody, { ARGS: ['curly'] });
    this.leaveNested(saved);
    const close = this.OPTION(() => this.CONSUME(T.RCurly));
    return this.ACTION(() => {
      if (!close) this.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", this.extentOfToken(open));
      const extent = this.span(open);
      const textEnd = close ? close.startOffset : extent.end;
      return {
        kind: 'ScriptBlockExpression',
        scriptBlock: { kind: 'ScriptBlock', ...body, extent },
        text: this.source.text.slice(open.endOffset! + 1, textEnd),
        extent,
      };
    });
  });}
