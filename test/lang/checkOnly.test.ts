// A check-only parse (src/lang/parser.ts parseTokens(..., checkOnly)) steps over statements and pipelines
// that cannot hold a parse error (grammar/plainStatements.ts); it must report exactly the errors of a full parse, at the same places.

import { describe, expect, it } from 'vitest';
import { lex } from '../../grammar/lexer.js';
import { parse, parseTokens } from '../../src/lang/parser.js';
import { allCases } from './conformanceCases.js';
import { fixtureScripts, fuzzInputs } from './fuzzInputs.js';
import { seededRandom as prng } from '../../src/store/seededRandom.js';

function checkOnlyErrors(text: string): unknown {
  const lexed = lex(text);
  return parseTokens({ text }, lexed.lines, lexed.tokens, lexed.errors, 'script', true).errors;
}

function expectSameErrors(text: string): void {
  expect(checkOnlyErrors(text), text).toStrictEqual(parse(text).errors);
}

describe('check-only parse', () => {
  it('reports the errors of a full parse on the sample scripts and conformance cases', () => {
    for (const text of fixtureScripts()) expectSameErrors(text);
    for (const c of allCases) expectSameErrors(c.script);
  });

  it('reports errors next to and inside statements it could step over', () => {
    const texts = [
      'Get-X -A b\nGet-Y "$(1 +)"', 'Get-X a$(if)b', 'Get-X -A: \n', 'Get-X | | Get-Y', 'Get-X |', '$a = \nGet-X',
      '$a = @b', '$a = $b = Get-X', '"x" | "y"', '$x |\nGet-X )', 'Get-X -A b }', '{ Get-X a }', '$( Get-X a )', '$(Get-X a',
      'Get-X a,', 'Get-X $a.', 'Get-X > ', 'Get-X 2>&1 -A', '@a = 1', '$a.b = ', '5 = 1', '"s" += 1', 'Get-X @a.b',
      'function f { Get-X a }\nf', 'if ($a) { Get-X b } else { $c = "d" }', 'Get-X &', 'Get-X a; Get-Y b;; $c',
      '$a.b.c = $d.e', '$a.b( = 1', '$a. = 1', '"x" -f $a, $b.', '"x" -f', '1 + ', '$a = 1 +\n', 'Get-X -A:$b.c, d -E',
      'Get-X -A:-B', 'Get-X a, -B', 'Get-X $a.b(', 'Get-X $a.b[0]', '$a.b++', 'Get-X @a.b c', '$x -eq $y | Get-X', '$x, | Get-Y',
      'if (Get-X a) { }', 'if ($a -eq $b {', 'while ($a) ', 'foreach ($x in Get-X a b) { $x }', 'foreach ($x in $y', 'if (Get-X a > out) {}',
      'return Get-X a | ', '($a) = 1', '(Get-X a) = 1', '$x = (Get-X a', 'if ($a = Get-X) { }', '"x" = 1', 'if ($a) { Get-X ] }',
      '$h = @{ a = Get-X b; c = $d.e }', 'switch ($a) { 1 { Get-X } }', 'throw "x" "y"', '$x.M((Get-X a, b))', '[int](Get-X a)',
      '(', '()', '(Get-X', '($a', '($a))', '$( )', '@()', '(Get-X a).B', '(1)(2)', '$a ++', '$a++ + 1', '$a++.b', '($a = 1)', '(\n$a\n)',
      '($a)[0]', '(Get-X a) -eq $b', 'Get-X (1) (2)', 'Get-X -A:(Get-Y)', '($a,)', '($a |)', '$x = @(Get-X a; Get-Y)', '$(Get-X a).b(',
      'Write-Output ("{0}" -f $a, $b)', '"x" + ((Get-X a) + 1)', '$c.d--', '$c.d-- -', '($a) = 1', 'Get-X (1)a', '@(1)++',
      '$a++ = 1', '$a.b-- += 2', '$a[0]++ = 1', '$a[0] = 1', '$a[0].b[1] = Get-X', '$a[ = 1', '$a[0 = 1', '$a[] = 1', '$a[0]', '$a[Get-X] = 1',
      '1..', '$a.b -eq -c', '$a = "x", ', 'Get-X a,\nb', '$a -f $b $c', '$a.b = Get-X | ', 'Get-X $a .b', '"a" "b"', '$a = $b.c.d(1)',
    ];
    // if, foreach, break and continue made of plain parts are stepped over whole.
    const blocks = [
      'if ($a) { Get-X } elseif', 'if ($a) { Get-X }\n\nelse', 'if ($a) {} else {} else {}', 'if ($a) {} elseif ($b) {}\nelseif () {}',
      'if ($a) { $b } $c', 'if ($a) { Get-X }}', 'if (\n$a\n) {\n}', 'if ($a)\n\n{ break }', 'if ($a) { break outer x }', 'if ($a) { $b ) }',
      'if ($a) { if ($b) { Get-X ) } }', 'if ($a) { Get-X a; $b = 1; continue }', 'if ($a) { Get-X', 'if ($a) { Get-X }; else { }',
      'foreach ($a.b in $c) {}', 'foreach ($a in) {}', 'foreach ($a in $b) { continue x y }', 'foreach -parallel ($a in $b) {}',
      'foreach ($a in $b)\n{ $a }', 'foreach ($a in $b) { $a } else { }', 'foreach ($a in $b) { foreach ($c in $a.D) { Get-X $c } }',
      'foreach ($a in $b, $c | Get-X) {}', 'foreach ($a in $b) { $a }}', 'foreach ($a\nin $b) {}', 'foreach ($a in $b) { @a }',
      '$( if ($a) { 1 } )', '(if ($a) {1})', 'for (;if ($a) {};) {}', 'return if ($a) { 1 }', '$x = if ($a) { 1 } else { 2 }',
      'while ($a) { if ($b) { break } }', '{ if ($a) { Get-X } }', 'if ($a) { Get-X } elseif ($b) { $c++ } else { "d" }\n$e',
      'break', 'continue ;', 'break )', 'if ($a) { [int] }', 'if ($a) { "$(1 +)" }', 'if ("$(1 +)") { }', 'if ($a -eq) { }',
      // Strings whose $( ) parts hold plain statements, -not and !, return, throw and exit.
      'Get-X "a $($b.c) d" $(', '"$($a; Get-X b)" +', '"$($a) $(Get-X |)"', '"$(if ($a) { 1 })"', '"$(-not)"', '"$("$(1 +)")"',
      'Write-Host "$($a.b(1)"', '"$(}"', '"$(return)" "$(break x y)"', 'Get-X a$($b)c, d$(1 +)', '"$($a)', '"$()" $(1 +)',
      'return |', 'return | Get-X', 'return $a |', 'throw Get-X |', 'exit 1 2', 'return -not', 'return ;;', 'throw )', '-not', '!', '-not -not $a', '$a = -not $b.c)',
      '! $a ++', '$a -and -not', 'Get-X -A:-not $b', 'Get-X (-not $a) -not', '-not $a = 1', '!$a.b()', '$a, -not $b, !', 'if (!(Get-X a)) { return }',
    ];
    for (const text of [...texts, ...blocks]) expectSameErrors(text);
    for (const text of texts) expectSameErrors(text);
  });

  it('reports the errors of a full parse on 800 mutated scripts', () => {
    for (const text of fuzzInputs(800)) expectSameErrors(text);
  });

  it('reports the errors of a full parse on 4,000 random lines built from plain pieces and their neighbours', () => {
    const pieces = [
      '$a', '$b.c', '$d[0]', '$a++', '$b.c--', '($e)', '=', '+=', '++', '--', '(', ')', '$(', '@(', '[', ']', ',', '-f', '+', '-eq', 'Get-X', '-P', '-Q:', 'w', '"s"',
      '"$e"', '"$(f)"', "'t'", '5', '|', ';', '\n', '.g', '@s', '{', '}', '[int]', '>', 'if', '::', '-not', '..',
      'if ($a)', 'elseif ($b)', 'else', 'foreach ($x in', 'foreach ($x in $y)', 'break', 'continue', '{}',
      '!', 'return', 'throw', '"$($a)"', '"$(Get-X a)"', '"$(',
    ];
    const rand = prng(90210);
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const count = 1 + Math.floor(rand() * 8);
      for (let i = 0; i < count; i++) text += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.6 ? ' ' : '');
      expectSameErrors(text);
    }
  });

  it('steps over plain statements without building them', () => {
    const text = 'Get-X -A b "c" $d 5 @e | Set-Y\n$f = Get-Z g\n$h += 1\n"i"\n$j.K = "{0}" -f $l.M, 2\nSelect-Object A, B -First:3 -C:$d.E';
    const lexed = lex(text);
    const checked = parseTokens({ text }, lexed.lines, lexed.tokens, lexed.errors, 'script', true);
    expect(checked.errors).toEqual([]);
    expect(checked.result.end?.statements).toEqual([]);
    expect(parse(text).ast.end?.statements).toHaveLength(6);
  });

  it('steps over if and foreach statements made of plain parts, flow statements, -not and strings with plain $( ) parts', () => {
    const text = [
      'if ($a -eq $null) {\n  Get-X -A b\n  $c = 1\n}\nelseif ((Get-Y).Count) { break }\n\nelse { "d" }',
      'foreach ($e in Get-Z -F g | Sort-Object H) {\n  if ($e.I) { continue }\n  $j++\n}',
      'if ($k)\n{\n}',
      'if (-not $l -or !(Get-M)) { Write-Host "n $($o.P) $(Get-Q r; $s)" -F "$()"; return }\nelse { throw "t $($u)" }',
      'exit',
    ].join('\n');
    const lexed = lex(text);
    const checked = parseTokens({ text }, lexed.lines, lexed.tokens, lexed.errors, 'script', true);
    expect(checked.errors).toEqual([]);
    expect(checked.result.end?.statements).toEqual([]);
    expect(parse(text).ast.end?.statements).toHaveLength(5);
  });
});
