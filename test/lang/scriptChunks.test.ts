// A script checked and parsed chunk by chunk gives exactly the errors and statements of a whole-file
// parse. Chunks of one token cut the script at every statement boundary the chunker allows.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/lang/parser.js';
import { parseScriptInChunks, scriptParseErrors } from '../../src/lang/scriptChunks.js';
import { allCases } from './conformanceCases.js';

const dir = join(__dirname, '../../fixtures/scripts');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.ps1')).map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

const shapes: Record<string, string> = {
  'else on the next line': 'if ($a) { 1 }\nelse { 2 }\n$b = 3',
  'elseif and else on their own lines': 'if ($a)\n{\n 1\n}\nelseif ($b)\n{\n 2\n}\nelse\n{\n 3\n}\n4',
  'try and catch on separate lines': 'try\n{\n throw "x"\n}\ncatch [System.Exception]\n{\n "c"\n}\nfinally\n{\n "f"\n}\n5',
  'do-while over lines': 'do\n{\n $i++\n}\nwhile ($i -lt 3)\n$i',
  'do-until over lines': 'do { $i++ }\nuntil ($i -gt 3)\n$i',
  'function with the body on the next line': 'function f\n{\n param($x)\n $x\n}\nf 1',
  'foreach with the block on the next line': 'foreach ($x in 1..3)\n{\n $x\n}\nswitch (1)\n{\n 1 { "one" }\n}',
  'semicolons on one line': '$a=1;$b=2;;$c=$a+$b;$c',
  'param block then statements': '[CmdletBinding()]\nparam([string]$Name = "x")\n$Name\n"done"',
  'parse error in a late statement': '$a = 1\n$b = 2\n$c = (3\n$d = 4',
  'several parse errors': '$a = \n"ok"\nif ($x { }\n$y = 1 +\n}',
  'missing closing brace at the end': '"a"\nfunction g {\n "b"\n',
  'unterminated string': '"a"\n$x = "never closed\n$y',
  'here-string': '$s = @"\nline $a\n"@\n$s',
  'string with subexpression': '"a $(1; 2) b"\n"c"',
  'begin/process/end': 'begin { "b" }\nprocess { "p" }\nend { "e" }',
  'statements after named blocks': 'begin { }\n"x"',
  'label on a loop': ':outer foreach ($i in 1) { break outer }\n"after"',
};

function strip(v: unknown): string {
  return JSON.stringify(v, (k, x) => (k === 'source' ? undefined : x));
}

const texts = [
  ...fixtures.map((f) => [f.name, f.text] as const),
  ...Object.entries(shapes),
  ...allCases.map((c) => [c.name, c.script] as const),
];

describe('scripts parsed chunk by chunk', () => {
  it('report the same parse errors, at the same lines and columns, as a whole-file parse', () => {
    for (const [name, text] of texts) {
      expect(strip(scriptParseErrors(text, 'C:\\x.ps1', 1)), name).toBe(strip(parse(text, 'C:\\x.ps1').errors));
    }
    for (const { name, text } of fixtures) {
      for (const size of [7, 40]) expect(strip(scriptParseErrors(text, 'C:\\x.ps1', size)), `${name} / ${size}`).toBe(strip(parse(text, 'C:\\x.ps1').errors));
    }
  });

  it('yield the same statements as a whole-file parse', () => {
    let checked = 0;
    for (const [name, text] of texts) {
      const whole = parse(text);
      if (whole.errors.length) continue;
      const chunked = parseScriptInChunks(text, undefined, 1);
      expect(chunked.errors, name).toEqual([]);
      expect(strip([...(chunked.ast.end?.statements ?? [])]), name).toBe(strip(whole.ast.end?.statements ?? []));
      expect(strip(chunked.ast.param), name).toBe(strip(whole.ast.param));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('keep line and column of an error deep in a long script relative to the whole file', () => {
    const text = '$a = 1\n'.repeat(5000) + '$b = (2\n' + '$c = 3\n'.repeat(10);
    const errors = scriptParseErrors(text, 'C:\\big.ps1', 64);
    expect(errors.map((e) => [e.errorId, e.extent.line, e.extent.column])).toEqual([['MissingEndParenthesisInExpression', 5002, 1]]);
    expect(strip(errors)).toBe(strip(parse(text, 'C:\\big.ps1').errors));
  });
});
