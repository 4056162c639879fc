// Inputs PowerShell rejects: each must give PowerShell's error id at the right line and column
// (the first error of the script), and never anything but parse errors.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/lang/parser.js';

// [script, errorId, line, column]
const cases: [string, string, number, number][] = [
  // if / elseif / else
  ['if', 'MissingOpenParenthesisInIfStatement', 1, 3],
  ['if (', 'IfStatementMissingCondition', 1, 5],
  ['if ()', 'IfStatementMissingCondition', 1, 5],
  ['if ($x', 'MissingEndParenthesisAfterStatement', 1, 7],
  ['if ($x {', 'MissingEndParenthesisAfterStatement', 1, 8],
  ['if ($x)', 'MissingStatementBlock', 1, 8],
  ['if ($x) {', 'MissingEndCurlyBrace', 1, 9],
  ['if ($x) {} elseif', 'MissingOpenParenthesisInIfStatement', 1, 18],
  ['if ($x) {} elseif ($y)', 'MissingStatementBlock', 1, 23],
  ['if ($true) {} else', 'MissingStatementBlockAfterElse', 1, 19],
  ['if ($a) {\n  1\n}\nelse', 'MissingStatementBlockAfterElse', 4, 5],
  // for
  ['for', 'MissingOpenParenthesisAfterKeyword', 1, 4],
  ['for(', 'MissingEndParenthesisAfterStatement', 1, 5],
  ['for(;', 'MissingEndParenthesisAfterStatement', 1, 6],
  ['for(;;', 'MissingEndParenthesisAfterStatement', 1, 7],
  ['for($a', 'MissingEndParenthesisAfterStatement', 1, 7],
  ['for($a;$b', 'MissingEndParenthesisAfterStatement', 1, 10],
  ['for($a;$b;$c', 'MissingEndParenthesisAfterStatement', 1, 13],
  ['for($a;$b;$c)', 'MissingLoopStatement', 1, 14],
  [':lab for', 'MissingOpenParenthesisAfterKeyword', 1, 9],
  ['for ($i = 0; $i -lt 10; $i++', 'MissingEndParenthesisAfterStatement', 1, 29],
  // foreach
  ['foreach', 'MissingOpenParenthesisAfterKeyword', 1, 8],
  ['foreach (', 'MissingVariableNameAfterForeach', 1, 10],
  ['foreach ($a', 'MissingInInForeach', 1, 12],
  ['foreach ($a in', 'MissingForeachExpression', 1, 15],
  ['foreach ($a in $x', 'MissingEndParenthesisAfterForeach', 1, 18],
  ['foreach ($a in $x)', 'MissingForeachStatement', 1, 19],
  [':lab foreach ($a in', 'MissingForeachExpression', 1, 20],
  [':lab foreach ($a in $x', 'MissingEndParenthesisAfterForeach', 1, 23],
  [':lab foreach ($a in $x)', 'MissingForeachStatement', 1, 24],
  ['foreach (@a in $b) {}', 'SplattingNotPermitted', 1, 10],
  ['foreach ($a in $b) { ', 'MissingEndCurlyBrace', 1, 20],
  // while / do
  ['while', 'MissingOpenParenthesisAfterKeyword', 1, 6],
  ['while (', 'MissingExpressionAfterKeyword', 1, 8],
  ['while ($x', 'MissingEndParenthesisAfterStatement', 1, 10],
  ['while ($x)', 'MissingLoopStatement', 1, 11],
  ['do', 'MissingLoopStatement', 1, 3],
  ['do {}', 'MissingWhileOrUntilInDoWhile', 1, 6],
  ['do {} while', 'MissingOpenParenthesisAfterKeyword', 1, 12],
  ['do {} while (', 'MissingExpressionAfterKeyword', 1, 14],
  ['do {} while (1', 'MissingEndParenthesisAfterStatement', 1, 15],
  ['do {} until', 'MissingOpenParenthesisAfterKeyword', 1, 12],
  ['do {} until (', 'MissingExpressionAfterKeyword', 1, 14],
  ['do {} until (1', 'MissingEndParenthesisAfterStatement', 1, 15],
  [':lab do', 'MissingLoopStatement', 1, 8],
  [':lab do {}', 'MissingWhileOrUntilInDoWhile', 1, 11],
  // named blocks
  ['begin', 'MissingNamedStatementBlock', 1, 6],
  ['process', 'MissingNamedStatementBlock', 1, 8],
  ['end', 'MissingNamedStatementBlock', 1, 4],
  // try / catch / finally
  ['try', 'MissingTryStatementBlock', 1, 4],
  ['try {}', 'MissingCatchOrFinally', 1, 7],
  ['try {} catch', 'MissingCatchHandlerBlock', 1, 13],
  ['try {} finally', 'MissingFinallyStatementBlock', 1, 15],
  ['try {} catch [int]', 'MissingCatchHandlerBlock', 1, 19],
  ['try {} catch {} finally', 'MissingFinallyStatementBlock', 1, 24],
  ['try {} catch {} catch', 'MissingCatchHandlerBlock', 1, 22],
  ['try {} catch [int],', 'MissingTypeLiteralToken', 1, 20],
  ['trap', 'MissingTrapStatement', 1, 5],
  ['trap [int]', 'MissingTrapStatement', 1, 11],
  // switch
  ['switch', 'PipelineValueRequired', 1, 7],
  ['switch (', 'PipelineValueRequired', 1, 9],
  ['switch ()', 'PipelineValueRequired', 1, 9],
  ['switch ("abc")  ', 'MissingCurlyBraceInSwitchStatement', 1, 15],
  ['switch ("abc")  {', 'MissingSwitchConditionExpression', 1, 18],
  ['switch ("abc")  { 1', 'MissingSwitchStatementClause', 1, 20],
  ['switch ("abc")  { 1 }', 'MissingSwitchStatementClause', 1, 20],
  ['switch (1) {default {} default {}}', 'MultipleSwitchDefaultClauses', 1, 24],
  ['switch -foo ($x) {}', 'InvalidSwitchFlag', 1, 8],
  // functions and parameters
  ['function', 'MissingNameAfterKeyword', 1, 9],
  ['filter', 'MissingNameAfterKeyword', 1, 7],
  ['function foo', 'MissingFunctionBody', 1, 13],
  ['function foo(', 'MissingEndParenthesisInFunctionParameterList', 1, 14],
  ['function foo {', 'MissingEndCurlyBrace', 1, 14],
  ['function foo { function bar { if (1) {} }', 'MissingEndCurlyBrace', 1, 14],
  ['function f { param($a,[int]$a) }', 'DuplicateFormalParameter', 1, 23],
  ['function f($a,[int]$a){}', 'DuplicateFormalParameter', 1, 15],
  ['function foo {param(}', 'MissingEndParenthesisInFunctionParameterList', 1, 21],
  ['function f($a', 'MissingEndParenthesisInFunctionParameterList', 1, 14],
  ['param(@a)', 'SplattingNotPermitted', 1, 7],
  ['function foo (@a) {}', 'SplattingNotPermitted', 1, 15],
  // pipelines and commands
  ['@a', 'SplattingNotPermitted', 1, 1],
  ['|gps', 'EmptyPipeElement', 1, 1],
  ['gps|', 'EmptyPipeElement', 1, 5],
  ['gps| |foreach name', 'EmptyPipeElement', 1, 5],
  ['Get-X | ', 'EmptyPipeElement', 1, 8],
  ['1|1', 'ExpressionsMustBeFirstInPipeline', 1, 3],
  ['gcm -a:', 'ParameterRequiresArgument', 1, 8],
  ['gcm ,', 'MissingArgument', 1, 5],
  ['Get-X 2>', 'MissingFileSpecification', 1, 9],
  ['Get-X >', 'MissingFileSpecification', 1, 8],
  ['& ', 'MissingExpression', 1, 2],
  ['Get-X & ', 'AmpersandNotAllowed', 1, 7],
  // stray tokens
  ['   )', 'UnexpectedToken', 1, 4],
  ['   }', 'UnexpectedToken', 1, 4],
  ['1 2', 'UnexpectedToken', 1, 3],
  ['$x $y', 'UnexpectedToken', 1, 4],
  ['Get-X )', 'UnexpectedToken', 1, 7],
  ['[CmdletBinding()]', 'UnexpectedAttribute', 1, 1],
  // expressions
  ['1+', 'ExpectedValueExpression', 1, 3],
  ['$a=', 'ExpectedValueExpression', 1, 4],
  ['$a = 1 +', 'ExpectedValueExpression', 1, 9],
  ['$a -and', 'ExpectedValueExpression', 1, 8],
  ['1 -f', 'ExpectedValueExpression', 1, 5],
  ['[int]$x = ', 'ExpectedValueExpression', 1, 10],
  ['"$(1 + )"', 'ExpectedValueExpression', 1, 7],
  ['$x = -not', 'MissingExpressionAfterOperator', 1, 10],
  ['-not', 'MissingExpressionAfterOperator', 1, 5],
  ['$a = ,', 'MissingExpressionAfterOperator', 1, 7],
  ['$x = (1 + 2', 'MissingEndParenthesisInExpression', 1, 12],
  ['throw (', 'ExpectedExpression', 1, 8],
  ['$x = $(1', 'MissingEndParenthesisInSubexpression', 1, 9],
  ['$x = @(1', 'MissingEndParenthesisInSubexpression', 1, 9],
  ['return $(', 'MissingEndParenthesisInSubexpression', 1, 10],
  ['$a[', 'MissingArrayIndexExpression', 1, 4],
  ['$x[0', 'MissingEndSquareBracket', 1, 5],
  ['$x.Foo(1', 'MissingEndParenthesisInMethodCall', 1, 9],
  ['$a.', 'MissingPropertyName', 1, 4],
  ['$a.b.', 'MissingPropertyName', 1, 6],
  ['$a,$b += 1,2', 'InvalidLeftHandSide', 1, 1],
  ['$a = 1 =', 'InvalidLeftHandSide', 1, 6],
  ['{ 1', 'MissingEndCurlyBrace', 1, 1],
  ['$a = {', 'MissingEndCurlyBrace', 1, 6],
  // hashtables
  ['@{ a=1;b=2;c=3;', 'MissingEndCurlyBrace', 1, 3],
  ['@{', 'MissingEndCurlyBrace', 1, 3],
  ['@{ a }', 'MissingEqualsInHashLiteral', 1, 6],
  ['$h = @{ a = }', 'MissingStatementInHashLiteral', 1, 12],
  ['$h = @{ a = 1; = 2 }', 'MissingKeyInHashLiteral', 1, 16],
  // tokens
  ["'abc", 'TerminatorExpectedAtEndOfString', 1, 1],
  ['"abc', 'TerminatorExpectedAtEndOfString', 1, 1],
  ['Get-X -Name "abc', 'TerminatorExpectedAtEndOfString', 1, 13],
  ['@"\nabc', 'TerminatorExpectedAtEndOfString', 1, 1],
  ["@'\nabc", 'TerminatorExpectedAtEndOfString', 1, 1],
  ['<# x', 'MissingTerminatorMultiLineComment', 1, 1],
  ['${x', 'IncompleteDollarVariableReference', 1, 1],
  ['$', 'InvalidVariableReference', 1, 1],
  ['[int', 'EndSquareBracketExpectedAtEndOfType', 1, 1],
  ['[', 'MissingTypename', 1, 1],
  // later lines
  ['$a = 1\n$b = 2 +\n', 'ExpectedValueExpression', 2, 9],
  ['Get-CsUser\n\nif ($x) {\n  "a"\n', 'MissingEndCurlyBrace', 3, 9],
  ['# comment\nforeach ($u in $users)\n', 'MissingForeachStatement', 2, 23],
  // features csshell does not support
  ['class Foo {}', 'UnsupportedFeature', 1, 1],
  ['enum Color { Red }', 'UnsupportedFeature', 1, 1],
  ['using namespace System', 'UnsupportedFeature', 1, 1],
  ['data { }', 'UnsupportedFeature', 1, 1],
  ['workflow W { }', 'UnsupportedFeature', 1, 1],
  ['configuration C { }', 'UnsupportedFeature', 1, 1],
  ['Get-X && Get-Y', 'UnsupportedFeature', 1, 7],
  ['a || b', 'UnsupportedFeature', 1, 3],
  ['$a ?? $b', 'UnsupportedFeature', 1, 4],
  ['$a ? 1 : 2', 'UnsupportedFeature', 1, 4],
];

describe('parse errors', () => {
  it('has at least 100 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  for (const [script, errorId, line, column] of cases) {
    it(`${JSON.stringify(script)} -> ${errorId} at ${line}:${column}`, () => {
      const { errors } = parse(script);
      expect(errors.length).toBeGreaterThan(0);
      const first = errors[0];
      expect({ errorId: first.errorId, line: first.extent.line, column: first.extent.column }).toEqual({ errorId, line, column });
      expect(first.message.length).toBeGreaterThan(0);
    });
  }

  it('reports every error of a script, not only the first', () => {
    const script = ['$a = (1 +)', 'if ($x) {', '}', 'foreach ($u in $users)', '$h = @{ a }', 'Get-X |'].join('\n');
    const ids = parse(script).errors.map((e) => `${e.errorId}@${e.extent.line}`);
    expect(ids).toEqual(['ExpectedValueExpression@1', 'MissingForeachStatement@4', 'MissingEqualsInHashLiteral@5', 'EmptyPipeElement@6']);
  });

  it('answers input nested too deeply for the parser with a parse error, and parses on afterwards', () => {
    const { errors } = parse('('.repeat(20000) + '1' + ')'.repeat(20000));
    expect(errors.map((e) => e.errorId)).toEqual(['ScriptTooComplicated']);
    expect(parse('$x = 1').errors).toEqual([]);
  });

  it('uses the wording of the unsupported feature', () => {
    expect(parse('class Foo {}').errors[0].message).toContain("'class' keyword is not supported by csshell");
    expect(parse('Get-X && Get-Y').errors[0].message).toContain("'&&'");
  });

  it('keeps PowerShell message texts', () => {
    expect(parse('function foo {').errors[0].message).toBe("Missing closing '}' in statement block or type definition.");
    expect(parse('1 +').errors[0].message).toBe("You must provide a value expression following the '+' operator.");
    expect(parse('"abc').errors[0].message).toBe('The string is missing the terminator: ".');
    expect(parse('Get-X 1 2 )').errors[0].message).toBe("Unexpected token ')' in expression or statement.");
  });
});
