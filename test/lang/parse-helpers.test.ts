// What the shell builds on the parser: highlighting tokens, continuation-line detection, the
// PowerShell 5.1 parse-error view and `csshell parse`.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatParseErrors, isIncomplete, parse, tokenize } from '../../src/lang/index.js';
import { parseCommand } from '../../src/host/parseCommand.js';

describe('tokenize', () => {
  it('classifies every part of a command line and covers every character', () => {
    const text = 'Get-CsUser -Identity "sip:$name" | Where-Object { $_.Enabled -eq $true } # note';
    const spans = tokenize(text);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const kinds = spans.filter((s) => s.kind !== 'whitespace').map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
    expect(kinds).toEqual([
      'command:Get-CsUser', 'parameter:-Identity', 'string:"sip:', 'variable:$name', 'string:"', 'operator:|', 'command:Where-Object', 'punctuation:{',
      'variable:$_', 'punctuation:.', 'member:Enabled', 'operator:-eq', 'variable:$true', 'punctuation:}', 'comment:# note',
    ]);
  });

  it('marks keywords, numbers, types and bare arguments', () => {
    const text = 'if ([int]$x -gt 5) { Set-X site:Redmond }';
    const kinds = tokenize(text).filter((s) => s.kind !== 'whitespace' && s.kind !== 'punctuation').map((s) => s.kind);
    expect(kinds).toEqual(['keyword', 'type', 'variable', 'operator', 'number', 'command', 'argument']);
  });

  it('shows variables and subexpressions inside double-quoted strings and here-strings', () => {
    const kinds = (text: string) => {
      const spans = tokenize(text);
      expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
      return spans.filter((s) => s.kind !== 'whitespace').map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
    };
    expect(kinds('"Pool: $($u.RegistrarPool) for ${name} `$x"')).toEqual([
      'string:"Pool: ', 'punctuation:$(', 'variable:$u', 'punctuation:.', 'member:RegistrarPool', 'punctuation:)',
      'string: for ', 'variable:${name}', 'string: `$x"',
    ]);
    expect(kinds('"$a$env:b"')).toEqual(['string:"', 'variable:$a', 'variable:$env:b', 'string:"']);
    expect(kinds('@"\n$name\n"@')).toEqual(['string:@"\n', 'variable:$name', 'string:\n"@']);
    expect(kinds("'$literal'")).toEqual(["string:'$literal'"]);
    expect(kinds('"x $(Get-Date "a$b")"')).toEqual(['string:"x ', 'punctuation:$(', 'command:Get-Date', 'string:"a', 'variable:$b', 'string:"', 'punctuation:)', 'string:"']);
  });

  it('never throws and marks what it cannot read as an error', () => {
    const spans = tokenize('$x = 1 ` ~ "unterminated');
    expect(spans.some((s) => s.kind === 'error' || s.kind === 'string')).toBe(true);
    expect(tokenize('')).toEqual([]);
  });
});

describe('isIncomplete', () => {
  const incomplete = ['if ($x) {', 'Get-CsUser |', 'Get-CsUser `', '"abc', '@"\nabc', "@'\nabc", '1 +', '<# note', 'if ($x)', '$a = @(', 'foreach ($u in $users) {\n  $u', 'function f {'];
  const complete = ['Get-CsUser', '$x = 1', 'if ($x) { 1 }', '}', '', 'Write-Host "a`"b"', '1 2'];
  for (const text of incomplete) it(`needs another line after ${JSON.stringify(text)}`, () => expect(isIncomplete(text)).toBe(true));
  for (const text of complete) it(`is complete: ${JSON.stringify(text)}`, () => expect(isIncomplete(text)).toBe(false));
});

describe('formatParseErrors', () => {
  it('renders the Windows PowerShell 5.1 layout for interactive input', () => {
    expect(formatParseErrors(parse('if ($x {').errors.slice(0, 1))).toBe(
      [
        'At line:1 char:8',
        '+ if ($x {',
        '+        ~',
        "Missing closing ')' after expression in 'if' statement.",
        '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
        '    + FullyQualifiedErrorId : MissingEndParenthesisAfterStatement',
      ].join('\n'),
    );
  });

  it('names the file and groups several errors, then the first error id', () => {
    const text = '$a = 1\n$b = (2 +)\n$c = @{ k }\n';
    const out = formatParseErrors(parse(text, 'C:\\scripts\\x.ps1').errors);
    expect(out).toBe(
      [
        'At C:\\scripts\\x.ps1:2 char:10',
        '+ $b = (2 +)',
        '+          ~',
        "You must provide a value expression following the '+' operator.",
        '',
        'At C:\\scripts\\x.ps1:3 char:11',
        '+ $c = @{ k }',
        '+           ~',
        "Missing '=' operator after key in hash literal.",
        '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
        '    + FullyQualifiedErrorId : ExpectedValueExpression',
      ].join('\n'),
    );
  });

  it('underlines a whole token', () => {
    expect(formatParseErrors(parse('Get-X 1 2 )').errors)).toContain('+ Get-X 1 2 )\n+           ~\n');
    expect(formatParseErrors(parse('$x $yy').errors)).toContain('+    ~~~\n');
  });
});

describe('csshell parse', () => {
  const out: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    out.length = 0;
  });
  function capture() {
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  }
  function files(contents: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-parse-'));
    for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, name), text);
    return dir;
  }

  it('prints every parse error as file:line:col: message and exits 1', async () => {
    const dir = files({ 'bad.ps1': '$a = (1 +)\nif ($x) {\n', 'good.ps1': 'Get-CsUser' });
    capture();
    const code = await parseCommand([join(dir, 'good.ps1'), join(dir, 'bad.ps1')]);
    expect(code).toBe(1);
    expect(out.join('')).toBe(`${join(dir, 'bad.ps1')}:1:10: You must provide a value expression following the '+' operator.\n` +
      `${join(dir, 'bad.ps1')}:2:9: Missing closing '}' in statement block or type definition.\n`);
  });

  it('exits 0 for clean files, reading a UTF-8 byte-order mark and Windows-1252', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Get-CsUser -Identity "Ren\u00e9e"\n')]);
    const cp1252 = Buffer.from([0x57, 0x72, 0x69, 0x74, 0x65, 0x2d, 0x48, 0x6f, 0x73, 0x74, 0x20, 0x93, 0x68, 0x69, 0x94]); // Write-Host “hi”
    const dir = files({ 'a.ps1': bom, 'b.ps1': cp1252 });
    capture();
    expect(await parseCommand([join(dir, 'a.ps1'), join(dir, 'b.ps1')])).toBe(0);
    expect(out.join('')).toBe('');
  });

  it('prints the syntax tree as JSON without the source text with --ast', async () => {
    const dir = files({ 'a.ps1': 'Get-CsUser -Identity x' });
    capture();
    expect(await parseCommand(['--ast', join(dir, 'a.ps1')])).toBe(0);
    const ast = JSON.parse(out.join(''));
    expect(ast.end.statements[0].elements[0].name.value).toBe('Get-CsUser');
    expect(ast.end.statements[0].extent.source).toBeUndefined();
    expect(ast.end.statements[0].extent.line).toBe(1);
  });
});
