// `csshell fixture generate` through the built CLI, and the generated store used by the next process.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

describe('csshell fixture generate', () => {
  it('creates a store with the demo deployment plus N users; the shell then sees them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-fixture-cli-'));
    const db = join(dir, 'big.db');
    const gen = runCli(['fixture', 'generate', '--users', '3000', '--store', db, '--seed', '11']);
    expect(gen.stderr).toBe('');
    expect(gen.status).toBe(0);
    expect(gen.stdout).toMatch(/^Created .*big\.db: demo deployment plus 3000 generated users \(3048 accounts\) in \d+\.\d\d s\.\n$/);
    const r = runCli(['--store', db, '-c', '(Get-CsAdUser).Count; (Get-CsUser -Identity "sip:pilar@contoso.com").DisplayName']);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split(/\r?\n/)).toEqual(['3048', 'Pilar Ackerman']);
  });

  it('refuses an existing file and bad arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-fixture-cli-'));
    const db = join(dir, 'a.db');
    expect(runCli(['fixture', 'generate', '--users', '1', '--store', db]).status).toBe(0);
    const again = runCli(['fixture', 'generate', '--users', '1', '--store', db]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const bad = runCli(['fixture', 'generate', '--users', 'lots', '--store', join(dir, 'b.db')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage: csshell fixture generate --users N --store <file.db> [--seed S]');
  });
});
