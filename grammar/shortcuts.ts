// Shortcuts: the commonest shapes read straight from the tokens, building exactly the nodes the rule
// chain builds (test/lang/shortcuts.test.ts compares the two ways). None of them runs while chevrotain
// records the grammar (`shortcutsOn`), so the recorded grammar stays whole.

import { tokenMatcher } from 'chevrotain';
import * as T from './tokens.js';
import { plainStatementLength } from './plainStatements.js';
import type { Grammar } from './ruleTable.js';
import { assignmentOperatorOf, numberOf, stringLiteralOf, stringOf, variableOf } from './tokenNodes.js';
import type { PsToken } from './tokenInfo.js';
import type { AssignmentAst, CommandAst, CommandElementAst, ExpressionAst, PipelineAst } from '../src/lang/ast.js';

/**
 * A lone variable, number or string (nothing after it that binds tighter: no `,`, no `.x`, `[i]`, `++`),
 * read straight from the token. The rules build the same node through five levels (array literal,
 * unary, postfix, primary, string); this is the commonest operand, so it skips them.
 */
export function simpleOperand($: Grammar): ExpressionAst | undefined {
  if (!$.shortcutsOn || !isLoneOperand($, 1)) return undefined;
  const tok = $.LA(1) as PsToken;
  $.SKIP_TOKEN();
  if (tok.tokenType === T.Variable) return variableOf($, tok);
  if (tok.tokenType === T.NumberLit) return numberOf($, tok);
  return stringLiteralOf($, tok);
}

/** Is the token at `k` a variable, number or string with nothing after it that binds tighter? */
function isLoneOperand($: Grammar, k: number): boolean {
  const type = $.LA(k).tokenType;
  if (type !== T.Variable && type !== T.StringLit && type !== T.ExpandableStringLit && type !== T.NumberLit) return false;
  return !bindsTighter($, k + 1);
}

/** A `,` or a postfix (`.x`, `[i]`, `++`) at `k` makes the token before it part of a larger expression. */
function bindsTighter($: Grammar, k: number): boolean {
  const after = $.LA(k);
  return after.tokenType === T.Comma || tokenMatcher(after, T.PostfixStart);
}

/** Takes the plain elements that come next (simpleCommandElement) in one go; false when there is none. */
export function takeSimpleCommandElements($: Grammar, elements: CommandElementAst[]): boolean {
  let took = false;
  for (let el = simpleCommandElement($); el; el = simpleCommandElement($)) {
    elements.push(el);
    took = true;
  }
  return took;
}

/**
 * `-Name` without a colon, or a lone bareword, variable, number or string argument, read straight from
 * the token: most command elements are one of these, and the rules (commandParameter, or
 * commandArgument, argumentPrimary, postfixExpr and primary) would build the same node.
 */
function simpleCommandElement($: Grammar): CommandElementAst | undefined {
  if (!$.shortcutsOn || !isSimpleCommandElement($, 1)) return undefined;
  const tok = $.LA(1) as PsToken;
  if (tok.tokenType === T.Parameter) {
    $.SKIP_TOKEN();
    return { kind: 'CommandParameter', name: (tok.payload as { name: string }).name, argument: undefined, extent: $.span(tok) };
  }
  if (tok.tokenType === T.Bareword || tok.tokenType === T.CommandName) {
    $.SKIP_TOKEN();
    return stringOf($, tok);
  }
  return simpleOperand($);
}

/**
 * A whole statement that is one command of simple elements (`Grant-X -Identity "sip:a" -PolicyName B`,
 * the line a large admin script repeats), read straight from the tokens when nothing else follows it
 * before the statement's end; undefined (nothing taken) otherwise. The statement list would build the
 * same pipeline through the statement, pipeline and command rules.
 */
export function simpleCommandStatement($: Grammar): PipelineAst | undefined {
  if (!$.shortcutsOn || $.checkOnly || $.noComma > 0) return undefined;
  const first = $.LA(1) as PsToken;
  if (first.tokenType !== T.CommandName) return undefined;
  let k = 2;
  while (isSimpleCommandElement($, k)) k++;
  if (!$.atStatementEnd($.LA(k))) return undefined;
  $.SKIP_TOKEN();
  const name = stringOf($, first);
  const elements: CommandElementAst[] = [];
  takeSimpleCommandElements($, elements);
  const command: CommandAst = { kind: 'Command', invocationOperator: undefined, name, elements, redirections: [], extent: $.span(first) };
  return { kind: 'Pipeline', elements: [command], extent: $.span(first) };
}

/**
 * `$name = value` (or `+=`…) where the value is a lone variable, number or string and the statement
 * ends after it: the commonest line of a script after a command, read straight from the tokens. The
 * rules would build the same assignment through the pipeline, assignment-tail and statement rules.
 */
export function simpleAssignmentStatement($: Grammar): AssignmentAst | undefined {
  if (!$.shortcutsOn || $.checkOnly || $.noComma > 0) return undefined;
  const first = $.LA(1) as PsToken;
  if (first.tokenType !== T.Variable || !tokenMatcher($.LA(2), T.AssignOp)) return undefined;
  if (!isLoneOperand($, 3) || !$.atStatementEnd($.LA(4))) return undefined;
  $.SKIP_TOKEN();
  const target = variableOf($, first);
  const opTok = $.LA(1);
  $.SKIP_TOKEN();
  const valueTok = $.LA(1);
  const expression = simpleOperand($)!;
  const element = { kind: 'CommandExpression' as const, expression, redirections: [], extent: $.span(valueTok) };
  const value: PipelineAst = { kind: 'Pipeline', elements: [element], extent: $.span(valueTok) };
  const operator = assignmentOperatorOf(opTok);
  return { kind: 'Assignment', target, operator, value, extent: $.extentBetween(target.extent, value.extent) };
}

/** Would simpleCommandElement take the token at `k` (looking, not taking)? */
function isSimpleCommandElement($: Grammar, k: number): boolean {
  const tok = $.LA(k) as PsToken;
  if (tok.tokenType === T.Parameter) return !(tok.payload as { colon: boolean }).colon;
  if (tok.tokenType === T.Bareword || tok.tokenType === T.CommandName) return !bindsTighter($, k + 1);
  return isLoneOperand($, k);
}

/**
 * In a check-only parse: steps over a statement that cannot hold a parse error (plainStatements.ts)
 * and returns true. Not where a comma separates arguments (method and attribute arguments).
 */
export function stepOverPlainStatement($: Grammar): boolean {
  if (!$.shortcutsOn || $.noComma > 0) return false;
  const length = plainStatementLength($.lookahead);
  for (let i = 0; i < length; i++) $.SKIP_TOKEN();
  return length > 0;
}
