// Expressions, by PowerShell's precedence (lowest first): -and -or -xor; -band -bor -bxor; comparison,
// -replace, -split, -join, -is, -as; + -; * / %; -f; ..; the comma; unary operators and casts; postfix
// member access, static access, indexing and method calls; primaries.

import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import type { Grammar } from './ruleTable.js';
import { simpleOperand } from './shortcuts.js';
import { numberOf, stringOf, variableOf } from './tokenNodes.js';
import type { PsToken } from './tokenInfo.js';
import type { TypeName, ExpressionAst, UnaryOperator } from '../src/lang/ast.js';

export function installExpressionRules($: Grammar): void {
  $.expression = expressionRule($);
  $.arrayLiteralExpr = arrayLiteralRule($);
  $.unaryExpr = unaryRule($);
  $.postfixExpr = postfixRule($);
  $.postfixTail = postfixTailRule($);
  $.memberAccess = memberAccessRule($);
  $.methodArguments = methodArgumentsRule($);
  $.primary = primaryRule($);
}

const precedences = new Map<TokenType, number>([
  [T.DashLogical, 1], [T.DashBitwise, 2], [T.DashComparison, 3], [T.DashSplitJoin, 3], [T.Plus, 4], [T.Minus, 4],
  [T.Star, 5], [T.Slash, 5], [T.Percent, 5], [T.DashFormat, 6], [T.DotDot, 7],
]);

function precedence(op: IToken): number {
  return precedences.get(op.tokenType) ?? 0;
}

function expressionRule($: Grammar) {
  return $.RULE('expression', (): ExpressionAst => {
    const first = simpleOperand($) ?? $.SUBRULE($.arrayLiteralExpr);
    let operands: ExpressionAst[] | undefined;
    let ops: IToken[] | undefined;
    $.MANY(() => {
      const op = $.CONSUME(T.BinaryOp);
      const right = $.OPTION({ GATE: () => $.canStartOperand(), DEF: () => simpleOperand($) ?? $.SUBRULE2($.arrayLiteralExpr) });
      $.ACTION(() => {
        (ops ??= []).push(op);
        (operands ??= [first]).push(right ?? expectedValue($, op));
      });
    });
    return $.ACTION(() => (ops ? buildBinary($, operands!, ops) : first));
  });
}

/** Orders a flat `a op b op c` list by PowerShell precedence; all binary operators are left-associative. */
function buildBinary($: Grammar, operands: ExpressionAst[], ops: IToken[]): ExpressionAst {
  const outOperands: ExpressionAst[] = [operands[0]];
  const outOps: IToken[] = [];
  const reduce = () => {
    const right = outOperands.pop()!;
    const left = outOperands.pop()!;
    const op = outOps.pop()!;
    outOperands.push({
      kind: 'Binary', operator: operatorText(op), left, right, operatorExtent: $.extentOfToken(op), extent: $.extentBetween(left.extent, right.extent),
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

function expectedValue($: Grammar, op: IToken): ExpressionAst {
  if (!$.canStartOperand()) $.report('ExpectedValueExpression', `You must provide a value expression following the '${op.image}' operator.`, $.after(op));
  return $.missingExpression($.after(op));
}

function operatorText(op: IToken): string {
  const p = (op as PsToken).payload;
  return p && p.kind === 'operator' ? p.op : op.image.replace(/[\u2013-\u2015]/g, '-').toLowerCase();
}

function arrayLiteralRule($: Grammar) {
  return $.RULE('arrayLiteralExpr', (): ExpressionAst => {
    const first = $.SUBRULE($.unaryExpr);
    const elements: ExpressionAst[] = [first];
    $.MANY({
      GATE: () => $.noComma === 0,
      DEF: () => {
        const comma = $.CONSUME(T.Comma);
        const next = $.OPTION({ GATE: () => $.canStartOperand(), DEF: () => $.SUBRULE2($.unaryExpr) });
        $.ACTION(() => elements.push(next ?? missingAfterComma($, comma)));
      },
    });
    return $.ACTION(() =>
      elements.length === 1 ? first : { kind: 'ArrayLiteral', elements, extent: $.extentBetween(first.extent, elements[elements.length - 1].extent) },
    );
  });
}

function missingAfterComma($: Grammar, comma: IToken): ExpressionAst {
  $.report('MissingExpressionAfterToken', "Missing expression after ','.", $.after(comma));
  return $.missingExpression($.after(comma));
}

function unaryRule($: Grammar) {
  // The alternatives are built once: chevrotain reads them on every call.
  let unaryAlts: { ALT: () => ExpressionAst }[] | undefined;
  let unaryOpAlts: { ALT: () => IToken }[] | undefined;
  return $.RULE('unaryExpr', (): ExpressionAst =>
    $.OR((unaryAlts ??= [
      {
        ALT: () => {
          const op = $.OR2((unaryOpAlts ??= [
            { ALT: () => $.CONSUME(T.Exclaim) },
            { ALT: () => $.CONSUME(T.DashNot) },
            { ALT: () => $.CONSUME(T.Minus) },
            { ALT: () => $.CONSUME(T.Plus) },
            { ALT: () => $.CONSUME(T.DashSplitJoin) },
            { ALT: () => $.CONSUME(T.Comma) },
            { ALT: () => $.CONSUME(T.PlusPlus) },
            { ALT: () => $.CONSUME(T.MinusMinus) },
          ]));
          const operand = $.OPTION({ GATE: () => $.canStartOperand(), DEF: () => $.SUBRULE($.unaryExpr) });
          return $.ACTION(() => makeUnary($, op, operand));
        },
      },
      {
        ALT: () => {
          const typeTok = $.CONSUME(T.TypeLiteral) as PsToken;
          const typeName = $.ACTION(() => (typeTok.payload as unknown as { type: TypeName }).type);
          const operand = $.OPTION2({ GATE: () => castFollows($), DEF: () => $.SUBRULE2($.unaryExpr) });
          if (!$.RECORDING_PHASE && operand) {
            return { kind: 'Convert', typeName, operand, extent: $.extentBetween($.extentOfToken(typeTok), operand.extent) } as ExpressionAst;
          }
          const typeExpr = $.ACTION(() => ({ kind: 'TypeExpression', typeName, extent: $.extentOfToken(typeTok) }) as ExpressionAst);
          return $.SUBRULE($.postfixTail, { ARGS: [typeExpr] });
        },
      },
      { ALT: () => $.SUBRULE($.postfixExpr) },
    ])),
  );
}

/** `[int]$x`, `[int] -1`: a type literal followed by an operand (not by `::` or `.`) is a cast. */
function castFollows($: Grammar): boolean {
  const next = $.LA(1);
  return $.canStartOperand(next) && next.tokenType !== T.Comma;
}

function makeUnary($: Grammar, op: IToken, operand: ExpressionAst | undefined): ExpressionAst {
  const opText = operatorText(op);
  if (!operand) {
    $.report('MissingExpressionAfterOperator', `Missing expression after unary operator '${op.image}'.`, $.after(op));
    return $.missingExpression($.after(op));
  }
  const extent = $.extentBetween($.extentOfToken(op), operand.extent);
  // `-5` is a negative constant, as PowerShell folds it.
  if (opText === '-' && operand.kind === 'Constant' && op.endOffset! + 1 === operand.extent.start) {
    return { ...operand, value: -operand.value, text: '-' + operand.text, extent };
  }
  const map: Record<string, UnaryOperator> = { '!': '!', '-not': '-not', '-bnot': '-bnot', '-': '-', '+': '+', ',': ',', '++': '++', '--': '--' };
  const operator: UnaryOperator = map[opText] ?? (opText.endsWith('join') ? '-join' : '-split');
  return { kind: 'Unary', operator, operand, extent };
}

function postfixRule($: Grammar) {
  return $.RULE('postfixExpr', (): ExpressionAst => {
    const target = $.SUBRULE($.primary);
    // Most operands have no postfix part; only enter the postfix rule when one follows.
    const withTail = $.OPTION({ GATE: () => tokenMatcher($.LA(1), T.PostfixStart), DEF: () => $.SUBRULE($.postfixTail, { ARGS: [target] }) });
    return withTail ?? target;
  });
}

function postfixTailRule($: Grammar) {
  return $.RULE('postfixTail', (start: ExpressionAst): ExpressionAst => {
    let target = start;
    $.MANY(() => {
      $.OR([
        { ALT: () => (target = $.SUBRULE($.memberAccess, { ARGS: [target] })) },
        {
          ALT: () => {
            const open = $.CONSUME(T.LBracket);
            const index = $.OPTION(() => $.SUBRULE($.expression));
            const close = $.OPTION2(() => $.CONSUME(T.RBracket));
            target = $.ACTION(() => {
              if (!index) $.report('MissingArrayIndexExpression', 'Array index expression is missing or not valid.', $.after(open));
              else if (!close) $.report('MissingEndSquareBracket', "Missing ']' after array index expression.", $.after());
              return { kind: 'Index', target, index: index ?? $.missingExpression($.after(open)), extent: $.span(tokenAtOffset(target)) };
            });
            $.ACTION(() => {
              if (!index && !close) skipIndexRest($);
            });
          },
        },
      ]);
    });
    const post = $.OPTION3({
      GATE: () => $.is($.LA(1), T.PlusPlus, T.MinusMinus) && $.LA(1).startOffset === $.LA(0).endOffset! + 1,
      DEF: () => $.OR2([{ ALT: () => $.CONSUME(T.PlusPlus) }, { ALT: () => $.CONSUME(T.MinusMinus) }]),
    });
    return $.ACTION(() =>
      post ? { kind: 'Unary', operator: post.image === '++' ? 'post++' : 'post--', operand: target, extent: $.extentBetween(target.extent, $.extentOfToken(post)) } : target,
    );
  });
}

/** After `$a[` with nothing valid inside: drop tokens up to the `]` so one error is reported. */
function skipIndexRest($: Grammar): void {
  while (!$.atEof() && !$.next(T.RBracket, T.NewLine, T.Semi, T.RCurly, T.RParen)) $.SKIP_TOKEN();
  if ($.next(T.RBracket)) $.SKIP_TOKEN();
}

/** A stand-in token covering an already built node, for extents that start at it. */
function tokenAtOffset(e: ExpressionAst): IToken {
  return { startOffset: e.extent.start, endOffset: e.extent.end - 1, tokenType: T.AnyToken } as IToken;
}

function memberAccessRule($: Grammar) {
  let memberOpAlts: { ALT: () => IToken }[] | undefined;
  let memberNameAlts: { ALT: () => ExpressionAst }[] | undefined;
  return $.RULE('memberAccess', (target: ExpressionAst): ExpressionAst => {
    const op = $.OR((memberOpAlts ??= [{ ALT: () => $.CONSUME(T.Dot) }, { ALT: () => $.CONSUME(T.ColonColon) }]));
    const named = $.OPTION2(() =>
      $.OR2((memberNameAlts ??= [
        { ALT: () => stringOf($, $.CONSUME(T.MemberName)) },
        { ALT: () => variableOf($, $.CONSUME(T.Variable)) },
        { ALT: () => $.SUBRULE($.stringLiteral) },
        { ALT: () => $.SUBRULE($.parenExpr) },
      ])),
    );
    const member = $.ACTION(() => {
      if (named) return named;
      $.report('MissingPropertyName', 'Missing property name after reference operator.', $.after(op));
      return $.missingExpression($.after(op));
    })!;
    const args = $.OPTION({
      GATE: () => $.next(T.LParen) && $.LA(1).startOffset === $.LA(0).endOffset! + 1,
      DEF: () => $.SUBRULE($.methodArguments),
    });
    return $.ACTION(() => {
      const isStatic = op.tokenType === T.ColonColon;
      const extent = $.span(tokenAtOffset(target));
      if (args) return { kind: 'InvokeMember', target, member, arguments: args, static: isStatic, extent };
      return { kind: 'Member', target, member, static: isStatic, extent };
    });
  });
}

function methodArgumentsRule($: Grammar) {
  return $.RULE('methodArguments', (): ExpressionAst[] => {
    $.CONSUME(T.LParen);
    const args: ExpressionAst[] = [];
    $.ACTION(() => $.noComma++);
    $.MANY(() => $.CONSUME(T.NewLine));
    $.OPTION({
      GATE: () => $.canStartOperand(),
      DEF: () => {
        args.push($.SUBRULE($.expression));
        $.MANY2(() => {
          $.CONSUME(T.Comma);
          $.MANY3(() => $.CONSUME2(T.NewLine));
          args.push($.SUBRULE2($.expression));
        });
      },
    });
    $.MANY4(() => $.CONSUME3(T.NewLine));
    $.ACTION(() => $.noComma--);
    const close = $.OPTION2(() => $.CONSUME(T.RParen));
    $.ACTION(() => {
      if (!close) $.report('MissingEndParenthesisInMethodCall', "Missing ')' in method call.", $.after());
    });
    return args;
  });
}

function primaryRule($: Grammar) {
  let primaryAlts: { ALT: () => ExpressionAst }[] | undefined;
  return $.RULE('primary', (): ExpressionAst =>
    $.OR((primaryAlts ??= [
      { ALT: () => variableOf($, $.CONSUME(T.Variable)) },
      {
        ALT: () => {
          const tok = $.CONSUME(T.NumberLit) as PsToken;
          return $.ACTION(() => numberOf($, tok));
        },
      },
      { ALT: () => $.SUBRULE($.stringLiteral) },
      { ALT: () => $.SUBRULE($.parenExpr) },
      { ALT: () => $.SUBRULE($.subExpression) },
      { ALT: () => $.SUBRULE($.hashtable) },
      { ALT: () => $.SUBRULE($.scriptBlockExpr) },
      {
        ALT: () => {
          const tok = $.CONSUME(T.TypeLiteral) as PsToken;
          return $.ACTION(() => ({ kind: 'TypeExpression', typeName: (tok.payload as unknown as { type: never }).type, extent: $.extentOfToken(tok) }) as ExpressionAst);
        },
      },
      { ALT: () => splatted($, $.CONSUME(T.SplatVariable)) },
      {
        ALT: () => {
          const tok = $.CONSUME(T.AnyToken);
          $.unexpected(tok);
          return $.ACTION(() => $.missingExpression($.extentOfToken(tok)));
        },
      },
    ])),
  );
}

/** `@name`: a variable that splats in a command argument, an error in an expression. */
function splatted($: Grammar, tok: IToken): ExpressionAst {
  return $.ACTION(() => {
    const v = variableOf($, tok, true);
    if (!$.splatAllowed) {
      const name = (v as { name: string }).name;
      $.report('SplattingNotPermitted', `The splatting operator '@' cannot be used to reference variables in an expression. '@${name}' can be used only as an argument to a command. To reference variables in an expression use '$${name}'.`, $.extentOfToken(tok));
    }
    return v;
  });
}
