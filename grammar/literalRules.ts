// Literals and bracketed expressions: strings (with their expandable parts), ( ), $( ), @( ), hashtables
// and script blocks.

import * as T from './tokens.js';
import type { Grammar } from './ruleTable.js';
import { stringLiteralOf, stringOf } from './tokenNodes.js';
import type { PsToken } from './tokenInfo.js';
import type { ExpressionAst, HashtableAst, ScriptBlockExpressionAst } from '../src/lang/ast.js';

export function installLiteralRules($: Grammar): void {
  $.stringLiteral = stringLiteralRule($);
  $.parenExpr = parenRule($);
  $.subExpression = subExpressionRule($);
  $.hashtable = hashtableRule($);
  $.hashEntry = hashEntryRule($);
  $.scriptBlockExpr = scriptBlockExprRule($);
}

function stringLiteralRule($: Grammar) {
  let stringAlts: { ALT: () => ExpressionAst }[] | undefined;
  return $.RULE('stringLiteral', (): ExpressionAst =>
    $.OR((stringAlts ??= [
      {
        ALT: () => {
          const tok = $.CONSUME(T.StringLit) as PsToken;
          return $.ACTION(() => stringLiteralOf($, tok));
        },
      },
      {
        ALT: () => {
          const tok = $.CONSUME(T.ExpandableStringLit) as PsToken;
          return $.ACTION(() => stringLiteralOf($, tok));
        },
      },
    ])),
  );
}

function parenRule($: Grammar) {
  return $.RULE('parenExpr', (): ExpressionAst => {
    const open = $.CONSUME(T.LParen);
    const saved = $.enterNested();
    $.MANY(() => $.CONSUME(T.NewLine));
    const inner = $.OPTION({ GATE: () => !$.next(T.RParen), DEF: () => $.SUBRULE($.pipelineStatement) });
    $.MANY2(() => $.CONSUME2(T.NewLine));
    $.leaveNested(saved);
    const close = $.OPTION2(() => $.CONSUME(T.RParen));
    return $.ACTION(() => {
      if (!inner) $.report('ExpectedExpression', "An expression was expected after '('.", $.after(open));
      else if (!close) $.report('MissingEndParenthesisInExpression', "Missing closing ')' in expression.", $.after());
      return { kind: 'Paren', pipeline: inner ?? $.missingPipeline($.after(open)), extent: $.span(open) } as ExpressionAst;
    });
  });
}

function subExpressionRule($: Grammar) {
  return $.RULE('subExpression', (): ExpressionAst => {
    const open = $.OR([{ ALT: () => $.CONSUME(T.DollarParen) }, { ALT: () => $.CONSUME(T.AtParen) }]);
    const saved = $.enterNested();
    const statements = $.SUBRULE($.statementList, { ARGS: ['paren'] });
    $.leaveNested(saved);
    const close = $.OPTION(() => $.CONSUME(T.RParen));
    return $.ACTION(() => {
      if (!close) $.report('MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", $.after());
      const extent = $.span(open);
      return open.tokenType === T.AtParen ? { kind: 'ArrayExpression', statements, extent } : ({ kind: 'SubExpression', statements, extent } as ExpressionAst);
    });
  });
}

function hashtableRule($: Grammar) {
  return $.RULE('hashtable', (): HashtableAst => {
    const open = $.CONSUME(T.AtCurly);
    const saved = $.enterNested();
    const entries: HashtableAst['entries'] = [];
    let broken = false;
    $.MANY({
      GATE: () => !broken && !$.next(T.RCurly) && !$.atEof(),
      DEF: () =>
        $.OR([
          { ALT: () => $.CONSUME(T.Terminator) },
          {
            ALT: () => {
              const entry = $.SUBRULE($.hashEntry);
              $.ACTION(() => {
                if (entry) entries.push(entry);
                else broken = true;
              });
            },
          },
        ]),
    });
    $.leaveNested(saved);
    $.ACTION(() => broken && skipToCloser($));
    const close = $.OPTION(() => $.CONSUME(T.RCurly));
    return $.ACTION(() => {
      if (!close && !broken) $.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", $.after(open));
      return { kind: 'Hashtable', entries, extent: $.span(open) };
    });
  });
}

function hashEntryRule($: Grammar) {
  return $.RULE('hashEntry', (): HashtableAst['entries'][number] | undefined => {
    const first = $.LA(1);
    const key = $.OR([
      { ALT: () => stringOf($, $.CONSUME(T.Bareword)) },
      { GATE: () => $.canStartOperand(), ALT: () => $.SUBRULE($.unaryExpr) },
      {
        ALT: () => {
          $.CONSUME(T.Equals);
          $.report('MissingKeyInHashLiteral', "Missing key before '=' in hash literal.", $.extentOfToken(first));
          return undefined;
        },
      },
      {
        ALT: () => {
          const tok = $.CONSUME(T.AnyToken);
          $.unexpected(tok);
          return undefined;
        },
      },
    ]);
    if (!$.RECORDING_PHASE && !key) return undefined;
    const eq = $.OPTION(() => $.CONSUME2(T.Equals));
    if (!$.RECORDING_PHASE && !eq) {
      $.report('MissingEqualsInHashLiteral', "Missing '=' operator after key in hash literal.", $.extentOfToken($.LA(1)));
      return undefined;
    }
    const value = $.OPTION2({
      GATE: () => !$.atStatementEnd() && !$.next(T.Pipe),
      DEF: () => $.SUBRULE($.statement),
    });
    if (!$.RECORDING_PHASE && !value) {
      $.report('MissingStatementInHashLiteral', "Missing statement after '=' in hash literal.", $.after());
      return undefined;
    }
    if (!$.RECORDING_PHASE && !$.atStatementEnd()) {
      $.unexpected();
      return undefined;
    }
    return $.ACTION(() => ({ key: key!, value: value!, extent: $.span(first) }));
  });
}

/** After a bad entry: drop tokens up to this hashtable's `}` (brackets balanced) so one error is reported. */
function skipToCloser($: Grammar): void {
  let depth = 0;
  while (!$.atEof()) {
    const t = $.LA(1);
    if ($.is(t, T.LCurly, T.AtCurly, T.LParen, T.AtParen, T.DollarParen, T.LBracket)) depth++;
    else if ($.is(t, T.RCurly, T.RParen, T.RBracket)) {
      if (depth === 0) return;
      depth--;
    }
    $.SKIP_TOKEN();
  }
}

function scriptBlockExprRule($: Grammar) {
  return $.RULE('scriptBlockExpr', (): ScriptBlockExpressionAst => {
    const open = $.CONSUME(T.LCurly);
    const saved = $.enterNested();
    const body = $.SUBRULE($.scriptBlockBody, { ARGS: ['curly'] });
    $.leaveNested(saved);
    const close = $.OPTION(() => $.CONSUME(T.RCurly));
    return $.ACTION(() => {
      if (!close) $.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", $.extentOfToken(open));
      const extent = $.span(open);
      const textEnd = close ? close.startOffset : extent.end;
      return {
        kind: 'ScriptBlockExpression',
        scriptBlock: { kind: 'ScriptBlock', ...body, extent },
        text: $.source.text.slice(open.endOffset! + 1, textEnd),
        extent,
      };
    });
  });
}
