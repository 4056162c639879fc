// Statement blocks and the `( condition )` part shared by if, while, do and switch.

import type { IToken } from 'chevrotain';
import * as T from './tokens.js';
import type { ConditionError, Grammar } from './ruleTable.js';
import type { PipelineAst, StatementBlockAst } from '../src/lang/ast.js';

export function installBlockRules($: Grammar): void {
  $.statementBlock = statementBlockRule($);
  $.blockOrError = blockOrErrorRule($);
  $.condition = conditionRule($);
}

function statementBlockRule($: Grammar) {
  return $.RULE('statementBlock', (): StatementBlockAst => {
    const open = $.CONSUME(T.LCurly);
    const saved = $.enterNested();
    const statements = $.SUBRULE($.statementList, { ARGS: ['curly'] });
    $.leaveNested(saved);
    const close = $.OPTION(() => $.CONSUME(T.RCurly));
    return $.ACTION(() => {
      if (!close) $.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", $.extentOfToken(open));
      return { kind: 'StatementBlock', statements, extent: $.span(open) };
    });
  });
}

/** Newlines, then a statement block; reports `errorId` after the previous token when the `{` is missing. */
function blockOrErrorRule($: Grammar) {
  return $.RULE('blockOrError', (errorId: string, message: string): StatementBlockAst | undefined => {
    const prev = $.LA(0);
    $.MANY({ GATE: () => $.peekPastNewlines().tokenType === T.LCurly, DEF: () => $.CONSUME(T.NewLine) });
    const block = $.OPTION(() => $.SUBRULE($.statementBlock));
    if (!$.RECORDING_PHASE && !block) $.report(errorId, message, $.after(prev));
    return block;
  });
}

/** `( pipeline )` of if/while/switch/do; `undefined` when an error was reported. */
function conditionRule($: Grammar) {
  return $.RULE('condition', (keyword: IToken, missingOpen: ConditionError, missingCond: ConditionError, missingClose: ConditionError): PipelineAst | undefined => {
    const open = $.OPTION(() => $.CONSUME(T.LParen));
    if (!$.RECORDING_PHASE && !open) {
      $.report(missingOpen[0], missingOpen[1], $.after(keyword));
      return undefined;
    }
    const saved = $.enterNested();
    $.MANY(() => $.CONSUME(T.NewLine));
    const cond = $.OPTION2({ GATE: () => !$.atStatementEnd(), DEF: () => $.SUBRULE($.pipelineStatement) });
    $.MANY2(() => $.CONSUME2(T.NewLine));
    $.leaveNested(saved);
    if (!$.RECORDING_PHASE && !cond) {
      $.report(missingCond[0], missingCond[1], $.after(open));
      if ($.next(T.RParen)) $.SKIP_TOKEN();
      return undefined;
    }
    const close = $.OPTION3(() => $.CONSUME(T.RParen));
    if (!$.RECORDING_PHASE && !close) {
      $.report(missingClose[0], missingClose[1], $.extentOfToken($.LA(1)));
      return undefined;
    }
    return $.ACTION(() => $.asPipeline(cond, $.after(open)));
  });
}
