// Pipelines, commands and their arguments, redirections and assignments.

import * as T from './tokens.js';
import type { Grammar, PipelineElement } from './ruleTable.js';
import { stepOverPlainStatement, takeSimpleCommandElements } from './shortcuts.js';
import { assignmentOperatorOf, stringOf } from './tokenNodes.js';
import type { PsToken } from './tokenInfo.js';
import type {
  AssignmentAst, CommandAst, CommandElementAst, CommandExpressionAst, ExpressionAst, PipelineAst, RedirectionAst,
  StatementAst,
} from '../src/lang/ast.js';

export function installCommandRules($: Grammar): void {
  $.pipelineStatement = pipelineRule($);
  $.pipelineElement = pipelineElementRule($);
  $.assignmentTail = assignmentTailRule($);
  $.command = commandRule($);
  $.commandParameter = commandParameterRule($);
  $.commandArgument = commandArgumentRule($);
  $.argumentPrimary = argumentPrimaryRule($);
  $.redirections = redirectionsRule($);
  $.redirection = redirectionRule($);
}

function pipelineRule($: Grammar) {
  return $.RULE('pipelineStatement', (): StatementAst => {
    const first = $.LA(1);
    if ($.checkOnly && stepOverPlainStatement($)) return $.missingPipeline($.span(first));
    // A command name can only start a command: skip the element rule's choice between command and expression.
    const head = $.shortcutsOn && $.LA(1).tokenType === T.CommandName ? $.SUBRULE2($.command) : $.SUBRULE($.pipelineElement, { ARGS: [true] });
    const assign = $.OPTION({
      GATE: () => head?.kind === 'CommandExpression' && head.redirections.length === 0,
      DEF: () => $.SUBRULE($.assignmentTail, { ARGS: [head as CommandExpressionAst] }),
    });
    if (!$.RECORDING_PHASE && assign) return assign;
    const elements: PipelineElement[] = [];
    $.ACTION(() => elements.push(head));
    $.MANY(() => {
      const pipe = $.CONSUME(T.Pipe);
      $.OR([
        {
          GATE: () => $.atStatementEnd() || $.next(T.Pipe),
          ALT: () => $.report('EmptyPipeElement', 'An empty pipe element is not allowed.', $.after(pipe)),
        },
        {
          ALT: () => {
            const el = $.SUBRULE2($.pipelineElement, { ARGS: [false] });
            $.ACTION(() => elements.push(el));
          },
        },
      ]);
    });
    return $.ACTION(() => ({ kind: 'Pipeline', elements, extent: $.span(first) }) as PipelineAst);
  });
}

function pipelineElementRule($: Grammar) {
  // The alternatives are built once, so they read the rule's argument from here.
  let elementIsFirst = true;
  let elementAlts: { ALT: () => PipelineElement }[] | undefined;
  return $.RULE('pipelineElement', (isFirst: boolean): PipelineElement => {
    elementIsFirst = isFirst;
    return $.OR((elementAlts ??= [
      { ALT: () => $.SUBRULE($.command) },
      {
        ALT: () => {
          const isFirst = elementIsFirst;
          const first = $.LA(1);
          const expression = $.SUBRULE($.expression);
          const redirections = $.SUBRULE($.redirections);
          return $.ACTION(() => {
            if (!isFirst) $.report('ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.', expression.extent);
            return { kind: 'CommandExpression', expression, redirections, extent: $.span(first) } as CommandExpressionAst;
          });
        },
      },
    ]));
  });
}

function assignmentTailRule($: Grammar) {
  return $.RULE('assignmentTail', (head: CommandExpressionAst): AssignmentAst => {
    const opTok = $.CONSUME(T.AssignOp);
    const value = $.OPTION({
      GATE: () => !$.atStatementEnd() && !$.next(T.Pipe),
      DEF: () => $.SUBRULE($.statement),
    });
    return $.ACTION(() => {
      const operator = assignmentOperatorOf(opTok);
      const target = head.expression;
      if (!validTarget(target, operator)) {
        $.report('InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', target.extent);
      }
      if (!value) $.report('ExpectedValueExpression', `You must provide a value expression following the '${opTok.image}' operator.`, $.after(opTok));
      const rhs: StatementAst = value ?? $.missingPipeline($.after(opTok));
      return { kind: 'Assignment', target, operator, value: rhs, extent: $.extentBetween(target.extent, rhs.extent) };
    });
  });
}

function validTarget(e: ExpressionAst, op: string): boolean {
  switch (e.kind) {
    case 'Variable':
      return !e.splatted;
    case 'Member':
    case 'Index':
      return true;
    case 'Convert':
      return validTarget(e.operand, op);
    case 'ArrayLiteral':
      return op === '=' && e.elements.every((x) => validTarget(x, op));
    default:
      return false;
  }
}

function commandRule($: Grammar) {
  let commandElementAlts: { ALT: () => CommandElementAst | RedirectionAst | undefined }[] | undefined;
  return $.RULE('command', (): CommandAst => {
    const first = $.LA(1);
    const name = $.OR([
      {
        ALT: () => {
          const tok = $.CONSUME(T.CommandName);
          return { op: undefined as '&' | '.' | undefined, name: stringOf($, tok) };
        },
      },
      { ALT: () => invokedName($) },
    ]);
    const elements: CommandElementAst[] = [];
    const redirections: RedirectionAst[] = [];
    $.MANY({
      GATE: () => !$.atStatementEnd() && $.LA(1).tokenType !== T.Pipe && $.LA(1).tokenType !== T.UnsupportedOperator,
      DEF: () => {
        if (takeSimpleCommandElements($, elements)) return;
        const el = $.OR3((commandElementAlts ??= [
          { ALT: () => $.SUBRULE($.commandParameter) },
          { ALT: () => $.SUBRULE($.redirection) },
          { ALT: () => void $.CONSUME(T.ErrorToken) },
          { ALT: () => $.SUBRULE($.commandArgument) },
        ]));
        $.ACTION(() => {
          if (!el) return;
          if (el.kind === 'FileRedirection' || el.kind === 'MergingRedirection') redirections.push(el);
          else elements.push(el);
        });
      },
    });
    return $.ACTION(() => ({
      kind: 'Command',
      invocationOperator: name.op,
      name: name.name,
      elements,
      redirections,
      extent: $.span(first),
    }));
  });
}

/** `& name` or `. name`: the invocation operator and what it runs (part of the command rule). */
function invokedName($: Grammar): { op: '&' | '.' | undefined; name: ExpressionAst } {
  const opTok = $.OR2([{ ALT: () => $.CONSUME(T.Ampersand) }, { ALT: () => $.CONSUME(T.DotSource) }]);
  const target = $.OPTION({
    GATE: () => !$.atStatementEnd() && !$.next(T.Pipe, T.Parameter),
    DEF: () => $.SUBRULE($.argumentPrimary),
  });
  return $.ACTION(() => {
    if (!target) $.report('MissingExpression', `Missing expression after '${opTok.image}' in pipeline element.`, $.after(opTok));
    return { op: opTok.image as '&' | '.', name: target ?? $.missingExpression($.after(opTok)) };
  });
}

function commandParameterRule($: Grammar) {
  return $.RULE('commandParameter', (): CommandElementAst => {
    const tok = $.CONSUME(T.Parameter) as PsToken;
    const p = $.ACTION(() => tok.payload as { name: string; colon: boolean });
    const arg = $.OPTION({
      GATE: () => p.colon && !$.atStatementEnd() && !$.next(T.Pipe),
      DEF: () => $.SUBRULE($.commandArgument),
    });
    return $.ACTION(() => {
      if (p.colon && !arg) $.report('ParameterRequiresArgument', `Parameter ${tok.image.replace(/:$/, '')} requires an argument.`, $.after(tok));
      const name = p.name;
      return { kind: 'CommandParameter', name, argument: arg, extent: $.span(tok) };
    });
  });
}

/** One command argument: a primary, or a comma list of them (`Default,XmppServer`). */
function commandArgumentRule($: Grammar) {
  return $.RULE('commandArgument', (): ExpressionAst => {
    const first = $.LA(1);
    const elements: ExpressionAst[] = [];
    $.OR([
      {
        GATE: () => $.next(T.Comma),
        ALT: () => {
          const comma = $.CONSUME(T.Comma);
          $.report('MissingArgument', 'Missing argument in parameter list.', $.extentOfToken(comma));
        },
      },
      { ALT: () => elements.push($.SUBRULE($.argumentPrimary)) },
    ]);
    $.MANY(() => {
      const comma = $.CONSUME2(T.Comma);
      $.OR2([
        {
          GATE: () => $.atStatementEnd() || $.next(T.Pipe, T.Comma, T.Parameter),
          ALT: () => $.report('MissingExpression', "Missing expression after ','.", $.after(comma)),
        },
        { ALT: () => elements.push($.SUBRULE2($.argumentPrimary)) },
      ]);
    });
    return $.ACTION(() => {
      if (elements.length === 1) return elements[0];
      if (elements.length === 0) return $.missingExpression($.extentOfToken(first));
      return { kind: 'ArrayLiteral', elements, extent: $.span(first) } as ExpressionAst;
    });
  });
}

function argumentPrimaryRule($: Grammar) {
  let argumentAlts: { ALT: () => ExpressionAst }[] | undefined;
  return $.RULE('argumentPrimary', (): ExpressionAst =>
    $.OR((argumentAlts ??= [
      { ALT: () => stringOf($, $.CONSUME(T.Bareword)) },
      { ALT: () => stringOf($, $.CONSUME(T.CommandName)) },
      {
        ALT: () => {
          const saved = $.splatAllowed;
          $.ACTION(() => ($.splatAllowed = true));
          const e = $.SUBRULE($.postfixExpr);
          $.ACTION(() => ($.splatAllowed = saved));
          return e;
        },
      },
    ])),
  );
}

function redirectionsRule($: Grammar) {
  return $.RULE('redirections', (): RedirectionAst[] => {
    const list: RedirectionAst[] = [];
    $.MANY(() => list.push($.SUBRULE($.redirection)));
    return list;
  });
}

function redirectionRule($: Grammar) {
  return $.RULE('redirection', (): RedirectionAst => {
    const tok = $.CONSUME(T.Redirection) as PsToken;
    const p = $.ACTION(() => tok.payload as { from: RedirectionAst['from']; append: boolean; merge: boolean });
    const target = $.OPTION({
      GATE: () => !p.merge && !$.atStatementEnd() && !$.next(T.Pipe),
      DEF: () => $.SUBRULE($.argumentPrimary),
    });
    return $.ACTION(() => {
      const extent = $.span(tok);
      if (p.merge) return { kind: 'MergingRedirection', from: p.from, to: 'Output', extent } as RedirectionAst;
      if (!target) $.report('MissingFileSpecification', 'Missing file specification after redirection operator.', $.after(tok));
      return { kind: 'FileRedirection', from: p.from, append: p.append, target: target ?? $.missingExpression($.after(tok)), extent } as RedirectionAst;
    });
  });
}
