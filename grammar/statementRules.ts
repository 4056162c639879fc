// Statement lists and the statements that are not loops or functions: if, try, flow control, labels,
// stray tokens and unsupported keywords.

import { isRecognitionException, tokenMatcher, type IToken } from 'chevrotain';
import * as T from './tokens.js';
import type { Closer } from './parserBase.js';
import type { Grammar } from './ruleTable.js';
import { simpleAssignmentStatement, simpleCommandStatement, stepOverPlainStatement } from './shortcuts.js';
import { typeOf } from './tokenNodes.js';
import type { PsToken } from './tokenInfo.js';
import type { IfAst, StatementAst, StatementBlockAst, TypeName, Extent } from '../src/lang/ast.js';

export function installStatementRules($: Grammar): void {
  $.statementList = statementListRule($);
  $.statement = statementRule($);
  $.strayToken = strayTokenRule($);
  $.unsupportedStatement = unsupportedStatementRule($);
  $.ifStatement = ifStatementRule($);
  $.labeledStatement = labeledStatementRule($);
  $.tryStatement = tryStatementRule($);
  $.trapStatement = trapStatementRule($);
  $.flowStatement = flowStatementRule($);
}

function statementListRule($: Grammar) {
  let listAlts: { ALT: () => StatementAst | undefined }[] | undefined;
  return $.RULE('statementList', (closer: Closer): StatementAst[] => {
    const statements: StatementAst[] = [];
    $.MANY({
      GATE: () => !atListEnd($, closer),
      DEF: () => {
        if ($.checkOnly && !tokenMatcher($.LA(1), T.Terminator) && stepOverPlainStatement($)) return;
        const simple = simpleCommandStatement($) ?? simpleAssignmentStatement($);
        if (simple) return void statements.push(simple);
        const before = $.errorCount();
        const startTok = $.LA(1);
        const s = $.OR((listAlts ??= [{ ALT: () => void $.CONSUME(T.Terminator) }, { ALT: () => guardedStatement($) }]));
        $.ACTION(() => {
          if (!s) return;
          statements.push(s);
          if ($.atStatementEnd() || atListEnd($, closer)) return;
          if ($.errorCount() === before) {
            $.unexpected();
            skipStatement($);
          } else if ($.LA(1) === startTok) $.SKIP_TOKEN();
          // Otherwise the statement reported its own error and parsing resumes at the current token, as
          // PowerShell does, so later errors are found too.
        });
      },
    });
    return statements;
  });
}

/** One statement; a recognition error inside it is reported (once) and parsing goes on after it. */
function guardedStatement($: Grammar): StatementAst | undefined {
  const before = $.errorCount();
  try {
    // A command name can only start a pipeline: go there without the statement rule's choice.
    if ($.shortcutsOn && $.LA(1).tokenType === T.CommandName) return $.SUBRULE2($.pipelineStatement);
    return $.SUBRULE($.statement);
  } catch (e) {
    if (!(e instanceof Error) || !isRecognitionException(e)) throw e;
    if ($.errorCount() === before) $.unexpected((e as Error & { token: IToken }).token);
    return undefined;
  }
}

function atListEnd($: Grammar, closer: Closer): boolean {
  if ($.atEof()) return true;
  return (closer === 'curly' && $.next(T.RCurly)) || (closer === 'paren' && $.next(T.RParen));
}

/** Error recovery: drop tokens to the end of the statement, keeping brackets balanced. */
function skipStatement($: Grammar): void {
  let depth = 0;
  while (!$.atEof()) {
    const t = $.LA(1);
    if (depth === 0 && $.is(t, T.NewLine, T.Semi)) return;
    if ($.is(t, T.LCurly, T.LParen, T.AtCurly, T.AtParen, T.DollarParen, T.LBracket)) depth++;
    else if ($.is(t, T.RCurly, T.RParen, T.RBracket)) {
      if (depth === 0) return;
      depth--;
    }
    $.SKIP_TOKEN();
  }
}

function statementRule($: Grammar) {
  let statementAlts: { ALT: () => StatementAst }[] | undefined;
  return $.RULE('statement', (): StatementAst =>
    $.OR((statementAlts ??= [
      { ALT: () => $.SUBRULE($.ifStatement) },
      { ALT: () => $.SUBRULE($.switchStatement, { ARGS: [undefined] }) },
      { ALT: () => $.SUBRULE($.foreachStatement, { ARGS: [undefined] }) },
      { ALT: () => $.SUBRULE($.forStatement, { ARGS: [undefined] }) },
      { ALT: () => $.SUBRULE($.whileStatement, { ARGS: [undefined] }) },
      { ALT: () => $.SUBRULE($.doStatement, { ARGS: [undefined] }) },
      { ALT: () => $.SUBRULE($.labeledStatement) },
      { ALT: () => $.SUBRULE($.functionDefinition) },
      { ALT: () => $.SUBRULE($.tryStatement) },
      { ALT: () => $.SUBRULE($.trapStatement) },
      { ALT: () => $.SUBRULE($.flowStatement) },
      { ALT: () => $.SUBRULE($.unsupportedStatement) },
      { ALT: () => $.SUBRULE($.strayToken) },
      { ALT: () => $.SUBRULE($.pipelineStatement) },
    ])),
  );
}

function strayTokenRule($: Grammar) {
  return $.RULE('strayToken', (): StatementAst => {
    const tok = $.OR([
      { ALT: () => $.CONSUME(T.Stray) },
      ...[T.Else, T.ElseIf, T.Catch, T.Finally, T.Until, T.In, T.Param, T.Begin, T.Process, T.End].map((t) => ({ ALT: () => $.CONSUME(t) })),
    ]);
    $.ACTION(() => {
      if (tok.tokenType === T.Pipe) $.report('EmptyPipeElement', 'An empty pipe element is not allowed.', $.extentOfToken(tok));
      else if (tok.tokenType === T.AttributeStart) {
        $.report('UnexpectedAttribute', `Unexpected attribute '${tok.image.slice(1).trim()}'.`, $.extentOfToken(tok));
      }
      else if ($.is(tok, T.Begin, T.Process, T.End) && !$.next(T.LCurly)) {
        $.report('MissingNamedStatementBlock', `Missing statement block after '${tok.image}'.`, $.after(tok));
      } else $.unexpected(tok);
      skipStatement($);
    });
    return $.ACTION(() => $.missingPipeline($.extentOfToken(tok)));
  });
}

function unsupportedStatementRule($: Grammar) {
  return $.RULE('unsupportedStatement', (): StatementAst => {
    const tok = $.CONSUME(T.UnsupportedStatement);
    $.ACTION(() => {
      $.report('UnsupportedFeature', `The '${tok.image.toLowerCase()}' keyword is not supported by csshell. csshell runs the part of PowerShell that administration scripts use.`, $.extentOfToken(tok));
      skipStatement($);
    });
    return $.ACTION(() => $.missingPipeline($.extentOfToken(tok)));
  });
}

function ifStatementRule($: Grammar) {
  return $.RULE('ifStatement', (): StatementAst => {
    const first = $.LA(1);
    const clauses: IfAst['clauses'] = [];
    let elseBody: StatementBlockAst | undefined;
    let failed = false;
    const clause = (kw: IToken, idx: number) => {
      const cond = $.subrule(idx, $.condition, {
        ARGS: [
          kw,
          ['MissingOpenParenthesisInIfStatement', `Missing '(' after '${kw.image}' in if statement.`],
          ['IfStatementMissingCondition', `Missing condition in if statement after '${kw.image} ('.`],
          ['MissingEndParenthesisAfterStatement', `Missing closing ')' after expression in '${kw.image}' statement.`],
        ],
      });
      if (!$.RECORDING_PHASE && !cond) return void (failed = true);
      const body = $.subrule(idx, $.blockOrError, { ARGS: ['MissingStatementBlock', `Missing statement block after ${kw.image} ( condition ).`] });
      if (!$.RECORDING_PHASE && !body) return void (failed = true);
      $.ACTION(() => clauses.push({ condition: cond!, body: body! }));
    };
    clause($.CONSUME(T.If), 1);
    $.MANY({
      GATE: () => !failed && $.peekPastNewlines().tokenType === T.ElseIf,
      DEF: () => {
        $.MANY2(() => $.CONSUME(T.NewLine));
        clause($.CONSUME(T.ElseIf), 2);
      },
    });
    $.OPTION({
      GATE: () => !failed && $.peekPastNewlines().tokenType === T.Else,
      DEF: () => {
        $.MANY3(() => $.CONSUME2(T.NewLine));
        $.CONSUME(T.Else);
        elseBody = $.subrule(3, $.blockOrError, { ARGS: ['MissingStatementBlockAfterElse', "Missing statement block after 'else' keyword."] });
      },
    });
    return $.ACTION(() => ({ kind: 'If', clauses, elseBody, extent: $.span(first) }) as IfAst);
  });
}

function labeledStatementRule($: Grammar) {
  return $.RULE('labeledStatement', (): StatementAst => {
    const labelTok = $.CONSUME(T.Label) as PsToken;
    const label = $.ACTION(() => (labelTok.payload as { name: string }).name);
    return $.OR([
      { ALT: () => $.SUBRULE($.switchStatement, { ARGS: [label] }) },
      { ALT: () => $.SUBRULE($.foreachStatement, { ARGS: [label] }) },
      { ALT: () => $.SUBRULE($.forStatement, { ARGS: [label] }) },
      { ALT: () => $.SUBRULE($.whileStatement, { ARGS: [label] }) },
      { ALT: () => $.SUBRULE($.doStatement, { ARGS: [label] }) },
      { GATE: () => $.atStatementEnd(), ALT: () => $.ACTION(() => $.missingPipeline($.extentOfToken(labelTok))) },
      { ALT: () => $.SUBRULE($.statement) },
    ]);
  });
}

function tryStatementRule($: Grammar) {
  return $.RULE('tryStatement', (): StatementAst => {
    const kw = $.CONSUME(T.Try);
    const body = $.SUBRULE($.blockOrError, { ARGS: ['MissingTryStatementBlock', 'The Try statement is missing its statement block.'] });
    if (!$.RECORDING_PHASE && !body) return $.missingPipeline($.span(kw));
    const catches: { types: TypeName[]; body: StatementBlockAst; extent: Extent }[] = [];
    let failed = false;
    $.MANY({
      GATE: () => !failed && $.peekPastNewlines().tokenType === T.Catch,
      DEF: () => {
        $.MANY2(() => $.CONSUME(T.NewLine));
        const c = $.CONSUME(T.Catch);
        const types: TypeName[] = [];
        $.OPTION(() => {
          types.push(typeOf($.CONSUME(T.TypeLiteral)));
          $.MANY3(() => {
            $.CONSUME(T.Comma);
            $.MANY4(() => $.CONSUME2(T.NewLine));
            const t = $.OPTION2(() => $.CONSUME2(T.TypeLiteral));
            $.ACTION(() => {
              if (t) types.push(typeOf(t));
              else {
                $.report('MissingTypeLiteralToken', 'Missing type literal.', $.after());
                failed = true;
              }
            });
          });
        });
        if (!$.RECORDING_PHASE && failed) return;
        const handler = $.SUBRULE2($.blockOrError, { ARGS: ['MissingCatchHandlerBlock', 'The Catch block is missing its statement block.'] });
        $.ACTION(() => {
          if (!handler) failed = true;
          else catches.push({ types, body: handler, extent: $.span(c) });
        });
      },
    });
    let finallyBody: StatementBlockAst | undefined;
    $.OPTION3({
      GATE: () => !failed && $.peekPastNewlines().tokenType === T.Finally,
      DEF: () => {
        $.MANY5(() => $.CONSUME3(T.NewLine));
        $.CONSUME(T.Finally);
        finallyBody = $.SUBRULE3($.blockOrError, { ARGS: ['MissingFinallyStatementBlock', 'The Finally block is missing its statement block.'] });
        if (!$.RECORDING_PHASE && !finallyBody) failed = true;
      },
    });
    return $.ACTION(() => {
      if (!failed && catches.length === 0 && !finallyBody) $.report('MissingCatchOrFinally', 'The Try statement is missing its Catch or Finally block.', $.after());
      return { kind: 'Try', body: body!, catches, finallyBody, extent: $.span(kw) } as StatementAst;
    });
  });
}

function trapStatementRule($: Grammar) {
  return $.RULE('trapStatement', (): StatementAst => {
    const kw = $.CONSUME(T.Trap);
    const types: TypeName[] = [];
    $.OPTION(() => {
      const t = $.CONSUME(T.TypeLiteral);
      $.ACTION(() => types.push(typeOf(t)));
    });
    const body = $.SUBRULE($.blockOrError, { ARGS: ['MissingTrapStatement', 'The Trap statement is missing its statement block.'] });
    if (!$.RECORDING_PHASE && !body) return $.missingPipeline($.span(kw));
    return $.ACTION(() => ({ kind: 'Trap', types, body: body!, extent: $.span(kw) }) as StatementAst);
  });
}

function flowStatementRule($: Grammar) {
  return $.RULE('flowStatement', (): StatementAst =>
    $.OR([
      {
        ALT: () => {
          const kw = $.OR2([{ ALT: () => $.CONSUME(T.Throw) }, { ALT: () => $.CONSUME(T.Return) }, { ALT: () => $.CONSUME(T.Exit) }]);
          const value = $.OPTION({ GATE: () => !$.atStatementEnd() && !$.next(T.Pipe), DEF: () => $.SUBRULE($.pipelineStatement) });
          return $.ACTION(() => {
            const kind = kw.tokenType === T.Throw ? 'Throw' : kw.tokenType === T.Return ? 'Return' : 'Exit';
            return { kind, value: value ? $.asPipeline(value, value.extent) : undefined, extent: $.span(kw) } as StatementAst;
          });
        },
      },
      {
        ALT: () => {
          const kw = $.OR3([{ ALT: () => $.CONSUME(T.Break) }, { ALT: () => $.CONSUME(T.Continue) }]);
          const label = $.OPTION2(() => $.CONSUME(T.Bareword));
          return $.ACTION(() => ({ kind: kw.tokenType === T.Break ? 'Break' : 'Continue', label: label?.image, extent: $.span(kw) }) as StatementAst);
        },
      },
    ]),
  );
}
