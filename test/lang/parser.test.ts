// The AST shapes the evaluator relies on, for the constructs admin scripts use.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/lang/parser.js';
import type { CommandAst, ExpressionAst, PipelineAst, StatementAst } from '../../src/lang/ast.js';

function statements(text: string): StatementAst[] {
  const r = parse(text);
  expect(r.errors.map((e) => `${e.errorId} ${e.extent.line}:${e.extent.column} ${e.message}`)).toEqual([]);
  return r.ast.end!.statements;
}

/** The JSON of a node without extents, for compact shape assertions. */
function shape(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (k, v) => (k === 'extent' || k === 'operatorExtent' || k === 'source' ? undefined : v)));
}

function expr(text: string): ExpressionAst {
  const [s] = statements(text);
  const p = s as PipelineAst;
  expect(p.kind).toBe('Pipeline');
  expect(p.elements[0].kind).toBe('CommandExpression');
  return (p.elements[0] as { expression: ExpressionAst }).expression;
}

function command(text: string): CommandAst {
  const [s] = statements(text);
  return (s as PipelineAst).elements[0] as CommandAst;
}

const bare = (value: string) => ({ kind: 'StringConstant', value, quote: 'bare' });

describe('commands in argument mode', () => {
  it('reads barewords, parameters, colon arguments and comma lists', () => {
    const c = command('Set-CsAccessEdgeConfiguration -Identity site:Redmond -Path C:\\certs\\a.pfx -Type Default,XmppServer -Port 5269 -Enabled:$true jabber.contoso.com');
    expect(shape(c.name)).toEqual(bare('Set-CsAccessEdgeConfiguration'));
    expect(shape(c.elements)).toEqual([
      { kind: 'CommandParameter', name: 'Identity' },
      bare('site:Redmond'),
      { kind: 'CommandParameter', name: 'Path' },
      bare('C:\\certs\\a.pfx'),
      { kind: 'CommandParameter', name: 'Type' },
      { kind: 'ArrayLiteral', elements: [bare('Default'), bare('XmppServer')] },
      { kind: 'CommandParameter', name: 'Port' },
      { kind: 'Constant', value: 5269, isInteger: true, text: '5269' },
      { kind: 'CommandParameter', name: 'Enabled', argument: { kind: 'Variable', name: 'true', splatted: false, braced: false } },
      bare('jabber.contoso.com'),
    ]);
  });

  it('treats Where-Object Prop -eq value as a command with arguments', () => {
    const c = command('Where-Object Enabled -eq $true');
    expect(shape(c.elements)).toEqual([bare('Enabled'), { kind: 'CommandParameter', name: 'eq' }, { kind: 'Variable', name: 'true', splatted: false, braced: false }]);
  });

  it('expands variables inside bare words and keeps member access on variables', () => {
    const c = command('Write-Host $env:TEMP\\x.txt $user.SipAddress');
    expect(c.elements[0].kind).toBe('ExpandableString');
    expect(shape(c.elements[1])).toEqual({
      kind: 'Member', target: { kind: 'Variable', name: 'user', splatted: false, braced: false }, member: bare('SipAddress'), static: false,
    });
  });

  it('reads splatting, call and dot-source operators and redirections', () => {
    const c = command('Get-CsUser @params');
    expect(shape(c.elements[0])).toEqual({ kind: 'Variable', name: 'params', splatted: true, braced: false });
    const call = command('& $sb -x 1 2>&1 >> out.txt');
    expect(call.invocationOperator).toBe('&');
    expect(shape(call.redirections)).toEqual([
      { kind: 'MergingRedirection', from: 'Error', to: 'Output' },
      { kind: 'FileRedirection', from: 'Output', append: true, target: bare('out.txt') },
    ]);
    expect(command('. .\\lib.ps1').invocationOperator).toBe('.');
  });

  it('continues a pipeline after a trailing pipe and after a backtick', () => {
    const [p] = statements('Get-CsUser |\n  Where-Object { $_.Enabled } `\n  -Verbose');
    expect((p as PipelineAst).elements.length).toBe(2);
    expect(((p as PipelineAst).elements[1] as CommandAst).elements.length).toBe(2);
  });
});

describe('expressions', () => {
  it('follows PowerShell precedence', () => {
    const e = expr('1 + 2 * 3 -eq 7 -and $x') as { operator: string; left: { operator: string; left: { operator: string } } };
    expect(e.operator).toBe('-and');
    expect(e.left.operator).toBe('-eq');
    expect(e.left.left.operator).toBe('+');
  });

  it('binds the comma tighter than arithmetic and unary operators tighter than the comma', () => {
    expect(shape(expr('1,2 + 3'))).toMatchObject({ kind: 'Binary', operator: '+', left: { kind: 'ArrayLiteral' } });
    expect(shape(expr('-not $a -eq $b'))).toMatchObject({ kind: 'Binary', operator: '-eq', left: { kind: 'Unary', operator: '-not' } });
    expect(shape(expr('-1'))).toEqual({ kind: 'Constant', value: -1, isInteger: true, text: '-1' });
  });

  it('reads numbers with suffixes and multipliers', () => {
    expect(shape(expr('0x10'))).toMatchObject({ value: 16, isInteger: true });
    expect(shape(expr('1.5'))).toMatchObject({ value: 1.5, isInteger: false });
    expect(shape(expr('2GB'))).toMatchObject({ value: 2 * 1024 ** 3, isInteger: true });
    expect(shape(expr('1e3'))).toMatchObject({ value: 1000, isInteger: false });
    expect(shape(expr('10l'))).toMatchObject({ value: 10, isInteger: true });
  });

  it('reads casts, type literals, static members and generics', () => {
    expect(shape(expr('[int]$x'))).toMatchObject({ kind: 'Convert', typeName: { name: 'int' } });
    expect(shape(expr('[datetime]::Now'))).toMatchObject({ kind: 'Member', static: true, target: { kind: 'TypeExpression' } });
    expect(shape(expr('[System.Collections.Generic.List[string]]::new()'))).toMatchObject({
      kind: 'InvokeMember',
      static: true,
      target: { typeName: { name: 'System.Collections.Generic.List', genericArguments: [{ name: 'string' }] } },
    });
    expect(shape(expr('[string[]]$a'))).toMatchObject({ kind: 'Convert', typeName: { name: 'string', isArray: true } });
    expect(shape(expr('[ordered]@{ a = 1 }'))).toMatchObject({ kind: 'Convert', typeName: { name: 'ordered' }, operand: { kind: 'Hashtable' } });
  });

  it('reads member access, method calls and indexing', () => {
    expect(shape(expr('$s.Replace("a", "b")'))).toMatchObject({ kind: 'InvokeMember', arguments: [{ value: 'a' }, { value: 'b' }] });
    expect(shape(expr('$a[-1]'))).toMatchObject({ kind: 'Index', index: { kind: 'Constant', value: -1 } });
    expect(shape(expr('(Get-CsUser).Count'))).toMatchObject({ kind: 'Member', target: { kind: 'Paren' } });
    expect(shape(expr('$x.M((1,2))'))).toMatchObject({ arguments: [{ kind: 'Paren' }] });
  });

  it('splits double-quoted strings into parts', () => {
    const e = expr('"User $name has $($list.Count) items ${my var} on $env:COMPUTERNAME"');
    expect(e.kind).toBe('ExpandableString');
    const parts = (e as { parts: unknown[] }).parts.map((p) => (typeof p === 'string' ? p : (p as { kind: string }).kind));
    expect(parts).toEqual(['User ', 'Variable', ' has ', 'SubExpression', ' items ', 'Variable', ' on ', 'Variable']);
    expect(shape(expr('"a`tb"'))).toEqual({ kind: 'StringConstant', value: 'a\tb', quote: 'double' });
    expect(shape(expr("'it''s'"))).toEqual({ kind: 'StringConstant', value: "it's", quote: 'single' });
  });

  it('reads here-strings and typographic quotes', () => {
    expect(shape(expr("@'\nline1\nline2\n'@"))).toEqual({ kind: 'StringConstant', value: 'line1\nline2', quote: 'singleHere' });
    expect(expr('@"\nHi $x\n"@').kind).toBe('ExpandableString');
    expect(shape(expr('\u201csmart\u201d'))).toEqual({ kind: 'StringConstant', value: 'smart', quote: 'double' });
    expect(shape(command('Get-CsUser \u2013Identity x').elements[0])).toEqual({ kind: 'CommandParameter', name: 'Identity' });
  });

  it('reads unary -split/-join, ranges, -f and -is/-as', () => {
    expect(shape(expr('-split "a b"'))).toMatchObject({ kind: 'Unary', operator: '-split' });
    expect(shape(expr('1..10'))).toMatchObject({ kind: 'Binary', operator: '..' });
    expect(shape(expr('"{0:N2}" -f 3.14'))).toMatchObject({ kind: 'Binary', operator: '-f' });
    expect(shape(expr('$a -isnot [int]'))).toMatchObject({ kind: 'Binary', operator: '-isnot', right: { kind: 'TypeExpression' } });
    expect(shape(expr('$a -cne $b'))).toMatchObject({ operator: '-cne' });
  });
});

describe('statements', () => {
  it('reads assignments, including multiple targets and compound operators', () => {
    expect(shape(statements('$a, $b = 1, 2')[0])).toMatchObject({ kind: 'Assignment', operator: '=', target: { kind: 'ArrayLiteral' } });
    expect(shape(statements('$x += 1')[0])).toMatchObject({ kind: 'Assignment', operator: '+=' });
    expect(shape(statements('$x = if ($a) { 1 } else { 2 }')[0])).toMatchObject({ kind: 'Assignment', value: { kind: 'If' } });
    expect(shape(statements('$u = Get-CsUser -Identity x')[0])).toMatchObject({ value: { kind: 'Pipeline', elements: [{ kind: 'Command' }] } });
  });

  it('reads if/elseif/else with else on its own line', () => {
    const [s] = statements('if ($a) {\n 1\n}\nelseif ($b) { 2 }\nelse {\n 3\n}');
    expect(shape(s)).toMatchObject({ kind: 'If', clauses: [{}, {}], elseBody: { kind: 'StatementBlock' } });
  });

  it('reads loops with labels', () => {
    const [s] = statements(':outer foreach ($u in $users) { foreach ($x in 1..3) { continue outer } }');
    expect(shape(s)).toMatchObject({ kind: 'Foreach', label: 'outer', variable: { name: 'u' } });
    expect(shape(statements('for ($i = 0; $i -lt 3; $i++) { }')[0])).toMatchObject({ kind: 'For', initializer: { kind: 'Assignment' }, iterator: { kind: 'Pipeline' } });
    expect(shape(statements('do { $i++ } until ($i -gt 3)')[0])).toMatchObject({ kind: 'DoLoop', until: true });
    expect(shape(statements('do { $i++ }\nwhile ($i -lt 3)')[0])).toMatchObject({ kind: 'DoLoop', until: false });
    expect(shape(statements('while ($true) { break }')[0])).toMatchObject({ kind: 'While', body: { statements: [{ kind: 'Break' }] } });
  });

  it('reads switch with flags, script-block cases and default', () => {
    const [s] = statements('switch -Regex -CaseSensitive ($x) {\n "^a" { "A" }\n { $_ -gt 5 } { "big" }\n default { "other" }\n}');
    expect(shape(s)).toMatchObject({
      kind: 'Switch',
      flags: { regex: true, caseSensitive: true, wildcard: false },
      clauses: [{ test: { kind: 'StringConstant', value: '^a' } }, { test: { kind: 'ScriptBlockExpression' } }],
      defaultBody: { kind: 'StatementBlock' },
    });
  });

  it('reads try/catch with types and finally, throw, return and exit', () => {
    const [s] = statements('try { 1 } catch [System.IO.IOException], [System.Exception] { 2 }\ncatch { 3 }\nfinally { 4 }');
    expect(shape(s)).toMatchObject({ kind: 'Try', catches: [{ types: [{ name: 'System.IO.IOException' }, { name: 'System.Exception' }] }, { types: [] }], finallyBody: {} });
    expect(shape(statements('throw "bad"')[0])).toMatchObject({ kind: 'Throw', value: { kind: 'Pipeline' } });
    expect(shape(statements('exit 3')[0])).toMatchObject({ kind: 'Exit' });
    expect(shape(statements('return')[0])).toEqual({ kind: 'Return' });
  });

  it('reads functions with param blocks, attributes and named blocks', () => {
    const [f] = statements(`function Set-Partner {
  [CmdletBinding(SupportsShouldProcess)]
  param(
    [Parameter(Mandatory=$true, Position=0, ValueFromPipeline)]
    [ValidateSet('Required','Optional')]
    [Alias('Tls')]
    [string]$Negotiation = 'Required',
    [switch]$Force
  )
  begin { $n = 0 }
  process { $n++ }
  end { $n }
}`);
    expect(shape(f)).toMatchObject({
      kind: 'FunctionDefinition',
      name: 'Set-Partner',
      body: {
        attributes: [{ typeName: 'CmdletBinding', namedArguments: [{ name: 'SupportsShouldProcess' }] }],
        param: {
          parameters: [
            {
              name: 'Negotiation',
              attributes: [
                { kind: 'Attribute', typeName: 'Parameter', namedArguments: [{ name: 'Mandatory' }, { name: 'Position' }, { name: 'ValueFromPipeline' }] },
                { kind: 'Attribute', typeName: 'ValidateSet', positionalArguments: [{ value: 'Required' }, { value: 'Optional' }] },
                { kind: 'Attribute', typeName: 'Alias' },
                { kind: 'TypeConstraint', typeName: { name: 'string' } },
              ],
              defaultValue: { value: 'Required' },
            },
            { name: 'Force' },
          ],
        },
        begin: { name: 'begin' },
        process: { name: 'process' },
        end: { name: 'end' },
      },
    });
  });

  it('reads function f($a, $b) and filters', () => {
    expect(shape(statements('function f($a, [int]$b = 2) { $a + $b }')[0])).toMatchObject({ parameters: [{ name: 'a' }, { name: 'b', defaultValue: { value: 2 } }] });
    expect(shape(statements('filter Double { $_ * 2 }')[0])).toMatchObject({ kind: 'FunctionDefinition', isFilter: true });
  });

  it('reads script blocks with their text, and comments of every kind', () => {
    const e = expr('{ param($x) $x * 2 }');
    expect(e).toMatchObject({ kind: 'ScriptBlockExpression', text: ' param($x) $x * 2 ' });
    expect(statements('#Requires -Version 3\n<# block\ncomment #>\nGet-CsUser # trailing').length).toBe(1);
  });

  it('records 1-based extents', () => {
    const [s] = statements('\n  Get-CsUser -Identity x');
    expect(s.extent).toMatchObject({ line: 2, column: 3, start: 3, endLine: 2, endColumn: 25 });
  });

  it('parses every fixture-like construct of a realistic script without errors', () => {
    const text = [
      '$users = Import-Csv .\\users.csv',
      'foreach ($u in $users) {',
      '  $sip = "sip:{0}@contoso.com" -f $u.Alias',
      '  Enable-CsUser -Identity $u.Name -RegistrarPool pool01.contoso.com -SipAddress $sip -WhatIf:$false',
      '}',
      'Get-CsUser | Select-Object DisplayName, @{Name="Sip"; Expression={$_.SipAddress}} | Format-Table -AutoSize',
      '[void]$list.Add($u)',
      '$count = ($users | Measure-Object).Count',
    ].join('\r\n');
    expect(statements(text).length).toBe(5);
  });
});

describe('statement mode after param blocks and named blocks on one line', () => {
  it('reads a command right after param() and named blocks after one another', () => {
    expect(statements('Invoke-Command -ScriptBlock { param($n) Get-CsUser $n }').length).toBe(1);
    expect(shape(statements('function F { param($a) if ($a) { 1 } }')[0])).toMatchObject({ body: { param: {}, end: { statements: [{ kind: 'If' }] } } });
    expect(shape(statements('function F { begin { 1 } process { 2 } end { 3 } }')[0])).toMatchObject({ body: { begin: {}, process: {}, end: {} } });
  });
});
