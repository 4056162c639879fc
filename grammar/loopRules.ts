// Loops (foreach, for, while, do) and switch.

import type { IToken, TokenType } from 'chevrotain';
import * as T from './tokens.js';
import type { ConditionError, Grammar } from './ruleTable.js';
import { stringOf, variableOf } from './tokenNodes.js';
import type { PsToken } from './tokenInfo.js';
import type { ExpressionAst, PipelineAst, StatementAst, StatementBlockAst, SwitchAst } from '../src/lang/ast.js';

export function installLoopRules($: Grammar): void {
  $.foreachStatement = foreachStatementRule($);
  $.forStatement = forStatementRule($);
  $.whileStatement = whileStatementRule($);
  $.doStatement = doStatementRule($);
  $.switchStatement = switchStatementRule($);
  $.switchBody = switchBodyRule($);
}

function foreachStatementRule($: Grammar) {
  return $.RULE('foreachStatement', (label: string | undefined): StatementAst => {
    const kw = $.CONSUME(T.Foreach);
    const form = '\nThe correct form is: foreach ($a in $b) {...}';
    $.MANY(() => {
      const flag = $.CONSUME(T.Parameter);
      $.report('InvalidForeachFlag', `The parameter ${flag.image} is not valid for the foreach statement.`, $.extentOfToken(flag));
    });
    const open = $.OPTION(() => $.CONSUME(T.LParen));
    if (!$.RECORDING_PHASE && !open) return $.fail('MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'foreach'.", kw);
    $.MANY2(() => $.CONSUME(T.NewLine));
    const variable = $.OPTION2(() => variableOf($, $.CONSUME(T.Variable)));
    if (!$.RECORDING_PHASE && !variable) {
      if ($.next(T.SplatVariable)) return $.fail('SplattingNotPermitted', `The splatting operator '@' cannot be used to reference variables in an expression. '${$.LA(1).image}' can be used only as an argument to a command. To reference variables in an expression use '$${$.LA(1).image.slice(1)}'.`, kw, $.extentOfToken($.LA(1)));
      return $.fail('MissingVariableNameAfterForeach', 'Missing variable name after foreach.' + form, kw);
    }
    $.MANY3(() => $.CONSUME2(T.NewLine));
    const inTok = $.OPTION3(() => $.CONSUME(T.In));
    if (!$.RECORDING_PHASE && !inTok) return $.fail('MissingInInForeach', "Missing 'in' after variable in foreach loop." + form, kw);
    $.MANY4(() => $.CONSUME3(T.NewLine));
    const iterable = $.OPTION4({ GATE: () => !$.atStatementEnd(), DEF: () => $.SUBRULE($.pipelineStatement) });
    if (!$.RECORDING_PHASE && !iterable) return $.fail('MissingForeachExpression', 'Missing expression in foreach loop.' + form, kw);
    $.MANY5(() => $.CONSUME4(T.NewLine));
    const close = $.OPTION5(() => $.CONSUME(T.RParen));
    if (!$.RECORDING_PHASE && !close) return $.fail('MissingEndParenthesisAfterForeach', "Missing closing ')' after expression part of foreach loop." + form, kw);
    const body = $.SUBRULE($.blockOrError, { ARGS: ['MissingForeachStatement', 'Missing statement body in foreach loop.' + form] });
    return $.ACTION(() => ({
      kind: 'Foreach', label, variable: variable as never, iterable: $.asPipeline(iterable, $.after(inTok!)), body: body ?? $.emptyBlock($.after()), extent: $.span(kw),
    }) as StatementAst);
  });
}

function forStatementRule($: Grammar) {
  return $.RULE('forStatement', (label: string | undefined): StatementAst => {
    const kw = $.CONSUME(T.For);
    const open = $.OPTION(() => $.CONSUME(T.LParen));
    if (!$.RECORDING_PHASE && !open) return $.fail('MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'for'.", kw);
    const saved = $.enterNested();
    const parts: (StatementAst | undefined)[] = [];
    const separators = [T.Semi, T.NewLine];
    const part = (idx: number, last: boolean) => {
      $.many(idx, () => $.consume(idx, T.NewLine));
      const s = $.option(idx, { GATE: () => !$.atStatementEnd(), DEF: () => $.subrule(idx, $.pipelineStatement) });
      $.ACTION(() => parts.push(s));
      if (!last) $.option(idx + 10, () => $.or(idx, separators.map((t: TokenType) => ({ ALT: () => $.consume(idx + 10, t) }))));
    };
    part(101, false);
    part(102, false);
    part(103, true);
    $.MANY(() => $.CONSUME(T.NewLine));
    $.leaveNested(saved);
    const close = $.OPTION2(() => $.CONSUME(T.RParen));
    if (!$.RECORDING_PHASE && !close) return $.fail('MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'for' statement.", kw);
    const body = $.SUBRULE($.blockOrError, { ARGS: ['MissingLoopStatement', 'Missing statement body in for loop.'] });
    return $.ACTION(() => ({
      kind: 'For', label, initializer: parts[0], condition: parts[1] ? $.asPipeline(parts[1], parts[1].extent) : undefined, iterator: parts[2],
      body: body ?? $.emptyBlock($.after()), extent: $.span(kw),
    }) as StatementAst);
  });
}

function whileStatementRule($: Grammar) {
  return $.RULE('whileStatement', (label: string | undefined): StatementAst => {
    const kw = $.CONSUME(T.While);
    const cond = $.SUBRULE($.condition, { ARGS: loopConditionErrors(kw) });
    if (!$.RECORDING_PHASE && !cond) return $.missingPipeline($.span(kw));
    const body = $.SUBRULE($.blockOrError, { ARGS: ['MissingLoopStatement', 'Missing statement body in while loop.'] });
    return $.ACTION(() => ({ kind: 'While', label, condition: cond!, body: body ?? $.emptyBlock($.after()), extent: $.span(kw) }) as StatementAst);
  });
}

/** The errors `condition` reports for the loop keyword `kw`. */
function loopConditionErrors(kw: IToken): [IToken, ConditionError, ConditionError, ConditionError] {
  const word = kw.image?.toLowerCase?.() ?? '';
  return [
    kw,
    ['MissingOpenParenthesisAfterKeyword', `Missing opening '(' after keyword '${word}'.`],
    ['MissingExpressionAfterKeyword', `Missing expression after '${word}' in loop.`],
    ['MissingEndParenthesisAfterStatement', `Missing closing ')' after expression in '${word}' statement.`],
  ];
}

function doStatementRule($: Grammar) {
  return $.RULE('doStatement', (label: string | undefined): StatementAst => {
    const kw = $.CONSUME(T.Do);
    const body = $.SUBRULE($.blockOrError, { ARGS: ['MissingLoopStatement', 'Missing statement body in do loop.'] });
    if (!$.RECORDING_PHASE && !body) return $.missingPipeline($.span(kw));
    $.MANY({ GATE: () => $.is($.peekPastNewlines(), T.While, T.Until), DEF: () => $.CONSUME(T.NewLine) });
    const which = $.OPTION(() => $.OR([{ ALT: () => $.CONSUME(T.While) }, { ALT: () => $.CONSUME(T.Until) }]));
    if (!$.RECORDING_PHASE && !which) return $.fail('MissingWhileOrUntilInDoWhile', 'Missing while or until keyword in do loop.', kw);
    const cond = $.SUBRULE($.condition, { ARGS: $.ACTION(() => loopConditionErrors(which!)) ?? [kw, ['', ''], ['', ''], ['', '']] });
    if (!$.RECORDING_PHASE && !cond) return $.missingPipeline($.span(kw));
    return $.ACTION(() => ({
      kind: 'DoLoop', label, until: which!.tokenType === T.Until, condition: cond!, body: body!, extent: $.span(kw),
    }) as StatementAst);
  });
}

function switchStatementRule($: Grammar) {
  return $.RULE('switchStatement', (label: string | undefined): StatementAst => {
    const kw = $.CONSUME(T.Switch);
    const flags: SwitchAst['flags'] = { regex: false, wildcard: false, exact: false, caseSensitive: false, file: false };
    let fileArg: ExpressionAst | undefined;
    $.MANY(() => {
      const flag = $.CONSUME(T.Parameter) as PsToken;
      $.ACTION(() => {
        const name = (flag.payload as { name: string }).name.toLowerCase();
        const key = (['regex', 'wildcard', 'exact', 'casesensitive', 'file'] as const).find((k) => k.startsWith(name) && name.length > 0);
        if (!key) $.report('InvalidSwitchFlag', `The parameter ${flag.image} is not valid for the switch statement.`, $.extentOfToken(flag));
        else if (key === 'casesensitive') flags.caseSensitive = true;
        else flags[key] = true;
      });
      $.OPTION({
        GATE: () => flags.file && !fileArg && !$.next(T.LCurly, T.LParen) && !$.atStatementEnd(),
        DEF: () => (fileArg = $.SUBRULE($.argumentPrimary)),
      });
    });
    let condition: PipelineAst | undefined;
    $.OR([
      {
        GATE: () => !flags.file || !fileArg,
        ALT: () => {
          const open = $.OPTION2(() => $.CONSUME(T.LParen));
          const saved = $.enterNested();
          $.MANY2(() => $.CONSUME(T.NewLine));
          const cond = $.OPTION3({ GATE: () => !!open && !$.atStatementEnd(), DEF: () => $.SUBRULE($.pipelineStatement) });
          $.MANY3(() => $.CONSUME2(T.NewLine));
          $.leaveNested(saved);
          const close = $.OPTION4({ GATE: () => !!open, DEF: () => $.CONSUME(T.RParen) });
          $.ACTION(() => {
            if (!cond) $.report('PipelineValueRequired', "A switch statement must have one of the following:  '-file file_name' or '( expression )'.", $.after(open ?? $.LA(0)));
            else if (!close) $.report('MissingEndParenthesisInSwitchStatement', "Missing ')' after expression in switch statement.", $.after());
            else condition = $.asPipeline(cond, cond.extent);
          });
        },
      },
      { ALT: () => $.ACTION(() => (condition = $.asPipeline(undefined, fileArg!.extent))) },
    ]);
    if (!$.RECORDING_PHASE && !condition) return $.missingPipeline($.span(kw));
    $.MANY4({ GATE: () => $.peekPastNewlines().tokenType === T.LCurly, DEF: () => $.CONSUME3(T.NewLine) });
    const open = $.OPTION5(() => $.CONSUME(T.LCurly));
    if (!$.RECORDING_PHASE && !open) return $.fail('MissingCurlyBraceInSwitchStatement', "Missing '{' in switch statement.", kw);
    const body = $.SUBRULE($.switchBody, { ARGS: [open!] });
    return $.ACTION(() => {
      if (fileArg) condition = { kind: 'Pipeline', elements: [{ kind: 'CommandExpression', expression: fileArg, redirections: [], extent: fileArg.extent }], extent: fileArg.extent };
      return { kind: 'Switch', label, flags, condition: condition!, clauses: body.clauses, defaultBody: body.defaultBody, extent: $.span(kw) } as SwitchAst;
    });
  });
}

function switchBodyRule($: Grammar) {
  return $.RULE('switchBody', (open: IToken): Pick<SwitchAst, 'clauses' | 'defaultBody'> => {
    const clauses: SwitchAst['clauses'] = [];
    let defaultBody: StatementBlockAst | undefined;
    let broken = false;
    $.MANY({
      GATE: () => !broken && !$.next(T.RCurly) && !$.atEof(),
      DEF: () =>
        $.OR([
          { ALT: () => $.CONSUME(T.Terminator) },
          {
            ALT: () => {
              const testTok = $.LA(1);
              const test = $.OR2([
                { ALT: () => stringOf($, $.CONSUME(T.CommandName)) },
                { ALT: () => stringOf($, $.CONSUME(T.Bareword)) },
                { GATE: () => $.canStartOperand(), ALT: () => $.SUBRULE($.unaryExpr) },
                { ALT: () => ($.unexpected($.CONSUME(T.AnyToken)), undefined) },
              ]);
              // The clause's block may start on the next line (Allman style, common in menu scripts).
              $.MANY2({ GATE: () => !!test && $.peekPastNewlines().tokenType === T.LCurly, DEF: () => $.CONSUME(T.NewLine) });
              const body = $.OPTION({ GATE: () => !!test, DEF: () => $.SUBRULE($.statementBlock) });
              $.ACTION(() => {
                if (!test) return void (broken = true);
                if (!body) {
                  $.report('MissingSwitchStatementClause', 'Missing statement block in switch statement clause.', $.after());
                  return void (broken = true);
                }
                const isDefault = $.is(testTok, T.CommandName, T.Bareword) && testTok.image.toLowerCase() === 'default';
                if (isDefault && defaultBody) $.report('MultipleSwitchDefaultClauses', 'A switch statement can have only one default clause.', $.extentOfToken(testTok));
                if (isDefault) defaultBody = body;
                else clauses.push({ test, body });
              });
            },
          },
        ]),
    });
    const close = $.OPTION2(() => $.CONSUME(T.RCurly));
    $.ACTION(() => {
      if (close || broken) return;
      if (clauses.length === 0 && !defaultBody) $.report('MissingSwitchConditionExpression', 'Missing condition in switch statement clause.', $.after());
      else $.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", $.extentOfToken(open));
    });
    return { clauses, defaultBody };
  });
}
