// A script run chunk by chunk (src/lang/scriptChunks.ts) behaves exactly as the same script parsed
// whole: same output, errors, positions and exit code. Chunks of one token cut at every boundary.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newEngine } from '../helpers/run.js';

const file = join(process.cwd(), 'scripts', 'chunked.ps1');

async function run(text: string, chunkTokens: number | undefined, args: unknown[] = []) {
  const { engine, host } = newEngine();
  const result = await engine.execute(text, { file, args, chunkTokens });
  return { result, writes: host.writes.map((w) => `${w.stream}: ${w.text}`) };
}

async function expectSameRun(text: string, args: unknown[] = []) {
  const whole = await run(text, undefined, args);
  const chunked = await run(text, 1, args);
  expect(chunked).toEqual(whole);
  return chunked;
}

describe('a script run chunk by chunk', () => {
  it('calls functions defined in an earlier chunk', async () => {
    const r = await expectSameRun('function Get-Twice($x) { $x * 2 }\n$a = 1\n$b = 2\nGet-Twice 21');
    expect(r.writes).toEqual(['output: 42']);
  });

  it('keeps else, elseif, catch, finally and do-while on their own lines with their statements', async () => {
    const r = await expectSameRun(
      'if ($false) { "a" }\nelseif ($false) { "b" }\nelse { "c" }\ntry\n{\n throw "boom"\n}\ncatch\n{\n "caught $_"\n}\nfinally { "fin" }\n$i = 0\ndo { $i++ }\nwhile ($i -lt 3)\n$i',
    );
    // Output of one statement may reach the host in one write (the console streams finished lines in batches).
    expect(r.writes.every((w) => w.startsWith('output: '))).toBe(true);
    expect(r.writes.join('\n').replace(/^output: /gm, '')).toBe('c\ncaught boom\nfin\n3');
  });

  it('runs nothing when any chunk has a parse error, and reports it at its place in the whole file', async () => {
    const r = await expectSameRun('"first"\n$a = 1\n$b = 2\nif ($a {\n"never"\n');
    expect(r.result.parseErrors).toBe(true);
    expect(r.writes.join('\n')).not.toContain('output:');
    expect(r.writes.join('\n')).toMatch(/chunked\.ps1:4 char:/);
  });

  it('stops at exit N in the middle, with N as the exit code', async () => {
    const r = await expectSameRun('"one"\nexit 7\n"two"');
    expect(r.result.exitCode).toBe(7);
    expect(r.writes).toEqual(['output: one']);
  });

  it('stops at a top-level return and at a top-level break', async () => {
    expect((await expectSameRun('"one"\nreturn\n"two"')).writes).toEqual(['output: one']);
    expect((await expectSameRun('"one"\nbreak\n"two"')).writes).toEqual(['output: one']);
  });

  it('carries $? and $LASTEXITCODE across chunks', async () => {
    const r = await expectSameRun('Get-Item -Path nowhere-at-all -ErrorAction SilentlyContinue\n$ok = $?\n"ok=$ok"\n$LASTEXITCODE = 3\n"code=$LASTEXITCODE"');
    expect(r.writes).toEqual(['output: ok=False', 'output: code=3']);
  });

  it('sees $MyInvocation, $PSScriptRoot, $PSCommandPath and its param() block', async () => {
    const r = await expectSameRun('[CmdletBinding()]\nparam([string]$Name = "none")\n"name=$Name"\n$PSCommandPath\n$PSScriptRoot\n$MyInvocation.MyCommand.Name\n$MyInvocation.ScriptLineNumber', ['-Name', 'ken']);
    expect(r.writes[0]).toBe('output: name=ken');
    expect(r.writes[1]).toMatch(/chunked\.ps1$/);
    expect(r.writes[3]).toBe('output: chunked.ps1');
  });

  it('reports a runtime error with the line and column in the whole file', async () => {
    const r = await expectSameRun('$a = 1\n$b = 2\n$c = 3\n  $null.Foo()\n"after"');
    expect(r.writes.join('\n')).toMatch(/chunked\.ps1:4 char:3/);
    expect(r.writes[r.writes.length - 1]).toBe('output: after');
  });
});
