// Expressions, by PowerShell's precedence (lowest first): -and -or -xor; -band -bor -bxor; comparison,
// -replace, -split, -join, -is, -as; + -; * / %; -f; ..; the comma; unary operators and casts; postfix
// member access, static access, indexing and method calls; primaries.

import { tokenMatcher, type IToken, type ParserMethod, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { ParserBase } from './parserBase.js';
import type { PsToken, StringPart } from './tokenInfo.js';
import type {
  TypeName, ExpressionAst, HashtableAst, ScriptBlockExpressionAst, UnaryOperator,
} from '../src/lang/ast.js';

const precedences = new Map<TokenType, number>([
  [T.DashLogical, 1], [T.DashBitwise, 2], [T.DashComparison, 3], [T.DashSplitJoin, 3], [T.Plus, 4], [T.Minus, 4],
  [T.Star, 5], [T.Slash, 5], [T.Percent, 5], [T.DashFormat, 6], [T.DotDot, 7],
]);

function precedence(op: IToken): number {
  return precedences.get(op.tokenType) ?? 0;
}

export abstract class ExpressionRules extends ParserBase {

  // Literal rules, defined in literalRules.ts.
  declare stringLiteral: ParserMethod<[], ExpressionAst>;
  declare parenExpr: ParserMethod<[], ExpressionAst>;
  declare subExpression: ParserMethod<[], ExpressionAst>;
  declare hashtable: ParserMethod<[], HashtableAst>;
  declare scriptBlockExpr: ParserMethod<[], ScriptBlockExpressionAst>;
  protected abstract expandable(tok: PsToken, quote: 'double' | 'doubleHere' | 'bare'): ExpressionAst;

  expression = this.RULE('expression', (): ExpressionAst => {
    const first = this.simpleOperand() ?? this.SUBRULE(this.arrayLiteralExpr);
    let operands: ExpressionAst[] | undefined;
    let ops: IToken[] | undefined;
    this.MANY(() => {
      const op = this.CONSUME(T.BinaryOp);
      const right = this.OPTION({ GATE: () => this.canStartOperand(), DEF: () => this.simpleOperand() ?? this.SUBRULE2(this.arrayLiteralExpr) });
      this.ACTION(() => {
        (ops ??= []).push(op);
        (operands ??= [first]).push(right ?? this.expectedValue(op));
      });
    });
    return this.ACTION(() => (ops ? this.buildBinary(operands!, ops) : first));
  });

  /**
   * A lone variable, number or string (nothing after it that binds tighter: no `,`, no `.x`, `[i]`, `++`),
   * read straight from the token. The grammar rules build the same node through five rule levels
   * (array literal, unary, postfix, primary, string); this is the commonest operand, so it skips them.
   * Never taken while chevrotain records the grammar, so the recorded grammar stays whole.
   */
  protected simpleOperand(): ExpressionAst | undefined {
    if (!this.shortcutsOn) return undefined;
    const tok = this.LA(1) as PsToken;
    const type = tok.tokenType;
    if (type !== T.Variable && type !== T.StringLit && type !== T.ExpandableStringLit && type !== T.NumberLit) return undefined;
    const after = this.LA(2);
    if (after.tokenType === T.Comma || tokenMatcher(after, T.PostfixStart)) return undefined;
    this.SKIP_TOKEN();
    if (type === T.Variable) return this.variableOf(tok);
    if (type === T.NumberLit) return this.numberOf(tok);
    return this.stringLiteralOf(tok);
  }

  protected abstract stringLiteralOf(tok: PsToken): ExpressionAst;

  protected numberOf(tok: PsToken): ExpressionAst {
    const p = tok.payload as { value: number; isInteger: boolean };
    return { kind: 'Constant', value: p.value, isInteger: p.isInteger, text: tok.image, extent: this.extentOfToken(tok) } as ExpressionAst;
  }

  /** Orders a flat `a op b op c` list by PowerShell precedence; all binary operators are left-associative. */
  private buildBinary(operands: ExpressionAst[], ops: IToken[]): ExpressionAst {
    const outOperands: ExpressionAst[] = [operands[0]];
    const outOps: IToken[] = [];
    const reduce = () => {
      const right = outOperands.pop()!;
      const left = outOperands.pop()!;
      const op = outOps.pop()!;
      outOperands.push({
        kind: 'Binary', operator: this.operatorText(op), left, right, operatorExtent: this.extentOfToken(op), extent: this.extentBetween(left.extent, right.extent),
      });
    };
    for (let i = 0; i < ops.length; i++) {
      const prec = precedence(ops[i]);
      while (outOps.length && precedence(outOps[outOps.length - 1]) >= prec) reduce();
      outOps.push(ops[i]);
      outOperands.push(operands[i + 1]);
    }
    while (outOps.length) reduce();
    return outOperands[0];
  }

  private expectedValue(op: IToken): ExpressionAst {
    if (!this.canStartOperand()) this.report('ExpectedValueExpression', `You must provide a value expression following the '${op.image}' operator.`, this.after(op));
    return this.missingExpression(this.after(op));
  }

  protected operatorText(op: IToken): string {
    const p = (op as PsToken).payload;
    return p && p.kind === 'operator' ? p.op : op.image.replace(/[\u2013-\u2015]/g, '-').toLowerCase();
  }

  arrayLiteralExpr = this.RULE('arrayLiteralExpr', (): ExpressionAst => {
    const first = this.SUBRULE(this.unaryExpr);
    const elements: ExpressionAst[] = [first];
    this.MANY({
      GATE: () => this.noComma === 0,
      DEF: () => {
        const comma = this.CONSUME(T.Comma);
        const next = this.OPTION({ GATE: () => this.canStartOperand(), DEF: () => this.SUBRULE2(this.unaryExpr) });
        this.ACTION(() => elements.push(next ?? this.missingAfterComma(comma)));
      },
    });
    return this.ACTION(() =>
      elements.length === 1 ? first : { kind: 'ArrayLiteral', elements, extent: this.extentBetween(first.extent, elements[elements.length - 1].extent) },
    );
  });

  private missingAfterComma(comma: IToken): ExpressionAst {
    this.report('MissingExpressionAfterToken', "Missing expression after ','.", this.after(comma));
    return this.missingExpression(this.after(comma));
  }

  unaryExpr = this.RULE('unaryExpr', (): ExpressionAst =>
    this.OR((this.unaryAlts ??= [
      {
        ALT: () => {
          const op = this.OR2((this.unaryOpAlts ??= [
            { ALT: () => this.CONSUME(T.Exclaim) },
            { ALT: () => this.CONSUME(T.DashNot) },
            { ALT: () => this.CONSUME(T.Minus) },
            { ALT: () => this.CONSUME(T.Plus) },
            { ALT: () => this.CONSUME(T.DashSplitJoin) },
            { ALT: () => this.CONSUME(T.Comma) },
            { ALT: () => this.CONSUME(T.PlusPlus) },
            { ALT: () => this.CONSUME(T.MinusMinus) },
          ]));
          const operand = this.OPTION({ GATE: () => this.canStartOperand(), DEF: () => this.SUBRULE(this.unaryExpr) });
          return this.ACTION(() => this.makeUnary(op, operand));
        },
      },
      {
        ALT: () => {
          const typeTok = this.CONSUME(T.TypeLiteral) as PsToken;
          const typeName = this.ACTION(() => (typeTok.payload as unknown as { type: TypeName }).type);
          const operand = this.OPTION2({ GATE: () => this.castFollows(), DEF: () => this.SUBRULE2(this.unaryExpr) });
          if (!this.RECORDING_PHASE && operand) {
            return { kind: 'Convert', typeName, operand, extent: this.extentBetween(this.extentOfToken(typeTok), operand.extent) } as ExpressionAst;
          }
          const typeExpr = this.ACTION(() => ({ kind: 'TypeExpression', typeName, extent: this.extentOfToken(typeTok) }) as ExpressionAst);
          return this.SUBRULE(this.postfixTail, { ARGS: [typeExpr] });
        },
      },
      { ALT: () => this.SUBRULE(this.postfixExpr) },
    ])),
  );

  private unaryAlts?: { ALT: () => ExpressionAst }[];
  private unaryOpAlts?: { ALT: () => IToken }[];

  /** `[int]$x`, `[int] -1`: a type literal followed by an operand (not by `::` or `.`) is a cast. */
  private castFollows(): boolean {
    const next = this.LA(1);
    return this.canStartOperand(next) && next.tokenType !== T.Comma;
  }

  private makeUnary(op: IToken, operand: ExpressionAst | undefined): ExpressionAst {
    const opText = this.operatorText(op);
    if (!operand) {
      this.report('MissingExpressionAfterOperator', `Missing expression after unary operator '${op.image}'.`, this.after(op));
      return this.missingExpression(this.after(op));
    }
    const extent = this.extentBetween(this.extentOfToken(op), operand.extent);
    // `-5` is a negative constant, as PowerShell folds it.
    if (opText === '-' && operand.kind === 'Constant' && op.endOffset! + 1 === operand.extent.start) {
      return { ...operand, value: -operand.value, text: '-' + operand.text, extent };
    }
    const map: Record<string, UnaryOperator> = { '!': '!', '-not': '-not', '-bnot': '-bnot', '-': '-', '+': '+', ',': ',', '++': '++', '--': '--' };
    const operator: UnaryOperator = map[opText] ?? (opText.endsWith('join') ? '-join' : '-split');
    return { kind: 'Unary', operator, operand, extent };
  }

  postfixExpr = this.RULE('postfixExpr', (): ExpressionAst => {
    const target = this.SUBRULE(this.primary);
    // Most operands have no postfix part; only enter the postfix rule when one follows.
    const withTail = this.OPTION({ GATE: () => tokenMatcher(this.LA(1), T.PostfixStart), DEF: () => this.SUBRULE(this.postfixTail, { ARGS: [target] }) });
    return withTail ?? target;
  });

  postfixTail = this.RULE('postfixTail', (start: ExpressionAst): ExpressionAst => {
    let target = start;
    this.MANY(() => {
      this.OR([
        { ALT: () => (target = this.SUBRULE(this.memberAccess, { ARGS: [target] })) },
        {
          ALT: () => {
            const open = this.CONSUME(T.LBracket);
            const index = this.OPTION(() => this.SUBRULE(this.expression));
            const close = this.OPTION2(() => this.CONSUME(T.RBracket));
            target = this.ACTION(() => {
              if (!index) this.report('MissingArrayIndexExpression', 'Array index expression is missing or not valid.', this.after(open));
              else if (!close) this.report('MissingEndSquareBracket', "Missing ']' after array index expression.", this.after());
              return { kind: 'Index', target, index: index ?? this.missingExpression(this.after(open)), extent: this.span(this.tokenAtOffset(target)) };
            });
            this.ACTION(() => {
              if (!index && !close) this.skipIndexRest();
            });
          },
        },
      ]);
    });
    const post = this.OPTION3({
      GATE: () => this.is(this.LA(1), T.PlusPlus, T.MinusMinus) && this.LA(1).startOffset === this.LA(0).endOffset! + 1,
      DEF: () => this.OR2([{ ALT: () => this.CONSUME(T.PlusPlus) }, { ALT: () => this.CONSUME(T.MinusMinus) }]),
    });
    return this.ACTION(() =>
      post ? { kind: 'Unary', operator: post.image === '++' ? 'post++' : 'post--', operand: target, extent: this.extentBetween(target.extent, this.extentOfToken(post)) } : target,
    );
  });

  /** After `$a[` with nothing valid inside: drop tokens up to the `]` so one error is reported. */
  private skipIndexRest(): void {
    while (!this.atEof() && !this.next(T.RBracket, T.NewLine, T.Semi, T.RCurly, T.RParen)) this.SKIP_TOKEN();
    if (this.next(T.RBracket)) this.SKIP_TOKEN();
  }

  protected tokenAtOffset(e: ExpressionAst): IToken {
    return { startOffset: e.extent.start, endOffset: e.extent.end - 1, tokenType: T.AnyToken } as IToken;
  }

  memberAccess = this.RULE('memberAccess', (target: ExpressionAst): ExpressionAst => {
    const op = this.OR((this.memberOpAlts ??= [{ ALT: () => this.CONSUME(T.Dot) }, { ALT: () => this.CONSUME(T.ColonColon) }]));
    const named = this.OPTION2(() =>
      this.OR2((this.memberNameAlts ??= [
        { ALT: () => this.stringOf(this.CONSUME(T.MemberName)) },
        { ALT: () => this.variableOf(this.CONSUME(T.Variable)) },
        { ALT: () => this.SUBRULE(this.stringLiteral) },
        { ALT: () => this.SUBRULE(this.parenExpr) },
      ])),
    );
    const member = this.ACTION(() => {
      if (named) return named;
      this.report('MissingPropertyName', 'Missing property name after reference operator.', this.after(op));
      return this.missingExpression(this.after(op));
    })!;
    const args = this.OPTION({
      GATE: () => this.next(T.LParen) && this.LA(1).startOffset === this.LA(0).endOffset! + 1,
      DEF: () => this.SUBRULE(this.methodArguments),
    });
    return this.ACTION(() => {
      const isStatic = op.tokenType === T.ColonColon;
      const extent = this.span(this.tokenAtOffset(target));
      if (args) return { kind: 'InvokeMember', target, member, arguments: args, static: isStatic, extent };
      return { kind: 'Member', target, member, static: isStatic, extent };
    });
  });

  private memberOpAlts?: { ALT: () => IToken }[];
  private memberNameAlts?: { ALT: () => ExpressionAst }[];

  methodArguments = this.RULE('methodArguments', (): ExpressionAst[] => {
    const open = this.CONSUME(T.LParen);
    const args: ExpressionAst[] = [];
    this.ACTION(() => this.noComma++);
    this.MANY(() => this.CONSUME(T.NewLine));
    this.OPTION({
      GATE: () => this.canStartOperand(),
      DEF: () => {
        args.push(this.SUBRULE(this.expression));
        this.MANY2(() => {
          this.CONSUME(T.Comma);
          this.MANY3(() => this.CONSUME2(T.NewLine));
          args.push(this.SUBRULE2(this.expression));
        });
      },
    });
    this.MANY4(() => this.CONSUME3(T.NewLine));
    this.ACTION(() => this.noComma--);
    const close = this.OPTION2(() => this.CONSUME(T.RParen));
    this.ACTION(() => {
      if (!close) this.report('MissingEndParenthesisInMethodCall', "Missing ')' in method call.", this.after());
      void open;
    });
    return args;
  });

  primary = this.RULE('primary', (): ExpressionAst =>
    this.OR((this.primaryAlts ??= [
      { ALT: () => this.variableOf(this.CONSUME(T.Variable)) },
      {
        ALT: () => {
          const tok = this.CONSUME(T.NumberLit) as PsToken;
          return this.ACTION(() => this.numberOf(tok));
        },
      },
      { ALT: () => this.SUBRULE(this.stringLiteral) },
      { ALT: () => this.SUBRULE(this.parenExpr) },
      { ALT: () => this.SUBRULE(this.subExpression) },
      { ALT: () => this.SUBRULE(this.hashtable) },
      { ALT: () => this.SUBRULE(this.scriptBlockExpr) },
      {
        ALT: () => {
          const tok = this.CONSUME(T.TypeLiteral) as PsToken;
          return this.ACTION(() => ({ kind: 'TypeExpression', typeName: (tok.payload as unknown as { type: never }).type, extent: this.extentOfToken(tok) }) as ExpressionAst);
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.SplatVariable);
          return this.ACTION(() => {
            const v = this.variableOf(tok, true);
            if (!this.splatAllowed) {
              const name = (v as { name: string }).name;
              this.report('SplattingNotPermitted', `The splatting operator '@' cannot be used to reference variables in an expression. '@${name}' can be used only as an argument to a command. To reference variables in an expression use '$${name}'.`, this.extentOfToken(tok));
            }
            return v;
          });
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.AnyToken);
          this.unexpected(tok);
          return this.ACTION(() => this.missingExpression(this.extentOfToken(tok)));
        },
      },
    ])),
  );

  private primaryAlts?: { ALT: () => ExpressionAst }[];

  /** True while parsing a command argument, where `@name` splats. */
  protected splatAllowed = false;

  protected variableOf(tok: IToken, splatted = false): ExpressionAst {
    return this.ACTION(() => {
      const p = (tok as PsToken).payload as { name: string; scope?: string; braced: boolean };
      return { kind: 'Variable', name: p.name, scope: p.scope, splatted, braced: p.braced, extent: this.extentOfToken(tok) } as ExpressionAst;
    });
  }

  protected stringOf(tok: IToken): ExpressionAst {
    return this.ACTION(() => {
      const p = (tok as PsToken).payload as { value: string; parts?: StringPart[] };
      if (p.parts) return this.expandable(tok as PsToken, 'bare');
      return { kind: 'StringConstant', value: p.value, quote: 'bare', extent: this.extentOfToken(tok) } as ExpressionAst;
    });
  }

  /** Brackets reset argument-list state: `$x.M((1,2))` has one argument, an array. */
  protected enterNested(): [number, boolean] {
    const saved: [number, boolean] = [this.noComma, this.splatAllowed];
    this.noComma = 0;
    this.splatAllowed = false;
    return saved;
  }

  protected leaveNested(saved: [number, boolean]): void {
    [this.noComma, this.splatAllowed] = saved;
  }
}
