// A script over the chunking threshold is checked for parse errors before any of it runs, with the
// cheaper check-only parse: a parse error in its last line means nothing runs, exit code 1, and the
// error reads as a whole-file parse reports it.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { parse } from '../../src/lang/parser.js';
import { CHUNKED_SCRIPT_MIN_LENGTH } from '../../src/lang/scriptChunks.js';

function bigScript(lastLine: string): string {
  const lines = ['"started"'];
  for (let i = 0; lines.join('\n').length < CHUNKED_SCRIPT_MIN_LENGTH + 1000; i++) {
    lines.push(`Write-Output "line ${i}" -NoEnumerate`, `$v${i % 7} = Get-Date`, `$n = ${i}`);
  }
  lines.push(lastLine);
  return lines.join('\n') + '\n';
}

describe('a big script with a parse error in its last line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csshell-big-'));
  const file = join(dir, 'big.ps1');
  const text = bigScript('Write-Output "$(1 +)" -X:');
  writeFileSync(file, text);
  const whole = parse(text, file).errors;

  it('runs nothing and exits 1, reporting the error where a whole-file parse does', () => {
    expect(whole.length).toBeGreaterThan(0);
    const r = runCli(['--store', ':memory:', 'run', file], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    const first = whole[0]!;
    expect(r.stderr).toContain(first.message);
    expect(r.stderr).toContain(`big.ps1:${first.extent.line} char:${first.extent.column}`);
  });

  it('`csshell parse` lists the errors of a whole-file parse', () => {
    const r = runCli(['parse', file], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(whole.map((e) => `${file}:${e.extent.line}:${e.extent.column}: ${e.message.replace(/\n/g, ' ')}\n`).join(''));
  });
});
