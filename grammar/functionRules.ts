// Functions and the parts of a param block: attributes, parameters with their types and defaults.

import * as T from './tokens.js';
import type { Grammar } from './ruleTable.js';
import { typeOf } from './tokenNodes.js';
import type { PsToken } from './tokenInfo.js';
import type { AttributeAst, ExpressionAst, ParamBlockAst, ParameterAst, StatementAst, TypeConstraintAst } from '../src/lang/ast.js';

export function installFunctionRules($: Grammar): void {
  $.attributeList = attributeListRule($);
  $.paramBlock = paramBlockRule($);
  $.parameterList = parameterListRule($);
  $.parameter = parameterRule($);
  $.attribute = attributeRule($);
  $.functionDefinition = functionDefinitionRule($);
}

function attributeListRule($: Grammar) {
  return $.RULE('attributeList', (): AttributeAst[] => {
    const list: AttributeAst[] = [];
    $.MANY(() =>
      $.OR([
        { ALT: () => $.CONSUME(T.NewLine) },
        { ALT: () => list.push($.SUBRULE($.attribute)) },
        {
          ALT: () => {
            const t = $.CONSUME(T.TypeLiteral);
            $.report('TypeNotAllowedBeforeParam', `Unexpected type ${t.image} was found in the parameter statement.`, $.extentOfToken(t));
          },
        },
      ]),
    );
    return list;
  });
}

function paramBlockRule($: Grammar) {
  return $.RULE('paramBlock', (): ParamBlockAst => {
    const kw = $.CONSUME(T.Param);
    $.MANY(() => $.CONSUME(T.NewLine));
    const open = $.OPTION(() => $.CONSUME(T.LParen));
    const parameters = $.OPTION2({ GATE: () => !!open, DEF: () => $.SUBRULE($.parameterList) }) ?? [];
    $.ACTION(() => {
      if (!open) $.report('MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", $.after(kw));
    });
    return $.ACTION(() => ({ kind: 'ParamBlock', attributes: [], parameters, extent: $.span(kw) }));
  });
}

/** Parameters up to and including the `)`. */
function parameterListRule($: Grammar) {
  return $.RULE('parameterList', (): ParameterAst[] => {
    const params: ParameterAst[] = [];
    const saved = $.enterNested();
    $.ACTION(() => $.noComma++);
    $.MANY(() => $.CONSUME(T.NewLine));
    $.OPTION({
      GATE: () => $.next(T.Variable, T.TypeLiteral, T.AttributeStart, T.SplatVariable, T.Bareword, T.NumberLit, T.StringLit),
      DEF: () => {
        params.push($.SUBRULE($.parameter));
        $.MANY2(() => {
          $.CONSUME(T.Comma);
          $.MANY3(() => $.CONSUME2(T.NewLine));
          params.push($.SUBRULE2($.parameter));
        });
      },
    });
    $.MANY4(() => $.CONSUME3(T.NewLine));
    $.leaveNested(saved);
    const close = $.OPTION2(() => $.CONSUME(T.RParen));
    $.ACTION(() => {
      if (close) return;
      if ($.errorCount() === 0 || !$.next(T.RCurly)) $.report('MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", $.next(T.RCurly) ? $.extentOfToken($.LA(1)) : $.after());
      else $.report('MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", $.extentOfToken($.LA(1)));
      skipToParamEnd($);
    });
    return $.ACTION(() => {
      const seen = new Set<string>();
      for (const p of params) {
        const key = p.name.toLowerCase();
        if (seen.has(key)) $.report('DuplicateFormalParameter', `Duplicate parameter $${p.name} in parameter list.`, p.extent);
        seen.add(key);
      }
      return params;
    });
  });
}

function skipToParamEnd($: Grammar): void {
  while (!$.atEof() && !$.next(T.RParen, T.RCurly, T.LCurly)) $.SKIP_TOKEN();
  if ($.next(T.RParen)) $.SKIP_TOKEN();
}

function parameterRule($: Grammar) {
  return $.RULE('parameter', (): ParameterAst => {
    const first = $.LA(1);
    const attributes: (AttributeAst | TypeConstraintAst)[] = [];
    $.MANY(() =>
      $.OR([
        { ALT: () => attributes.push($.SUBRULE($.attribute)) },
        {
          ALT: () => {
            const t = $.CONSUME(T.TypeLiteral);
            $.ACTION(() => attributes.push({ kind: 'TypeConstraint', typeName: typeOf(t), extent: $.extentOfToken(t) }));
          },
        },
        { ALT: () => $.CONSUME(T.NewLine) },
      ]),
    );
    const variable = $.OPTION(() => $.CONSUME(T.Variable) as PsToken);
    const defaultValue = $.OPTION2({
      GATE: () => !!variable,
      DEF: () => {
        const eq = $.CONSUME(T.Equals);
        const value = $.OPTION3({ GATE: () => $.canStartOperand(), DEF: () => $.SUBRULE($.expression) });
        return $.ACTION(() => value ?? ($.report('ExpectedValueExpression', "You must provide a value expression following the '=' operator.", $.after(eq)), $.missingExpression($.after(eq))));
      },
    });
    return $.ACTION(() => {
      if (!variable) {
        if ($.next(T.SplatVariable)) {
          const t = $.LA(1);
          $.report('SplattingNotPermitted', `The splatting operator '@' cannot be used to reference variables in an expression. '${t.image}' can be used only as an argument to a command. To reference variables in an expression use '$${t.image.slice(1)}'.`, $.extentOfToken(t));
        } else {
          $.report('InvalidFunctionParameter', 'Parameter declarations are a comma-separated list of variable names with optional initializer expressions.', $.extentOfToken($.LA(1)));
        }
        skipToParamEnd($);
      }
      const name = variable ? (variable.payload as { name: string }).name : '';
      return { kind: 'Parameter', name, attributes, defaultValue, extent: $.span(first) } as ParameterAst;
    });
  });
}

function attributeRule($: Grammar) {
  return $.RULE('attribute', (): AttributeAst => {
    const start = $.CONSUME(T.AttributeStart) as PsToken;
    $.CONSUME(T.LParen);
    const positional: ExpressionAst[] = [];
    const named: AttributeAst['namedArguments'] = [];
    $.ACTION(() => $.noComma++);
    const arg = (idx: number) => {
      $.many(idx, () => $.consume(idx, T.NewLine));
      $.or(idx, [
        {
          GATE: () => $.next(T.Bareword),
          ALT: () => {
            const nameTok = $.consume(idx + 10, T.Bareword);
            const value = $.option(idx, () => {
              $.consume(idx + 20, T.Equals);
              return $.subrule(idx, $.expression);
            });
            $.ACTION(() => named.push({ name: nameTok.image, value, extent: $.span(nameTok) }));
          },
        },
        { ALT: () => positional.push($.subrule(idx + 10, $.expression)) },
      ]);
      $.many(idx + 10, () => $.consume(idx + 30, T.NewLine));
    };
    $.OPTION({
      GATE: () => !$.next(T.RParen),
      DEF: () => {
        arg(101);
        $.MANY(() => {
          $.CONSUME(T.Comma);
          arg(102);
        });
      },
    });
    $.ACTION(() => $.noComma--);
    const close = $.OPTION2(() => $.CONSUME(T.RParen));
    const bracket = $.OPTION3(() => $.CONSUME(T.RBracket));
    return $.ACTION(() => {
      if (!close) $.report('MissingEndParenthesisInExpression', "Missing closing ')' in expression.", $.after());
      else if (!bracket) $.report('EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.', $.after());
      const typeName = (start.payload as { type: { text: string } }).type.text;
      return { kind: 'Attribute', typeName, positionalArguments: positional, namedArguments: named, extent: $.span(start) };
    });
  });
}

function functionDefinitionRule($: Grammar) {
  return $.RULE('functionDefinition', (): StatementAst => {
    const kw = $.OR([{ ALT: () => $.CONSUME(T.Function) }, { ALT: () => $.CONSUME(T.Filter) }]);
    const nameTok = $.OPTION(() => $.CONSUME(T.Bareword));
    if (!$.RECORDING_PHASE && !nameTok) return $.fail('MissingNameAfterKeyword', `Missing name after ${kw.image.toLowerCase()} keyword.`, kw);
    const before = $.errorCount();
    const parameters = $.OPTION2(() => {
      $.CONSUME(T.LParen);
      return $.SUBRULE($.parameterList);
    });
    if (!$.RECORDING_PHASE && $.errorCount() > before && !$.next(T.LCurly)) return $.missingPipeline($.span(kw));
    $.MANY({ GATE: () => $.peekPastNewlines().tokenType === T.LCurly, DEF: () => $.CONSUME(T.NewLine) });
    const open = $.OPTION3(() => $.CONSUME(T.LCurly));
    if (!$.RECORDING_PHASE && !open) return $.fail('MissingFunctionBody', 'Missing function body in function declaration.', kw);
    const saved = $.enterNested();
    const body = $.SUBRULE($.scriptBlockBody, { ARGS: ['curly'] });
    $.leaveNested(saved);
    const close = $.OPTION4(() => $.CONSUME(T.RCurly));
    return $.ACTION(() => {
      if (!close) $.report('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", $.extentOfToken(open!));
      if (parameters && parameters.length > 0 && body.param) {
        $.report('OnlyOneParameterListAllowed', 'The param statement cannot be used if arguments were specified in the function declaration.', body.param.extent);
      }
      const blockExtent = $.span(open!);
      return {
        kind: 'FunctionDefinition',
        name: nameTok!.image,
        isFilter: kw.tokenType === T.Filter,
        parameters: parameters ?? [],
        body: { kind: 'ScriptBlock', ...body, extent: blockExtent },
        extent: $.span(kw),
      } as StatementAst;
    });
  });
}
