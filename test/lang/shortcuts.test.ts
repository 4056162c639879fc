// The parser's shortcuts (grammar/parserBase.ts `shortcuts`) read common shapes straight from the
// tokens; they must build exactly the nodes, extents and errors the full rule chain builds.

import { describe, expect, it } from 'vitest';
import { PsParser } from '../../grammar/parser.js';
import { parseWith } from './parserRun.js';
import { allCases } from './conformanceCases.js';
import { fixtureScripts, fuzzInputs } from './fuzzInputs.js';

const withShortcuts = new PsParser();
const ruleChainOnly = new PsParser();
ruleChainOnly.shortcuts = false;

function expectSame(text: string): void {
  expect(parseWith(withShortcuts, text), text).toStrictEqual(parseWith(ruleChainOnly, text));
}

describe('parser shortcuts', () => {
  it('build the same AST and errors as the rule chain on the sample scripts and conformance cases', () => {
    for (const text of fixtureScripts()) expectSame(text);
    for (const c of allCases) expectSame(c.script);
  });

  it('agree on the shapes next to a shortcut: postfix, commas, splats, colons, operators', () => {
    const texts = [
      'Get-X -A $b -C:$d e,f "g" \'h\' 5 -5 $i.j $k[0] @l $m++ "n $o" "p $(q)" x.y',
      '$a = $b + 1, 2 * "c" -f $d; $e = -not $f -and $g; $h.i = $j[1]; $k++; [int]$l',
      'Get-X | Where-Object { $_.A -eq "b" } | Select-Object A,B -First 3 > out.txt',
      'Get-X -Path C:\\a\\b.txt,D:\\c -Name:"x" -Count:3 $null',
      'f $a, $b -c; & $cmd -x 1; . .\\lib.ps1 $y', '$a,$b = 1,2', '"{0}" -f $a.b.c', '$x = Get-Y -Z',
      'Get-X -A', 'Get-X $a.', 'Get-X $a,', '$a +', '$a = ', 'Get-X "unclosed', 'Get-X @{a=1} (1) $(2) @(3)',
    ];
    for (const text of texts) expectSame(text);
  });

  it('agree on whole-statement commands and what ends them', () => {
    const texts = [
      'Grant-X -Identity "sip:a@b.c" -PolicyName P\nGrant-X -Identity "sip:d@b.c" -PolicyName P',
      'Get-X -A b; Get-Y', '{ Get-X -A b }', '(Get-X -A b)', '$(Get-X -A b)', '@(Get-X b c)', 'Get-X -A b # note',
      'Get-X -A b | Out-Null', 'Get-X -A b > out.txt', 'Get-X -A b 2>&1', 'Get-X @s', 'Get-X -A b,c', 'Get-X -A:b',
      'Get-X $a.b', 'Get-X $a[0]', 'Get-X -A "x $(Get-Y)"', 'Get-X `\n -A b', 'Get-X -A b &', 'if ($x) { Get-X -A b } else { Get-Y }',
      'foreach ($u in $us) { Grant-X -Identity $u -P b }', 'Get-X -A b)', 'Get-X -A b }', 'Get-X 1 2.5 0x10 1kb "s" \'t\' $v',
      '$a=1;$b = "x $c"; $d += 2\n$e = $f', '$a = 1,2', '$a = $b.c', '$a = $b = 1', '$a = -1', '$a = 1 + 2', '$a = 1 | Out-Null',
      '$a = "x" > f.txt', '$a =', '${a b} = 1', '$script:a = \'s\'', '@a = 1', '$a = Get-X', '$a.b = 1', '$a = (1)', '$a -= 1kb',
    ];
    for (const text of texts) expectSame(text);
  });

  it('agree on 500 mutated scripts (parse errors included)', () => {
    for (const text of fuzzInputs(500)) expectSame(text);
  });
});
