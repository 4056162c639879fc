// The token streams the scanner gives in each of its modes, one group per module of grammar/ that
// reads them, and the chunked scan against the whole-text scan.

import { describe, expect, it } from 'vitest';
import { lex } from '../../grammar/lexer.js';
import { scanChunks } from '../../grammar/chunkScanner.js';
import { LineMap } from '../../grammar/lineMap.js';
import type { PsToken } from '../../grammar/tokenInfo.js';
import { fixtureScripts } from '../lang/fuzzInputs.js';

const shown = (tokens: PsToken[]) => tokens.map((t) => `${t.tokenType.name}:${t.image}`);
const tokensOf = (text: string) => shown(lex(text).tokens);
const errorIds = (text: string) => lex(text).errors.map((e) => e.errorId);

describe('statement start (statementStart.ts)', () => {
  it('reads keywords, labels and command names, and a pipe makes foreach a command', () => {
    expect(tokensOf(':outer foreach ($i in 1..3) { break outer }')).toEqual([
      'Label::outer', 'Foreach:foreach', 'LParen:(', 'Variable:$i', 'In:in', 'Number:1', 'DotDot:..', 'Number:3', 'RParen:)',
      'LCurly:{', 'Break:break', 'Bareword:outer', 'RCurly:}',
    ]);
    expect(tokensOf('$x | foreach { $_ }')).toEqual(['Variable:$x', 'Pipe:|', 'CommandName:foreach', 'LCurly:{', 'Variable:$_', 'RCurly:}']);
  });

  it('reads hashtable keys and function names as barewords', () => {
    expect(tokensOf('@{ Name = 1; 2 = @(3) }')).toEqual([
      'AtCurly:@{', 'Bareword:Name', 'Equals:=', 'Number:1', 'Semi:;', 'Number:2', 'Equals:=', 'AtParen:@(', 'Number:3', 'RParen:)', 'RCurly:}',
    ]);
    expect(tokensOf('function Get-X { param([Parameter(Mandatory)]$p) }')).toEqual([
      'Function:function', 'Bareword:Get-X', 'LCurly:{', 'Param:param', 'LParen:(', 'AttributeStart:[Parameter', 'LParen:(',
      'Bareword:Mandatory', 'RParen:)', 'RBracket:]', 'Variable:$p', 'RParen:)', 'RCurly:}',
    ]);
  });
});

describe('argument mode (argumentMode.ts)', () => {
  it('reads barewords, parameters, whole-word numbers and redirections', () => {
    expect(tokensOf('New-CsXmppAllowedPartner jabber.org -TlsNegotiation:Required site:Redmond C:\\certs\\edge.pfx 1kb 1x -5 2>&1 >> log.txt')).toEqual([
      'CommandName:New-CsXmppAllowedPartner', 'Bareword:jabber.org', 'Parameter:-TlsNegotiation:', 'Bareword:Required', 'Bareword:site:Redmond',
      'Bareword:C:\\certs\\edge.pfx', 'Number:1kb', 'Bareword:1x', 'Number:-5', 'Redirection:2>&1', 'Redirection:>>', 'Bareword:log.txt',
    ]);
  });
});

describe('expression mode (expressionMode.ts)', () => {
  it('reads operators, numbers with suffixes, type literals and assignments', () => {
    expect(tokensOf('[int]$x = 2gb; $y += -not $z * 0x10 / 1.5d')).toEqual([
      'TypeLiteral:[int]', 'Variable:$x', 'Equals:=', 'Number:2gb', 'Semi:;', 'Variable:$y', 'CompoundAssign:+=', 'DashNot:-not', 'Variable:$z',
      'Star:*', 'Number:0x10', 'Slash:/', 'Number:1.5d',
    ]);
  });

  it('reports unsupported operators and a bad type name', () => {
    expect(tokensOf('$a ? 1 : 2')).toEqual(['Variable:$a', 'UnsupportedOperator:?', 'Number:1', 'ErrorToken::', 'Number:2']);
    expect(errorIds('[ ]')).toEqual(['MissingTypename']);
    expect(errorIds('[int')).toEqual(['EndSquareBracketExpectedAtEndOfType']);
  });
});

describe('tokens common to both modes (commonTokens.ts)', () => {
  it('reads member access only right after an operand', () => {
    expect(tokensOf('$a.Name[0] -eq 6.2.9200.0')).toEqual([
      'Variable:$a', 'Dot:.', 'MemberName:Name', 'LBracket:[', 'Number:0', 'RBracket:]', 'DashComparison:-eq',
      'Number:6.2', 'Dot:.', 'MemberName:9200', 'Dot:.', 'MemberName:0',
    ]);
    expect(tokensOf('Write-Output $a .Name')).toEqual(['CommandName:Write-Output', 'Variable:$a', 'Bareword:.Name']);
  });

  it('scans the statements inside a string’s $( ) and reports the reserved & and <', () => {
    const [str] = lex('"a$($b.C)d"').tokens;
    const parts = (str.payload as { parts: unknown[] }).parts;
    expect(parts[0]).toBe('a');
    expect(shown((parts[1] as { tokens: PsToken[] }).tokens)).toEqual(['Variable:$b', 'Dot:.', 'MemberName:C']);
    expect(parts[2]).toBe('d');
    expect(errorIds('a & b')).toEqual(['AmpersandNotAllowed']);
    expect(errorIds('$a < $b')).toEqual(['RedirectionNotSupported']);
    expect(errorIds('$a = "x')).toEqual(['TerminatorExpectedAtEndOfString']);
  });
});

describe('trivia (trivia.ts)', () => {
  it('skips comments and continuations and drops newlines after a comma', () => {
    const text = '# note\na `\n  b <# block #> c,\n  d';
    const r = lex(text);
    expect(shown(r.tokens)).toEqual(['NewLine:\n', 'CommandName:a', 'Bareword:b', 'Bareword:c', 'Comma:,', 'Bareword:d']);
    const block = text.indexOf('<#');
    expect(r.comments).toEqual([{ start: 0, end: 6 }, { start: block, end: block + '<# block #>'.length }]);
    expect(errorIds('a <# open')).toEqual(['MissingTerminatorMultiLineComment']);
  });
});

describe('the chunked scan (chunkScanner.ts)', () => {
  it('gives the tokens and errors of the whole-text scan, cut into chunks', () => {
    const text = '$a < $b\n' + fixtureScripts().join('\n') + '\n$broken = "x';
    const whole = lex(text);
    const chunks = [...scanChunks(text, new LineMap(text), 50)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.flatMap((c) => shown(c.tokens))).toEqual(shown(whole.tokens));
    expect(whole.errors.map((e) => e.errorId)).toEqual(['RedirectionNotSupported', 'TerminatorExpectedAtEndOfString']);
    expect(chunks.flatMap((c) => c.errors)).toEqual(whole.errors);
  });
});
