// `csshell run <file> --output json` and `-c … --output json` through the built CLI: each output object
// is one JSON line on stdout, each error record and each warning/verbose/information message one JSON
// line on stderr, so that a tool (jq) can read them back.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'csshell-output-json-'));

const lines = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('--output json', () => {
  it('writes each output object as one JSON line with its properties, strings as JSON strings', () => {
    const r = runCli(['-c', '"plain"; 42; $true; [pscustomobject]@{ Name = "ken"; Tags = @("a","b"); Inner = [pscustomobject]@{ X = 1 } }; Get-CsExternalAccessPolicy -Identity Global', '--output', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out.slice(0, 4)).toEqual(['plain', 42, true, { Name: 'ken', Tags: ['a', 'b'], Inner: { X: 1 } }]);
    expect(out[4]).toMatchObject({ Identity: 'Global', EnableFederationAccess: false });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(5);
  });

  it('writes an enum-typed property as its number, as ConvertTo-Json does', () => {
    const r = runCli(['-c', 'Get-Service FTA | Select-Object Name, Status, StartType', '--output', 'json']);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual([{ Name: 'FTA', Status: 4, StartType: 2 }]);
  });

  it('writes each error record as one JSON line on stderr, with its id, category, target and position', () => {
    writeFileSync(join(dir, 'errors.ps1'), '"before"\nGet-CsExternalAccessPolicy -Identity Missing\nNew-CsXmppAllowedPartner -Nope 1\n"after"\n');
    const r = runCli(['run', 'errors.ps1', '--output', 'json'], { cwd: dir });
    expect(lines(r.stdout)).toEqual(['before', 'after']);
    const errors = lines(r.stderr);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ stream: 'error', category: 'ObjectNotFound', target: 'Missing', script: 'C:\\Users\\Administrator\\errors.ps1', line: 2, column: 1 });
    expect(String(errors[0]!.message)).toContain('Missing');
    expect(String(errors[0]!.fullyQualifiedErrorId)).toMatch(/,Microsoft\.Rtc\.Management/);
    expect(errors[1]).toMatchObject({ stream: 'error', category: 'InvalidArgument', line: 3 });
    expect(String(errors[1]!.fullyQualifiedErrorId)).toMatch(/^NamedParameterNotFound,/);
  });

  it('writes warnings, verbose and Write-Host text as JSON lines on stderr with their stream', () => {
    const r = runCli(['-c', 'Write-Warning "careful"; Write-Verbose "detail" -Verbose; Write-Host "hello"; "out"', '--output', 'json']);
    expect(lines(r.stdout)).toEqual(['out']);
    expect(lines(r.stderr)).toEqual([
      { stream: 'warning', message: 'careful' },
      { stream: 'verbose', message: 'detail' },
      { stream: 'information', message: 'hello' },
    ]);
  });

  it('reports a parse error as a JSON line, exits 1, and refuses an unknown output format', () => {
    const r = runCli(['-c', '"unclosed', '--output', 'json']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)[0]).toMatchObject({ stream: 'error', line: 1 });
    const bad = runCli(['-c', '1', '--output', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown output format 'xml'");
  });
});
