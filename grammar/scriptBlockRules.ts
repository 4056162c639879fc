// Whole scripts and script block bodies: the optional param block, then begin/process/end blocks or
// plain statements.

import type { IToken } from 'chevrotain';
import * as T from './tokens.js';
import type { Closer } from './parserBase.js';
import type { Grammar, ScriptBody } from './ruleTable.js';
import type { AttributeAst, NamedBlockAst, ParamBlockAst, ScriptBlockAst, StatementAst } from '../src/lang/ast.js';

export function installScriptBlockRules($: Grammar): void {
  $.script = scriptRule($);
  $.subStatements = subStatementsRule($);
  $.scriptBlockBody = scriptBlockBodyRule($);
  $.namedBlock = namedBlockRule($);
}

function scriptRule($: Grammar) {
  return $.RULE('script', (): ScriptBlockAst => {
    const first = $.LA(1);
    const body = $.SUBRULE($.scriptBlockBody, { ARGS: ['eof'] });
    $.MANY({
      // Statements after begin/process/end blocks: reported once, then parsed so later errors are seen too.
      GATE: () => !$.atEof(),
      DEF: () => {
        $.ACTION(() => $.unexpected($.LA(1)));
        const more = $.SUBRULE($.statementList, { ARGS: ['eof'] });
        $.ACTION(() => body.end?.statements.push(...more));
      },
    });
    return $.ACTION(() => ({ kind: 'ScriptBlock', ...body, extent: $.extentAt(first.tokenType === T.AnyToken ? 0 : 0, $.source.text.length) }));
  });
}

/** Statements of a script block as a whole; the top-level parse of `$( )` text inside strings. */
function subStatementsRule($: Grammar) {
  return $.RULE('subStatements', (): StatementAst[] => $.SUBRULE($.statementList, { ARGS: ['eof'] }));
}

function scriptBlockBodyRule($: Grammar) {
  return $.RULE('scriptBlockBody', (closer: Closer): ScriptBody => {
    const start = $.LA(1);
    $.MANY(() => $.CONSUME(T.Terminator));
    let attributes: AttributeAst[] = [];
    let param: ParamBlockAst | undefined;
    $.OPTION({
      GATE: () => paramBlockAhead($),
      DEF: () => {
        attributes = $.SUBRULE($.attributeList);
        param = $.SUBRULE($.paramBlock);
        // The attributes before param(...) belong to the script block; the param block lists them too.
        $.ACTION(() => param && (param.attributes = attributes));
      },
    });
    const body: ScriptBody = { attributes, param };
    $.OR([
      {
        GATE: () => $.is(peekPastTerminators($), T.Begin, T.Process, T.End),
        ALT: () => {
          $.MANY2({
            GATE: () => $.is(peekPastTerminators($), T.Begin, T.Process, T.End),
            DEF: () => {
              $.MANY3(() => $.CONSUME2(T.Terminator));
              const block = $.SUBRULE($.namedBlock);
              $.ACTION(() => {
                if (body[block.name]) $.report('DuplicateScriptCommandClause', `Script command clause '${block.name}' has already been defined.`, block.extent);
                body[block.name] = block;
              });
            },
          });
          $.MANY4(() => $.CONSUME3(T.Terminator));
        },
      },
      {
        ALT: () => {
          const statements = $.SUBRULE($.statementList, { ARGS: [closer] });
          $.ACTION(() => {
            const extent = $.span(start);
            body.end = { kind: 'NamedBlock', name: 'end', statements, extent };
          });
        },
      },
    ]);
    return body;
  });
}

function peekPastTerminators($: Grammar): IToken {
  let k = 1;
  while ($.is($.LA(k), T.NewLine, T.Semi)) k++;
  return $.LA(k);
}

/** `[CmdletBinding()] param(`: attributes (and newlines) followed by the param keyword. */
function paramBlockAhead($: Grammar): boolean {
  let k = 1;
  for (;;) {
    const t = $.LA(k);
    if ($.is(t, T.Param)) return true;
    if ($.is(t, T.NewLine, T.TypeLiteral)) {
      k++;
      continue;
    }
    if (!$.is(t, T.AttributeStart)) return false;
    let depth = 0;
    for (k++; ; k++) {
      const u = $.LA(k);
      if (u.tokenType === T.AnyToken || u.tokenType.name === 'EOF') return false;
      if ($.is(u, T.LParen)) depth++;
      else if ($.is(u, T.RParen)) depth--;
      else if (depth === 0 && $.is(u, T.RBracket)) break;
    }
    k++;
  }
}

function namedBlockRule($: Grammar) {
  return $.RULE('namedBlock', (): NamedBlockAst => {
    const kw = $.OR([{ ALT: () => $.CONSUME(T.Begin) }, { ALT: () => $.CONSUME(T.Process) }, { ALT: () => $.CONSUME(T.End) }]);
    const block = $.SUBRULE($.blockOrError, { ARGS: ['MissingNamedStatementBlock', $.ACTION(() => `Missing statement block after '${kw.image}'.`) ?? ''] });
    return $.ACTION(() => ({
      kind: 'NamedBlock',
      name: kw.image.toLowerCase() as NamedBlockAst['name'],
      statements: block?.statements ?? [],
      extent: $.span(kw),
    }));
  });
}
